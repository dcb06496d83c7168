import GaiCore
import NIOCore
import NIOHTTP1

/// One request and its response, across at most one transparent retry.
///
/// Owns what outlives a connection's view of the request: the promise `send` awaits, the deadline,
/// the body stream handed to the consumer, and whether the retry was spent. The connection reports
/// what it reads; the exchange decides what the caller sees.
///
/// `@unchecked Sendable`: every mutable property is only touched on `eventLoop` (the pool's loop).
/// Methods documented "on the loop" must be called there; the others hop to it.
final class NIOUpstreamExchange: @unchecked Sendable {
    typealias BodyProducer = NIOThrowingAsyncSequenceProducer<
        ByteBuffer, any Error, NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark, BodyDelegate
    >

    private enum State {
        /// Waiting for a connection (an idle one, or one being connected).
        case waitingForConnection
        /// The request was written on the connection; no response head yet.
        case waitingForHead(NIOUpstreamConnection)
        /// The caller has the head; body parts flow into the source.
        case streamingBody(NIOUpstreamConnection, BodyProducer.Source)
        /// Ended, failed, timed out, cancelled, or dropped by the consumer.
        case finished
    }

    /// Body parts buffered for a slow consumer before the connection stops reading.
    private static let backPressure = NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark(
        lowWatermark: 2, highWatermark: 8)

    let eventLoop: any EventLoop
    let request: UpstreamRequest
    let target: NIOUpstreamTarget
    private let responsePromise: EventLoopPromise<UpstreamResponse>
    private var state = State.waitingForConnection
    private var deadlineTask: Scheduled<Void>?
    /// Whether the one transparent retry on a fresh connection was spent.
    private(set) var hasRetried = false

    init(request: UpstreamRequest, target: NIOUpstreamTarget, eventLoop: any EventLoop) {
        self.request = request
        self.target = target
        self.eventLoop = eventLoop
        self.responsePromise = eventLoop.makePromise(of: UpstreamResponse.self)
    }

    /// Completes with the response once its head arrives.
    var response: EventLoopFuture<UpstreamResponse> { responsePromise.futureResult }

    /// On the loop. Arms the deadline, which covers connecting, the head and the whole body.
    func start() {
        deadlineTask = eventLoop.scheduleTask(deadline: request.deadline) { [self] in
            abandon(GaiError(.timeout, "The upstream did not answer in time"))
        }
    }

    /// On the loop. Binds the exchange to `connection` before the request is written; `false` when
    /// the exchange already finished (timed out, cancelled) and the connection is free.
    func attach(to connection: NIOUpstreamConnection) -> Bool {
        guard case .waitingForConnection = state else { return false }
        state = .waitingForHead(connection)
        return true
    }

    /// On the loop. The response head arrived: hand the caller status, headers and a body stream.
    /// `false` when nobody waits for it any more (the connection must close).
    func receivedHead(_ head: HTTPResponseHead) -> Bool {
        guard case .waitingForHead(let connection) = state else { return false }
        let producer = BodyProducer.makeSequence(
            elementType: ByteBuffer.self,
            failureType: (any Error).self,
            backPressureStrategy: Self.backPressure,
            finishOnDeinit: false,
            delegate: BodyDelegate(exchange: self))
        state = .streamingBody(connection, producer.source)
        let body = UpstreamBody(producer.sequence, classify: Self.classifyBodyError)
        responsePromise.succeed(UpstreamResponse(status: Int(head.status.code), headers: head.headers, body: body))
        return true
    }

    /// On the loop. Queues a body part; returns whether the consumer wants more right away
    /// (`false`: stop reading until it asks through ``BodyDelegate/produceMore()``).
    func receivedBodyPart(_ part: ByteBuffer) -> Bool {
        guard case .streamingBody(_, let source) = state else { return false }
        switch source.yield(part) {
        case .produceMore: return true
        case .stopProducing, .dropped: return false
        }
    }

    /// On the loop. The response ended; the consumer still gets every queued part.
    func receivedEnd() {
        guard case .streamingBody(_, let source) = state else { return }
        finish()
        source.finish()
    }

    /// On the loop. Fails the exchange; body parts received before the failure are delivered first
    /// (the producer yields its buffer before the error). Leaves the connection to the caller.
    func fail(_ error: GaiError) {
        let previous = state
        finish()
        switch previous {
        case .waitingForConnection, .waitingForHead:
            responsePromise.fail(error)
        case .streamingBody(_, let source):
            source.finish(error)
        case .finished:
            break
        }
    }

    /// On the loop. The connection failed before any response byte arrived: wait for a fresh one.
    /// `false` when the retry was spent or the deadline passed.
    func prepareRetry() -> Bool {
        guard !hasRetried, case .waitingForHead = state, request.deadline > .now() else { return false }
        hasRetried = true
        state = .waitingForConnection
        return true
    }

    /// From any thread: the task awaiting the head was cancelled.
    func cancel() {
        onLoop { $0.abandon(GaiError(.network, "The upstream request was cancelled", isTransient: false)) }
    }

    /// On the loop. Fails the exchange and closes its connection, whose unread rest is useless.
    private func abandon(_ error: GaiError) {
        let connection = currentConnection
        fail(error)
        connection?.abandon(self)
    }

    /// On the loop. The consumer stopped iterating (iterator dropped, task cancelled) or read to the
    /// end; if the response had not ended, the connection holds unread body and must close.
    fileprivate func consumerTerminated() {
        guard case .streamingBody(let connection, _) = state else { return }
        finish()
        connection.abandon(self)
    }

    /// On the loop. The consumer drained its buffer below the low watermark.
    fileprivate func consumerWantsMore() {
        guard case .streamingBody(let connection, _) = state else { return }
        connection.resumeReading(for: self)
    }

    /// Runs `body` on the loop, inline when already there (NIO as the global executor).
    fileprivate func onLoop(_ body: @escaping @Sendable (NIOUpstreamExchange) -> Void) {
        if eventLoop.inEventLoop {
            body(self)
        } else {
            eventLoop.execute { body(self) }
        }
    }

    /// Moves to `finished` *before* the producer is told, because `Source.finish` may call
    /// `didTerminate` synchronously: that call must then find nothing left to do.
    private func finish() {
        state = .finished
        deadlineTask?.cancel()
        deadlineTask = nil
    }

    private var currentConnection: NIOUpstreamConnection? {
        switch state {
        case .waitingForHead(let connection), .streamingBody(let connection, _): connection
        case .waitingForConnection, .finished: nil
        }
    }

    static func classifyBodyError(_ error: any Error) -> GaiError {
        if let error = error as? GaiError { return error }
        if error is CancellationError {
            return GaiError(.network, "The upstream request was cancelled", isTransient: false)
        }
        return GaiError(.network, "Reading the upstream response failed: \(error)", underlying: [error])
    }
}

/// Connects the body stream's demand and termination back to the exchange, on its loop.
struct BodyDelegate: NIOAsyncSequenceProducerDelegate {
    let exchange: NIOUpstreamExchange

    func produceMore() {
        exchange.onLoop { $0.consumerWantsMore() }
    }

    func didTerminate() {
        exchange.onLoop { $0.consumerTerminated() }
    }
}
