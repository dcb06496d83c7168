import NIOCore
import Synchronization

/// Lets one task at a time through a critical section that spans `await`s (a multi-statement
/// transaction, a batch write), in arrival order.
///
/// An actor does not do this: it is reentrant at every `await`. Waiters are parked on
/// continuations, never spinning.
///
/// Thread safety: `state` (a `Mutex`) guards whether the gate is held and who waits.
package final class SerialGate: Sendable {
    private struct State {
        var held = false
        var waiters = CircularBuffer<CheckedContinuation<Void, Never>>()
    }

    private let state = Mutex(State())

    package init() {}

    /// Runs `body` once every earlier caller's `body` has finished.
    ///
    /// Waiting is not cancellable: the sections this guards are short, and leaving the queue
    /// would complicate handing the gate over.
    package func withSerialAccess<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        let acquired = state.withLock { state in
            guard !state.held else { return false }
            state.held = true
            return true
        }
        if acquired { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let acquiredMeanwhile = state.withLock { state in
                guard state.held else {
                    state.held = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if acquiredMeanwhile { continuation.resume() }
        }
    }

    private func release() {
        // The gate passes straight to the next waiter (it stays held), so no newcomer can jump the queue.
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let next = state.waiters.popFirst() else {
                state.held = false
                return nil
            }
            return next
        }
        next?.resume()
    }
}
