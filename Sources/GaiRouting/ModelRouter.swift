import GaiCore
import NIOCore

/// Resolves a client's model name to its deployments and runs a call over them: in the order
/// the model's strategy picks, each deployment behind its circuit breaker, each failure retried
/// per the model's policy within the provider's retry budget and the request's deadline, then
/// failed over to the next deployment, then (per `on_error`) to another model.
public struct ModelRouter: Sendable {
    public let registry: ModelRegistry
    public let providers: [String: any ChatProvider]
    public let resilience: ResilienceState
    public let ordering: DeploymentOrdering

    /// A resolved call target.
    public struct Target: Sendable {
        public var provider: any ChatProvider
        public var deployment: Deployment
        /// The model name this deployment serves (the client's, or an `on_error` replacement).
        public var model: String
        /// The model's default stream format (`models[].stream_format`), if configured.
        public var streamFormat: String?

        @usableFromInline
        init(provider: any ChatProvider, deployment: Deployment, model: String, streamFormat: String?) {
            self.provider = provider
            self.deployment = deployment
            self.model = model
            self.streamFormat = streamFormat
        }
    }

    /// A call that succeeded, with how it got there.
    public struct Routed<Value: Sendable>: Sendable {
        public var value: Value
        public var target: Target
        public var attempts: [AttemptRecord]
        /// Counts the call in flight on its deployment (for `least_busy`) until released; a
        /// stream releases it when it ends.
        public var lease: InFlightLease

        @usableFromInline
        init(value: Value, target: Target, attempts: [AttemptRecord], lease: InFlightLease) {
            self.value = value
            self.target = target
            self.attempts = attempts
            self.lease = lease
        }
    }

    public init(
        registry: ModelRegistry, providers: [any ChatProvider], resilience: ResilienceState = ResilienceState(),
        price: @escaping @Sendable (Deployment, _ providerKind: String) -> Double? = { _, _ in nil }
    ) {
        self.registry = registry
        var byName: [String: any ChatProvider] = [:]
        for provider in providers { byName[provider.name] = provider }
        self.providers = byName
        self.resilience = resilience
        let kinds = byName.mapValues(\.kind)
        self.ordering = DeploymentOrdering(stats: resilience.stats) { deployment in
            price(deployment, kinds[deployment.provider] ?? deployment.provider)
        }
    }

    /// The first deployment that has a provider instance, without calling anything (for routes
    /// that only need to know the model exists).
    public func target(for model: String) throws(GaiError) -> Target {
        let route = try registry.resolveRoute(model)
        for deployment in route.deployments {
            if let provider = providers[deployment.provider] {
                return Target(provider: provider, deployment: deployment, model: route.name, streamFormat: route.streamFormat)
            }
        }
        throw GaiError.internal("No configured provider serves the model '\(model)'")
    }

    /// The models clients can name, for `GET /v1/models`.
    public var models: [ModelRoute] { registry.routes }

    /// Runs `operation` against the deployments of `model` until one succeeds.
    ///
    /// Inlinable so that callers get it specialized for their result type: unspecialized, every
    /// call paid for generic metadata lookups on the request path.
    ///
    /// - Parameters:
    ///   - deadline: No retry starts unless its backoff ends before this.
    ///   - operation: One attempt against a target; it throws the attempt's ``GaiError``.
    /// - Throws: ``RoutingFailure`` with the last error and every attempt.
    @inlinable
    public func call<Value: Sendable>(
        model: String, deadline: NIODeadline, operation: (Target) async throws(GaiError) -> Value
    ) async throws(RoutingFailure) -> Routed<Value> {
        try await call(model: model, deadline: deadline, observer: NoAttemptObserver(), operation: operation)
    }

    /// ``call(model:deadline:operation:)`` with `observer` told, synchronously, when each attempt
    /// starts and ends (tracing notes its attempt spans this way). Observing costs no wrapper
    /// around `operation`: every async layer around an upstream call is an executor switch on
    /// the way in and one on the way out.
    @inlinable
    public func call<Value: Sendable, Observer: AttemptObserver>(
        model: String, deadline: NIODeadline, observer: Observer, operation: (Target) async throws(GaiError) -> Value
    ) async throws(RoutingFailure) -> Routed<Value> {
        var attempts: [AttemptRecord] = []
        // Attempts made so far, over every deployment: the observer's attempt numbers.
        var attemptNumber = 0
        // Models left through `on_error`; empty (no allocation) for almost every request.
        var visited: [String] = []
        var budgetSpent = false
        var lastError: GaiError?
        var modelName = model

        while true {
            let route: ModelRoute
            do {
                route = try registry.resolveRoute(modelName)
            } catch {
                throw RoutingFailure(error: error, attempts: attempts, clientShouldRetry: false)
            }
            let policy = route.policy
            let ordered: [Deployment]
            switch policy.strategy {
            case .priority:
                ordered = route.deployments
            case .weighted:
                ordered = resilience.withRandom { random in ordering.order(route.deployments, strategy: .weighted, using: &random) }
            default:
                var unused = SystemRandomNumberGenerator()
                ordered = ordering.order(route.deployments, strategy: policy.strategy, using: &unused)
            }
            var served = false

            deployments: for deployment in ordered {
                guard let provider = providers[deployment.provider] else { continue }
                served = true
                let key = deployment.key
                let target = Target(provider: provider, deployment: deployment, model: route.name, streamFormat: route.streamFormat)
                let breaker = resilience.breaker(for: key, configuration: policy.breaker)
                let budgetKey = ResilienceState.BudgetKey(model: route.name, provider: deployment.provider)
                let budget = resilience.budget(for: budgetKey, configuration: policy.retryBudget)
                // One deposit per client request and provider: a fallback to another deployment
                // of the same provider is not a new request.
                if !attempts.contains(where: { $0.model == route.name && $0.deployment.provider == deployment.provider }) {
                    budget.recordRequest()
                }

                var attempt = 0
                while true {
                    guard let permit = breaker.acquire() else {
                        attempts.append(record(route.name, key, .breakerOpen, .zero))
                        if lastError == nil {
                            lastError = Self.breakerOpenError(model: route.name, deployment: key, state: breaker.state, now: resilience.now())
                        }
                        continue deployments
                    }
                    attempt += 1
                    let lease = resilience.stats.begin(key)
                    let started = ContinuousClock.now
                    attemptNumber += 1
                    let observation = observer.attemptStarted(target, number: attemptNumber, at: started)
                    do {
                        let value = try await operation(target)
                        let ended = ContinuousClock.now
                        observer.attemptEnded(observation, error: nil, at: ended)
                        let elapsed = ended - started
                        breaker.record(permit, outcome: .success)
                        resilience.stats.observe(key, latency: elapsed)
                        attempts.append(record(route.name, key, .success, elapsed))
                        return Routed(value: value, target: target, attempts: attempts, lease: lease)
                    } catch {
                        let ended = ContinuousClock.now
                        observer.attemptEnded(observation, error: error, at: ended)
                        lease.release()
                        let elapsed = ended - started
                        let cancelled = Task.isCancelled
                        breaker.record(permit, outcome: cancelled ? .cancelled : .failure(error))
                        attempts.append(record(route.name, key, .failure(error.code), elapsed))
                        lastError = error
                        if cancelled {
                            throw RoutingFailure(error: error, attempts: attempts, clientShouldRetry: false)
                        }
                        guard policy.retry.shouldRetry(error, attempt: attempt) else { break }
                        guard budget.tryAcquireRetry() else {
                            budgetSpent = true
                            break
                        }
                        let delay = resilience.withRandom { random in policy.retry.delay(afterAttempt: attempt, error: error, using: &random) }
                        guard let delay, Self.fits(delay, before: deadline) else { break }
                        do {
                            try await resilience.sleep(delay)
                        } catch {
                            throw RoutingFailure(
                                error: GaiError(.timeout, "The request was cancelled while waiting to retry"), attempts: attempts,
                                clientShouldRetry: false)
                        }
                    }
                }
                // This deployment is done. Only a transient failure moves on to the next one: a
                // permanent one (bad request, auth, context length…) fails the same everywhere.
                guard let error = lastError, RetryPolicy.retryableCodes.contains(error.code) else { break deployments }
            }

            if !served {
                throw RoutingFailure(
                    error: .internal("No configured provider serves the model '\(route.name)'"), attempts: attempts,
                    clientShouldRetry: false)
            }
            if let error = lastError, let next = policy.onError[error.code], next != route.name, next != model,
                !visited.contains(next)
            {
                visited.append(route.name)
                modelName = next
                continue
            }
            let error = lastError ?? .internal("No deployment could be tried for '\(model)'")
            let upstreamCalls = attempts.upstreamCalls
            let permanent = !(RetryPolicy.retryableCodes.contains(error.code) && error.isTransient)
            throw RoutingFailure(
                error: error, attempts: attempts, clientShouldRetry: !(permanent || budgetSpent || upstreamCalls > 1))
        }
    }

    @usableFromInline
    func record(_ model: String, _ key: DeploymentKey, _ outcome: AttemptRecord.Outcome, _ duration: Duration) -> AttemptRecord {
        AttemptRecord(model: model, deployment: key, outcome: outcome, duration: duration, endedAt: Double(WallClock.nowMilliseconds()) / 1000)
    }

    @usableFromInline
    static func fits(_ delay: Duration, before deadline: NIODeadline) -> Bool {
        let remaining = deadline - NIODeadline.now()
        return delay < .nanoseconds(remaining.nanoseconds)
    }

    @usableFromInline
    static func breakerOpenError(
        model: String, deployment: DeploymentKey, state: CircuitBreaker.State, now: ContinuousClock.Instant
    ) -> GaiError {
        var retryAfter: Duration?
        if case .open(let until) = state { retryAfter = max(.seconds(1), now.duration(to: until)) }
        return GaiError(
            .providerUnavailable, "Every deployment of '\(model)' is unavailable: the circuit breaker of \(deployment) is open",
            // Reported like an upstream outage (503 with retry-after), which it is from the client's side.
            upstreamStatus: 503, retryAfter: retryAfter, isTransient: true)
    }
}
