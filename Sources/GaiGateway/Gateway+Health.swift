import Foundation
import GaiCore
import GaiLimits
import GaiRouting
import GaiStorage
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

extension Gateway {
    /// One readiness check's verdict.
    enum Health: String, Comparable {
        case healthy, degraded, unhealthy

        static func < (lhs: Health, rhs: Health) -> Bool {
            let order: [Health] = [.healthy, .degraded, .unhealthy]
            return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
        }
    }

    /// `GET /health/ready`: whether this replica should get traffic, check by check:
    ///
    /// - `config`: loaded (always healthy once serving);
    /// - `deployments`: every configured model has at least one deployment whose breaker is not
    ///   open (unhealthy otherwise, naming the models);
    /// - `limit_store` (with a shared store): degraded while it is skipped and requests fall back
    ///   to local limits, unhealthy when failing closed;
    /// - `key_store` (with `auth: keys`): a lookup answers within a second.
    ///
    /// 200 when every check is healthy or degraded, 503 when any is unhealthy.
    func readiness() async -> Response {
        var checks: [String: JSONValue] = ["config": Self.check(.healthy)]
        var worst = Health.healthy

        let states = Dictionary(modelRouter.resilience.breakerStates().map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let now = modelRouter.resilience.now()
        // A breaker whose cool-down has passed lets the next call probe: not down.
        let down = modelRouter.registry.routes.filter { route in
            !route.deployments.isEmpty && route.deployments.allSatisfy { deployment in
                if case .open(let until) = states[deployment.key], until > now { return true }
                return false
            }
        }.map(\.name).sorted()
        let deployments: Health = down.isEmpty ? .healthy : .unhealthy
        checks["deployments"] = Self.check(deployments, down.isEmpty ? nil : "every deployment's breaker is open for: \(down.joined(separator: ", "))")
        worst = max(worst, deployments)

        if let breaker = limitStoreBreaker {
            let failingClosed = (limiter?.store as? FallbackRateLimitStore)?.mode == .failClosed
            let health: Health = !breaker.isDegraded ? .healthy : failingClosed ? .unhealthy : .degraded
            checks["limit_store"] = Self.check(
                health, health == .healthy ? nil : "the shared limit store is unreachable; \(failingClosed ? "limited requests get 503" : "limits are per replica meanwhile")")
            worst = max(worst, health)
        }

        if configuration.authRequired, let keys {
            let store = keys.store
            let answered = await Self.within(.seconds(1)) { _ = try await store.key(hash: String(repeating: "0", count: 64)) }
            let health: Health = answered ? .healthy : .unhealthy
            checks["key_store"] = Self.check(health, answered ? nil : "the key store did not answer within 1 s")
            worst = max(worst, health)
        }

        let body: JSONValue = .object(["status": .string(worst.rawValue), "checks": .object(checks)])
        var response = Self.json((try? Self.encode(body)) ?? ByteBuffer(string: #"{"status":"unhealthy"}"#))
        if worst == .unhealthy { response.status = .serviceUnavailable }
        return response
    }

    /// `GET /debug/stats` (admin): uptime, memory, requests in flight, queue depths, breakers.
    func debugStats() -> Response {
        var stats: [String: JSONValue] = [:]
        stats["uptime_s"] = .int(WallClock.nowSeconds() - startedAt)
        if let rss = Self.residentBytes() { stats["rss_bytes"] = .int(Int64(rss)) }
        stats["in_flight_requests"] = .int(Int64(GatewayMetrics.inFlightCount.load(ordering: .relaxed)))
        var queues: [String: JSONValue] = [:]
        if let deadLetters { queues["dlq"] = .object(["pending": .int(Int64(deadLetters.pendingCount)), "dropped": .int(Int64(deadLetters.droppedCount))]) }
        if let spend { queues["usage_ledger"] = .object(["pending": .int(Int64(spend.queue.pendingCount)), "dropped": .int(Int64(spend.queue.droppedCount))]) }
        if let refunds = limiter?.refundQueue {
            queues["limit_refunds"] = .object(["pending": .int(Int64(refunds.pendingCount)), "dropped": .int(Int64(refunds.droppedCount))])
        }
        if let settlements = spend?.settlementQueue {
            queues["budget_settlements"] = .object(["pending": .int(Int64(settlements.pendingCount)), "dropped": .int(Int64(settlements.droppedCount))])
        }
        stats["queues"] = .object(queues)
        stats["breakers"] = .object(
            Dictionary(
                modelRouter.resilience.breakerStates().map { key, state -> (String, JSONValue) in
                    let name: String
                    switch state {
                    case .closed: name = "closed"
                    case .halfOpen: name = "half_open"
                    case .open: name = "open"
                    }
                    return (key.description, .string(name))
                }, uniquingKeysWith: { first, _ in first }))
        return Self.json((try? Self.encode(JSONValue.object(stats))) ?? ByteBuffer(string: "{}"))
    }

    static func check(_ health: Health, _ detail: String? = nil) -> JSONValue {
        var object: [String: JSONValue] = ["status": .string(health.rawValue)]
        if let detail { object["detail"] = .string(detail) }
        return .object(object)
    }

    /// Whether `body` finished (without throwing) within `limit`.
    static func within(_ limit: Duration, _ body: @escaping @Sendable () async throws -> Void) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { (try? await body()) != nil }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    /// The process's resident set size, from `/proc/self/status` (Linux).
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}
