import AsyncAlgorithms
import GaiCore
import GaiRouting
import GaiSSE
import GaiStorage
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A stream that reached its commit point: the chunks held back until then, and the rest.
struct PreparedStream: Sendable {
    var held: [ChatStreamChunk]
    var source: StreamSource
}

extension Gateway {
    /// Opens a stream over the model's deployments and reads it up to the commit point (the first
    /// chunk with content, see ``ChatStreamChunk/isCommitPoint``).
    ///
    /// Everything before the commit point is an attempt like any other: a failure there is
    /// retried or failed over to the next deployment and the client never knows. Nothing has
    /// been sent to the client until this returns.
    func openStream(
        _ chat: ChatRequest, model: String, providerContext: ProviderContext, request: Request, context: GatewayRequestContext,
        body: ByteBuffer
    ) async throws(GaiError) -> ModelRouter.Routed<PreparedStream> {
        try await routed(model: model, providerContext: providerContext, request: request, context: context, body: body) {
            target throws(GaiError) in
            var upstream = chat
            upstream.model = target.deployment.model
            let stream = try await target.provider.streamChatCompletion(upstream, context: providerContext)
            let source = StreamSource(stream.makeAsyncIterator())
            var held: [ChatStreamChunk] = []
            do throws(GaiError) {
                while let chunk = try await source.next() {
                    held.append(chunk)
                    if chunk.isCommitPoint { break }
                }
            } catch {
                source.close()
                throw error
            }
            return PreparedStream(held: held, source: source)
        }
    }

    /// Streams a prepared stream to the client, each chunk forwarded as it arrives.
    ///
    /// The status is sent with the first bytes, after the commit point. A failure after it becomes
    /// the format's terminal error event, never a silent close. A client that disconnects cancels
    /// the upstream request at once, even while the upstream is silent — unless the stream is
    /// recorded (it has an idempotency key): then the upstream is read to the end into the
    /// recording, so the client can resume with `Last-Event-ID`.
    func streamResponse(
        _ routed: ModelRouter.Routed<PreparedStream>, request: Request, context: GatewayRequestContext, output: StreamOutput,
        recording: StreamRecording?
    ) -> Response {
        let start = ContinuousClock.now
        context.access.update { fields in
            fields.loggedByStream = true
            fields.firstContentAfter = fields.startedAt.map { start - $0 }
        }
        let metricLabels = self.metricLabels
        let events = self.events
        let logger = self.logger
        let requestID = context.requestID
        let access = context.access
        let method = request.method.rawValue
        let path = request.uri.path
        let channel = context.channel
        let prepared = routed.value
        let lease = routed.lease

        var headers = HTTPFields()
        headers[.contentType] = output.framing.contentType
        headers[.cacheControl] = "no-cache"
        headers[.accelBuffering] = "no"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer { lease.release() }
            let outcome = try await Self.pump(
                prepared, channel: channel, access: access, output: output, recording: recording, writer: &writer)
            access.update { $0.errorCode = outcome.code }
            // Without a usage report the token reservation is kept: the stream may have used all of it.
            await self.finishRequest(access, requestID: requestID)
            access.log(
                to: logger, requestID: requestID, method: method, path: path, status: outcome.status, start: start, labels: metricLabels, events: events)
            if outcome.clientGone { throw CancellationError() }
        })
    }

    /// What became of a stream, for the access log.
    struct StreamOutcome {
        var code: ErrorCode?
        var clientGone = false
        var status: Int { clientGone ? 499 : 200 }
    }

    enum PumpMessage: Sendable {
        case bytes(ByteBuffer)
        case end(ErrorCode?)
    }

    /// Moves chunks from the upstream (a child task that also encodes them) to the client (this
    /// task) through a rendezvous channel, so a slow client slows the upstream read instead of
    /// growing a buffer. The client connection closing finishes the channel, which cancels the
    /// upstream read — or, for a recorded stream, lets it run on into the recording alone.
    static func pump(
        _ prepared: PreparedStream, channel: any Channel, access: AccessRecord, output: StreamOutput, recording: StreamRecording?,
        writer: inout any ResponseBodyWriter
    ) async throws -> StreamOutcome {
        let messages = AsyncChannel<PumpMessage>()
        channel.closeFuture.whenComplete { _ in messages.finish() }
        var outcome = StreamOutcome()
        // The chunks held back until the commit point go out from here at once: the first
        // content must not wait for the reader task to start.
        var output = output
        var heldWritten = true
        do {
            for chunk in prepared.held {
                if let usage = chunk.chunk.usage { access.update { $0.usage = usage } }
                for choice in chunk.chunk.choices {
                    if let reason = choice.finishReason { access.update { $0.finishReasons.append(reason.rawValue) } }
                }
                guard let bytes = try? output.bytes(for: chunk), bytes.readableBytes > 0 else { continue }
                try await writer.write(recording?.append(bytes) ?? bytes)
            }
        } catch {
            heldWritten = false
        }
        let rest = PreparedStream(held: [], source: prepared.source)
        let encoder = output
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await read(rest, output: encoder, recording: recording, access: access, into: messages)
            }
            var ended = false
            if !heldWritten { messages.finish() }
            do {
                for await message in messages {
                    switch message {
                    case .bytes(let bytes):
                        try await writer.write(bytes)
                    case .end(let code):
                        outcome.code = code
                        ended = true
                    }
                    if ended { break }
                }
            } catch {
                // Writing to the client failed: it went away mid-write.
            }
            if !ended { outcome.clientGone = true }
            messages.finish()
            if recording == nil { group.cancelAll() }
        }
        if outcome.clientGone {
            outcome.code = outcome.code ?? .network
        } else {
            try await writer.finish(nil)
        }
        return outcome
    }

    /// The upstream side of ``pump``: encodes every chunk, the end or the failure, records it when
    /// the stream is recorded, and hands it to the client side.
    private static func read(
        _ prepared: PreparedStream, output: StreamOutput, recording: StreamRecording?, access: AccessRecord,
        into messages: AsyncChannel<PumpMessage>
    ) async {
        var output = output
        func emit(_ bytes: ByteBuffer) async {
            guard bytes.readableBytes > 0 else { return }
            await messages.send(.bytes(recording?.append(bytes) ?? bytes))
        }
        var code: ErrorCode?
        do throws(GaiError) {
            var held = prepared.held[...]
            var lastChunkAt: ContinuousClock.Instant?
            while true {
                let next: ChatStreamChunk?
                if let first = held.popFirst() {
                    next = first
                } else {
                    next = try await prepared.source.next()
                    let now = ContinuousClock.now
                    if let lastChunkAt { GatewayMetrics.interChunkTimer.recordDuration(now - lastChunkAt) }
                    lastChunkAt = now
                }
                guard let chunk = next else { break }
                if let usage = chunk.chunk.usage {
                    access.update { $0.usage = usage }
                }
                for choice in chunk.chunk.choices {
                    if let reason = choice.finishReason { access.update { $0.finishReasons.append(reason.rawValue) } }
                }
                let bytes: ByteBuffer?
                do {
                    bytes = try output.bytes(for: chunk)
                } catch {
                    throw GaiError.internal("Encoding a stream chunk failed")
                }
                if let bytes { await emit(bytes) }
            }
            await emit(output.finish())
        } catch {
            code = error.code
            await emit(output.fail(error))
        }
        recording?.finish()
        prepared.source.close()
        await messages.send(.end(code))
    }

    /// Sends a recorded stream (a duplicate request, or a client resuming after `lastEventID`),
    /// following it live while it still runs.
    func replayStream(_ recording: StreamRecording, after lastEventID: Int?, context: GatewayRequestContext) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = recording.contentType
        headers[.cacheControl] = "no-cache"
        headers[.accelBuffering] = "no"
        headers[.idempotentReplayed] = "true"
        for (name, value) in recording.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        context.access.update { $0.replayed = true }
        let channel = context.channel
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // A reader whose client left stops waiting for the next live event at once.
            let gone = Flag()
            channel.closeFuture.whenComplete { _ in
                gone.set()
                recording.wakeReaders()
            }
            for await frame in recording.events(after: lastEventID, stopped: { gone.isSet }) {
                try await writer.write(frame)
            }
            if gone.isSet { throw CancellationError() }
            if recording.overflowed {
                let error = GaiError(.internal, "The recorded stream outgrew the replay buffer; it cannot be replayed in full")
                var buffer = ByteBuffer()
                SSEEncoder.data(ErrorResponse.body(for: error), into: &buffer)
                try await writer.write(buffer)
            }
            try await writer.finish(nil)
        })
    }
}

/// A flag set once, from any thread.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}

/// Hands a stream's iterator from the handler to the task that reads the rest of it.
///
/// `@unchecked Sendable`: the iterator is used by one task at a time, first the handler (up to
/// the commit point), then the stream's reader task, which starts only after the handler returns.
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
