import Logging
import NIOCore
import NIOPosix
import Synchronization

/// One TCP connection to Redis: a NIO channel with the RESP decoder and the command handler.
///
/// Sendable because its stored properties are: the channel is thread-safe, and the in-flight
/// count is an atomic read by the pool when it picks the least busy connection.
final class RedisConnection: Sendable {
    /// The underlying channel.
    let channel: any Channel
    /// Requests written whose replies are not all in yet.
    let inFlight = Atomic<Int>(0)
    private let logger: Logger

    private init(channel: any Channel, logger: Logger) {
        self.channel = channel
        self.logger = logger
    }

    /// Whether the connection can still carry commands; a closed one is replaced by the pool.
    var isActive: Bool { self.channel.isActive }

    /// Opens a connection and runs the handshake (`AUTH`, `SELECT`) from `configuration`, all
    /// within its connect timeout. Every failure is ``RedisError/connectionFailed(reason:)``.
    static func connect(
        configuration: RedisConfiguration,
        eventLoop: any EventLoop,
        logger: Logger
    ) -> EventLoopFuture<RedisConnection> {
        let deadline = NIODeadline.now() + TimeAmount(configuration.connectTimeout)
        let limits = configuration.decoderLimits
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(TimeAmount(configuration.connectTimeout))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(RESPDecoder(limits: limits)),
                        RedisCommandHandler(logger: logger))
                }
            }
        return bootstrap.connect(host: configuration.host, port: configuration.port)
            .flatMapErrorThrowing { error in
                throw RedisError.connectionFailed(reason: "\(configuration.host):\(configuration.port): \(error)")
            }
            .flatMap { channel in
                let connection = RedisConnection(channel: channel, logger: logger)
                return connection.handshake(configuration, deadline: deadline)
                    .map { connection }
                    .flatMapError { error in
                        // Close on a failed handshake so no half-set-up socket is left open.
                        channel.close(promise: nil)
                        return channel.eventLoop.makeFailedFuture(Self.handshakeError(error))
                    }
            }
    }

    private func handshake(_ configuration: RedisConfiguration, deadline: NIODeadline) -> EventLoopFuture<Void> {
        var commands: [[RedisArgument]] = []
        if let password = configuration.password {
            commands.append(["AUTH"] + (configuration.username.map { [.string($0)] } ?? []) + [.string(password)])
        }
        if configuration.database != 0 {
            commands.append(["SELECT", .integer(Int64(configuration.database))])
        }
        guard !commands.isEmpty else { return self.channel.eventLoop.makeSucceededVoidFuture() }
        return self.send(commands, deadline: deadline).flatMapThrowing { replies in
            for case .error(let message) in replies {
                throw RedisError.server(message)
            }
        }
    }

    private static func handshakeError(_ error: any Error) -> RedisError {
        switch error {
        case RedisError.server(let message): .connectionFailed(reason: "handshake refused: \(message)")
        case RedisError.timeout: .connectionFailed(reason: "handshake timed out")
        case let error as RedisError: error
        default: .connectionFailed(reason: "\(error)")
        }
    }

    /// Writes `commands` in one write and returns their replies in order; error replies are
    /// values here, not failures. The future fails with a ``RedisError`` when the connection
    /// breaks or `deadline` passes first.
    func send(_ commands: [[RedisArgument]], deadline: NIODeadline) -> EventLoopFuture<[RESPValue]> {
        guard let first = commands.first else { return self.channel.eventLoop.makeSucceededFuture([]) }
        var payload = self.channel.allocator.buffer(capacity: 64 * commands.count)
        for command in commands {
            RedisArgument.writeCommand(command, to: &payload)
        }
        let promise = self.channel.eventLoop.makePromise(of: [RESPValue].self)
        self.inFlight.add(1, ordering: .relaxed)
        promise.futureResult.whenComplete { _ in self.inFlight.subtract(1, ordering: .relaxed) }
        self.logger.trace(
            "redis command",
            metadata: ["redis.command": "\(RedisArgument.commandName(first))", "redis.pipeline": "\(commands.count)"])
        // A write to a channel that closed already never reaches the handler, so its failure
        // must fail the request here (a second completion of a promise is ignored by NIO).
        let written = self.channel.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { error in
            promise.fail((error as? RedisError) ?? RedisError.connectionFailed(reason: "write failed: \(error)"))
        }
        self.channel.writeAndFlush(
            RedisRequest(payload: payload, replyCount: commands.count, deadline: deadline, promise: promise),
            promise: written)
        return promise.futureResult
    }

    /// Closes the connection; pending commands fail with ``RedisError/connectionFailed(reason:)``.
    func close() -> EventLoopFuture<Void> {
        let promise = self.channel.eventLoop.makePromise(of: Void.self)
        self.channel.close(promise: promise)
        // Closing an already closed channel fails; either way it is closed now.
        return promise.futureResult.recover { _ in }
    }
}
