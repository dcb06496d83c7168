import GaiCore

/// The all-or-nothing bookkeeping of ``InMemoryRateLimitStore/checkAll(_:)``, run while the
/// batch's shard locks are held.
///
/// Checks run against *staged* states — copies that only become real when every check in the
/// batch has been admitted — so a refusal anywhere leaves every shard untouched.
struct RateLimitBatch {
    /// A key's state after the batch's admitted checks, not yet written back.
    struct Staged {
        var state: LimiterState?
        var limit: RateLimit
        /// Index of the key's shard in the batch's locked-storage array.
        var position: Int
    }

    let now: Duration
    private let micros: Int64
    private(set) var decisions: [RateLimitDecision] = []
    private(set) var staged: [String: Staged] = [:]
    private(set) var allAllowed = true
    /// Each checked request with its shard position, to recompute peeks after a refusal.
    private var checked: [(request: RateLimitCheck, position: Int)] = []

    init(now: Duration, capacity: Int = 0) {
        self.now = now
        self.micros = now.wholeMicroseconds
        decisions.reserveCapacity(capacity)
        checked.reserveCapacity(capacity)
        staged.reserveCapacity(capacity)
    }

    /// Checks one request against the staged state of its key (or the stored one).
    mutating func check(_ request: RateLimitCheck, position: Int, in storage: inout ShardStorage) {
        var state = staged[request.key].map(\.state) ?? storage.state(for: request.key, now: micros)
        let before = state
        let decision = request.limit.check(state: &state, cost: request.cost, now: now)
        if !decision.allowed {
            allAllowed = false
        } else if state != before {
            staged[request.key] = Staged(state: state, limit: request.limit, position: position)
        }
        decisions.append(decision)
        checked.append((request, position))
    }

    /// Writes every staged state back; only called when the whole batch was admitted.
    func commit(to storages: inout [ShardStorage]) {
        for (key, entry) in staged {
            let resetAfter = entry.limit.resetAfter(state: entry.state, now: now).wholeMicroseconds
            storages[entry.position].store(entry.state, for: key, expiresAt: addSaturating(micros, resetAfter), now: micros)
        }
    }

    /// The decisions to report for a refused batch: refusals as computed, every other entry
    /// replaced by a peek at its unchanged stored state (nothing was consumed).
    func refusedDecisions(storages: inout [ShardStorage]) -> [RateLimitDecision] {
        zip(decisions, checked).map { decision, entry in
            guard decision.allowed else { return decision }
            var state = storages[entry.position].state(for: entry.request.key, now: micros)
            return entry.request.limit.check(state: &state, cost: 0, now: now)
        }
    }
}
