import Synchronization

/// One lock's worth of an ``InMemoryRateLimitStore``: a slice of the keys with their states.
final class RateLimitShard: Sendable {
    /// The lock guarding this slice; held for one check or one batch, never across a call out.
    let storage: Mutex<ShardStorage>

    init(capacity: Int) {
        storage = Mutex(ShardStorage(capacity: capacity))
    }
}

/// The keys of one shard, with expiry and recency for bounded memory.
struct ShardStorage: Sendable {
    struct Entry: Sendable {
        var state: LimiterState
        /// Microseconds since the store's epoch after which the state equals no state.
        var expiresAt: Int64
        /// The shard's access counter when the key was last read or written.
        var touched: UInt64
    }

    /// The smallest size at which an opportunistic sweep of idle keys runs.
    private static let minimumSweepSize = 64

    private(set) var entries: [String: Entry] = [:]
    /// The most keys this shard keeps.
    let capacity: Int
    private var accesses: UInt64 = 0
    /// The size that triggers the next sweep of idle keys: twice the live size after the last
    /// one, so sweeping stays amortised O(1) per insertion. Above `capacity` only `makeRoom`
    /// sweeps.
    private var sweepAt: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        self.sweepAt = Self.minimumSweepSize
    }

    /// The live state of `key` at `now`; an idle (expired) entry counts as absent.
    mutating func state(for key: String, now: Int64) -> LimiterState? {
        guard let entry = entries[key] else { return nil }
        guard entry.expiresAt > now else {
            entries[key] = nil
            return nil
        }
        accesses &+= 1
        entries[key]?.touched = accesses
        return entry.state
    }

    /// Stores `state` for `key`; a state that is already idle is simply dropped.
    mutating func store(_ state: LimiterState?, for key: String, expiresAt: Int64, now: Int64) {
        guard let state, expiresAt > now else {
            entries[key] = nil
            return
        }
        accesses &+= 1
        let entry = Entry(state: state, expiresAt: expiresAt, touched: accesses)
        if entries.updateValue(entry, forKey: key) != nil { return }
        if entries.count > capacity {
            makeRoom(keeping: key, now: now)
        } else if entries.count >= sweepAt {
            removeIdle(now: now)
        }
    }

    /// Removes every idle key and schedules the next sweep for when the live size has doubled.
    mutating func removeIdle(now: Int64) {
        entries = entries.filter { $0.value.expiresAt > now }
        sweepAt = max(Self.minimumSweepSize, entries.count * 2)
    }

    /// Brings the shard back within `capacity`: idle keys first, then the least recently
    /// touched eighth (at least one), so a flood of new keys costs O(log n) per insertion
    /// rather than a scan each. Forgetting a live key forgets what it spent — deliberately:
    /// a bounded memory beats exactness for more keys than one node is configured to track.
    private mutating func makeRoom(keeping key: String, now: Int64) {
        removeIdle(now: now)
        guard entries.count > capacity else { return }
        let excess = entries.count - capacity
        let batch = max(excess, capacity / 8, 1)
        let oldest = entries.filter { $0.key != key }.sorted { $0.value.touched < $1.value.touched }.prefix(batch)
        for (victim, _) in oldest { entries[victim] = nil }
    }
}
