import Foundation
import GaiAnthropic
import GaiCore
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("AnthropicProvider: the request sent upstream")
struct AnthropicRequestMappingTests {
    /// The request body and headers the upstream received for `body`.
    func upstreamRequest(
        for body: String, streaming: Bool = false, defaultMaxTokens: Int = 4096, extraHeaders: [(String, String)] = []
    ) async throws -> UpstreamRequest {
        let reply = streaming
            ? MockTransport.Reply(body: try fixture("stream-text.sse")) : MockTransport.Reply(body: try fixture("message-text.json"))
        let mock = MockTransport(replies: [reply])
        let provider = makeProvider(mock, defaultMaxTokens: defaultMaxTokens, extraHeaders: extraHeaders)
        let (request, context) = try clientRequest(body, requestID: "req-mapping-1")
        if streaming {
            _ = await drain(try await provider.streamChatCompletion(request, context: context))
        } else {
            _ = try await provider.chatCompletion(request, context: context)
        }
        return try #require(mock.requests.first)
    }

    func upstreamBody(for body: String, streaming: Bool = false, defaultMaxTokens: Int = 4096) async throws -> JSONValue {
        try parsedJSON(try await upstreamRequest(for: body, streaming: streaming, defaultMaxTokens: defaultMaxTokens).body)
    }

    static let representativeRequest = #"""
        {"model":"claude-sonnet-4-5",
         "messages":[
           {"role":"system","content":"You are terse."},
           {"role":"developer","content":[{"type":"text","text":"Use metric units."}]},
           {"role":"user","content":[{"type":"text","text":"Weather in Paris and Rome?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0K"}}]},
           {"role":"assistant","content":null,"tool_calls":[
             {"id":"toolu_1","type":"function","function":{"name":"get_weather","arguments":"{\"location\":\"Paris\"}"}},
             {"id":"toolu_2","type":"function","function":{"name":"get_weather","arguments":""}}]},
           {"role":"tool","tool_call_id":"toolu_1","content":"18C"},
           {"role":"tool","tool_call_id":"toolu_2","content":[{"type":"text","text":"21C"}]},
           {"role":"user","content":"And this one?"},
           {"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.com/cat.jpg","detail":"high"}}]}
         ],
         "tools":[{"type":"function","function":{"name":"get_weather","description":"Current weather",
           "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}}],
         "tool_choice":"required",
         "temperature":1.7,"top_p":0.9,"stop":"END","user":"user-42","seed":7,"metadata":{"k":"v"},
         "response_format":{"type":"json_object"},"x_unknown":{"keep":true}}
        """#

    static let expectedRepresentativeBody = #"""
        {"model":"claude-sonnet-4-5","max_tokens":4096,
         "system":"You are terse.\n\nUse metric units.",
         "messages":[
           {"role":"user","content":[{"type":"text","text":"Weather in Paris and Rome?"},
             {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0K"}}]},
           {"role":"assistant","content":[
             {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"location":"Paris"}},
             {"type":"tool_use","id":"toolu_2","name":"get_weather","input":{}}]},
           {"role":"user","content":[
             {"type":"tool_result","tool_use_id":"toolu_1","content":"18C"},
             {"type":"tool_result","tool_use_id":"toolu_2","content":"21C"},
             {"type":"text","text":"And this one?"},
             {"type":"image","source":{"type":"url","url":"https://example.com/cat.jpg"}}]}
         ],
         "tools":[{"name":"get_weather","description":"Current weather",
           "input_schema":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}],
         "tool_choice":{"type":"any"},
         "temperature":1,"top_p":0.9,"stop_sequences":["END"],"metadata":{"user_id":"user-42"}}
        """#

    @Test("system lifting, tool_result merging, tool_choice, images and the max_tokens default give this exact body")
    func representativeBody() async throws {
        let sent = try await upstreamBody(for: Self.representativeRequest)
        #expect(sent == (try parsedJSON(Self.expectedRepresentativeBody)))
    }

    @Test("a streamed request asks for a stream; a complete one sends no stream member", arguments: [true, false])
    func streamFlag(streaming: Bool) async throws {
        let sent = try await upstreamBody(for: simpleRequestBody, streaming: streaming)
        #expect(sent["stream"] == (streaming ? .bool(true) : nil))
        #expect(sent["messages"] == (try parsedJSON(#"[{"role":"user","content":[{"type":"text","text":"Hello!"}]}]"#)))
    }

    @Test("POST {base}/messages with the Anthropic headers, the request id and extra headers")
    func headers() async throws {
        let sent = try await upstreamRequest(for: simpleRequestBody, extraHeaders: [("anthropic-beta", "tools-2024")])
        #expect(sent.method == .POST)
        #expect(sent.url == "https://api.anthropic.com/v1/messages")
        #expect(sent.headers["x-api-key"] == ["sk-ant-test"])
        #expect(sent.headers["anthropic-version"] == ["2023-06-01"])
        #expect(sent.headers["content-type"] == ["application/json"])
        #expect(sent.headers["x-request-id"] == ["req-mapping-1"])
        #expect(sent.headers["anthropic-beta"] == ["tools-2024"])
        #expect(sent.headers["authorization"].isEmpty)
    }

    @Test(
        "tool_choice maps to Anthropic's shapes",
        arguments: [
            (#""auto""#, #"{"type":"auto"}"#),
            (#""required""#, #"{"type":"any"}"#),
            (#""none""#, #"{"type":"none"}"#),
            (#"{"type":"function","function":{"name":"get_weather"}}"#, #"{"type":"tool","name":"get_weather"}"#),
        ])
    func toolChoice(choice: String, expected: String) async throws {
        let body = #"{"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"get_weather"}}],"tool_choice":"#
            + choice + "}"
        let sent = try await upstreamBody(for: body)
        #expect(sent["tool_choice"] == (try parsedJSON(expected)))
        #expect(sent["tools"] == (try parsedJSON(#"[{"name":"get_weather","input_schema":{"type":"object","properties":{}}}]"#)))
    }

    @Test("parallel_tool_calls false disables parallel tool use")
    func parallelToolCalls() async throws {
        let body = #"{"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f"}}],"parallel_tool_calls":false}"#
        let sent = try await upstreamBody(for: body)
        #expect(sent["tool_choice"] == (try parsedJSON(#"{"type":"auto","disable_parallel_tool_use":true}"#)))
        #expect(sent["parallel_tool_calls"] == nil)
    }

    @Test(
        "max_tokens is max_completion_tokens, else max_tokens, else the configured default",
        arguments: [
            (#""max_completion_tokens":100,"max_tokens":200,"#, 100),
            (#""max_tokens":200,"#, 200),
            ("", 777),
        ])
    func maxTokens(members: String, expected: Int) async throws {
        let body = #"{"# + members + #""model":"m","messages":[{"role":"user","content":"hi"}]}"#
        let sent = try await upstreamBody(for: body, defaultMaxTokens: 777)
        #expect(sent["max_tokens"] == .int(Int64(expected)))
    }

    @Test("temperature is clamped to 0…1", arguments: [(-0.5, 0.0), (0.3, 0.3), (2.0, 1.0)])
    func temperature(given: Double, expected: Double) async throws {
        let body = #"{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":\#(given)}"#
        let sent = try await upstreamBody(for: body)
        let value: Double? = switch sent["temperature"] {
        case .int(let number)?: Double(number)
        case .double(let number)?: number
        default: nil
        }
        #expect(value == expected)
    }

    @Test(
        "requests Anthropic cannot express are rejected before anything is sent",
        arguments: [
            (#"{"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"t","type":"function","function":{"name":"f","arguments":"{not json"}}]}]}"#, ErrorCode.invalidRequest, "messages[0].tool_calls[0].function.arguments"),
            (#"{"model":"m","messages":[{"role":"tool","content":"x"}]}"#, .invalidRequest, "messages[0].tool_call_id"),
            (#"{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"ftp://x/y.png"}}]}]}"#, .invalidRequest, "messages[0].content[0]"),
            (#"{"model":"m","messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"x","format":"wav"}}]}]}"#, .invalidRequest, "messages[0].content[0]"),
            (#"{"model":"m","messages":[{"role":"user","content":"hi"}],"n":2}"#, .unsupported, "n"),
        ])
    func rejected(body: String, code: ErrorCode, param: String) async throws {
        let mock = MockTransport(replies: [.init(body: try fixture("message-text.json"))])
        let (request, context) = try clientRequest(body)
        let error = await #expect(throws: GaiError.self) { _ = try await makeProvider(mock).chatCompletion(request, context: context) }
        #expect(error?.code == code)
        #expect(error?.param == param)
        #expect(mock.requests.isEmpty)
    }

    @Test("embeddings are unsupported")
    func embeddings() async throws {
        let provider = makeProvider(MockTransport(replies: []))
        let request = try JSONDecoder().decode(EmbeddingsRequest.self, from: Data(#"{"model":"m","input":"x"}"#.utf8))
        let error = await #expect(throws: GaiError.self) { _ = try await provider.embeddings(request, context: ProviderContext()) }
        #expect(error?.code == .unsupported)
        #expect(provider.kind == "anthropic")
    }
}
