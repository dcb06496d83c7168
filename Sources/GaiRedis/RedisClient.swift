import Logging
import NIOCore
import NIOPosix

/// A small pooled Redis client: pipelining, per-command timeouts, reconnect with backoff.
///
/// Connections open lazily on first use, up to ``RedisConfiguration/poolSize``. A connection
/// that dies (server restart, `CLIENT KILL`, a timeout) is replaced on the next use; after a
/// failed connect, commands fail fast until the backoff passes rather than waiting on a dead
/// server. Call ``shutdown()`` when done.
///
/// Only command names are ever logged, never arguments, which may hold secrets or user data.
public final class RedisClient: Sendable {
    /// The configuration the client was created with.
    public let configuration: RedisConfiguration
    private let pool: RedisConnectionPool
    private let logger: Logger

    /// Creates a client; nothing connects until the first command.
    ///
    /// - Parameters:
    ///   - configuration: Server address, credentials, pool size and timeouts.
    ///   - eventLoopGroup: Where the connections run; NIO's shared singleton by default.
    ///   - logger: Where connection events go; the client never bootstraps logging.
    public init(
        configuration: RedisConfiguration,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger
    ) {
        self.configuration = configuration
        self.logger = logger
        self.pool = RedisConnectionPool(configuration: configuration, eventLoopGroup: eventLoopGroup, logger: logger)
    }

    /// Creates a client from a `redis://[[user]:password@]host[:port][/db]` URL, with the
    /// other settings at their defaults.
    public convenience init(
        url: String,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger
    ) throws(RedisURLError) {
        self.init(configuration: try RedisConfiguration(url: url), eventLoopGroup: eventLoopGroup, logger: logger)
    }

    /// Sends one command and returns its reply.
    ///
    /// - Parameter command: The command name and its arguments, e.g. `["SET", "k", .bytes(value)]`.
    /// - Throws: ``RedisError/server(_:)`` when the server answers with an error reply (the
    ///   connection stays usable); the other ``RedisError`` cases when the connection fails or
    ///   the reply does not come within ``RedisConfiguration/commandTimeout``.
    public func send(_ command: [RedisArgument]) async throws(RedisError) -> RESPValue {
        let replies = try await self.execute([command])
        guard replies.count == 1, let reply = replies.first else {
            throw .protocolError("expected one reply, got \(replies.count)")
        }
        if case .error(let message) = reply { throw .server(message) }
        return reply
    }

    /// Sends one command given as text arguments, each sent as its UTF-8 bytes.
    public func send(_ command: [String]) async throws(RedisError) -> RESPValue {
        try await self.send(command.map(RedisArgument.string))
    }

    /// Sends many commands in one write on one connection and returns their replies in order.
    ///
    /// Error replies are returned as ``RESPValue/error(_:)`` values in their place, so one
    /// failing command does not hide the others' results. The whole pipeline shares one
    /// ``RedisConfiguration/commandTimeout``.
    ///
    /// - Throws: A ``RedisError`` when the connection fails or the replies are late; then none
    ///   of the replies are returned, and commands may or may not have run.
    public func pipeline(_ commands: [[RedisArgument]]) async throws(RedisError) -> [RESPValue] {
        try await self.execute(commands)
    }

    /// Closes every connection. Commands after this fail with ``RedisError/closed``.
    public func shutdown() async {
        await self.pool.shutdown()
    }

    private func execute(_ commands: [[RedisArgument]]) async throws(RedisError) -> [RESPValue] {
        guard !commands.isEmpty else { return [] }
        let connection = try await self.pool.lease()
        let deadline = NIODeadline.now() + TimeAmount(self.configuration.commandTimeout)
        do {
            return try await connection.send(commands, deadline: deadline).get()
        } catch {
            throw (error as? RedisError) ?? .connectionFailed(reason: "\(error)")
        }
    }
}
