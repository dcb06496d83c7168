import Foundation
import GaiStorage
import GaiStorageSQLite
import Logging
import Testing

@Suite struct SQLiteDeadLetterStoreTests {
    @Test func appendListGetDeleteAndCount() async throws {
        try await withStore { (store: SQLiteDeadLetterStore, _: String) async throws in
            #expect(try await store.append((1...4).map { entry("e\($0)") }) == 4)
            #expect(try await store.count() == 4)
            #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["e4", "e3", "e2", "e1"])
            #expect(try await store.list(limit: 2, offset: 1).map(\.id) == ["e3", "e2"])
            #expect(try await store.get(id: "e2") == entry("e2"))
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
        try await withStore(maxEntries: 3) { (store: SQLiteDeadLetterStore, _: String) async throws in
            #expect(try await store.append([entry("a"), entry("a"), entry("b")]) == 2)
            #expect(try await store.append([entry("c"), entry("d"), entry("e")]) == 1)
            #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["c", "b", "a"])
            #expect(try await store.append([]) == 0)
        }
    }

    @Test func updateKeepsOrderAndIndexedColumns() async throws {
        try await withStore { (store: SQLiteDeadLetterStore, _: String) async throws in
            _ = try await store.append([entry("a"), entry("b")])
            var updated = entry("a")
            updated.retryCount = 3
            try await store.update(updated)
            try await store.update(entry("missing"))
            #expect(try await store.get(id: "a")?.retryCount == 3)
            #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["b", "a"])
            #expect(try await store.count() == 2)
        }
    }

    @Test func entriesSurviveReopeningAndDirectoriesAreCreated() async throws {
        try await withStore { (store: SQLiteDeadLetterStore, path: String) async throws in
            _ = try await store.append([entry("a"), entry("b")])
            try await store.close()
            let reopened = try await SQLiteDeadLetterStore.open(path: path, maxEntries: 10, logger: Self.logger)
            #expect(try await reopened.list(limit: 10, offset: 0) == [entry("b"), entry("a")])
            try await reopened.close()
        }
    }

    @Test func operationsAfterCloseThrow() async throws {
        try await withStore { (store: SQLiteDeadLetterStore, _: String) async throws in
            try await store.close()
            await #expect(throws: (any Error).self) { try await store.count() }
        }
    }

    @Test func concurrentAppendsNeverExceedCapacity() async throws {
        try await withStore(maxEntries: 10) { (store: SQLiteDeadLetterStore, _: String) async throws in
            let stored = try await withThrowingTaskGroup(of: Int.self) { group in
                for batch in 0..<5 {
                    group.addTask { try await store.append((0..<4).map { entry("b\(batch)-\($0)") }) }
                }
                return try await group.reduce(0, +)
            }
            #expect(stored == 10)
            #expect(try await store.count() == 10)
        }
    }

    static let logger = Logger(label: "gai.tests.sqlite")

    /// A store in a fresh directory (nested, to show `open` creates it), closed and removed afterwards.
    private func withStore(
        maxEntries: Int = 100, _ body: (SQLiteDeadLetterStore, String) async throws -> Void
    ) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gai-dlq-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("nested/dlq.sqlite").path
        let store = try await SQLiteDeadLetterStore.open(path: path, maxEntries: maxEntries, logger: Self.logger)
        do {
            try await body(store, path)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    private func entry(_ id: String) -> DeadLetterEntry {
        DeadLetterEntry(
            id: id, requestID: "req-\(id)", idempotencyKey: "key-\(id)", model: "claude-sonnet", endpoint: "/v1/messages",
            stream: true, requestBody: #"{"model":"claude-sonnet"}"#, errorCode: "overloaded", errorMessage: "Overloaded.",
            httpStatus: 529, attempts: [DeadLetterAttempt(deployment: "anthropic/claude-sonnet", outcome: "error", durationMs: 3.25)],
            firstFailureAt: 1_700_000_000, lastFailureAt: 1_700_000_000.5, createdAt: 1_700_000_001)
    }
}
