import Foundation
import GaiCore
import Testing

@Suite("ChatRequest decoding and re-encoding")
struct ChatRequestTests {
    @Test(
        "decode then encode keeps every member, known and unknown, at every level",
        arguments: [
            "chat-request-every-field.json", "chat-request-minimal.json", "chat-request-string-forms.json",
            "chat-request-tool-choice-other.json",
        ])
    func roundTrip(fixtureName: String) throws {
        let text = try fixture(fixtureName)
        let request = try decode(ChatRequest.self, text)
        #expect(try encodedJSON(request) == parsedJSON(text))
    }

    @Test("a second round trip is stable")
    func roundTripIsIdempotent() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-every-field.json"))
        let once = try GaiJSON.makeEncoder().encode(request)
        let twice = try GaiJSON.makeDecoder().decode(ChatRequest.self, from: once)
        #expect(twice == request)
    }

    @Test("typed fields are decoded into their typed form")
    func typedFields() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-every-field.json"))
        #expect(request.model == "gpt-4o")
        #expect(request.temperature == 0.7)
        #expect(request.topP == 0.95)
        #expect(request.maxTokens == 256)
        #expect(request.maxCompletionTokens == 512)
        #expect(request.stop == .many(["\n\n", "END"]))
        #expect(request.stop?.sequences == ["\n\n", "END"])
        #expect(request.seed == 9_007_199_254_740_993)
        #expect(request.n == 2)
        #expect(request.user == "user-1234")
        #expect(request.isStreaming)
        #expect(request.includeUsage)
        #expect(request.metadata == ["team": "search", "ticket": "GAI-1"])
        #expect(request.toolChoice == .function(name: "get_weather"))
        #expect(request.responseFormat?.type == "json_schema")
        #expect(request.responseFormat?.extra == ["x_format_hint": .int(1)])
        #expect(request.messages.map(\.role) == [.developer, .user, .assistant, .tool, "future_role"])
    }

    @Test("unknown members land in `extra` at each level")
    func unknownMembersAreKept() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-every-field.json"))
        #expect(
            Set(request.extra.keys) == [
                "logit_bias", "parallel_tool_calls", "reasoning_effort", "prediction", "service_tier", "frequency_penalty",
                "presence_penalty", "top_k", "x_null_member", "x_nested",
            ])
        #expect(request.extra["x_null_member"] == .null)
        #expect(request.extra["top_k"] == .int(40))
        #expect(request.extra["frequency_penalty"] == .double(-0.5))
        #expect(request.extra["parallel_tool_calls"] == .bool(false))
        #expect(request.messages[0].extra == ["x_cache_hint": .object(["ttl_seconds": .int(60), "pinned": .bool(true)])])
        #expect(request.messages[2].extra == ["audio": .object(["id": .string("audio_abc")])])
        #expect(request.streamOptions?.includeUsage == true)
        #expect(request.streamOptions?.extra == ["include_obfuscation": .bool(false)])
        let tool = try #require(request.tools?.first)
        #expect(tool.extra == ["cache_control": .object(["type": .string("ephemeral")])])
        #expect(tool.function?.extra == ["x_vendor_latency_class": .string("fast")])
        #expect(tool.function?.strict == true)
        #expect(tool.function?.parameters?["required"] == .array([.string("city")]))
    }

    @Test("content parts: text and image_url are typed, anything else is kept whole")
    func contentParts() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-every-field.json"))
        guard case .parts(let parts)? = request.messages[1].content else {
            Issue.record("expected content parts, got \(String(describing: request.messages[1].content))")
            return
        }
        try #require(parts.count == 7)
        #expect(parts[0] == .text("What is in these images?"))
        #expect(parts[1] == .imageURL(url: "https://example.com/cat.png", detail: "high"))
        #expect(parts[2] == .imageURL(url: "data:image/png;base64,iVBORw0KGgo=", detail: nil))
        // Parts with members Gai does not model are not narrowed to the typed case (that would drop them).
        for index in 3...6 {
            guard case .other = parts[index] else {
                Issue.record("part \(index) should be kept whole, got \(parts[index])")
                continue
            }
        }
        #expect(request.messages[1].text == "What is in these images?")
        #expect(request.messages[1].name == "alice")
    }

    @Test("assistant tool calls and tool results decode")
    func toolMessages() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-every-field.json"))
        let assistant = request.messages[2]
        #expect(assistant.content == nil)
        #expect(
            assistant.toolCalls == [
                ToolCall(id: "call_1", function: .init(name: "get_weather", arguments: "{\"city\":\"Paris\"}"))
            ])
        #expect(request.messages[3].toolCallID == "call_1")
        #expect(request.messages[3].text == "{\"temperature_c\":21}")
    }

    @Test("string forms of stop and tool_choice")
    func stringForms() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-string-forms.json"))
        #expect(request.stop == .one("END"))
        #expect(request.toolChoice == .mode("auto"))
        #expect(request.stream == false)
        #expect(!request.isStreaming)
        #expect(!request.includeUsage)
        #expect(request.extra == ["options": .object(["num_ctx": .int(8192)])])
        #expect(request.messages[3].content == .parts([.text("Again.")]))
    }

    @Test("tool_choice shapes Gai does not model are kept whole")
    func otherToolChoice() throws {
        let request = try decode(ChatRequest.self, try fixture("chat-request-tool-choice-other.json"))
        guard case .other(let value)? = request.toolChoice else {
            Issue.record("expected .other, got \(String(describing: request.toolChoice))")
            return
        }
        #expect(value["type"] == .string("allowed_tools"))
        #expect(request.tools?[1].type == "custom")
        #expect(request.tools?[1].function == nil)
    }

    @Test("a request built in code encodes only what was set")
    func builtInCode() throws {
        let request = ChatRequest(model: "m", messages: [ChatMessage(role: .user, content: .text("hi"))])
        #expect(
            try encodedJSON(request)
                == .object([
                    "model": .string("m"),
                    "messages": .array([.object(["role": .string("user"), "content": .string("hi")])]),
                ]))
    }
}

@Suite("JSONValue")
struct JSONValueTests {
    @Test(
        "unknown members keep their JSON type",
        arguments: [
            ("true", JSONValue.bool(true)), ("false", .bool(false)), ("0", .int(0)), ("-7", .int(-7)),
            ("9223372036854775807", .int(.max)), ("1.5", .double(1.5)), ("1e30", .double(1e30)),
            ("99999999999999999999", .double(1e20)), (#""text""#, .string("text")), ("null", .null),
            ("[]", .array([])), ("{}", .object([:])), (#"[1,"a",[null]]"#, .array([.int(1), .string("a"), .array([.null])])),
        ])
    func types(json: String, expected: JSONValue) throws {
        let request = try decode(ChatRequest.self, #"{"model":"m","messages":[],"x":\#(json)}"#)
        #expect(request.extra["x"] == expected)
        #expect(try encodedJSON(request)["x"] == expected)
    }

    @Test("accessors")
    func accessors() {
        let value = JSONValue.object(["a": .string("b")])
        #expect(value["a"]?.stringValue == "b")
        #expect(value["missing"] == nil)
        #expect(JSONValue.string("s")["a"] == nil)
        #expect(JSONValue.int(1).stringValue == nil)
        #expect(value.objectValue?.count == 1)
    }
}
