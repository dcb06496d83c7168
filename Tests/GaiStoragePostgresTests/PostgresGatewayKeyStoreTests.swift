import GaiStorage
import GaiStoragePostgres
import GaiPostgresTesting
import Testing

@Suite struct PostgresGatewayKeyStoreTests {
    func key(_ name: String, hash: String, at created: Double) -> GatewayKey {
        GatewayKey(
            id: "key_\(name)", name: name, hash: hash, prefix: "gai-abcd", user: "ada", models: ["m"],
            limits: .init(requestsPerMinute: 60), budget: .init(usd: 5, period: .monthly), metadata: ["team": "x"],
            createdAt: created)
    }

    @Test("insert, look up by id and by hash, list newest first, update, and keep it across a reconnect")
    func roundTrip() async throws {
        let url = try await PostgresTestServer.shared().createDatabase()
        try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
            let store = try await PostgresGatewayKeyStore.open(database: database)
            try await store.insert(key("a", hash: "h-a", at: 1))
            try await store.insert(key("b", hash: "h-b", at: 2))
            #expect(try await store.key(id: "key_a") == key("a", hash: "h-a", at: 1))
            #expect(try await store.key(hash: "h-b")?.id == "key_b")
            #expect(try await store.key(hash: "nope") == nil)
            #expect(try await store.list().map(\.id) == ["key_b", "key_a"])
            var revoked = key("a", hash: "h-a", at: 1)
            revoked.enabled = false
            revoked.revokedAt = 10
            #expect(try await store.update(revoked))
            #expect(try await !store.update(key("missing", hash: "h-m", at: 3)))
            await #expect(throws: (any Error).self) { try await store.insert(key("dup", hash: "h-b", at: 4)) }
            await #expect(throws: (any Error).self) { try await store.insert(key("a", hash: "h-other", at: 4)) }
        }
        try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
            let reopened = try await PostgresGatewayKeyStore.open(database: database)
            let found = try #require(try await reopened.key(hash: "h-a"))
            #expect(!found.isUsable(at: 11))
            #expect(found.revokedAt == 10)
            #expect(try await reopened.list().count == 2)
        }
    }
}
