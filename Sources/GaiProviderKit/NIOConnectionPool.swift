import GaiCore
import NIOCore
import NIOHTTP1
import NIOPosix

/// The keep-alive connections of one event loop.
///
/// Idle connections wait per (host, port) in a LIFO stack: the most recently used one is the most
/// likely to still be open, and the ones at the bottom age out under the idle timeout. Connections
/// are created on demand without a limit (the gateway's own concurrency bounds them); only the
/// number kept idle is capped.
///
/// `@unchecked Sendable`: every mutable property is only touched on `eventLoop`, so the hot path
/// takes no lock; ``NIOHTTPTransport`` reaches it from elsewhere only by hopping onto the loop.
final class NIOConnectionPool: @unchecked Sendable {
    let eventLoop: any EventLoop
    private let configuration: NIOHTTPTransport.Configuration
    /// Idle connections per upstream, oldest first (pushed and popped at the end).
    private var idle: [NIOUpstreamTarget.Key: [NIOUpstreamConnection]] = [:]
    /// Every open connection, idle or busy, so shutdown can close them all.
    private var open: [ObjectIdentifier: NIOUpstreamConnection] = [:]
    private var sweepTask: Scheduled<Void>?
    private var isShutDown = false

    init(eventLoop: any EventLoop, configuration: NIOHTTPTransport.Configuration) {
        self.eventLoop = eventLoop
        self.configuration = configuration
    }

    /// On the loop. Sends the exchange's request on an idle connection, else on a new one.
    func execute(_ exchange: NIOUpstreamExchange) {
        guard !isShutDown else {
            exchange.fail(Self.shutDownError)
            return
        }
        guard exchange.request.deadline > .now() else {
            // Do not spend a pooled connection on a request that is already late.
            exchange.fail(GaiError(.timeout, "The upstream request's deadline had already passed"))
            return
        }
        exchange.start()
        while let connection = idle[exchange.target.key]?.popLast() {
            if connection.isOpen {
                lease(connection, to: exchange)
                return
            }
        }
        connect(for: exchange)
    }

    /// On the loop. A pooled connection turned out stale: try once more on a fresh connection
    /// (not another pooled one, which has probably gone stale the same way).
    func retry(_ exchange: NIOUpstreamExchange) {
        guard !isShutDown else {
            exchange.fail(Self.shutDownError)
            return
        }
        connect(for: exchange)
    }

    /// On the loop. Takes back a connection whose response was read to the end and may be reused.
    func release(_ connection: NIOUpstreamConnection) {
        guard !isShutDown, connection.isOpen,
            idle[connection.key, default: []].count < configuration.maxIdleConnectionsPerHost
        else {
            connection.close()
            return
        }
        connection.idleSince = .now()
        idle[connection.key, default: []].append(connection)
        if sweepTask == nil {
            scheduleSweep(at: connection.idleSince + configuration.idleTimeout)
        }
    }

    /// On the loop. Called by every connection once its channel closed.
    func connectionClosed(_ connection: NIOUpstreamConnection) {
        open[ObjectIdentifier(connection)] = nil
        if let index = idle[connection.key]?.lastIndex(where: { $0 === connection }) {
            idle[connection.key]?.remove(at: index)
        }
    }

    /// On the loop. Closes every connection, idle or busy (busy exchanges fail with `network`),
    /// and refuses new requests. Completes when all channels are closed.
    func shutdown() -> EventLoopFuture<Void> {
        isShutDown = true
        sweepTask?.cancel()
        sweepTask = nil
        let connections = Array(open.values)
        idle.removeAll()
        let closed = connections.compactMap(\.closeFuture)
        for connection in connections {
            connection.close(failing: Self.shutDownError)
        }
        return EventLoopFuture.andAllComplete(closed, on: eventLoop)
    }

    // MARK: - Connecting

    private func lease(_ connection: NIOUpstreamConnection, to exchange: NIOUpstreamExchange) {
        if exchange.attach(to: connection) {
            connection.start(exchange)
        } else {
            release(connection)  // the exchange finished while waiting (deadline, cancellation)
        }
    }

    private func connect(for exchange: NIOUpstreamExchange) {
        let key = exchange.target.key
        guard let bootstrap = ClientBootstrap(validatingGroup: eventLoop) else {
            exchange.fail(GaiError(.internal, "NIOHTTPTransport needs a NIOPosix event loop group"))
            return
        }
        bootstrap
            .channelOption(ChannelOptions.autoRead, value: false)
            .connectTimeout(configuration.connectTimeout)
            .channelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    // NIO's client handlers but for the request side: our encoder writes and
                    // checks the head in one pass (``NIOUpstreamRequestEncoder``). The decoder
                    // sits after it, so it still sees each request's head (for HEAD responses).
                    let encoder = NIOUpstreamRequestEncoder()
                    try channel.pipeline.syncOperations.addHandler(encoder)
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes)))
                    try channel.pipeline.syncOperations.addHandler(NIOUpstreamConnection(key: key, pool: self, encoder: encoder))
                }
            }
            .connect(host: key.host, port: key.port)
            .whenComplete { [self] result in
                connected(result, for: exchange)
            }
    }

    /// On the loop (the bootstrap's group is this loop).
    private func connected(_ result: Result<any Channel, any Error>, for exchange: NIOUpstreamExchange) {
        let key = exchange.target.key
        switch result {
        case .failure(let error):
            let reason: String
            if case ChannelError.connectTimeout = error {
                reason = "timed out after \(configuration.connectTimeout)"
            } else {
                reason = "failed: \(error)"
            }
            exchange.fail(GaiError(.network, "Connecting to the upstream at \(key.host):\(key.port) \(reason)", underlying: [error]))
        case .success(let channel):
            guard let connection = try? channel.pipeline.syncOperations.handler(type: NIOUpstreamConnection.self),
                connection.isOpen
            else {
                channel.close(promise: nil)
                exchange.fail(GaiError(.network, "The upstream at \(key.host):\(key.port) closed the connection right after it opened"))
                return
            }
            guard !isShutDown else {
                connection.close()
                exchange.fail(Self.shutDownError)
                return
            }
            open[ObjectIdentifier(connection)] = connection
            lease(connection, to: exchange)
        }
    }

    // MARK: - Idle timeout

    private func scheduleSweep(at deadline: NIODeadline) {
        sweepTask = eventLoop.scheduleTask(deadline: deadline) { [self] in
            sweepIdleConnections()
        }
    }

    /// Closes connections idle for longer than the idle timeout, then sleeps until the next one
    /// is due: one timer per pool rather than one per connection and request.
    private func sweepIdleConnections() {
        sweepTask = nil
        let now = NIODeadline.now()
        let timeout = configuration.idleTimeout
        var expired: [NIOUpstreamConnection] = []
        var nextDue: NIODeadline?
        for (key, stack) in idle {
            let keep = stack.firstIndex { $0.idleSince + timeout > now } ?? stack.endIndex
            guard keep > stack.startIndex else {
                if let first = stack.first { nextDue = min(nextDue ?? .distantFuture, first.idleSince + timeout) }
                continue
            }
            expired.append(contentsOf: stack[..<keep])
            let remaining = Array(stack[keep...])
            idle[key] = remaining.isEmpty ? nil : remaining
            if let first = remaining.first { nextDue = min(nextDue ?? .distantFuture, first.idleSince + timeout) }
        }
        // Closed only now: closing may call back into `connectionClosed`, which edits `idle`.
        for connection in expired {
            connection.close()
        }
        if let nextDue {
            scheduleSweep(at: nextDue)
        }
    }

    private static let shutDownError = GaiError(
        .network, "The upstream transport was shut down", isTransient: false)
}
