import Logging
import NIOCore

/// Encoded commands on their way to the server, and the promise for their replies.
struct RedisRequest: Sendable {
    /// One or more commands, already encoded, written in one go.
    var payload: ByteBuffer
    /// How many replies the payload will produce (one per command).
    var replyCount: Int
    /// When the promise fails with ``RedisError/timeout`` if the replies are not all in.
    var deadline: NIODeadline
    /// Completed with the replies, in command order.
    var promise: EventLoopPromise<[RESPValue]>
}

/// Writes requests and matches replies to them in FIFO order, which is how Redis answers on one
/// connection. Pipelining falls out of this: a request is written at once, whatever is pending.
///
/// Lives on its channel's event loop, like every channel handler; all state below is touched
/// only from that loop.
final class RedisCommandHandler: ChannelDuplexHandler {
    typealias InboundIn = RESPValue
    typealias OutboundIn = RedisRequest
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var id: UInt64
        var promise: EventLoopPromise<[RESPValue]>
        var expected: Int
        var replies: [RESPValue]
        var timeoutTask: Scheduled<Void>?
    }

    private var pending = CircularBuffer<Pending>()
    private var nextID: UInt64 = 0
    /// Set once the connection is going away: later requests fail at once with this.
    private var closing: RedisError?
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = self.unwrapOutboundIn(data)
        if let closing = self.closing {
            request.promise.fail(closing)
            promise?.fail(closing)
            return
        }
        let id = self.nextID
        self.nextID &+= 1
        // Replies are matched by position, so once one is overdue nothing after it can be
        // trusted either: the timeout fails everything pending and closes the connection.
        let timeoutTask = context.eventLoop.assumeIsolated().scheduleTask(deadline: request.deadline) {
            self.timedOut(id, context: context)
        }
        self.pending.append(
            Pending(id: id, promise: request.promise, expected: request.replyCount, replies: [], timeoutTask: timeoutTask))
        context.write(self.wrapOutboundOut(request.payload), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let value = self.unwrapInboundIn(data)
        if case .push = value {
            // Out-of-band RESP3 data (invalidations, pub/sub) answers no command.
            self.logger.debug("redis push message ignored")
            return
        }
        guard !self.pending.isEmpty else {
            self.fail(context: context, .protocolError("reply received with no command pending"))
            return
        }
        let head = self.pending.startIndex
        self.pending[head].replies.append(value)
        guard self.pending[head].replies.count == self.pending[head].expected else { return }
        let done = self.pending.removeFirst()
        done.timeoutTask?.cancel()
        done.promise.succeed(done.replies)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        self.fail(context: context, (error as? RedisError) ?? .connectionFailed(reason: "\(error)"))
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.failAll(.connectionFailed(reason: "connection closed"))
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.failAll(.connectionFailed(reason: "connection closed"))
    }

    private func timedOut(_ id: UInt64, context: ChannelHandlerContext) {
        // Replies complete in order, so request `id` is still pending exactly when the oldest
        // pending request is not newer than it.
        guard let oldest = self.pending.first, oldest.id <= id else { return }
        self.logger.debug("redis command timed out; closing the connection")
        self.fail(context: context, .timeout)
    }

    private func fail(context: ChannelHandlerContext, _ error: RedisError) {
        if case .protocolError(let reason) = error {
            self.logger.warning("redis protocol error; closing the connection", metadata: ["redis.reason": "\(reason)"])
        }
        // Close before failing the callers: a caller that retries at once must find this
        // connection inactive, and the pool must not hand it out again.
        let entries = self.takeAll()
        context.close(promise: nil)
        for entry in entries {
            entry.timeoutTask?.cancel()
            entry.promise.fail(error)
        }
    }

    private func failAll(_ error: RedisError) {
        for entry in self.takeAll() {
            entry.timeoutTask?.cancel()
            entry.promise.fail(error)
        }
    }

    /// Removes every pending request and marks the connection as going away.
    private func takeAll() -> [Pending] {
        if self.closing == nil {
            // Whatever failed the pending commands, new ones just see a closed connection.
            self.closing = .connectionFailed(reason: "connection closed")
        }
        defer { self.pending.removeAll() }
        return Array(self.pending)
    }
}
