/// One place a model is served: a configured provider and the model name it receives, with the
/// attributes balancing strategies read.
public struct Deployment: Sendable, Hashable {
    /// The configured provider's name.
    public var provider: String
    /// The model name sent upstream.
    public var model: String
    /// The relative share of traffic under the `weighted` strategy (`deployments[].weight`).
    public var weight: Double
    /// The declared rank under the `quality` strategy, higher first (`deployments[].quality`).
    public var quality: Int

    public init(provider: String, model: String, weight: Double = 1, quality: Int = 0) {
        self.provider = provider
        self.model = model
        self.weight = weight
        self.quality = quality
    }

    /// What identifies the deployment for breakers, statistics and logs: provider and model only,
    /// so that changing a weight does not reset a breaker.
    public var key: DeploymentKey { DeploymentKey(provider: provider, model: model) }
}

/// A deployment's identity, `provider/model`: the label of its breaker, its statistics and its
/// attempts in headers and logs.
public struct DeploymentKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var provider: String
    public var model: String

    public init(provider: String, model: String) {
        self.provider = provider
        self.model = model
    }

    public var description: String { "\(provider)/\(model)" }

    public static func < (lhs: DeploymentKey, rhs: DeploymentKey) -> Bool {
        (lhs.provider, lhs.model) < (rhs.provider, rhs.model)
    }
}
