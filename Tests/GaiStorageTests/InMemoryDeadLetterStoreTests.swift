import GaiStorage
import Testing

@Suite struct InMemoryDeadLetterStoreTests {
    @Test func listsNewestFirstWithLimitAndOffset() async throws {
        let store = InMemoryDeadLetterStore(maxEntries: 10)
        let stored = try await store.append((1...5).map { makeDeadLetter(id: "e\($0)") })
        #expect(stored == 5)
        #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["e5", "e4", "e3", "e2", "e1"])
        #expect(try await store.list(limit: 2, offset: 1).map(\.id) == ["e4", "e3"])
        #expect(try await store.list(limit: 2, offset: 9).isEmpty)
        #expect(try await store.list(limit: -1, offset: -1).isEmpty)
        #expect(try await store.count() == 5)
    }

    @Test func refusesEntriesBeyondCapacity() async throws {
        let store = InMemoryDeadLetterStore(maxEntries: 3)
        #expect(try await store.append([makeDeadLetter(id: "a"), makeDeadLetter(id: "b")]) == 2)
        #expect(try await store.append([makeDeadLetter(id: "c"), makeDeadLetter(id: "d")]) == 1)
        #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["c", "b", "a"])
        // Deleting one makes room again.
        #expect(try await store.delete(id: "a"))
        #expect(try await store.append([makeDeadLetter(id: "d")]) == 1)
    }

    @Test func skipsDuplicateIDs() async throws {
        let store = InMemoryDeadLetterStore()
        #expect(try await store.append([makeDeadLetter(id: "a"), makeDeadLetter(id: "a")]) == 1)
        #expect(try await store.append([makeDeadLetter(id: "a")]) == 0)
        #expect(try await store.count() == 1)
    }

    @Test func getDeleteAndDeleteAll() async throws {
        let store = InMemoryDeadLetterStore()
        _ = try await store.append([makeDeadLetter(id: "a"), makeDeadLetter(id: "b")])
        #expect(try await store.get(id: "a") == makeDeadLetter(id: "a"))
        #expect(try await store.get(id: "zzz") == nil)
        #expect(try await store.delete(id: "a"))
        #expect(try await !store.delete(id: "a"))
        #expect(try await store.deleteAll() == 1)
        #expect(try await store.count() == 0)
    }

    @Test func updateReplacesInPlace() async throws {
        let store = InMemoryDeadLetterStore()
        _ = try await store.append([makeDeadLetter(id: "a"), makeDeadLetter(id: "b")])
        var entry = makeDeadLetter(id: "a")
        entry.retryCount = 2
        try await store.update(entry)
        try await store.update(makeDeadLetter(id: "missing"))
        #expect(try await store.get(id: "a")?.retryCount == 2)
        #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["b", "a"])
        #expect(try await store.count() == 2)
    }
}
