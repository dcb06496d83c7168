import GaiCore
import NIOCore
import NIOHTTP1
import NIOPosix

/// ``HTTPTransport`` for plain `http://` upstreams (local vLLM, Ollama, llama.cpp) on raw SwiftNIO:
/// a keep-alive HTTP/1.1 connection pool per event loop.
///
/// Measured on this stack, AsyncHTTPClient costs ~80–100 µs per request and caps a proxy near
/// 8,000 requests/s per core; this lean pool roughly doubles that. It gets there by doing less:
/// no TLS, no redirects, no decompression, no cross-thread pool. Each event loop owns its own
/// pool and every pool is only touched on its loop, so the hot path takes no lock. When the
/// calling task already runs on one of the group's loops (the gateway installs NIO as Swift
/// Concurrency's global executor), the upstream connection lives on that same loop: no thread hop
/// between the client's connection and the upstream's.
///
/// Behaviour callers rely on:
/// - `send` returns once the response head arrives; the body streams as it is read, with
///   back-pressure (the socket is read only while the consumer keeps up).
/// - Dropping or cancelling the body's iteration closes the upstream connection: that is how a
///   client disconnect cancels the upstream request. A connection is reused only after its
///   response was read to the end and both sides allow keep-alive.
/// - `UpstreamRequest.deadline` covers connecting, the head and the whole body (`timeout`).
///   Connection failures are `network`; body parts received before a failure are still delivered
///   before the error.
/// - A pooled connection the server closed while idle, failing before any response byte, is
///   retried once on a fresh connection, transparently (nothing was received, so nothing is lost).
///
/// Use ``RoutingTransport`` to send `https://` URLs elsewhere; this transport rejects them.
public final class NIOHTTPTransport: HTTPTransport {
    /// Pool and timeout settings.
    public struct Configuration: Sendable {
        /// Idle keep-alive connections kept per upstream (host, port) and event loop; more are
        /// closed when released. Busy connections are not limited.
        public var maxIdleConnectionsPerHost: Int
        /// How long establishing a TCP connection may take (a `network` error past it).
        public var connectTimeout: TimeAmount
        /// How long an unused pooled connection stays open.
        public var idleTimeout: TimeAmount

        public init(
            maxIdleConnectionsPerHost: Int = 256,
            connectTimeout: TimeAmount = .seconds(5),
            idleTimeout: TimeAmount = .seconds(60)
        ) {
            self.maxIdleConnectionsPerHost = maxIdleConnectionsPerHost
            self.connectTimeout = connectTimeout
            self.idleTimeout = idleTimeout
        }
    }

    private let group: any EventLoopGroup
    /// One pool per loop of `group`, keyed by the loop's identity; never mutated after `init`,
    /// so reading it from any thread is safe.
    private let pools: [ObjectIdentifier: NIOConnectionPool]

    /// - Parameters:
    ///   - eventLoopGroup: a NIOPosix group (e.g. `MultiThreadedEventLoopGroup.singleton`); the
    ///     transport does not own it and never shuts it down.
    ///   - configuration: pool and timeout settings.
    public init(eventLoopGroup: any EventLoopGroup, configuration: Configuration = Configuration()) {
        self.group = eventLoopGroup
        var pools: [ObjectIdentifier: NIOConnectionPool] = [:]
        for loop in eventLoopGroup.makeIterator() {
            pools[ObjectIdentifier(loop)] = NIOConnectionPool(eventLoop: loop, configuration: configuration)
        }
        self.pools = pools
    }

    /// Sends `request` to its `http://` URL; see the type's documentation for the guarantees.
    public func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse {
        let target = try NIOUpstreamTarget(url: request.url)
        guard let pool = selectPool() else {
            throw GaiError(.internal, "NIOHTTPTransport has no event loop to run on")
        }
        let exchange = NIOUpstreamExchange(request: request, target: target, eventLoop: pool.eventLoop)
        if pool.eventLoop.inEventLoop {
            pool.execute(exchange)
        } else {
            pool.eventLoop.execute { pool.execute(exchange) }
        }
        do {
            return try await withTaskCancellationHandler {
                try await exchange.response.get()
            } onCancel: {
                exchange.cancel()
            }
        } catch {
            throw NIOUpstreamExchange.classifyBodyError(error)
        }
    }

    /// Closes every pooled connection, idle or busy, and fails requests sent afterwards.
    /// Call once at shutdown, from any thread; the event loop group stays running.
    public func shutdown() async {
        for pool in pools.values {
            try? await pool.eventLoop.flatSubmit { pool.shutdown() }.get()
        }
    }

    /// The pool of the loop the calling task runs on when it is one of the group's loops,
    /// else the group's next loop.
    func selectPool() -> NIOConnectionPool? {
        if let current = MultiThreadedEventLoopGroup.currentEventLoop, let pool = pools[ObjectIdentifier(current)] {
            return pool
        }
        return pools[ObjectIdentifier(group.next())] ?? pools.values.first
    }
}
