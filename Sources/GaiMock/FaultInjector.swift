import GaiCore
import NIOCore
import Synchronization

/// Decides, call by call, which faults of a ``FaultPlan`` fire, and counts calls per plan so that
/// `first_n` means the first N calls with that plan.
///
/// Thread safety: the counters and the random generator sit in one `Mutex`, held for a lookup
/// and an increment.
final class FaultInjector: Sendable {
    private struct State: Sendable {
        var calls: [String: Int] = [:]
        var random: any RandomNumberGenerator & Sendable
    }

    private let state: Mutex<State>

    init(random: any RandomNumberGenerator & Sendable) {
        self.state = Mutex(State(random: random))
    }

    /// Counts one call under `plan` and says whether its error fires.
    func errorFires(_ plan: FaultPlan) -> Bool {
        guard plan.error != nil else { return false }
        return state.withLock { state in
            let count = state.calls[plan.label, default: 0] + 1
            // Bounded: one counter per distinct plan text; a flood of distinct headers resets them.
            if state.calls.count > 10_000 { state.calls.removeAll() }
            state.calls[plan.label] = count
            if let firstN = plan.firstN, count > firstN { return false }
            if plan.probability >= 1 { return true }
            return Double.random(in: 0..<1, using: &state.random) < plan.probability
        }
    }
}

extension MockProvider {
    /// The plan for this call: the request's `x-gai-fault` (only present when chaos is enabled),
    /// else the configured one.
    func faultPlan(_ context: ProviderContext) throws(GaiError) -> FaultPlan? {
        if let header = context.faultPlan {
            let plan: FaultPlan
            do {
                plan = try FaultPlan(header: header)
            } catch {
                throw GaiError.invalidRequest("x-gai-fault: \(error.description)", param: "x-gai-fault")
            }
            if let provider = plan.provider, provider != name { return configuration.faults }
            return plan
        }
        return configuration.faults
    }

    /// What happens before the answer: a hang until the deadline, added latency, an error.
    func injectBeforeAnswer(_ plan: FaultPlan?, context: ProviderContext) async throws(GaiError) {
        guard let plan else { return }
        if plan.hang {
            let remaining = context.deadline - NIODeadline.now()
            do {
                try await clock.sleep(for: .nanoseconds(max(0, remaining.nanoseconds)), tolerance: nil)
            } catch {
                throw GaiError(.timeout, "Injected hang: the call was cancelled", provider: name)
            }
            throw GaiError(.timeout, "Injected hang: the upstream provider '\(name)' did not answer in time", provider: name)
        }
        if plan.latency > .zero {
            do {
                try await clock.sleep(for: plan.latency, tolerance: nil)
            } catch {
                throw GaiError(.timeout, "Injected latency: the call was cancelled", provider: name)
            }
        }
        if faults.errorFires(plan) {
            throw plan.makeError(provider: name)
        }
    }

    func malformedAnswer() -> GaiError {
        GaiError(
            .providerUnavailable, "The upstream provider '\(name)' sent an answer that is not a valid chat completion (injected malformed JSON)",
            provider: name)
    }
}
