import GaiCore

/// Told when each attempt of a ``ModelRouter/call(model:deadline:observer:operation:)`` starts and
/// ends, on the calling task and synchronously: it must not block. Tracing implements it to note
/// attempt spans without wrapping the attempt's operation.
public protocol AttemptObserver {
    /// What ``attemptStarted(_:number:)`` hands back for ``attemptEnded(_:error:)``.
    associatedtype Observation

    /// An attempt against `target` starts; `number` counts attempts of the call from 1, over
    /// every deployment and retry.
    func attemptStarted(_ target: ModelRouter.Target, number: Int) -> Observation

    /// The attempt ended: `error` is `nil` when it succeeded.
    func attemptEnded(_ observation: Observation, error: GaiError?)
}

/// Observes nothing (the plain ``ModelRouter/call(model:deadline:operation:)``); specialized
/// away entirely.
public struct NoAttemptObserver: AttemptObserver {
    @inlinable public init() {}
    @inlinable public func attemptStarted(_ target: ModelRouter.Target, number: Int) {}
    @inlinable public func attemptEnded(_ observation: Void, error: GaiError?) {}
}
