import Logging
import PostgresNIO

extension GaiPostgresDatabase {
    /// Brings `component`'s schema up to date: applies the migrations it has not had yet, in
    /// order, each in its own transaction; migration `n` brings it to version `n + 1`.
    ///
    /// Versions are kept per component in `schema_migrations (component, version)`, so several
    /// stores share one database, each with its own history. Every migration transaction first
    /// takes one transaction-scoped advisory lock (`pg_advisory_xact_lock`), so when several
    /// replicas start at once each migration runs exactly once and the others find it applied.
    ///
    /// Each statement is sent on its own (one SQL command each; a `CREATE FUNCTION` body counts as
    /// one). Never edit a shipped migration: add one.
    ///
    /// - Throws: A `timeout` ``GaiCore/GaiError`` when the server is unreachable (within
    ///   ``Configuration-swift.struct/operationTimeout``) or migrating takes longer than
    ///   ``Configuration-swift.struct/migrationTimeout``; PostgreSQL's error when a statement fails
    ///   (that migration is rolled back; earlier ones stay applied).
    public func migrate(component: String, migrations: [[String]]) async throws {
        // Fails fast on an unreachable server; the migrations themselves may wait for a replica.
        _ = try await query("SELECT 1")
        let client = self.client
        let logger = self.logger
        try await withTimeout(configuration.migrationTimeout) {
            for (index, statements) in migrations.enumerated() {
                try await client.withTransaction(logger: logger) { connection in
                    try await Self.apply(
                        statements, version: index + 1, component: component, on: connection, logger: logger)
                }
            }
        }
    }

    /// The advisory lock every migration transaction holds: the bytes of `gai_migr`.
    static let migrationLock: Int64 = 0x6761_695F_6D69_6772

    private static func apply(
        _ statements: [String], version: Int, component: String, on connection: PostgresConnection, logger: Logger
    ) async throws {
        _ = try await connection.rows("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
        // Created under the lock too: two concurrent `CREATE TABLE IF NOT EXISTS` can collide.
        _ = try await connection.rows(
            "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT PRIMARY KEY, version INT NOT NULL)", logger: logger)
        let rows = try await connection.rows(
            "SELECT version FROM schema_migrations WHERE component = \(component)", logger: logger)
        let current = try rows.first?.decode(Int32.self) ?? 0
        guard current < version else { return }
        for statement in statements {
            _ = try await connection.rows(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        _ = try await connection.rows(
            """
            INSERT INTO schema_migrations (component, version) VALUES (\(component), \(Int32(version)))
            ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version
            """,
            logger: logger)
    }
}
