import AsyncAlgorithms
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
    /// `data: {"error": …}` event and the stream ends without `[DONE]`, never silently. A client
    /// that disconnects cancels the upstream request at once, even while the upstream is silent.
    func streamChatCompletion(
        _ chat: ChatRequest, provider: any ChatProvider, providerContext: ProviderContext, request: Request,
        context: GatewayRequestContext, output: StreamOutput
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
        let channel = context.channel

        var headers = HTTPFields()
        headers[.contentType] = output.framing.contentType
        headers[.cacheControl] = "no-cache"
        headers[.accelBuffering] = "no"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            var output = output
            let outcome = try await Self.pump(
                first: first, source: source, channel: channel, access: access, output: &output, writer: &writer)
            access.update { $0.errorCode = outcome.code }
            access.log(to: logger, requestID: requestID, method: method, path: path, status: outcome.status, start: start)
            if outcome.clientGone { throw CancellationError() }
        })
    }

    /// What became of a stream, for the access log.
    struct StreamOutcome {
        var code: ErrorCode?
        var clientGone = false
        var status: Int { clientGone ? 499 : 200 }
    }

    enum StreamEvent: Sendable {
        case chunk(ChatStreamChunk)
        case failed(GaiError)
        case finished
    }

    /// Moves chunks from the upstream (a child task) to the client (this task) through a
    /// rendezvous channel, so a slow client slows the upstream read instead of growing a buffer.
    /// The client connection closing finishes the channel, which cancels the upstream read.
    static func pump(
        first: ChatStreamChunk?, source: StreamSource, channel: any Channel, access: AccessRecord,
        output: inout StreamOutput, writer: inout any ResponseBodyWriter
    ) async throws -> StreamOutcome {
        let events = AsyncChannel<StreamEvent>()
        channel.closeFuture.whenComplete { _ in events.finish() }
        var outcome = StreamOutcome()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var pending = first
                    do throws(GaiError) {
                        while let chunk = pending {
                            await events.send(.chunk(chunk))
                            pending = try await source.next()
                        }
                        await events.send(.finished)
                    } catch {
                        await events.send(.failed(error))
                    }
                    source.close()
                }
                var ended = false
                for await event in events {
                    switch event {
                    case .chunk(let chunk):
                        if let usage = chunk.chunk.usage {
                            access.update { $0.usage = usage }
                        }
                        if let bytes = try output.bytes(for: chunk) {
                            try await writer.write(bytes)
                        }
                    case .failed(let error):
                        outcome.code = error.code
                        try await writer.write(output.fail(error))
                        ended = true
                    case .finished:
                        let bytes = output.finish()
                        if bytes.readableBytes > 0 { try await writer.write(bytes) }
                        ended = true
                    }
                    if ended { break }
                }
                if !ended {
                    // The channel was finished by the client connection closing.
                    outcome.clientGone = true
                }
                group.cancelAll()
            }
        } catch {
            // Writing to the client failed: it went away mid-write.
            outcome.clientGone = true
        }
        if outcome.clientGone {
            outcome.code = outcome.code ?? .network
        } else {
            try await writer.finish(nil)
        }
        events.finish()
        return outcome
    }
}

/// Hands a stream's iterator from the handler to the task that reads the rest of it.
///
/// `@unchecked Sendable`: the iterator is used by one task at a time, first the handler (for
/// the first chunk), then the stream's reader task, which starts only after the handler returns.
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
