import Foundation
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("GeminiProvider: streamed answers")
struct GeminiStreamingTests {
    @Test("streaming text: role chunk, one delta per event, finish at the end, then usage", arguments: splitSizes)
    func streamingText(splitEvery size: Int) async throws {
        let (chunks, error) = try await stream(reply: .split(try fixture("stream-basic.sse"), every: size))
        #expect(error == nil)
        try #require(chunks.count == 6)
        #expect(chunks[0].choices.first?.delta == ChatCompletionChunk.Delta(role: .assistant, content: ""))
        #expect(chunks[1...3].map { $0.choices.first?.delta.content } == ["The", " capital of Wyoming", " is **Cheyenne**.\n"])
        #expect(content(of: chunks) == "The capital of Wyoming is **Cheyenne**.\n")
        #expect(chunks[0...3].allSatisfy { $0.choices.first?.finishReason == nil })
        #expect(chunks[4].choices.first?.finishReason == .stop)
        #expect(chunks[4].choices.first?.delta == ChatCompletionChunk.Delta())
        #expect(chunks[5].choices.isEmpty)
        #expect(chunks[5].usage == Usage(promptTokens: 7, completionTokens: 10, totalTokens: 17))
        #expect(chunks[0...4].allSatisfy { $0.usage == nil })
        #expect(chunks.allSatisfy { $0.object == "chat.completion.chunk" && $0.model == "gemini-2.0-flash" })
        #expect(Set(chunks.map(\.id)).count == 1)
        #expect(chunks[0].id.hasPrefix("chatcmpl-"))
    }

    @Test("LF framing gives the same answer as CRLF")
    func lfFraming() async throws {
        let text = try fixture("stream-basic.sse").replacingOccurrences(of: "\r\n", with: "\n")
        let (chunks, error) = try await stream(reply: .split(text, every: 5))
        #expect(error == nil)
        #expect(chunks.count == 6)
        #expect(content(of: chunks) == "The capital of Wyoming is **Cheyenne**.\n")
    }

    @Test("thoughts stream as reasoning; a function call arrives whole as one tool-call delta with a minted id", arguments: splitSizes)
    func toolCallDeltas(splitEvery size: Int) async throws {
        let (chunks, error) = try await stream(reply: .split(try fixture("stream-thinking-function-call.sse"), every: size))
        #expect(error == nil)
        try #require(chunks.count == 6)
        #expect(chunks.allSatisfy { $0.id == "48SHaPHpHKbG-8YPtZCawAk" && $0.model == "gemini-2.5-flash" })
        #expect(chunks[0].choices.first?.delta.role == .assistant)
        let reasoning = chunks.compactMap { $0.choices.first?.delta.reasoningContent }.joined()
        #expect(reasoning.hasPrefix("**Calculating the Days**"))
        #expect(reasoning.contains("**Determining the Approach**"))
        #expect(content(of: chunks) == "")
        let calls = chunks.flatMap { $0.choices.first?.delta.toolCalls ?? [] }
        try #require(calls.count == 1)
        #expect(calls[0].index == 0)
        #expect(calls[0].type == "function")
        #expect(calls[0].id?.hasPrefix("call_") == true)
        #expect(calls[0].function?.name == "now")
        #expect(calls[0].function?.arguments == "{}")
        #expect(chunks[4].choices.first?.finishReason == .toolCalls)
        #expect(chunks[5].choices.isEmpty)
        #expect(chunks[5].usage == Usage(promptTokens: 38, completionTokens: 174, totalTokens: 212, reasoningTokens: 168))
    }

    @Test("a function call's thoughtSignature travels in the tool-call id and goes back upstream unchanged")
    func thoughtSignatureRoundTrip() async throws {
        let text = try fixture("stream-thinking-function-call.sse")
        let (chunks, error) = try await stream(reply: .split(text, every: 17))
        #expect(error == nil)
        let ids = chunks.compactMap { $0.choices.first?.delta.toolCalls?.first?.id }
        let id = try #require(ids.first)
        #expect(id.contains("__thought__"))
        #expect(id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-") })

        let lastEvent = try #require(text.components(separatedBy: "\r\n").last { $0.contains("functionCall") })
        let original = try parsedJSON(String(lastEvent.dropFirst(6)))["candidates"].flatMap { value -> JSONValue? in
            guard case .array(let candidates) = value else { return nil }
            guard case .array(let parts)? = candidates.first?["content"]?["parts"] else { return nil }
            return parts.first?["thoughtSignature"]
        }
        let signature = try #require(original?.stringValue)

        let followUp = """
            {"model":"gemini-2.5-flash","messages":[{"role":"user","content":"Days until New Year?"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"\(id)","type":"function","function":{"name":"now","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"\(id)","content":"2025-07-28"}]}
            """
        let body = try await upstreamBody(for: followUp)
        #expect(body["contents"] == (try parsedJSON(#"""
            [{"role":"user","parts":[{"text":"Days until New Year?"}]},
             {"role":"model","parts":[{"functionCall":{"name":"now","args":{}},"thoughtSignature":"\#(signature)"}]},
             {"role":"user","parts":[{"functionResponse":{"name":"now","response":{"content":"2025-07-28"}}}]}]
            """#)))
    }

    @Test("parallel calls across events are indexed by ordinal; ids from Gemini are kept")
    func parallelCalls() async throws {
        let body = """
            data: {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"a","args":{"x":1}}}]}}],"responseId":"r1"}\r
            \r
            data: {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"id":"g-2","name":"b","args":{"y":[true]}}},{"futurePart":{}}]},"finishReason":"STOP"}],"responseId":"r1"}\r
            \r

            """
        let (chunks, error) = try await stream(reply: .split(body, every: 11))
        #expect(error == nil)
        let calls = chunks.flatMap { $0.choices.first?.delta.toolCalls ?? [] }
        try #require(calls.count == 2)
        #expect(calls.map(\.index) == [0, 1])
        #expect(calls[1].id == "g-2")
        #expect(try parsedJSON(try #require(calls[0].function?.arguments)) == .object(["x": .int(1)]))
        #expect(try parsedJSON(try #require(calls[1].function?.arguments)) == .object(["y": .array([.bool(true)])]))
        #expect(chunks.last?.choices.first?.finishReason == .toolCalls)  // no usageMetadata, so no usage chunk
    }

    @Test("a blocked prompt ends the stream with content_filter", arguments: splitSizes)
    func promptBlocked(splitEvery size: Int) async throws {
        let (chunks, error) = try await stream(reply: .split(try fixture("stream-prompt-blocked-safety.sse"), every: size))
        #expect(error == nil)
        try #require(chunks.count == 2)
        #expect(chunks[0].choices.first?.delta.role == .assistant)
        #expect(chunks[1].choices.first?.finishReason == .contentFilter)
    }

    @Test("a raw JSON error after some events fails the stream with the classified error", arguments: splitSizes)
    func midStreamError(splitEvery size: Int) async throws {
        let (chunks, error) = try await stream(reply: .split(try fixture("stream-error-mid-stream.txt"), every: size))
        #expect(content(of: chunks) == "First Second ")
        #expect(chunks.allSatisfy { $0.choices.first?.finishReason == nil })
        let failure = try #require(error)
        #expect(failure.code == .network)  // 499 CANCELLED
        #expect(failure.message == "The operation was cancelled.")
        #expect(failure.provider == "gemini")
    }

    @Test("an error framed as a data event is classified, with RetryInfo")
    func dataFramedError() async throws {
        let body = """
            data: {"candidates":[{"content":{"parts":[{"text":"Hi"}]}}]}\r
            \r
            data: {"error":{"code":429,"message":"Resource exhausted","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"12s"}]}}\r
            \r

            """
        let (chunks, error) = try await stream(reply: .split(body, every: 9))
        #expect(content(of: chunks) == "Hi")
        let failure = try #require(error)
        #expect(failure.code == .rateLimited)
        #expect(failure.retryAfter == .seconds(12))
    }

    @Test("a stream that ends without a finish reason is a network failure", arguments: [1, 64, 1 << 20])
    func truncated(splitEvery size: Int) async throws {
        let text = try fixture("stream-basic.sse")
        let events = text.components(separatedBy: "\r\n\r\n")
        let truncated = events[0..<2].joined(separator: "\r\n\r\n") + "\r\n\r\n"
        let (chunks, error) = try await stream(reply: .split(truncated, every: size))
        #expect(content(of: chunks) == "The capital of Wyoming")
        let failure = try #require(error)
        #expect(failure.code == .network)
        #expect(failure.message.contains("closed the stream before it finished"))
    }

    @Test("a connection reset mid-stream surfaces as the transport's error")
    func connectionReset() async throws {
        let text = try fixture("stream-basic.sse")
        let (chunks, error) = try await stream(reply: .split(text, every: 40, failure: GaiError(.network, "connection reset")))
        #expect(!chunks.isEmpty)
        #expect(error?.code == .network)
        #expect(error?.message == "connection reset")
    }

    @Test("an event that is not JSON is provider_unavailable")
    func malformedEvent() async throws {
        let (_, error) = try await stream(reply: .init(body: "data: {\"candidates\": [\r\n\r\n"))
        #expect(error?.code == .providerUnavailable)
    }

    @Test("an HTTP error answer to a stream request is thrown before any chunk")
    func httpError() async throws {
        let provider = makeProvider(transport(status: 400, body: try fixture("error-400-api-key-invalid.json")))
        let (request, context) = try clientRequest(streamingRequestBody)
        do {
            _ = try await provider.streamChatCompletion(request, context: context)
            Issue.record("the stream request succeeded")
        } catch {
            #expect(error.code == .unauthorized)
            #expect(error.upstreamStatus == 400)
        }
    }

    @Test("the stream request goes to :streamGenerateContent?alt=sse with the key in a header")
    func upstreamRequest() async throws {
        let mock = transport(body: try fixture("stream-basic.sse"))
        let provider = makeProvider(mock, extraHeaders: [("x-goog-user-project", "proj-1")])
        let (request, context) = try clientRequest(streamingRequestBody, requestID: "req-stream-9")
        _ = await drain(try await provider.streamChatCompletion(request, context: context))
        let sent = try #require(mock.requests.first)
        #expect(sent.method == .POST)
        #expect(sent.url == "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse")
        #expect(!sent.url.contains(testAPIKey) && !sent.url.contains("key="))
        #expect(sent.headers["x-goog-api-key"] == [testAPIKey])
        #expect(sent.headers["x-request-id"] == ["req-stream-9"])
        #expect(sent.headers["content-type"] == ["application/json"])
        #expect(sent.headers["x-goog-user-project"] == ["proj-1"])
        #expect(sent.headers["authorization"].isEmpty)
    }
}
