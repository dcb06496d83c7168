import GaiPostgresTesting
import GaiStorage
import GaiStoragePostgres
import PostgresNIO
import Testing

@Suite struct MigrationTests {
    /// Every store's component and the version its migrations bring it to.
    static let expectedVersions: [String: Int32] = ["dead_letters": 1, "gateway_keys": 1, "rate_limits": 1, "usage_ledger": 1]

    @Test("two replicas opening every store at once migrate each component exactly once")
    func concurrentOpensMigrateOnce() async throws {
        let url = try await PostgresTestServer.shared().createDatabase()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
                        try await Self.openEveryStore(database)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await versions(url) == Self.expectedVersions)
    }

    @Test("opening again changes nothing and keeps the data")
    func reopeningIsIdempotent() async throws {
        let url = try await PostgresTestServer.shared().createDatabase()
        try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
            try await Self.openEveryStore(database)
            let store = try await PostgresDeadLetterStore.open(database: database, maxEntries: 10, logger: postgresTestLogger)
            #expect(try await store.append([deadLetter("kept")]) == 1)
        }
        try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
            try await Self.openEveryStore(database)
            let store = try await PostgresDeadLetterStore.open(database: database, maxEntries: 10, logger: postgresTestLogger)
            #expect(try await store.get(id: "kept")?.id == "kept")
        }
        #expect(try await versions(url) == Self.expectedVersions)
    }

    @Test("a later migration runs once, after the earlier ones; a failing one is rolled back")
    func addedMigrationsApplyInOrder() async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let first = ["CREATE TABLE probe (n INT NOT NULL)", "INSERT INTO probe VALUES (1)"]
            try await database.migrate(component: "probe", migrations: [first])
            try await database.migrate(component: "probe", migrations: [first, ["INSERT INTO probe VALUES (2)"]])
            try await database.migrate(component: "probe", migrations: [first, ["INSERT INTO probe VALUES (2)"]])
            await #expect(throws: (any Error).self) {
                try await database.migrate(
                    component: "probe", migrations: [first, ["INSERT INTO probe VALUES (2)"], ["INSERT INTO probe VALUES (3)", "BOGUS"]])
            }
            let rows = try await database.client.query("SELECT n FROM probe ORDER BY n").collect()
            #expect(try rows.map { try $0.decode(Int32.self) } == [1, 2])
            let version = try await database.client.query("SELECT version FROM schema_migrations WHERE component = 'probe'").collect()
            #expect(try version.first?.decode(Int32.self) == 2)
        }
    }

    private static func openEveryStore(_ database: GaiPostgresDatabase) async throws {
        async let keys = PostgresGatewayKeyStore.open(database: database)
        async let ledger = PostgresUsageLedgerStore.open(database: database)
        async let letters = PostgresDeadLetterStore.open(database: database, maxEntries: 10, logger: postgresTestLogger)
        async let limits = PostgresRateLimitStore.open(database: database)
        _ = try await (keys, ledger, letters, limits)
    }

    private func versions(_ url: String) async throws -> [String: Int32] {
        try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
            let rows = try await database.client.query("SELECT component, version FROM schema_migrations").collect()
            var versions: [String: Int32] = [:]
            for row in rows {
                let (component, version) = try row.decode((String, Int32).self)
                versions[component] = version
            }
            return versions
        }
    }
}
