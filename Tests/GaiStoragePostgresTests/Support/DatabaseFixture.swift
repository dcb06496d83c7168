import GaiPostgresTesting
import GaiStoragePostgres
import Logging

/// A period long enough that no window boundary or refill falls inside a test: windows are
/// aligned to the Unix epoch on the server, so a one-hour window could roll over mid-test.
let longPeriod: Duration = .seconds(100 * 86_400)

/// Runs `body` with a client for a fresh database of its own on the shared test server, its pool
/// running for the duration (and stopped afterwards, closing its connections).
func withDatabase<Result: Sendable>(
    maximumConnections: Int = 4, _ body: (GaiPostgresDatabase) async throws -> Result
) async throws -> Result {
    let url = try await PostgresTestServer.shared().createDatabase()
    return try await withDatabase(url: url, maximumConnections: maximumConnections, body)
}

/// Runs `body` with a client for the database at `url`, its pool running for the duration.
func withDatabase<Result: Sendable>(
    url: String, maximumConnections: Int = 4, operationTimeout: Duration = .seconds(20),
    _ body: (GaiPostgresDatabase) async throws -> Result
) async throws -> Result {
    var configuration = try GaiPostgresDatabase.Configuration(url: url)
    configuration.maximumConnections = maximumConnections
    configuration.operationTimeout = operationTimeout
    let database = GaiPostgresDatabase(configuration: configuration, logger: postgresTestLogger)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await database.run() }
        defer { group.cancelAll() }
        return try await body(database)
    }
}

/// One step of a scripted sequence run against two stores.
enum Operation: Sendable {
    case check(Int)
    case refund(Int)
}
