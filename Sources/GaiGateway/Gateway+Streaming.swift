import Foundation
import Synchronization
import GaiRouting
import GaiCore
import GaiSSE
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension Gateway {
    /// Streams a chat completion as OpenAI SSE chunks, each forwarded as it arrives.
    ///
    /// The first chunk is awaited before the response starts, so a failure before any content
    /// still gets a proper HTTP status. After that the status is sent: a failure becomes a final
    /// `data: {"error": …}` event and the stream ends without `[DONE]`, never silently.
    func streamChatCompletion(
        _ chat: ChatRequest, provider: any ChatProvider, providerContext: ProviderContext, request: Request,
        context: GatewayRequestContext
    ) async throws -> Response {
        let start = ContinuousClock.now
        let stream = try await provider.streamChatCompletion(chat, context: providerContext)
        let source = StreamSource(stream.makeAsyncIterator())
        let first = try await source.next()

        context.access.update { $0.loggedByStream = true }
        let logger = self.logger
        let requestID = context.requestID
        let access = context.access
        let method = request.method.rawValue
        let path = request.uri.path

        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        headers[.accelBuffering] = "no"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            var pending = first
            var outcome: ErrorCode?
            do {
                while let chunk = pending {
                    if let usage = chunk.chunk.usage {
                        access.update { $0.usage = usage }
                    }
                    try await writer.write(Self.sseFrame(chunk))
                    do {
                        pending = try await source.next()
                    } catch let error as GaiError {
                        outcome = error.code
                        try await writer.write(Self.sseErrorFrame(error))
                        pending = nil
                    }
                }
                if outcome == nil {
                    try await writer.write(ByteBuffer(string: SSEEncoder.done))
                }
                try await writer.finish(nil)
            } catch {
                // The client went away: drop the upstream stream now so its request is cancelled.
                source.close()
                outcome = outcome ?? .network
                access.update { $0.errorCode = outcome }
                access.log(to: logger, requestID: requestID, method: method, path: path, status: 499, start: start)
                throw error
            }
            source.close()
            access.update { $0.errorCode = outcome }
            access.log(to: logger, requestID: requestID, method: method, path: path, status: 200, start: start)
        })
    }

    static func sseFrame(_ chunk: ChatStreamChunk) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        if let raw = chunk.rawJSON {
            buffer.reserveCapacity(raw.readableBytes + 8)
            SSEEncoder.data(raw, into: &buffer)
        } else {
            SSEEncoder.data(try encode(chunk.chunk), into: &buffer)
        }
        return buffer
    }

    static func sseErrorFrame(_ error: GaiError) -> ByteBuffer {
        var buffer = ByteBuffer()
        SSEEncoder.data(ErrorResponse.body(for: error), into: &buffer)
        return buffer
    }
}

/// Hands a stream's iterator from the handler to the response writer.
///
/// `@unchecked Sendable`: the iterator is used by one task at a time, first the handler (for
/// the first chunk), then the response body writer, which starts only after the handler returns.
final class StreamSource: @unchecked Sendable {
    private var iterator: ChatCompletionStream.AsyncIterator?

    init(_ iterator: ChatCompletionStream.AsyncIterator) {
        self.iterator = iterator
    }

    func next() async throws(GaiError) -> ChatStreamChunk? {
        guard var current = iterator else { return nil }
        defer { iterator = current }
        do {
            return try await current.next()
        } catch let error as GaiError {
            throw error
        } catch {
            throw GaiError(.internal, "The stream failed", underlying: [error])
        }
    }

    /// Releases the upstream stream, which cancels its request if it is still running.
    func close() {
        iterator = nil
    }
}
