import Foundation
import GaiCore

/// Puts a model's deployments in the order a strategy prefers. Every deployment stays in the
/// list — a strategy only decides who goes first — so each one remains a fallback.
///
/// Sorting is stable: deployments a strategy cannot tell apart keep their configured order.
public struct DeploymentOrdering: Sendable {
    /// The statistics `least_busy` and `latency` read.
    public let stats: DeploymentStats
    /// The blended price per token of a deployment (input + output), for `cost`; `nil` when the
    /// price table does not know it (such deployments go last).
    public let price: @Sendable (Deployment) -> Double?

    public init(stats: DeploymentStats, price: @escaping @Sendable (Deployment) -> Double? = { _ in nil }) {
        self.stats = stats
        self.price = price
    }

    /// The deployments in the order `strategy` tries them.
    public func order(
        _ deployments: [Deployment], strategy: RoutingStrategy, using random: inout some RandomNumberGenerator
    ) -> [Deployment] {
        guard deployments.count > 1 else { return deployments }
        switch strategy {
        case .priority:
            return deployments
        case .weighted:
            return Self.weightedOrder(deployments, using: &random)
        case .leastBusy:
            return Self.stableSorted(deployments) { stats.snapshot($0.key).inFlight }
        case .latency:
            // A deployment never measured sorts first, so that every one gets measured.
            return Self.stableSorted(deployments) { stats.snapshot($0.key).latencySeconds ?? -1 }
        case .cost:
            return Self.stableSorted(deployments) { price($0) ?? .infinity }
        case .quality:
            return Self.stableSorted(deployments) { -$0.quality }
        }
    }

    /// Weighted random order without replacement (Efraimidis–Spirakis): each deployment draws
    /// `u^(1/w)` and the largest goes first, so the first choice is picked in proportion to the
    /// weights. Deployments with weight ≤ 0 go last, in configured order.
    static func weightedOrder(_ deployments: [Deployment], using random: inout some RandomNumberGenerator) -> [Deployment] {
        var keyed: [(key: Double, index: Int)] = []
        keyed.reserveCapacity(deployments.count)
        for (index, deployment) in deployments.enumerated() {
            let weight = deployment.weight.isFinite ? deployment.weight : 0
            if weight > 0 {
                let u = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &random)
                keyed.append((key: Foundation.log(u) / weight, index: index))
            } else {
                keyed.append((key: -.infinity, index: index))
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key > $1.key : $0.index < $1.index }
        return keyed.map { deployments[$0.index] }
    }

    static func stableSorted<Key: Comparable>(_ deployments: [Deployment], by key: (Deployment) -> Key) -> [Deployment] {
        deployments.enumerated()
            .map { (key: key($0.element), index: $0.offset, deployment: $0.element) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            .map(\.deployment)
    }
}
