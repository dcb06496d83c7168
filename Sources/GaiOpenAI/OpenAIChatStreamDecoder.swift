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
        Iterator(events: SSEEventReader(body: body, provider: provider), provider: provider)
    }

    struct Iterator: AsyncIteratorProtocol {
        var events: SSEEventReader
        let provider: String
        var sawDone = false

        mutating func next() async throws -> ChatStreamChunk? {
            while let event = try await events.next() {
                // After `[DONE]` the body is drained so the connection can be reused.
                if sawDone { continue }
                if let chunk = try decode(event) { return chunk }
            }
            return try finishOrFail()
        }

        private func finishOrFail() throws(GaiError) -> ChatStreamChunk? {
            if sawDone { return nil }
            let leftover = events.pendingText.trimmingCharacters(in: .whitespacesAndNewlines)
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
