import GaiCore
import NIOCore
import NIOHTTP1

/// One keep-alive HTTP/1.1 connection to an upstream, as the last handler of its channel
/// (after its request encoder, ``NIOUpstreamRequestEncoder``, and NIO's response decoder).
///
/// It carries one exchange at a time (no pipelining): writes the request in one flush, reports the
/// response parts to the exchange, and reads from the socket only while the body's consumer wants
/// more (`autoRead` is off), so a slow client holds the upstream back instead of growing memory.
/// While idle in the pool it keeps a read pending, so a server closing the connection is noticed.
///
/// `@unchecked Sendable`: every mutable property is only touched on the channel's event loop
/// (channel callbacks run there; the pool and the exchange call in only from there).
final class NIOUpstreamConnection: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    let key: NIOUpstreamTarget.Key
    private let pool: NIOConnectionPool
    private var context: ChannelHandlerContext?
    private var exchange: NIOUpstreamExchange?
    /// Set when we decide to close, before the channel reports it closed.
    private var closeRequested = false
    /// Active and not being closed by us. Read from the channel, not from `channelActive`: the
    /// connect future completes (and the pool leases the connection) before that event arrives.
    var isOpen: Bool { !closeRequested && (context?.channel.isActive ?? false) }
    /// Requests written so far; a failure before any response byte on a reused connection is the
    /// stale keep-alive race (the server closed it while it sat idle), which is safe to retry.
    private var requestsSent = 0
    private var receivedResponseBytes = false
    private var keepAlive = true
    /// Whether to keep reading: `false` while the body consumer's buffer is full.
    private var wantsRead = true
    private var lastError: (any Error)?
    /// When the connection went back to the pool; maintained by the pool.
    var idleSince = NIODeadline.uptimeNanoseconds(0)

    /// The channel's request encoder, which writes each head's trace context
    /// (``NIOUpstreamRequestEncoder/nextTrace``).
    private let encoder: NIOUpstreamRequestEncoder?

    init(key: NIOUpstreamTarget.Key, pool: NIOConnectionPool, encoder: NIOUpstreamRequestEncoder? = nil) {
        self.key = key
        self.pool = pool
        self.encoder = encoder
    }

    /// Completes once the channel is closed.
    var closeFuture: EventLoopFuture<Void>? { context?.channel.closeFuture }

    /// On the loop. Writes the (attached) exchange's request (head, body, end, one flush) and
    /// starts reading its response.
    func start(_ exchange: NIOUpstreamExchange) {
        guard let context, isOpen else {
            exchange.fail(GaiError(.network, "The upstream connection closed before the request was sent"))
            return
        }
        self.exchange = exchange
        requestsSent += 1
        receivedResponseBytes = false
        wantsRead = true
        lastError = nil
        let head = exchange.target.makeHead(for: exchange.request)
        keepAlive = head.isKeepAlive

        // Only the head can fail without closing the channel (a name, value or target the
        // encoder will not write); I/O failures close it and are handled in `channelInactive`.
        let headWritten = context.eventLoop.makePromise(of: Void.self)
        headWritten.futureResult.assumeIsolated().whenFailure { [self] error in
            writeFailed(error, exchange: exchange)
        }
        encoder?.nextTrace = exchange.request.traceContext
        context.write(wrapOutboundOut(.head(head)), promise: headWritten)
        if let body = exchange.request.body, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        context.read()
    }

    /// On the loop. The body consumer drained its buffer: read again.
    func resumeReading(for exchange: NIOUpstreamExchange) {
        guard self.exchange === exchange, isOpen, let context else { return }
        wantsRead = true
        context.read()
    }

    /// On the loop. The exchange gave up (deadline, cancellation, consumer gone) while this
    /// connection still carried it: the unread rest of the response makes it unusable.
    func abandon(_ exchange: NIOUpstreamExchange) {
        guard self.exchange === exchange else { return }
        self.exchange = nil
        close()
    }

    /// On the loop. Fails the exchange in flight, if any, with `error`, then closes.
    func close(failing error: GaiError) {
        if let exchange {
            self.exchange = nil
            exchange.fail(error)
        }
        close()
    }

    /// On the loop. Closes the channel; `channelInactive` tidies up.
    func close() {
        guard isOpen else { return }
        closeRequested = true
        context?.close(promise: nil)
    }

    // MARK: - Channel events

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        receivedResponseBytes = true
        guard let exchange else {
            // Bytes nobody asked for (while idle, or after the consumer left): unusable connection.
            close()
            return
        }
        switch part {
        case .head(let head):
            keepAlive = keepAlive && head.isKeepAlive
            if !exchange.receivedHead(head) {
                self.exchange = nil
                close()
            }
        case .body(let buffer):
            wantsRead = exchange.receivedBodyPart(buffer)
        case .end:
            self.exchange = nil
            wantsRead = true  // idle connections keep a read pending to notice a close
            exchange.receivedEnd()
            if keepAlive {
                pool.release(self)
            } else {
                close()
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if wantsRead, isOpen {
            context.read()
        }
        context.fireChannelReadComplete()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if context.channel.isActive, let exchange, error is HTTPParserError || error is NIOHTTPDecoderError {
            // A malformed response, not a closed connection: never retried.
            self.exchange = nil
            exchange.fail(GaiError(.network, "The upstream sent an invalid HTTP response: \(error)", underlying: [error]))
        } else {
            lastError = error
        }
        close()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closeRequested = true
        pool.connectionClosed(self)
        if let exchange {
            self.exchange = nil
            if !receivedResponseBytes, requestsSent > 1, exchange.prepareRetry() {
                pool.retry(exchange)
            } else {
                exchange.fail(closedError())
            }
        }
        context.fireChannelInactive()
    }

    // MARK: - Failures

    private func writeFailed(_ error: any Error, exchange: NIOUpstreamExchange) {
        guard self.exchange === exchange else { return }
        lastError = error
        if error is IOError || error is ChannelError {
            close()  // the connection broke: `channelInactive` fails or retries the exchange
            return
        }
        self.exchange = nil
        exchange.fail(GaiError(.network, "Writing the request to the upstream failed: \(error)", underlying: [error]))
        close()
    }

    private func closedError() -> GaiError {
        var message = receivedResponseBytes
            ? "The upstream closed the connection before the response ended"
            : "The upstream closed the connection before sending a response"
        guard let lastError else { return GaiError(.network, message) }
        if lastError is IOError {
            message += " (\(lastError))"  // e.g. connection reset by peer
        }
        return GaiError(.network, message, underlying: [lastError])
    }
}
