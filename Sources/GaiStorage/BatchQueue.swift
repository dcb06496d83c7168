import NIOCore
import Synchronization

/// A bounded in-memory queue in front of a store, written in batches by a background writer:
/// the shape of every write Gai keeps off the request path (dead letters, usage records).
///
/// ``submit(_:)`` only appends to a bounded in-memory buffer: a slow or failing store, or a flood
/// of entries, never delays or fails a request. When the buffer is full the entry is dropped and
/// counted. ``run()`` (owned by the executable, as a long-running service) moves buffered entries
/// to the sink in batches.
///
/// Every submitted entry ends up in exactly one place: stored, ``droppedCount``,
/// ``writeFailureCount`` or ``pendingCount``.
///
/// Thread safety: the buffer and counters live in one `Mutex` (`state`); batches are written one
/// at a time through a ``SerialGate`` (`writer`), so that ``flush()`` also waits for a batch that
/// ``run()`` is writing.
public final class BatchQueue<Element: Sendable>: Sendable {
    /// Writes a batch; returns how many entries were kept (the rest count as dropped).
    private let sink: @Sendable ([Element]) async throws -> Int
    /// How many entries may wait in memory for the store.
    public let capacity: Int
    /// The most entries written to the store in one call.
    public let batchSize: Int

    private struct State {
        var buffer = CircularBuffer<Element>()
        var dropped = 0
        var writeFailures = 0
        var running = false
        var closed = false
    }

    private let state = Mutex(State())
    private let writer = SerialGate()
    /// Tells ``run()`` there is work; holding at most one element, many submits make one wake-up.
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    /// A queue in front of `sink`, buffering at most `capacity` entries (at least 1).
    /// How long ``run()`` lets entries gather after the first one arrives, unless a full batch is
    /// waiting: one write per interval instead of one per entry under steady traffic.
    public let gatherInterval: Duration

    public init(
        capacity: Int = 1024, batchSize: Int = 64, gatherInterval: Duration = .zero,
        sink: @escaping @Sendable ([Element]) async throws -> Int
    ) {
        self.sink = sink
        self.gatherInterval = max(.zero, gatherInterval)
        self.capacity = max(1, capacity)
        self.batchSize = max(1, batchSize)
        (wakeups, wakeup) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Entries dropped: the buffer was full, the queue was shut down, or the store was full.
    public var droppedCount: Int { state.withLock { $0.dropped } }

    /// Entries lost because the store failed to write their batch (each batch is tried once).
    public var writeFailureCount: Int { state.withLock { $0.writeFailures } }

    /// Entries buffered and not yet handed to the store.
    public var pendingCount: Int { state.withLock { $0.buffer.count } }

    /// Queues `entry` for the store, or drops and counts it when the buffer is full or the queue
    /// is shut down. Never blocks, never throws.
    public func submit(_ entry: Element) {
        let accepted = state.withLock { state in
            guard !state.closed, state.buffer.count < capacity else {
                state.dropped += 1
                return false
            }
            state.buffer.append(entry)
            return true
        }
        if accepted { wakeup.yield() }
    }

    /// Writes buffered entries to the store as they arrive, until ``shutdown()`` is called or the
    /// task is cancelled; then writes what is still buffered and returns.
    ///
    /// Call it once, from the task that owns the queue; a second concurrent call returns at once.
    public func run() async {
        let claimed = state.withLock { state in
            guard !state.running else { return false }
            state.running = true
            return true
        }
        guard claimed else { return }
        // Ends when `shutdown()` finishes the stream, or (AsyncStream being cancellation-aware)
        // when this task is cancelled.
        for await _ in wakeups {
            if gatherInterval > .zero, pendingCount < batchSize {
                // Cancellation (shutdown) ends the wait early; the flush below still runs.
                try? await Task.sleep(for: gatherInterval)
            }
            await flush()
        }
        // Nothing would write later submissions: drop them visibly rather than keep them unseen.
        state.withLock { $0.closed = true }
        await flush()
    }

    /// Stops the queue: later submissions are dropped, and ``run()`` writes what is buffered and returns.
    public func shutdown() {
        state.withLock { $0.closed = true }
        wakeup.finish()
    }

    /// Writes everything buffered now to the store, waiting for any batch already being written.
    ///
    /// Entries submitted while it runs may be left for the next flush, so a steady stream of
    /// failures cannot keep it from returning.
    public func flush() async {
        await writer.withSerialAccess {
            var remaining = pendingCount
            while remaining > 0, let batch = takeBatch(limit: min(remaining, batchSize)) {
                remaining -= batch.count
                await write(batch)
            }
        }
    }

    private func takeBatch(limit: Int) -> [Element]? {
        state.withLock { state in
            guard !state.buffer.isEmpty else { return nil }
            let count = min(limit, state.buffer.count)
            let batch = Array(state.buffer.prefix(count))
            state.buffer.removeFirst(count)
            return batch
        }
    }

    private func write(_ batch: [Element]) async {
        do {
            let stored = try await sink(batch)
            let refused = batch.count - min(max(stored, 0), batch.count)
            if refused > 0 {
                state.withLock { $0.dropped += refused }
            }
        } catch {
            // Retrying could hold the buffer forever behind a broken store; the counter tells.
            state.withLock { $0.writeFailures += batch.count }
        }
    }
}
