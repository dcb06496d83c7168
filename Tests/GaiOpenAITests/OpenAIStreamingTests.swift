import Foundation
import GaiCore
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("OpenAIProvider: streamed completions")
struct OpenAIStreamingTests {
    static let streamFixtures = ["chat-stream-tool-call-with-usage.sse", "chat-stream-parallel-tool-calls-with-usage.sse"]

    @Test("the fixture replayed whole or split every N bytes yields the upstream's chunks", arguments: streamFixtures, [1, 2, 7, 64, 4096, 1 << 20])
    func replay(fixtureName: String, splitEvery size: Int) async throws {
        let text = try fixture(fixtureName)
        let lines = dataLines(ofSSE: text)
        let (chunks, error) = try await stream(reply: .split(text, every: size))
        #expect(error == nil)
        try #require(chunks.count == lines.count)
        for (chunk, line) in zip(chunks, lines) {
            #expect(string(chunk.rawJSON) == line)
            #expect(chunk.chunk == (try JSONDecoder().decode(ChatCompletionChunk.self, from: Data(line.utf8))))
        }
    }

    @Test("CRLF line endings give the same chunks", arguments: streamFixtures)
    func crlf(fixtureName: String) async throws {
        let text = try fixture(fixtureName)
        let (lf, _) = try await stream(reply: .init(body: text))
        let (crlf, error) = try await stream(reply: .split(text.replacingOccurrences(of: "\n", with: "\r\n"), every: 5))
        #expect(error == nil)
        #expect(crlf.map(\.chunk) == lf.map(\.chunk))
        #expect(crlf.count == dataLines(ofSSE: text).count)
    }

    @Test("tool-call argument fragments concatenated by index are valid JSON")
    func toolCallArguments() async throws {
        let (chunks, error) = try await stream(reply: .split(try fixture("chat-stream-parallel-tool-calls-with-usage.sse"), every: 13))
        #expect(error == nil)
        var arguments: [Int: String] = [:]
        var ids: [Int: String] = [:]
        for chunk in chunks {
            for call in chunk.chunk.choices.first?.delta.toolCalls ?? [] {
                arguments[call.index, default: ""] += call.function?.arguments ?? ""
                if let id = call.id { ids[call.index] = id }
            }
        }
        #expect(ids == [0: "call_JMW1whyEaYG438VE1OIflxA2", 1: "call_DNYTawLBoN8fj3KN6qU9N1Ou"])
        #expect(
            try parsedJSON(try #require(arguments[0]))
                == .object(["city": .string("Edinburgh"), "country": .string("GB"), "units": .string("c")]))
        #expect(try parsedJSON(try #require(arguments[1])) == .object(["ticker": .string("AAPL"), "exchange": .string("NASDAQ")]))
    }

    @Test("the single tool call's arguments and the finish reason")
    func singleToolCall() async throws {
        let (chunks, _) = try await stream(reply: .init(body: try fixture("chat-stream-tool-call-with-usage.sse")))
        let arguments = chunks.compactMap { $0.chunk.choices.first?.delta.toolCalls?.first?.function?.arguments }.joined()
        #expect(try parsedJSON(arguments) == .object(["city": .string("New York City")]))
        #expect(chunks.compactMap { $0.chunk.choices.first?.finishReason } == [.toolCalls])
        #expect(chunks.first?.chunk.choices.first?.delta.role == .assistant)
    }

    @Test("the usage chunk comes last, with no choices", arguments: zip(streamFixtures, [(44, 16, 60), (149, 60, 209)]))
    func usageChunk(fixtureName: String, tokens: (Int, Int, Int)) async throws {
        let (chunks, _) = try await stream(reply: .init(body: try fixture(fixtureName)))
        let last = try #require(chunks.last)
        #expect(last.chunk.choices.isEmpty)
        let usage = try #require(last.chunk.usage)
        #expect(usage.promptTokens == tokens.0)
        #expect(usage.completionTokens == tokens.1)
        #expect(usage.totalTokens == tokens.2)
        #expect(usage.reasoningTokens == 0)
        #expect(chunks.dropLast().allSatisfy { $0.chunk.usage == nil })
    }

    @Test("the streamed request asks for a stream, keeps the client's bytes and goes to /chat/completions")
    func upstreamRequest() async throws {
        let mock = MockTransport(replies: [.init(body: try fixture("chat-stream-tool-call-with-usage.sse"))])
        let (request, context) = try clientRequest(streamingRequestBody)
        let stream = try await makeProvider(mock).streamChatCompletion(request, context: context)
        _ = await drain(stream)
        let sent = try #require(mock.requests.first)
        #expect(sent.url == "https://api.openai.com/v1/chat/completions")
        #expect(string(sent.body) == streamingRequestBody)
        #expect(sent.headers["x-request-id"] == ["req-test-1"])
    }

    @Test("a client body without stream:true is re-encoded with it, unknown members kept")
    func streamFlagAdded() async throws {
        let mock = MockTransport(replies: [.init(body: try fixture("chat-stream-tool-call-with-usage.sse"))])
        let (request, context) = try clientRequest(simpleRequestBody)
        _ = await drain(try await makeProvider(mock).streamChatCompletion(request, context: context))
        let sent = try parsedJSON(try #require(mock.requests.first).body)
        #expect(sent["stream"] == .bool(true))
        #expect(sent["x_unknown"] == .object(["keep": .array([.int(1), .bool(true), .null])]))
    }

    // MARK: - Failures

    @Test("an upstream that closes without [DONE] is a network error, after the chunks it sent", arguments: [1, 64, 4096])
    func missingDone(splitEvery size: Int) async throws {
        let text = try fixture("chat-stream-tool-call-with-usage.sse").replacingOccurrences(of: "data: [DONE]\n\n", with: "")
        let (chunks, error) = try await stream(reply: .split(text, every: size))
        #expect(chunks.count == dataLines(ofSSE: text).count)
        let failure = try #require(error)
        #expect(failure.code == .network)
        #expect(failure.provider == "openai")
        #expect(failure.isTransient)
    }

    @Test("an empty 200 body is a network error")
    func emptyBody() async throws {
        let (chunks, error) = try await stream(reply: .init(chunks: []))
        #expect(chunks.isEmpty)
        #expect(error?.code == .network)
    }

    @Test("a data: {\"error\": …} event ends the stream with that error, classified")
    func errorEvent() async throws {
        let prefix = dataLines(ofSSE: try fixture("chat-stream-tool-call-with-usage.sse")).prefix(3).map { "data: \($0)\n\n" }.joined()
        let (chunks, error) = try await stream(reply: .split(prefix + (try fixture("chat-stream-error-event.sse")), every: 17))
        #expect(chunks.count == 3)
        let failure = try #require(error)
        #expect(failure.code == .providerUnavailable)
        #expect(failure.message == "The server had an error while processing your request. Sorry about that!")
        #expect(failure.provider == "openai")
    }

    @Test(
        "error events are classified by their type",
        arguments: [
            (#"{"message":"Rate limit reached","type":"requests"}"#, ErrorCode.rateLimited),
            (#"{"message":"Overloaded","type":"overloaded_error"}"#, .overloaded),
            (#"{"message":"bad","type":"invalid_request_error"}"#, .invalidRequest),
            (#"{"message":"too long","type":"invalid_request_error","code":"context_length_exceeded"}"#, .contextLengthExceeded),
            (#"{"message":"flagged","type":"invalid_request_error","code":"content_filter"}"#, .contentFiltered),
            (#"{"type":"server_error"}"#, .providerUnavailable),
        ])
    func errorEventTypes(error json: String, code: ErrorCode) async throws {
        let (_, error) = try await stream(reply: .init(body: "data: {\"error\":\(json)}\n\n"))
        #expect(error?.code == code)
        #expect(error?.provider == "openai")
    }

    @Test("a transport failure mid-body is that error, after the chunks received")
    func transportFailureMidBody() async throws {
        let lines = dataLines(ofSSE: try fixture("chat-stream-parallel-tool-calls-with-usage.sse"))
        let partial = lines.prefix(5).map { "data: \($0)\n\n" }.joined() + "data: {\"id\":\"chatcmpl-AB"
        let reset = GaiError(.network, "The upstream closed the connection", provider: "openai")
        let (chunks, error) = try await stream(reply: .split(partial, every: 31, failure: reset))
        #expect(chunks.count == 5)
        #expect(error?.code == .network)
        #expect(error?.message == "The upstream closed the connection")
    }

    @Test("a read timeout mid-body keeps the timeout code")
    func timeoutMidBody() async throws {
        let line = try #require(dataLines(ofSSE: try fixture("chat-stream-tool-call-with-usage.sse")).first)
        let (chunks, error) = try await stream(
            reply: .init(chunks: [ByteBuffer(string: "data: \(line)\n\n")], failure: GaiError(.timeout, "The upstream did not answer in time")))
        #expect(chunks.count == 1)
        #expect(error?.code == .timeout)
    }

    @Test("an undecodable chunk is provider_unavailable")
    func undecodableChunk() async throws {
        let (chunks, error) = try await stream(reply: .init(body: try fixture("chat-stream-undecodable-chunk.sse")))
        #expect(chunks.count == 1)
        let failure = try #require(error)
        #expect(failure.code == .providerUnavailable)
        #expect(failure.message.contains("not valid JSON"))
        #expect(failure.provider == "openai")
    }

    @Test(
        "a JSON error body with no SSE framing on a 200 is mapped to that error",
        arguments: [
            ("chat-error-429-rate-limit-exceeded.json", ErrorCode.rateLimited, true),
            ("chat-error-429-insufficient-quota.json", .rateLimited, false),
            ("chat-error-503-server-is-overloaded.json", .overloaded, true),
            ("chat-error-400-context-length-exceeded.json", .contextLengthExceeded, false),
            ("chat-error-404-string-error.json", .providerUnavailable, true),
        ])
    func unframedErrorBody(fixtureName: String, code: ErrorCode, transient: Bool) async throws {
        let body = try fixture(fixtureName)
        let (chunks, error) = try await stream(reply: .split(body, every: 10))
        #expect(chunks.isEmpty)
        let failure = try #require(error)
        #expect(failure.code == code)
        #expect(failure.isTransient == transient)
        #expect(failure.provider == "openai")
    }

    @Test("an error status on a streamed request throws before any chunk")
    func errorStatus() async throws {
        let mock = MockTransport(replies: [
            .init(status: 429, headers: ["retry-after": "2"], body: try fixture("chat-error-429-rate-limit-exceeded.json"))
        ])
        let (request, context) = try clientRequest(streamingRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await makeProvider(mock).streamChatCompletion(request, context: context)
        }
        #expect(error.code == .rateLimited)
        #expect(error.retryAfter == .seconds(2))
        #expect(error.upstreamStatus == 429)
    }

    @Test("events after [DONE] are ignored")
    func afterDone() async throws {
        let text = try fixture("chat-stream-tool-call-with-usage.sse") + "data: {\"error\":{\"message\":\"late\"}}\n\n"
        let (chunks, error) = try await stream(reply: .init(body: text))
        #expect(error == nil)
        #expect(chunks.count == dataLines(ofSSE: try fixture("chat-stream-tool-call-with-usage.sse")).count)
    }

    @Test("comments and other SSE fields between events are ignored")
    func keepAliveComments() async throws {
        let lines = dataLines(ofSSE: try fixture("chat-stream-tool-call-with-usage.sse"))
        let text = ": OPENROUTER PROCESSING\n\n" + lines.map { "id: x\ndata: \($0)\n\n: keep-alive\n\n" }.joined() + "data: [DONE]\n\n"
        let (chunks, error) = try await stream(reply: .split(text, every: 3))
        #expect(error == nil)
        #expect(chunks.map { string($0.rawJSON) } == lines)
    }
}
