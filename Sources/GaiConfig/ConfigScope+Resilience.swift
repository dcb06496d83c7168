import Foundation
import GaiCore
import GaiMock
import GaiRouting

/// The resilience keys: per-model strategy, retry, retry budget, breaker and `on_error`; the
/// top-level `admin_key`, `data_dir`, `idempotency`, `dlq`, `chaos` and `prices`; mock faults.
extension ConfigScope {
    mutating func double(_ key: String, default value: Double, in range: ClosedRange<Double>) -> Double {
        guard let text = string(key) else { return value }
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
            fail(key, "expected a number, got '\(text)'")
            return value
        }
        guard range.contains(number) else {
            fail(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
            return value
        }
        return number
    }

    mutating func optionalDouble(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard string(key) != nil else { return nil }
        return double(key, default: 0, in: range)
    }

    mutating func boolean(_ key: String, default value: Bool) -> Bool {
        guard let text = string(key) else { return value }
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default:
            fail(key, "expected true or false, got '\(text)'")
            return value
        }
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, default value: T) -> T where T.RawValue == String {
        guard let text = string(key) else { return value }
        guard let chosen = T(rawValue: text) else {
            fail(key, "must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
            return value
        }
        return chosen
    }

    /// `models[i].strategy`, `.retry`, `.retry_budget`, `.breaker` and `.on_error`.
    mutating func routePolicy(_ prefix: String) -> RoutePolicy {
        var policy = RoutePolicy()
        policy.strategy = choice("\(prefix).strategy", default: policy.strategy)
        let defaults = RoutePolicy.defaultRetry
        policy.retry = RetryPolicy(
            maxAttempts: int("\(prefix).retry.max_attempts", default: defaults.maxAttempts, in: 1...20),
            initialDelay: .milliseconds(int("\(prefix).retry.initial_delay_ms", default: 200, in: 0...600_000)),
            maxDelay: .milliseconds(int("\(prefix).retry.max_delay_ms", default: 5000, in: 0...600_000)),
            multiplier: double("\(prefix).retry.multiplier", default: defaults.multiplier, in: 1...100),
            jitter: double("\(prefix).retry.jitter", default: defaults.jitter, in: 0...1),
            maxRetryAfter: .milliseconds(int("\(prefix).retry.max_retry_after_ms", default: 60_000, in: 0...3_600_000)))
        policy.retryBudget = RetryBudgetConfiguration(
            ratio: double("\(prefix).retry_budget.ratio", default: 0.2, in: 0...10),
            minPerSecond: double("\(prefix).retry_budget.min_per_second", default: 5, in: 0...100_000),
            window: .milliseconds(int("\(prefix).retry_budget.window_ms", default: 10_000, in: 100...3_600_000)))
        var breaker = CircuitBreaker.Configuration()
        breaker.consecutiveFailureThreshold = int("\(prefix).breaker.consecutive_failures", default: 5, in: 1...10_000)
        breaker.coolDown = .milliseconds(int("\(prefix).breaker.cooldown_ms", default: 30_000, in: 0...86_400_000))
        breaker.halfOpenMaxProbes = int("\(prefix).breaker.half_open_probes", default: 1, in: 1...1000)
        breaker.failureRateThreshold = double("\(prefix).breaker.failure_ratio", default: 0.5, in: 0.01...1)
        breaker.windowSize = int("\(prefix).breaker.window_size", default: 20, in: 1...10_000)
        breaker.minimumWindowOutcomes = int("\(prefix).breaker.min_requests", default: 10, in: 1...10_000)
        policy.breaker = breaker
        for (key, target) in Self.headers(from: flatValues, prefix: "\(prefix).on_error.") {
            guard let code = ErrorCode(rawValue: key) else {
                fail("\(prefix).on_error.\(key)", "is not an error code (\(ErrorCode.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            policy.onError[code] = target
        }
        return policy
    }

    /// `on_error` must name configured models, and a model may not fall back to itself.
    mutating func checkFallbackTargets(_ models: [ModelRoute], prefixes: [String: String]) {
        let names = Set(models.map(\.name))
        for model in models {
            for (code, target) in model.policy.onError.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let key = "\(prefixes[model.name] ?? "models").on_error.\(code.rawValue)"
                if target == model.name {
                    fail(key, "a model cannot fall back to itself")
                } else if !names.contains(target) {
                    fail(key, "no model is named '\(target)'")
                }
            }
        }
    }

    /// `providers[i].faults.*` (mock only).
    mutating func faults(_ prefix: String, kind: GaiConfiguration.Provider.Kind) -> FaultPlan? {
        let settings = Self.headers(from: flatValues, prefix: "\(prefix).faults.")
        guard !settings.isEmpty else { return nil }
        guard kind == .mock else {
            fail("\(prefix).faults", "faults can only be injected into kind: mock providers")
            return nil
        }
        do {
            return try FaultPlan(settings: settings)
        } catch {
            fail("\(prefix).faults.\(error.key)", error.message)
            return nil
        }
    }

    /// `admin_key`, `data_dir`, `idempotency`, `dlq`, `chaos`, `prices`.
    mutating func applyGatewayKeys(to configuration: inout GaiConfiguration, listCounts: [String: Int]) {
        if let adminKey = string("admin_key", secret: true), !adminKey.isEmpty {
            if adminKey.count < 16 {
                fail("admin_key", "must be at least 16 characters")
            } else {
                configuration.adminKey = adminKey
            }
        }
        configuration.dataDirectory = string("data_dir") ?? configuration.dataDirectory
        configuration.idempotency.ttlSeconds = int("idempotency.ttl_s", default: 86_400, in: 1...31 * 86_400)
        configuration.idempotency.inFlight = choice("idempotency.in_flight", default: configuration.idempotency.inFlight)
        configuration.idempotency.maxEntries = int("idempotency.max_entries", default: 10_000, in: 1...10_000_000)
        configuration.idempotency.maxBytes = int("idempotency.max_bytes", default: 256 << 20, in: 1024...(1 << 40))
        configuration.deadLetters.store = choice("dlq.store", default: configuration.deadLetters.store)
        configuration.deadLetters.maxEntries = int("dlq.max_entries", default: 100_000, in: 1...100_000_000)
        configuration.chaosEnabled = boolean("chaos.enabled", default: false)
        configuration.auth = choice("auth", default: configuration.adminKey == nil ? .none : .keys)
        configuration.authCacheTTLMilliseconds = int("auth_cache_ttl_ms", default: 5000, in: 0...60_000)
        configuration.server.allowUnauthenticated = boolean("server.allow_unauthenticated", default: false)
        for index in 0..<(listCounts["prices"] ?? 0) {
            let prefix = "prices.\(index)"
            guard let model = string("\(prefix).model"), !model.isEmpty else {
                fail("\(prefix).model", "is required")
                continue
            }
            configuration.priceOverrides.append(
                GaiConfiguration.PriceOverride(
                    model: model,
                    inputPerMillion: double("\(prefix).input_per_million", default: 0, in: 0...1_000_000),
                    outputPerMillion: double("\(prefix).output_per_million", default: 0, in: 0...1_000_000),
                    cachedInputPerMillion: optionalDouble("\(prefix).cached_input_per_million", in: 0...1_000_000),
                    cacheWritePerMillion: optionalDouble("\(prefix).cache_write_per_million", in: 0...1_000_000),
                    reasoningPerMillion: optionalDouble("\(prefix).reasoning_per_million", in: 0...1_000_000)))
        }
    }
}
