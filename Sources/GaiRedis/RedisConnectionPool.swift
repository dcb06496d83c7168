import Logging
import NIOCore
import Synchronization

/// Up to `poolSize` connections, opened on demand, replaced when they die.
///
/// Leasing never queues behind a dead server: with no live connection it either joins a connect
/// already under way (bounded by the connect timeout) or, while backing off after failures,
/// fails at once. All state is in one `Mutex`, held only for bookkeeping, never across I/O.
final class RedisConnectionPool: Sendable {
    private struct State {
        var connections: [RedisConnection] = []
        /// Connects under way, by attempt id; they count towards the pool size.
        var connecting: [Int: EventLoopFuture<RedisConnection>] = [:]
        var nextAttempt = 0
        var consecutiveFailures = 0
        var retryAfter: NIODeadline?
        var lastFailure: String = ""
        var isShutDown = false
    }

    private enum Lease {
        case use(RedisConnection)
        case wait(EventLoopFuture<RedisConnection>)
        /// Start connect `attempt` into `promise`, then use `busy` if there is one, else wait.
        case connect(attempt: Int, promise: EventLoopPromise<RedisConnection>, busy: RedisConnection?)
        case fail(RedisError)
    }

    private let configuration: RedisConfiguration
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private let state = Mutex(State())

    init(configuration: RedisConfiguration, eventLoopGroup: any EventLoopGroup, logger: Logger) {
        self.configuration = configuration
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
    }

    /// A live connection: an idle one, else a new one if the pool may grow, else the least busy.
    func lease() async throws(RedisError) -> RedisConnection {
        let lease = self.state.withLock { state -> Lease in
            guard !state.isShutDown else { return .fail(.closed) }
            state.connections.removeAll { !$0.isActive }
            let best = state.connections.min { $0.inFlight.load(ordering: .relaxed) < $1.inFlight.load(ordering: .relaxed) }
            if let best, best.inFlight.load(ordering: .relaxed) == 0 { return .use(best) }
            let mayGrow = state.connections.count + state.connecting.count < max(self.configuration.poolSize, 1)
            let backingOff = state.retryAfter.map { NIODeadline.now() < $0 } ?? false
            if mayGrow && !backingOff && (best != nil || state.connecting.isEmpty) {
                let attempt = state.nextAttempt
                state.nextAttempt += 1
                let promise = self.eventLoopGroup.any().makePromise(of: RedisConnection.self)
                state.connecting[attempt] = promise.futureResult
                return .connect(attempt: attempt, promise: promise, busy: best)
            }
            if let best { return .use(best) }
            if let joining = state.connecting.values.first { return .wait(joining) }
            return .fail(.connectionFailed(reason: "backing off after failed connects: \(state.lastFailure)"))
        }
        switch lease {
        case .use(let connection):
            return connection
        case .wait(let future):
            return try await Self.wait(future)
        case .connect(let attempt, let promise, let busy):
            // Outside the lock: the callback takes it, and may run inline. It updates the pool
            // even if the task that asked for the connect is cancelled meanwhile.
            promise.futureResult.whenComplete { result in self.connectFinished(attempt, result) }
            RedisConnection.connect(configuration: self.configuration, eventLoop: promise.futureResult.eventLoop, logger: self.logger)
                .cascade(to: promise)
            // With a busy live connection, pipeline on it now and let the new one help later.
            if let busy { return busy }
            return try await Self.wait(promise.futureResult)
        case .fail(let error):
            throw error
        }
    }

    private static func wait(_ future: EventLoopFuture<RedisConnection>) async throws(RedisError) -> RedisConnection {
        do {
            return try await future.get()
        } catch {
            throw (error as? RedisError) ?? .connectionFailed(reason: "\(error)")
        }
    }

    private func connectFinished(_ attempt: Int, _ result: Result<RedisConnection, any Error>) {
        let (orphan, failures) = self.state.withLock { state -> (RedisConnection?, Int) in
            state.connecting[attempt] = nil
            switch result {
            case .success(let connection):
                state.consecutiveFailures = 0
                state.retryAfter = nil
                guard !state.isShutDown else { return (connection, 0) }
                state.connections.append(connection)
                return (nil, 0)
            case .failure(let error):
                state.consecutiveFailures += 1
                let doublings = min(state.consecutiveFailures - 1, 16)
                let backoff = min(self.configuration.reconnectBackoff * (1 << doublings), self.configuration.maximumReconnectBackoff)
                state.retryAfter = .now() + TimeAmount(backoff)
                state.lastFailure = "\(error)"
                return (nil, state.consecutiveFailures)
            }
        }
        switch result {
        case .success:
            self.logger.debug("redis connected", metadata: ["redis.server": "\(self.configuration.host):\(self.configuration.port)"])
        case .failure(let error):
            // Backoff spaces the attempts, so this cannot flood the log during an outage.
            self.logger.warning("redis connect failed", metadata: ["redis.error": "\(error)", "redis.failures": "\(failures)"])
        }
        // A connect that finished after shutdown has no pool to join.
        _ = orphan?.close()
    }

    /// Closes every connection and refuses new leases; waits for connects under way to finish.
    func shutdown() async {
        let (connections, connecting) = self.state.withLock { state in
            state.isShutDown = true
            defer { state.connections = [] }
            return (state.connections, Array(state.connecting.values))
        }
        for future in connecting {
            // Their callbacks close them, since the pool is shut down now.
            _ = try? await future.get()
        }
        for connection in connections {
            try? await connection.close().get()
        }
    }
}
