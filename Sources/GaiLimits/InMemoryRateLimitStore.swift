import GaiCore
import Synchronization

/// The default ``RateLimitStore``: exact on one node, no dependencies.
///
/// Keys are spread over ``Configuration/shardCount`` shards by hash, each a `final class` with
/// its own `Synchronization.Mutex`, so unrelated keys rarely contend. A check holds one shard's
/// lock for one algorithm step (no allocation beyond the key's entry, no calls out — the clock
/// is read before locking). ``checkAll(_:)`` takes the locks of every shard it touches in
/// ascending shard order, the one global order that makes deadlock impossible.
///
/// Memory is bounded: a key whose state is idle (bucket full again, window over) is dropped when
/// it is next touched or swept, and each shard keeps at most
/// `⌈maximumKeys / shardCount⌉` keys, evicting idle keys and then the least recently touched
/// ones when full.
///
/// Thread safety: all mutable state lives in the shards' mutexes; the class itself is
/// immutable.
public final class InMemoryRateLimitStore: RateLimitStore, Sendable {
    /// Tuning knobs.
    public struct Configuration: Sendable, Hashable {
        /// The most keys kept at once (default 100 000). Values below 1 act as 1.
        public var maximumKeys: Int
        /// How many independently locked shards the keys are spread over (default 16). Values
        /// below 1 act as 1.
        public var shardCount: Int

        /// Creates a configuration; the defaults are the documented gateway defaults.
        public init(maximumKeys: Int = 100_000, shardCount: Int = 16) {
            self.maximumKeys = maximumKeys
            self.shardCount = shardCount
        }
    }

    /// The configuration in effect (normalised).
    public let configuration: Configuration
    private let shards: [RateLimitShard]
    private let clock: @Sendable () -> ContinuousClock.Instant
    /// Time zero of the ``LimiterState`` timestamps this store keeps: its creation.
    private let epoch: ContinuousClock.Instant

    /// Creates an empty store reading time from `now` (injected so tests control time).
    public init(
        configuration: Configuration = Configuration(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        var configuration = configuration
        configuration.shardCount = max(1, configuration.shardCount)
        configuration.maximumKeys = max(1, configuration.maximumKeys)
        self.configuration = configuration
        let (quotient, remainder) = configuration.maximumKeys.quotientAndRemainder(dividingBy: configuration.shardCount)
        let perShard = quotient + (remainder == 0 ? 0 : 1)
        self.shards = (0..<configuration.shardCount).map { _ in RateLimitShard(capacity: perShard) }
        self.clock = now
        self.epoch = now()
    }

    /// Spends `cost` units of `limit` on `key`; see ``RateLimitStore/check(key:limit:cost:)``.
    public func check(key: String, limit: RateLimit, cost: Int) -> RateLimitDecision {
        let now = elapsed()
        let micros = now.wholeMicroseconds
        return shards[shardIndex(key)].storage.withLock { storage in
            var state = storage.state(for: key, now: micros)
            let before = state
            let decision = limit.check(state: &state, cost: cost, now: now)
            if state != before {
                storage.store(state, for: key, expiresAt: addSaturating(micros, decision.resetAfter.wholeMicroseconds), now: micros)
            }
            return decision
        }
    }

    /// Gives back `amount` units on `key`; see ``RateLimitStore/refund(key:limit:amount:)``.
    public func refund(key: String, limit: RateLimit, amount: Int) {
        let now = elapsed()
        let micros = now.wholeMicroseconds
        shards[shardIndex(key)].storage.withLock { storage in
            var state = storage.state(for: key, now: micros)
            guard state != nil else { return }
            limit.refund(state: &state, amount: amount, now: now)
            let resetAfter = limit.resetAfter(state: state, now: now).wholeMicroseconds
            storage.store(state, for: key, expiresAt: addSaturating(micros, resetAfter), now: micros)
        }
    }

    /// Checks all `requests` atomically, all or nothing; see ``RateLimitStore/checkAll(_:)``.
    public func checkAll(_ requests: [RateLimitCheck]) -> [RateLimitDecision] {
        guard !requests.isEmpty else { return [] }
        let now = elapsed()
        // The shards to lock, ascending and distinct (one allocation; a Set costs three more).
        // Each key is hashed once: its shard is kept for the loop below.
        let shardOfRequest = requests.map { shardIndex($0.key) }
        var indices = shardOfRequest
        indices.sort()
        indices.removeDuplicatesFromSorted()
        return withShardsLocked(indices) { storages in
            var batch = RateLimitBatch(now: now, capacity: requests.count)
            for (request, shard) in zip(requests, shardOfRequest) {
                // Always found: `indices` was built from these very shards.
                guard let position = indices.firstIndex(of: shard) else { continue }
                batch.check(request, position: position, in: &storages[position])
            }
            guard batch.allAllowed else { return batch.refusedDecisions(storages: &storages) }
            batch.commit(to: &storages)
            return batch.decisions
        }
    }

    /// How many keys the store currently holds (idle ones not yet swept included), for metrics
    /// and tests.
    public var keyCount: Int {
        shards.reduce(0) { total, shard in total + shard.storage.withLock { $0.entries.count } }
    }

    private func elapsed() -> Duration { clock() - epoch }

    /// The shard for `key`. Hash values are per-process randomised, which is fine for memory.
    private func shardIndex(_ key: String) -> Int {
        Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))
    }

    /// Runs `body` with the storages of the shards at `indices` (ascending) locked, passed as
    /// an array parallel to `indices`.
    ///
    /// Each level locks one shard, moves its storage out (an O(1) swap, so the body mutates it
    /// without copy-on-write copies), recurses, and moves it back before unlocking.
    private func withShardsLocked<Result: Sendable>(
        _ indices: [Int], _ body: (inout [ShardStorage]) -> Result
    ) -> Result {
        var taken: [ShardStorage] = []
        taken.reserveCapacity(indices.count)
        return lock(indices[...], taken: &taken, body)
    }

    private func lock<Result: Sendable>(
        _ pending: ArraySlice<Int>, taken: inout [ShardStorage], _ body: (inout [ShardStorage]) -> Result
    ) -> Result {
        guard let next = pending.first else { return body(&taken) }
        return shards[next].storage.withLock { storage in
            let position = taken.count
            var moved = ShardStorage(capacity: storage.capacity)
            swap(&moved, &storage)
            taken.append(moved)
            defer { swap(&storage, &taken[position]) }
            return lock(pending.dropFirst(), taken: &taken, body)
        }
    }
}

extension Array where Element: Equatable {
    /// Removes repeated neighbours in place (all duplicates, for a sorted array).
    mutating func removeDuplicatesFromSorted() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
