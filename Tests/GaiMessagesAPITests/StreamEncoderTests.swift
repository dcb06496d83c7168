import Foundation
import GaiAnthropicWire
import GaiCore
import GaiMessagesAPI
import GaiTesting
import NIOCore
import Testing

@Suite struct StreamEncoderTests {
    static func chunk(_ delta: ChatCompletionChunk.Delta, finish: FinishReason? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(id: "c1", created: 1, model: "upstream", choices: [.init(index: 0, delta: delta, finishReason: finish)])
    }

    static func run(_ chunks: [ChatCompletionChunk]) -> String {
        var encoder = MessagesStreamEncoder(clientModel: "client-model", fallbackID: "req")
        var buffer = ByteBuffer()
        for chunk in chunks {
            var bytes = encoder.bytes(for: chunk)
            buffer.writeBuffer(&bytes)
        }
        var end = encoder.finish()
        buffer.writeBuffer(&end)
        return buffer.text
    }

    @Test func textStreamIsExact() throws {
        let text = Self.run([
            Self.chunk(.init(role: .assistant, content: "")),
            Self.chunk(.init(content: "Hel")),
            Self.chunk(.init(content: "lo")),
            Self.chunk(.init(), finish: .stop),
            ChatCompletionChunk(id: "c1", created: 1, model: "upstream", choices: [], usage: Usage(promptTokens: 3, completionTokens: 2)),
        ])
        let expected = [
            ("message_start", #"{"message":{"content":[],"id":"msg_c1","model":"client-model","role":"assistant","stop_reason":null,"stop_sequence":null,"type":"message","usage":{"input_tokens":0,"output_tokens":0}},"type":"message_start"}"#),
            ("content_block_start", #"{"content_block":{"text":"","type":"text"},"index":0,"type":"content_block_start"}"#),
            ("content_block_delta", #"{"delta":{"text":"Hel","type":"text_delta"},"index":0,"type":"content_block_delta"}"#),
            ("content_block_delta", #"{"delta":{"text":"lo","type":"text_delta"},"index":0,"type":"content_block_delta"}"#),
            ("content_block_stop", #"{"index":0,"type":"content_block_stop"}"#),
            ("message_delta", #"{"delta":{"stop_reason":"end_turn","stop_sequence":null},"type":"message_delta","usage":{"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"input_tokens":3,"output_tokens":2}}"#),
            ("message_stop", #"{"type":"message_stop"}"#),
        ]
        #expect(text == expected.map { "event: \($0.0)\ndata: \($0.1)\n\n" }.joined())
    }

    @Test func parallelToolCallsFixtureBecomesOneBlockPerCall() throws {
        let fixture = try Fixtures.text("chat-stream-parallel-tool-calls-with-usage.sse", in: .module)
        let upstream = try chunks(fromSSE: fixture)
        let events = try writtenEvents(Self.run(upstream))
        for event in events { #expect(event.name == event.type) }
        #expect(outline(events).filter { !$0.hasSuffix(":input_json_delta") } == [
            "message_start", "content_block_start@0", "content_block_stop@0",
            "content_block_start@1", "content_block_stop@1", "message_delta", "message_stop",
        ])
        // Each block's fragments come between its start and stop, and rebuild the upstream arguments.
        var expectedArguments: [Int: String] = [:]
        for chunk in upstream {
            for call in chunk.choices.first?.delta.toolCalls ?? [] {
                expectedArguments[call.index, default: ""] += call.function?.arguments ?? ""
            }
        }
        var rebuilt: [Int: String] = [:]
        var open: Int?
        for event in events {
            switch event.name {
            case "content_block_start": open = event.index
            case "content_block_stop": open = nil
            case "content_block_delta":
                #expect(event.index == open)
                rebuilt[try #require(event.index), default: ""] += event.delta?["partial_json"] as? String ?? ""
            default: break
            }
        }
        #expect(rebuilt == expectedArguments)
        let starts = events.filter { $0.name == "content_block_start" }.compactMap { $0.data["content_block"] as? [String: Any] }
        #expect(starts.map { $0["id"] as? String } == ["call_JMW1whyEaYG438VE1OIflxA2", "call_DNYTawLBoN8fj3KN6qU9N1Ou"])
        #expect(starts.map { $0["name"] as? String } == ["GetWeatherArgs", "get_stock_price"])
        #expect(starts.allSatisfy { ($0["input"] as? [String: Any])?.isEmpty == true && $0["type"] as? String == "tool_use" })
        let delta = try #require(events.first { $0.name == "message_delta" })
        #expect(delta.delta?["stop_reason"] as? String == "tool_use")
        let usage = try #require(delta.data["usage"] as? [String: Any])
        #expect(usage["output_tokens"] as? Int == 60)
        #expect(usage["input_tokens"] as? Int == 149)
    }

    @Test func reasoningTextAndToolCallOpenBlocksInOrder() throws {
        let text = Self.run([
            Self.chunk(.init(reasoningContent: "Think")),
            Self.chunk(.init(content: "Sure.")),
            Self.chunk(.init(toolCalls: [.init(index: 0, id: "call_a", type: "function", function: .init(name: "f", arguments: #"{"a":1}"#))])),
            Self.chunk(.init(), finish: .toolCalls),
        ])
        #expect(outline(try writtenEvents(text)) == [
            "message_start",
            "content_block_start@0", "content_block_delta@0:thinking_delta", "content_block_stop@0",
            "content_block_start@1", "content_block_delta@1:text_delta", "content_block_stop@1",
            "content_block_start@2", "content_block_delta@2:input_json_delta", "content_block_stop@2",
            "message_delta", "message_stop",
        ])
    }

    @Test func failureIsAnErrorEvent() throws {
        var encoder = MessagesStreamEncoder(clientModel: "m", fallbackID: "req")
        _ = encoder.bytes(for: Self.chunk(.init(content: "Hi")))
        let bytes = encoder.fail(GaiError(.overloaded, "Overloaded"))
        #expect(bytes.text == "event: error\ndata: {\"error\":{\"message\":\"Overloaded\",\"type\":\"overloaded_error\"},\"type\":\"error\"}\n\n")
    }

    @Test func emptyStreamStillFormsAMessage() throws {
        #expect(outline(try writtenEvents(Self.run([])))  == ["message_start", "message_delta", "message_stop"])
    }
}
