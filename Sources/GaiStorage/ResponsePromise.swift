import Synchronization

/// A value many tasks can await, fulfilled once. Cancelled waiters get `nil` at once.
///
/// Thread safety: the state and the waiting continuations sit in one `Mutex`; continuations are
/// resumed after it is released.
final class ResponsePromise: Sendable {
    private struct State: Sendable {
        var result: IdempotencyOutcome??
        var waiters: [UInt64: CheckedContinuation<IdempotencyOutcome?, Never>] = [:]
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    func fulfil(_ response: IdempotencyOutcome?) {
        let waiters = state.withLock { state -> [CheckedContinuation<IdempotencyOutcome?, Never>] in
            guard state.result == nil else { return [] }
            state.result = .some(response)
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: response) }
    }

    func value() async -> IdempotencyOutcome? {
        let id = state.withLock { state -> UInt64 in
            state.nextID &+= 1
            return state.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> IdempotencyOutcome?? in
                    if let result = state.result { return .some(result) }
                    if Task.isCancelled { return .some(nil) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.resume(returning: nil)
        }
    }
}
