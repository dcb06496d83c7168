import GaiCore
import GaiPostgresTesting
import GaiServerTesting
import GaiStoragePostgres
import Testing

@Suite struct GaiPostgresDatabaseTests {
    @Test func parsesURLs() throws {
        let full = try GaiPostgresDatabase.Configuration(url: "postgres://ada:p%40ss:w0rd@db.internal:6543/gai?sslmode=require&application_name=x")
        #expect(full.host == "db.internal" && full.port == 6543)
        #expect(full.username == "ada" && full.password == "p@ss:w0rd")
        #expect(full.database == "gai" && full.tls == .require)

        let bare = try GaiPostgresDatabase.Configuration(url: "postgresql://gai@127.0.0.1/gai")
        #expect(bare.port == 5432 && bare.password == nil && bare.tls == .disable)

        let remote = try GaiPostgresDatabase.Configuration(url: "postgres://db.example")
        #expect(remote.username == "postgres" && remote.database == nil && remote.tls == .prefer)

        let ipv6 = try GaiPostgresDatabase.Configuration(url: "postgres://u:@[::1]:5433/d?sslmode=disable")
        #expect(ipv6.host == "::1" && ipv6.port == 5433 && ipv6.password == "" && ipv6.tls == .disable)
    }

    @Test(arguments: ["mysql://h/d", "postgres://", "postgres://h:0/d", "postgres://h:x/d", "postgres://[::1/d", "postgres://h/d?sslmode=maybe"])
    func rejectsBadURLs(url: String) {
        #expect(throws: PostgresURLError.self) { try GaiPostgresDatabase.Configuration(url: url) }
    }

    @Test("an unreachable server is a timeout error within the operation timeout, not a hang")
    func unreachableServerThrowsQuickly() async throws {
        let closed = try ReservedPort()
        var configuration = try GaiPostgresDatabase.Configuration(url: "postgres://gai@127.0.0.1:\(closed.port)/gai")
        configuration.connectTimeout = .milliseconds(200)
        configuration.operationTimeout = .milliseconds(500)
        let database = GaiPostgresDatabase(configuration: configuration, logger: postgresTestLogger)
        let started = ContinuousClock.now
        let error = await withTaskGroup(of: Void.self) { group in
            group.addTask { await database.run() }
            defer { group.cancelAll() }
            return await #expect(throws: GaiError.self) { _ = try await PostgresRateLimitStore.open(database: database) }
        }
        #expect(error?.code == .timeout)
        // Far below "forever": the bound is loose because CI machines can be very busy.
        #expect(ContinuousClock.now - started < .seconds(10))
        withExtendedLifetime(closed) {}
    }
}
