import NIOCore
import Synchronization

/// Idempotency records in this process: bounded in count and bytes, expired after the TTL.
///
/// Running records are never evicted (they are bounded by the requests in flight); completed
/// ones are evicted oldest first when a bound is reached, and dropped lazily once expired.
///
/// Thread safety: every record sits in one `Mutex`; each call takes it once, does O(1) work
/// (amortized eviction aside) and never awaits or calls out while holding it.
public final class InMemoryIdempotencyStore: IdempotencyStore {
    public let ttl: Duration
    public let maxEntries: Int
    public let maxBytes: Int
    private let now: @Sendable () -> ContinuousClock.Instant

    private enum Phase {
        case running(ResponsePromise, generation: UInt64)
        case done(IdempotencyOutcome, expires: ContinuousClock.Instant)
    }

    private struct Entry {
        var fingerprint: String
        var phase: Phase
        var order: UInt64
        var bytes: Int
    }

    private struct State: ~Copyable {
        var entries: [IdempotencyScope: Entry] = [:]
        /// Completed keys in completion order, for eviction; stale pairs are skipped.
        var completed: [(scope: IdempotencyScope, order: UInt64)] = []
        var completedHead = 0
        var byRequestID: [String: (recording: StreamRecording, expires: ContinuousClock.Instant)] = [:]
        var bytes = 0
        var counter: UInt64 = 0
    }

    private let state = Mutex(State())

    public init(
        ttl: Duration = .seconds(86_400), maxEntries: Int = 10_000, maxBytes: Int = 256 << 20,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.ttl = ttl
        self.maxEntries = max(1, maxEntries)
        self.maxBytes = max(1024, maxBytes)
        self.now = now
    }

    public func claim(_ scope: IdempotencyScope, fingerprint: String) async -> IdempotencyClaim {
        let now = now()
        return state.withLock { state -> IdempotencyClaim in
            if let entry = state.entries[scope] {
                switch entry.phase {
                case .done(_, let expires) where expires <= now:
                    remove(&state, scope)
                case .done(let outcome, _):
                    guard entry.fingerprint == fingerprint else { return .mismatch }
                    switch outcome {
                    case .response(let response): return .completed(response)
                    case .stream(let recording): return .stream(recording)
                    }
                case .running(let promise, _):
                    guard entry.fingerprint == fingerprint else { return .mismatch }
                    return .running(IdempotencyWaiter(promise: promise))
                }
            }
            state.counter &+= 1
            let generation = state.counter
            state.entries[scope] = Entry(
                fingerprint: fingerprint, phase: .running(ResponsePromise(), generation: generation), order: generation, bytes: 0)
            return .acquired(IdempotencyTicket(scope: scope, generation: generation))
        }
    }

    public func complete(_ ticket: IdempotencyTicket, outcome: IdempotencyOutcome, keep: Bool) async {
        let now = now()
        let promise = state.withLock { state -> ResponsePromise? in
            guard var entry = state.entries[ticket.scope], case .running(let promise, let generation) = entry.phase,
                generation == ticket.generation
            else { return nil }
            if keep {
                entry.phase = .done(outcome, expires: now + ttl)
                entry.bytes = Self.size(of: outcome)
                state.counter &+= 1
                entry.order = state.counter
                state.entries[ticket.scope] = entry
                state.bytes += entry.bytes
                state.completed.append((ticket.scope, entry.order))
                evict(&state, now: now)
            } else {
                state.entries[ticket.scope] = nil
            }
            return promise
        }
        promise?.fulfil(outcome)
    }

    public func abandon(_ ticket: IdempotencyTicket) async {
        let promise = state.withLock { state -> ResponsePromise? in
            guard let entry = state.entries[ticket.scope], case .running(let promise, let generation) = entry.phase,
                generation == ticket.generation
            else { return nil }
            state.entries[ticket.scope] = nil
            return promise
        }
        promise?.fulfil(nil)
    }

    public func recording(caller: String, requestID: String) async -> StreamRecording? {
        let now = now()
        return state.withLock { state in
            guard let indexed = state.byRequestID["\(caller)\u{0}\(requestID)"], indexed.expires > now else { return nil }
            return indexed.recording
        }
    }

    public func indexRecording(_ recording: StreamRecording, caller: String, requestID: String) async {
        let expires = now() + ttl
        state.withLock { state in
            if state.byRequestID.count >= maxEntries {
                let now = now()
                state.byRequestID = state.byRequestID.filter { $0.value.expires > now }
                if state.byRequestID.count >= maxEntries { state.byRequestID.removeAll() }
            }
            state.byRequestID["\(caller)\u{0}\(requestID)"] = (recording, expires)
        }
    }

    public func count() async -> Int {
        state.withLock { $0.entries.count }
    }

    // MARK: - Under the lock

    private func remove(_ state: inout State, _ scope: IdempotencyScope) {
        if let entry = state.entries.removeValue(forKey: scope) {
            state.bytes -= entry.bytes
        }
    }

    /// Drops completed records, oldest first, while over a bound or expired.
    private func evict(_ state: inout State, now: ContinuousClock.Instant) {
        while state.completedHead < state.completed.count {
            let (scope, order) = state.completed[state.completedHead]
            guard let entry = state.entries[scope], entry.order == order, case .done(_, let expires) = entry.phase else {
                state.completedHead += 1
                continue
            }
            let overBound = state.entries.count > maxEntries || state.bytes > maxBytes
            guard overBound || expires <= now else { break }
            remove(&state, scope)
            state.completedHead += 1
        }
        if state.completedHead > 1024, state.completedHead * 2 > state.completed.count {
            state.completed.removeFirst(state.completedHead)
            state.completedHead = 0
        }
    }

    private static func size(of outcome: IdempotencyOutcome) -> Int {
        switch outcome {
        case .response(let response): response.body.readableBytes + 256
        case .stream(let recording): recording.maxBytes / 16 + recording.byteCount
        }
    }
}
