import GaiStorage
import Testing

@Suite struct DeadLetterQueueTests {
    @Test func submitBeyondCapacityDropsAndCounts() {
        let queue = DeadLetterQueue(store: InMemoryDeadLetterStore(), capacity: 3)
        for index in 0..<5 {
            queue.submit(makeDeadLetter(id: "e\(index)"))
        }
        #expect(queue.pendingCount == 3)
        #expect(queue.droppedCount == 2)
        #expect(queue.writeFailureCount == 0)
    }

    @Test func flushWritesInBatches() async throws {
        let store = InMemoryDeadLetterStore()
        let queue = DeadLetterQueue(store: store, capacity: 100, batchSize: 2)
        for index in 0..<5 {
            queue.submit(makeDeadLetter(id: "e\(index)"))
        }
        await queue.flush()
        #expect(queue.pendingCount == 0)
        #expect(try await store.list(limit: 10, offset: 0).map(\.id) == ["e4", "e3", "e2", "e1", "e0"])
    }

    @Test func entriesTheStoreRefusesCountAsDropped() async throws {
        let store = InMemoryDeadLetterStore(maxEntries: 2)
        let queue = DeadLetterQueue(store: store)
        for index in 0..<5 {
            queue.submit(makeDeadLetter(id: "e\(index)"))
        }
        await queue.flush()
        #expect(try await store.count() == 2)
        #expect(queue.droppedCount == 3)
    }

    @Test func storeErrorsCountAsWriteFailuresAndDropTheBatch() async {
        let queue = DeadLetterQueue(store: FailingDeadLetterStore(), batchSize: 2)
        for index in 0..<3 {
            queue.submit(makeDeadLetter(id: "e\(index)"))
        }
        await queue.flush()
        #expect(queue.writeFailureCount == 3)
        #expect(queue.pendingCount == 0)
        #expect(queue.droppedCount == 0)
    }

    @Test func runWritesSubmissionsAndShutdownFlushesAndReturns() async throws {
        let store = InMemoryDeadLetterStore()
        let queue = DeadLetterQueue(store: store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await queue.run() }
            queue.submit(makeDeadLetter(id: "first"))
            // `run()` picks entries up without a flush.
            while try await store.count() < 1 {
                try await Task.sleep(for: .milliseconds(5))
            }
            queue.submit(makeDeadLetter(id: "second"))
            queue.submit(makeDeadLetter(id: "third"))
            queue.shutdown()
            try await group.waitForAll()
        }
        #expect(try await store.count() == 3)
        #expect(queue.pendingCount == 0)
        // Closed: nothing would write it.
        queue.submit(makeDeadLetter(id: "late"))
        #expect(queue.droppedCount == 1)
        #expect(queue.pendingCount == 0)
    }

    @Test func cancellingRunFlushesAndReturns() async throws {
        let store = InMemoryDeadLetterStore()
        let queue = DeadLetterQueue(store: store)
        let running = Task { await queue.run() }
        queue.submit(makeDeadLetter(id: "a"))
        running.cancel()
        await running.value
        #expect(try await store.count() == 1)
        #expect(queue.pendingCount == 0)
    }
}
