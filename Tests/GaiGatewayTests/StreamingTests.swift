import Foundation
import GaiCore
import GaiProviderKit
import GaiTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

@testable import GaiGateway

@Suite struct StreamingTests {
    static let streamRequest = #"{"model":"gpt-test","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}"#

    @Test(arguments: [1, 13, 4096])
    func chunksArePassedThroughVerbatimAndEndWithDone(splitEvery: Int) async throws {
        let fixture = GatewayFixture(replies: [.split(sseBody(upstreamStream), every: splitEvery)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.streamRequest)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                #expect(response.sseData == upstreamStream + ["[DONE]"])
            }
        }
    }

    @Test func midStreamFailureEndsWithAnErrorEventAndNoDone() async throws {
        let reply = MockTransport.Reply.split(
            sseBody(Array(upstreamStream.prefix(2)), done: false), every: 50,
            failure: GaiError(.network, "The upstream closed the connection"))
        let fixture = GatewayFixture(replies: [reply])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.streamRequest)) { response in
                #expect(response.status == .ok)
                let data = response.sseData
                #expect(Array(data.prefix(2)) == Array(upstreamStream.prefix(2)))
                let last = try #require(data.last)
                #expect(!data.contains("[DONE]"))
                let object = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
                let error = try #require(object?["error"] as? [String: Any])
                #expect(error["code"] as? String == "network")
            }
        }
    }

    @Test func upstreamThatStopsWithoutDoneIsANetworkError() async throws {
        let fixture = GatewayFixture(replies: [.init(body: sseBody(Array(upstreamStream.prefix(3)), done: false))])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.streamRequest)) { response in
                let data = response.sseData
                #expect(data.count == 4)
                #expect(data.last?.contains(#""code":"network""#) == true)
            }
        }
    }

    @Test func upstreamErrorEventIsClassified() async throws {
        let errorEvent = #"{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}"#
        let fixture = GatewayFixture(replies: [.init(body: sseBody([upstreamStream[0], upstreamStream[1], errorEvent], done: false))])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.streamRequest)) { response in
                let last = try #require(response.sseData.last)
                #expect(last.contains(#""code":"provider_unavailable""#))
                #expect(last.contains("The server had an error"))
            }
        }
    }

    @Test func upstreamErrorEventBeforeAnyContentIsAnHTTPError() async throws {
        let errorEvent = #"{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}"#
        let fixture = GatewayFixture(replies: [.init(body: sseBody([upstreamStream[0], errorEvent], done: false))])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.streamRequest)) { response in
                // The role chunk is held back until content: nothing reached the client, so the
                // failure keeps a real status.
                #expect(response.status.code == 502)
                let error = try response.errorObject()
                #expect(error["code"] as? String == "provider_unavailable")
                #expect(response.headers[HTTPField.Name("x-gai-attempts")!] == "1")
            }
        }
    }

    @Test func failureBeforeTheFirstChunkIsAnHTTPError() async throws {
        let reply = MockTransport.Reply(status: 429, headers: ["retry-after-ms": "2500"], body: #"{"error":{"message":"Rate limit reached for tokens","type":"requests","code":"rate_limit_exceeded"}}"#)
        let fixture = GatewayFixture(replies: [reply])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.streamRequest)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "3")
                let errorCode = try response.errorObject()["code"] as? String
                #expect(errorCode == "rate_limited")
            }
        }
    }

    @Test func mockStreamsWordByWordWithUsage() async throws {
        let fixture = GatewayFixture()
        let body = #"{"model":"mock-echo","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"one two three"}]}"#
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(body)) { response in
                let data = response.sseData
                #expect(data.last == "[DONE]")
                let chunks = try data.dropLast().map { try JSONDecoder().decode(ChatCompletionChunk.self, from: Data($0.utf8)) }
                let text = chunks.compactMap { $0.choices.first?.delta.content }.joined()
                #expect(text == "one two three")
                #expect(chunks.filter { $0.choices.first?.delta.content?.isEmpty == false }.count == 3)
                #expect(chunks.last?.choices.isEmpty == true)
                #expect(chunks.last?.usage?.completionTokens == 3)
            }
        }
    }

    @Test func clientDisconnectCancelsTheUpstreamRequest() async throws {
        let hanging = HangingProvider()
        let fixture = GatewayFixture(extraProviders: [hanging])
        try await fixture.application().test(.live) { client in
            let port = try #require(client.port)
            let transport = AsyncHTTPClientTransport()
            let request = UpstreamRequest(
                method: .POST, url: "http://127.0.0.1:\(port)/v1/chat/completions",
                headers: ["content-type": "application/json"],
                body: ByteBuffer(string: #"{"model":"hanging","stream":true,"messages":[{"role":"user","content":"hi"}]}"#),
                deadline: .now() + .seconds(30))
            let reader = Task {
                let response = try await transport.send(request)
                var iterator = response.body.makeAsyncIterator()
                let first = try await iterator.next()
                hanging.firstChunkReceived()
                _ = try await iterator.next()  // blocks: the upstream sends nothing more
                return first
            }
            try await hanging.waitUntilFirstChunkReceived()
            reader.cancel()  // the client goes away
            let cancelled = try await hanging.waitForCancellation(timeout: .seconds(10))
            #expect(cancelled, "the upstream request was not cancelled after the client disconnected")
            _ = try? await reader.value
            try await transport.shutdown()
        }
    }

    @Test func healthAndModels() async throws {
        let fixture = GatewayFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/health/live", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/health/ready", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/models", method: .get) { response in
                let list = try JSONDecoder().decode(ModelList.self, from: Data(response.text.utf8))
                #expect(list.object == "list")
                #expect(list.data.map(\.id) == ["gpt-test", "mock-echo"])
                #expect(list.data.first?.ownedBy == "upstream")
            }
            try await client.execute(uri: "/v1/models/mock-echo", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#""id":"mock-echo""#))
            }
            try await client.execute(uri: "/v1/models/unknown", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(arguments: ["float", "base64"])
    func mockEmbeddingsInBothEncodings(format: String) async throws {
        let fixture = GatewayFixture()
        try await fixture.application().test(.router) { client in
            let body = #"{"model":"mock-echo","input":["a","b"],"encoding_format":"\#(format)"}"#
            try await client.execute(uri: "/v1/embeddings", method: .post, body: jsonBody(body)) { response in
                #expect(response.status == .ok)
                let decoded = try JSONDecoder().decode(EmbeddingsResponse.self, from: Data(response.text.utf8))
                #expect(decoded.data.count == 2)
                for item in decoded.data {
                    switch item.embedding {
                    case .floats(let values):
                        #expect(format == "float")
                        #expect(values.count == 4)
                    case .base64(let text):
                        #expect(format == "base64")
                        #expect(Data(base64Encoded: text)?.count == 16)
                    }
                }
            }
        }
    }
}

/// A provider whose stream sends one chunk, then waits until it is cancelled, and reports that.
final class HangingProvider: ChatProvider {
    let name = "hanging"
    let kind = "test"
    private let firstChunk = AsyncStream<Void>.makeStream()
    private let cancellation = AsyncStream<Void>.makeStream()
    /// Ends the hanging stream when a test gives up, so the server can shut down even if the
    /// disconnect was never noticed (the test then fails instead of hanging).
    private let giveUp = AsyncStream<Void>.makeStream()

    func firstChunkReceived() { firstChunk.continuation.yield() }

    func waitUntilFirstChunkReceived() async throws {
        for await _ in firstChunk.stream { return }
    }

    /// `true` once the stream was cancelled; `false` if `timeout` passed first.
    func waitForCancellation(timeout: Duration) async throws -> Bool {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await _ in self.cancellation.stream { return true }
                return false
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            let result = try await group.next() ?? false
            group.cancelAll()
            if !result { giveUp.continuation.finish() }
            return result
        }
    }

    func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion> {
        throw GaiError(.unsupported, "stream only")
    }

    func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream {
        let first = ChatCompletionChunk(id: "h", created: 0, model: "hanging", choices: [.init(index: 0, delta: .init(role: .assistant, content: "x"))])
        let onCancel = cancellation.continuation
        let giveUpSignal = giveUp.stream
        let stream = AsyncThrowingStream<ChatStreamChunk, any Error> { continuation in
            continuation.yield(ChatStreamChunk(first))
            continuation.onTermination = { termination in
                if case .cancelled = termination { onCancel.yield() }
            }
            Task {
                for await _ in giveUpSignal {}
                continuation.finish()
            }
        }
        return ChatCompletionStream(stream)
    }

    func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse> {
        throw GaiError(.unsupported, "no embeddings")
    }
}
