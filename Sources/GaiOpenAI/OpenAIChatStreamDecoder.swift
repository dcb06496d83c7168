import Foundation
import GaiCore
import GaiProviderKit
import GaiSSE
import NIOCore

/// Turns an OpenAI-compatible SSE body into chunks.
///
/// A stream is complete only when `data: [DONE]` arrived: an upstream that closes before it is a
/// `network` failure, never a silent clean end. A `data: {"error": …}` event ends the stream with
/// that error, classified.
struct OpenAIChatStreamDecoder: AsyncSequence, Sendable {
    typealias Element = ChatStreamChunk

    let body: UpstreamBody
    let provider: String

    func makeAsyncIterator() -> Iterator {
        Iterator(body: body.makeAsyncIterator(), provider: provider)
    }

    struct Iterator: AsyncIteratorProtocol {
        var body: UpstreamBody.AsyncIterator
        let provider: String
        var parser = SSEParser()
        var pending: [SSEEvent] = []
        var pendingIndex = 0
        var sawDone = false
        var sawEnd = false

        init(body: UpstreamBody.AsyncIterator, provider: String) {
            self.body = body
            self.provider = provider
        }

        mutating func next() async throws -> ChatStreamChunk? {
            while true {
                while pendingIndex < pending.count {
                    let event = pending[pendingIndex]
                    pendingIndex += 1
                    if sawDone { continue }
                    if let chunk = try decode(event) { return chunk }
                }
                if sawEnd {
                    return try finishOrFail()
                }
                guard let buffer = try await body.next() else {
                    sawEnd = true
                    pending = parser.finish().map { [$0] } ?? []
                    pendingIndex = 0
                    continue
                }
                do {
                    pending = try parser.feed(buffer)
                } catch {
                    throw GaiError(.providerUnavailable, "The upstream provider '\(provider)' sent a stream event that is too large", provider: provider)
                }
                pendingIndex = 0
            }
        }

        private func finishOrFail() throws(GaiError) -> ChatStreamChunk? {
            if sawDone { return nil }
            let leftover = parser.pendingText.trimmingCharacters(in: .whitespacesAndNewlines)
            if !leftover.isEmpty, let upstreamError = OpenAIErrorMapping.errorBody(from: ByteBuffer(string: leftover)) {
                throw OpenAIErrorMapping.mapStreamError(upstreamError, provider: provider)
            }
            throw GaiError(.network, "The upstream provider '\(provider)' closed the stream before it finished", provider: provider)
        }

        private mutating func decode(_ event: SSEEvent) throws(GaiError) -> ChatStreamChunk? {
            let data = event.data
            if data.hasPrefix("[DONE]") {
                sawDone = true
                return nil
            }
            if data.isEmpty { return nil }
            let bytes = ByteBuffer(string: data)
            let chunk: ChatCompletionChunk
            do {
                chunk = try JSONDecoder().decode(ChatCompletionChunk.self, from: Data(data.utf8))
            } catch {
                if let upstreamError = OpenAIErrorMapping.errorBody(from: bytes) {
                    throw OpenAIErrorMapping.mapStreamError(upstreamError, provider: provider)
                }
                throw GaiError(
                    .providerUnavailable, "The upstream provider '\(provider)' sent a stream chunk that is not valid JSON",
                    provider: provider, underlying: [error])
            }
            if chunk.extra["error"] != nil, let upstreamError = OpenAIErrorMapping.errorBody(from: bytes) {
                throw OpenAIErrorMapping.mapStreamError(upstreamError, provider: provider)
            }
            return ChatStreamChunk(chunk, rawJSON: bytes)
        }
    }
}
