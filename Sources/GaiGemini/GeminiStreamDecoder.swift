import Foundation
import GaiCore
import GaiProviderKit
import GaiSSE
import NIOCore

/// Turns a Gemini `:streamGenerateContent?alt=sse` body into unified chunks.
///
/// Framing: `data: <JSON>` events with CRLF line endings and no terminator, the stream simply
/// ends (the parser's ``SSEParser/finish()`` yields a last event sent without its blank line).
/// A stream that ends without any `finishReason` (or blocked prompt) was cut short and fails as
/// `network`. An error object, as a `data:` event or raw without framing, ends the stream with
/// that error, classified. Unknown members and part kinds are ignored.
struct GeminiStreamDecoder: AsyncSequence, Sendable {
    typealias Element = ChatStreamChunk

    let body: UpstreamBody
    let provider: String
    let requestModel: String
    let created: Int64

    func makeAsyncIterator() -> Iterator {
        Iterator(
            events: SSEEventReader(body: body, provider: provider),
            state: GeminiStreamState(provider: provider, requestModel: requestModel, created: created))
    }

    struct Iterator: AsyncIteratorProtocol {
        var events: SSEEventReader
        var state: GeminiStreamState
        var outbox: [ChatCompletionChunk] = []
        var outboxIndex = 0
        var ended = false

        init(events: SSEEventReader, state: GeminiStreamState) {
            self.events = events
            self.state = state
        }

        mutating func next() async throws -> ChatStreamChunk? {
            while true {
                if outboxIndex < outbox.count {
                    outboxIndex += 1
                    return ChatStreamChunk(outbox[outboxIndex - 1])
                }
                outbox.removeAll(keepingCapacity: true)
                outboxIndex = 0
                if ended { return nil }
                guard let event = try await events.next() else {
                    ended = true
                    outbox += try state.finish(leftover: events.pendingText)
                    continue
                }
                try handle(event)
            }
        }

        private var provider: String { state.provider }

        private mutating func handle(_ event: SSEEvent) throws(GaiError) {
            let data = Data(event.data.utf8)
            if data.isEmpty { return }
            let response: GenerateContentResponse
            do {
                response = try JSONDecoder().decode(GenerateContentResponse.self, from: data)
            } catch {
                if let upstreamError = GeminiErrorMapping.errorBody(from: data) {
                    throw GeminiErrorMapping.mapStreamError(upstreamError, provider: provider)
                }
                throw GaiError(
                    .providerUnavailable, "The upstream provider '\(provider)' sent a stream event that is not valid JSON",
                    provider: provider, underlying: [error])
            }
            if response.isEmpty, let upstreamError = GeminiErrorMapping.errorBody(from: data) {
                throw GeminiErrorMapping.mapStreamError(upstreamError, provider: provider)
            }
            outbox += state.chunks(for: response)
        }
    }
}
