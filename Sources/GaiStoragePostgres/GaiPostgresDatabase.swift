import GaiCore
import Logging
import PostgresNIO

/// One PostgreSQL database that Gai's PostgreSQL stores share: a pooled `PostgresClient`, the
/// versioned schema migrations each store applies when it opens, and the timeout every store
/// operation runs under.
///
/// ## Lifecycle
///
/// The pool only leases connections while ``run()`` runs. Start it first — as a `Service` in
/// gai's `ServiceGroup` (``client`` is one) or in a child task — then `await` each store's
/// `open(database:…)`, which brings that store's schema up to date, and cancel `run()` at
/// shutdown (after the stores are done with it).
///
/// ## Failures
///
/// A store operation that gets no connection and no answer within
/// ``Configuration-swift.struct/operationTimeout`` throws a `timeout` ``GaiCore/GaiError``, so an
/// unreachable server never hangs a caller. PostgreSQL's own errors are thrown as PostgresNIO's
/// `PSQLError` (or `PostgresTransactionError` inside a transaction).
///
/// Thread safety: immutable; `PostgresClient` is `Sendable` and does its own locking.
public final class GaiPostgresDatabase: Sendable {
    /// Where the database is and the timeouts in force.
    public let configuration: Configuration
    /// The pooled client every store goes through.
    public let client: PostgresClient
    let logger: Logger

    /// A database client for `configuration`; nothing connects until ``run()`` runs and a store
    /// asks for a connection.
    public init(configuration: Configuration, logger: Logger) {
        var options = PostgresClient.Configuration(
            host: configuration.host, port: configuration.port, username: configuration.username,
            password: configuration.password, database: configuration.database, tls: Self.tls(configuration.tls))
        options.options.connectTimeout = configuration.connectTimeout
        options.options.maximumConnections = max(1, configuration.maximumConnections)
        self.configuration = configuration
        self.client = PostgresClient(configuration: options, backgroundLogger: logger)
        self.logger = logger
    }

    /// A database client for a `postgres://` URL (see ``Configuration-swift.struct/init(url:)``)
    /// with the default timeouts.
    public convenience init(url: String, logger: Logger) throws(PostgresURLError) {
        self.init(configuration: try Configuration(url: url), logger: logger)
    }

    /// Runs the connection pool until the calling task is cancelled (or, under
    /// ServiceLifecycle, until graceful shutdown). Call it exactly once.
    public func run() async {
        await client.run()
    }

    /// Runs `query` on a pooled connection and returns every row, within the operation timeout.
    func query(_ query: PostgresQuery) async throws -> [PostgresRow] {
        let client = self.client
        let logger = self.logger
        return try await withTimeout(configuration.operationTimeout) {
            try await client.query(query, logger: logger).collect()
        }
    }

    /// Runs `body` in a transaction on one pooled connection, within the operation timeout;
    /// `COMMIT` when it returns, `ROLLBACK` when it throws.
    func transaction<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> Result
    ) async throws -> Result {
        let client = self.client
        let logger = self.logger
        return try await withTimeout(configuration.operationTimeout) {
            try await client.withTransaction(logger: logger) { connection in try await body(connection, logger) }
        }
    }

    /// `body`'s result, or a `timeout` error once `timeout` has passed. Leasing a connection
    /// stops at cancellation, so an unreachable server costs at most `timeout`.
    func withTimeout<Result: Sendable>(
        _ timeout: Duration, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: TimedOutcome<Result>.self) { group in
            group.addTask { .finished(try await body()) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return .timedOut
            }
            defer { group.cancelAll() }
            guard case .finished(let result)? = try await group.next() else {
                throw GaiError(.timeout, "PostgreSQL did not answer within \(timeout)", isTransient: true)
            }
            return result
        }
    }

    private static func tls(_ mode: TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }
}

/// How a timed operation ended.
enum TimedOutcome<Result: Sendable>: Sendable {
    case finished(Result)
    case timedOut
}

extension PostgresConnection {
    /// Runs `query` and returns every row.
    func rows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRow] {
        try await self.query(query, logger: logger).collect()
    }
}
