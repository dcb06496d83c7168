import Foundation
import GaiAnthropic
import GaiCore
import GaiProviderKit
import GaiTesting
import NIOCore
import Testing

@Suite("AnthropicProvider: streamed answers")
struct AnthropicStreamingTests {
    /// The text of a stream's content deltas, joined.
    func content(_ chunks: [ChatStreamChunk]) -> String {
        chunks.compactMap { $0.chunk.choices.first?.delta.content }.joined()
    }

    @Test("streaming text: the fixture whole or split every N bytes", arguments: splitSizes)
    func streamingText(splitEvery size: Int) async throws {
        let (chunks, error) = try await stream(reply: .split(try fixture("stream-text.sse"), every: size))
        #expect(error == nil)
        #expect(content(chunks) == "Hello there!")
        let first = try #require(chunks.first)
        #expect(first.chunk.choices.first?.delta.role == .assistant)
        #expect(first.chunk.choices.first?.delta.content == "")
        #expect(chunks.allSatisfy { $0.chunk.id == "msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK" })
        #expect(chunks.allSatisfy { $0.chunk.model == "claude-3-opus-latest" && $0.chunk.object == "chat.completion.chunk" })
        #expect(Set(chunks.map(\.chunk.created)).count == 1)
        #expect(chunks.allSatisfy { $0.rawJSON == nil })
        // message_start, three text deltas, the finish chunk and the usage chunk: ping and block events add nothing.
        #expect(chunks.count == 6)
    }

    @Test("finish reason: one chunk carries it, mapped from message_delta's stop_reason",
        arguments: [("stream-text.sse", FinishReason.stop), ("stream-tool-use.sse", .toolCalls)])
    func finishReason(fixtureName: String, expected: FinishReason) async throws {
        let (chunks, error) = try await stream(reply: .init(body: try fixture(fixtureName)))
        #expect(error == nil)
        #expect(chunks.compactMap { $0.chunk.choices.first?.finishReason } == [expected])
        #expect(chunks.dropLast().last?.chunk.choices.first?.finishReason == expected)
    }

    @Test("usage at end: a last chunk with no choices, input from message_start and cumulative output",
        arguments: [("stream-text.sse", 11, 6), ("stream-tool-use.sse", 377, 65)])
    func usageAtEnd(fixtureName: String, prompt: Int, completion: Int) async throws {
        let (chunks, _) = try await stream(reply: .init(body: try fixture(fixtureName)))
        let last = try #require(chunks.last)
        #expect(last.chunk.choices.isEmpty)
        let usage = try #require(last.chunk.usage)
        #expect(usage.promptTokens == prompt)
        #expect(usage.completionTokens == completion)
        #expect(usage.totalTokens == prompt + completion)
        #expect(chunks.dropLast().allSatisfy { $0.chunk.usage == nil })
    }

    @Test("tool-call deltas: id and name first, then argument fragments that join into the fixture's input", arguments: splitSizes)
    func toolCallDeltas(splitEvery size: Int) async throws {
        let text = try fixture("stream-tool-use.sse")
        let (chunks, error) = try await stream(reply: .split(text, every: size))
        #expect(error == nil)
        #expect(content(chunks) == "I'll check the current weather in Paris for you.")
        let calls = chunks.flatMap { $0.chunk.choices.first?.delta.toolCalls ?? [] }
        let first = try #require(calls.first)
        #expect(first.index == 0)
        #expect(first.id == "toolu_01NRLabsLyVHZPKxbKvkfSMn")
        #expect(first.type == "function")
        #expect(first.function?.name == "get_weather")
        #expect(first.function?.arguments == "")
        #expect(calls.dropFirst().allSatisfy { $0.index == 0 && $0.id == nil && $0.function?.name == nil })

        // The fixture's own fragments, read independently of the decoder.
        var expected = ""
        for line in text.split(separator: "\n") where line.hasPrefix("data: ") {
            let event = try parsedJSON(String(line.dropFirst(6)))
            if let fragment = event["delta"]?["partial_json"]?.stringValue { expected += fragment }
        }
        let arguments = calls.compactMap { $0.function?.arguments }.joined()
        #expect(arguments == expected)
        #expect(try parsedJSON(arguments) == .object(["location": .string("Paris")]))
    }

    @Test("tool ordinals count tool_use blocks only; thinking deltas become reasoning_content")
    func ordinalsAndThinking() async throws {
        let events: [(String, String)] = [
            ("message_start", #"{"type":"message_start","message":{"id":"msg_x","type":"message","role":"assistant","model":"m","content":[],"stop_reason":null,"usage":{"input_tokens":3,"cache_read_input_tokens":10,"cache_creation_input_tokens":2,"output_tokens":1}}}"#),
            ("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Hmm."}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"abc"}}"#),
            ("content_block_start", #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_a","name":"f","input":{}}}"#),
            ("content_block_start", #"{"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"toolu_b","name":"g","input":{}}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{\"b\":2}"}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"a\":1}"}}"#),
            ("brand_new_event", #"{"type":"brand_new_event","anything":[1,2]}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":1,"delta":{"type":"citations_delta","citation":{}}}"#),
            ("message_delta", #"{"type":"message_delta","delta":{"stop_reason":"refusal","stop_sequence":null},"usage":{"output_tokens":9}}"#),
            ("message_stop", #"{"type":"message_stop"}"#),
        ]
        let body = events.map { "event: \($0.0)\ndata: \($0.1)\n\n" }.joined()
        let (chunks, error) = try await stream(reply: .split(body, every: 11))
        #expect(error == nil)
        #expect(chunks.compactMap { $0.chunk.choices.first?.delta.reasoningContent }.joined() == "Hmm.")
        let calls = chunks.flatMap { $0.chunk.choices.first?.delta.toolCalls ?? [] }
        #expect(calls.map(\.index) == [0, 1, 1, 0])
        #expect(calls.compactMap(\.id) == ["toolu_a", "toolu_b"])
        #expect(calls.filter { $0.index == 1 }.compactMap { $0.function?.arguments }.joined() == #"{"b":2}"#)
        #expect(chunks.compactMap { $0.chunk.choices.first?.finishReason } == [.contentFilter])
        let usage = try #require(chunks.last?.chunk.usage)
        #expect(usage == Usage(promptTokens: 15, completionTokens: 9, cachedTokens: 10, cacheWriteTokens: 2))
    }

    @Test("events without an event: name are dispatched on data.type; CRLF framing gives the same chunks")
    func unnamedAndCRLF() async throws {
        let text = try fixture("stream-text.sse")
        let (reference, _) = try await stream(reply: .init(body: text))
        let unnamed = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("event:") }.joined(separator: "\n")
        let (fromData, dataError) = try await stream(reply: .split(unnamed, every: 9))
        #expect(dataError == nil)
        #expect(fromData.map(\.chunk) == reference.map(\.chunk))
        let (crlf, crlfError) = try await stream(reply: .split(text.replacingOccurrences(of: "\n", with: "\r\n"), every: 5))
        #expect(crlfError == nil)
        #expect(crlf.map(\.chunk) == reference.map(\.chunk))
    }

    @Test("mid-stream error: event: error ends the stream with the classified error", arguments: splitSizes)
    func midStreamError(splitEvery size: Int) async throws {
        let text = try fixture("stream-text.sse")
        let stop = try #require(text.range(of: "event: content_block_stop"))
        let prefix = String(text[..<stop.lowerBound])
        let (chunks, error) = try await stream(reply: .split(prefix + (try fixture("stream-error-overloaded.sse")), every: size))
        #expect(content(chunks) == "Hello there!")
        #expect(chunks.allSatisfy { $0.chunk.choices.first?.finishReason == nil })
        let failure = try #require(error)
        #expect(failure.code == .overloaded)
        #expect(failure.message == "Overloaded")
        #expect(failure.provider == "anthropic")
        #expect(failure.isTransient)
    }

    @Test("an error event as the whole stream")
    func errorOnly() async throws {
        let (chunks, error) = try await stream(reply: .init(body: try fixture("stream-error-overloaded.sse")))
        #expect(chunks.isEmpty)
        #expect(error?.code == .overloaded)
    }

    @Test("a stream that ends before message_stop is a network failure",
        arguments: ["event: content_block_stop", "event: message_delta", "event: message_stop"])
    func truncated(cutBefore marker: String) async throws {
        let text = try fixture("stream-text.sse")
        let marked = try #require(text.range(of: marker))
        let cut = String(text[..<marked.lowerBound])
        let (chunks, error) = try await stream(reply: .split(cut, every: 7))
        #expect(content(chunks) == "Hello there!")
        #expect(error?.code == .network)
        #expect(error?.provider == "anthropic")
        #expect(chunks.allSatisfy { $0.chunk.usage == nil })
    }

    @Test("a connection reset mid-body keeps its code and names the provider")
    func connectionReset() async throws {
        let text = try fixture("stream-text.sse")
        let reply = MockTransport.Reply.split(String(text.prefix(300)), every: 50, failure: GaiError(.network, "connection reset"))
        let (_, error) = try await stream(reply: reply)
        #expect(error?.code == .network)
        #expect(error?.message == "connection reset")
        #expect(error?.provider == "anthropic")
    }

    @Test("malformed JSON in a known event fails the stream as provider_unavailable")
    func malformedJSON() async throws {
        let text = try fixture("stream-text.sse").replacingOccurrences(
            of: #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" there"}}"#, with: #"{"type":"content_block_delta","ind"#)
        let (chunks, error) = try await stream(reply: .split(text, every: 3))
        #expect(content(chunks) == "Hello")
        #expect(error?.code == .providerUnavailable)
    }
}
