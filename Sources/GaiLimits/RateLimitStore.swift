/// One check in a ``RateLimitStore/checkAll(_:)`` batch: spend `cost` units of `limit` on the
/// counter named `key`.
public typealias RateLimitCheck = (key: String, limit: RateLimit, cost: Int)

/// Where limiter state lives: in memory on one node, or in a shared backend (Redis, PostgreSQL)
/// so that limits stay exact across replicas.
///
/// A key names exactly one counter. Callers put the scope *and* the limit in it (for example
/// `key:abc:rpm` and `key:abc:tpm`), because two limits sharing a key would share a state.
///
/// Every implementation runs each call as one atomic step per key using the pure algorithms of
/// ``RateLimit/check(state:cost:now:)``, so all backends admit exactly the same sequences.
public protocol RateLimitStore: Sendable {
    /// Spends `cost` units of `limit` on `key` if the limit allows it. See
    /// ``RateLimit/check(state:cost:now:)`` for a cost of 0 (a peek) and a cost above the
    /// capacity (refused, never satisfiable).
    func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision

    /// Gives back `amount` units reserved earlier on `key` (see
    /// ``RateLimit/refund(state:amount:now:)``).
    func refund(key: String, limit: RateLimit, amount: Int) async throws

    /// Checks several limits as one atomic step, all or nothing: either every check is admitted
    /// and every cost is consumed, or nothing is consumed at all.
    ///
    /// This is what lets a request that passes its per-key limit but fails the global one not
    /// burn per-key quota. The decisions come back in the order of `requests`. When the batch
    /// is refused, each refusing entry carries its own `retryAfter`; entries that would have
    /// been admitted report `allowed == true` with their *unchanged* `remaining`, so callers
    /// must test that every decision is allowed. A key listed twice is checked twice in order
    /// (the second sees the first's consumption).
    func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision]

    /// Gives back each entry's `cost` on its key, as ``refund(key:limit:amount:)`` does one by
    /// one; a shared store does it in one round trip.
    func refundAll(_ refunds: [RateLimitCheck]) async throws

    /// Whether calls leave the process (Redis, PostgreSQL): the limiter then settles refunds off
    /// the request's path, in batches.
    var isShared: Bool { get }
}

extension RateLimitStore {
    public func refundAll(_ refunds: [RateLimitCheck]) async throws {
        for refund in refunds where refund.cost > 0 {
            try await self.refund(key: refund.key, limit: refund.limit, amount: refund.cost)
        }
    }

    public var isShared: Bool { false }
}
