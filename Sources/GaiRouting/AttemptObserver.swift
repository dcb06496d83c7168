import GaiCore

/// Told when each attempt of a ``ModelRouter/call(model:deadline:observer:operation:)`` starts and
/// ends, on the calling task and synchronously: it must not block. Tracing implements it to note
/// attempt spans without wrapping the attempt's operation.
public protocol AttemptObserver {
    /// What ``attemptStarted(_:number:at:)`` hands back for ``attemptEnded(_:error:at:)``.
    associatedtype Observation

    /// An attempt against `target` starts at `instant`; `number` counts attempts of the call
    /// from 1, over every deployment and retry. The router reads the clock for its own
    /// bookkeeping and hands the reading on, so an observer need not read it again.
    func attemptStarted(_ target: ModelRouter.Target, number: Int, at instant: ContinuousClock.Instant) -> Observation

    /// The attempt ended at `instant`: `error` is `nil` when it succeeded.
    func attemptEnded(_ observation: Observation, error: GaiError?, at instant: ContinuousClock.Instant)
}

/// Observes nothing (the plain ``ModelRouter/call(model:deadline:operation:)``); specialized
/// away entirely.
public struct NoAttemptObserver: AttemptObserver {
    @inlinable public init() {}
    @inlinable public func attemptStarted(_ target: ModelRouter.Target, number: Int, at instant: ContinuousClock.Instant) {}
    @inlinable public func attemptEnded(_ observation: Void, error: GaiError?, at instant: ContinuousClock.Instant) {}
}
