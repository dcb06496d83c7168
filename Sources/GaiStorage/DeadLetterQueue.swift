import Synchronization

/// The front of the dead-letter queue that the request path calls: a ``BatchQueue`` in front of a
/// ``DeadLetterStore``.
///
/// ``submit(_:)`` never blocks or fails a request; a full buffer or a full store drops the entry
/// and counts it. Every submitted entry ends up in exactly one place: stored, ``droppedCount``,
/// ``writeFailureCount`` or ``pendingCount``.
public final class DeadLetterQueue: Sendable {
    /// Where entries are written.
    public let store: any DeadLetterStore
    private let queue: BatchQueue<DeadLetterEntry>

    /// A queue in front of `store`, buffering at most `capacity` entries (at least 1).
    public init(store: any DeadLetterStore, capacity: Int = 1024, batchSize: Int = 64) {
        self.store = store
        self.queue = BatchQueue(capacity: capacity, batchSize: batchSize) { batch in try await store.append(batch) }
    }

    /// How many entries may wait in memory for the store.
    public var capacity: Int { queue.capacity }
    /// The most entries written to the store in one call.
    public var batchSize: Int { queue.batchSize }
    /// Entries dropped: the buffer was full, the queue was shut down, or the store was full.
    public var droppedCount: Int { queue.droppedCount }
    /// Entries lost because the store failed to write their batch (each batch is tried once).
    public var writeFailureCount: Int { queue.writeFailureCount }
    /// Entries buffered and not yet handed to the store.
    public var pendingCount: Int { queue.pendingCount }

    /// Queues `entry`, or drops and counts it. Never blocks, never throws.
    public func submit(_ entry: DeadLetterEntry) { queue.submit(entry) }
    /// Writes buffered entries until ``shutdown()``; see ``BatchQueue/run()``.
    public func run() async { await queue.run() }
    /// Stops the queue; ``run()`` writes what is buffered and returns.
    public func shutdown() { queue.shutdown() }
    /// Writes everything buffered now.
    public func flush() async { await queue.flush() }
}
