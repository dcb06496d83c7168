import GaiPostgresTesting
import GaiStorage
import GaiStoragePostgres
import Testing

@Suite struct PostgresDeadLetterStoreTests {
    @Test func appendListGetDeleteAndCount() async throws {
        try await withStore { (store: PostgresDeadLetterStore) async throws in
            #expect(try await store.append((1...4).map { deadLetter("e\($0)") }) == 4)
            #expect(try await store.count() == 4)
            #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["e4", "e3", "e2", "e1"])
            #expect(try await store.list(limit: 2, offset: 1).map(\.id) == ["e3", "e2"])
            #expect(try await store.get(id: "e2") == deadLetter("e2"))
            #expect(try await store.get(id: "nope") == nil)
            #expect(try await store.delete(id: "e2"))
            #expect(try await !store.delete(id: "e2"))
            #expect(try await store.count() == 3)
            #expect(try await store.deleteAll() == 3)
            #expect(try await store.count() == 0)
            #expect(try await store.list(limit: 10, offset: 0).isEmpty)
        }
    }

    @Test func refusesEntriesBeyondCapacityAndSkipsDuplicates() async throws {
        try await withStore(maxEntries: 3) { (store: PostgresDeadLetterStore) async throws in
            #expect(try await store.append([deadLetter("a"), deadLetter("a"), deadLetter("b")]) == 2)
            #expect(try await store.append([deadLetter("c"), deadLetter("d"), deadLetter("e")]) == 1)
            #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["c", "b", "a"])
            #expect(try await store.append([]) == 0)
        }
    }

    @Test func updateKeepsOrderAndIndexedColumns() async throws {
        try await withStore { (store: PostgresDeadLetterStore) async throws in
            _ = try await store.append([deadLetter("a"), deadLetter("b")])
            var updated = deadLetter("a")
            updated.retryCount = 3
            try await store.update(updated)
            try await store.update(deadLetter("missing"))
            #expect(try await store.get(id: "a")?.retryCount == 3)
            #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["b", "a"])
            #expect(try await store.count() == 2)
        }
    }

    @Test("a full store's bound holds across two replicas appending at once")
    func concurrentAppendsFromTwoReplicasNeverExceedCapacity() async throws {
        let url = try await PostgresTestServer.shared().createDatabase()
        let stored = try await withThrowingTaskGroup(of: Int.self) { group in
            for replica in 0..<2 {
                group.addTask {
                    try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
                        let store = try await PostgresDeadLetterStore.open(database: database, maxEntries: 10, logger: postgresTestLogger)
                        return try await withThrowingTaskGroup(of: Int.self) { batches in
                            for batch in 0..<5 {
                                batches.addTask { try await store.append((0..<4).map { deadLetter("r\(replica)-b\(batch)-\($0)") }) }
                            }
                            return try await batches.reduce(0, +)
                        }
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        let count = try await withDatabase(url: url) { (database: GaiPostgresDatabase) async throws in
            try await PostgresDeadLetterStore.open(database: database, maxEntries: 10, logger: postgresTestLogger).count()
        }
        #expect(stored == 10)
        #expect(count == 10)
    }

    /// A store on a fresh database.
    private func withStore(maxEntries: Int = 100, _ body: (PostgresDeadLetterStore) async throws -> Void) async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            try await body(PostgresDeadLetterStore.open(database: database, maxEntries: maxEntries, logger: postgresTestLogger))
        }
    }
}

/// An entry whose every field derives from `id`.
func deadLetter(_ id: String) -> DeadLetterEntry {
    DeadLetterEntry(
        id: id, requestID: "req-\(id)", idempotencyKey: "key-\(id)", model: "claude-sonnet", endpoint: "/v1/messages",
        stream: true, requestBody: #"{"model":"claude-sonnet"}"#, errorCode: "overloaded", errorMessage: "Overloaded.",
        httpStatus: 529, attempts: [DeadLetterAttempt(deployment: "anthropic/claude-sonnet", outcome: "error", durationMs: 3.25)],
        firstFailureAt: 1_700_000_000, lastFailureAt: 1_700_000_000.5, createdAt: 1_700_000_001)
}
