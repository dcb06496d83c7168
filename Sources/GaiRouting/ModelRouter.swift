import GaiCore

/// Resolves a client's model name to a provider instance and the upstream model name.
///
/// Only the first deployment is used for now; retries, fallback and balancing across the rest
/// come with the resilience work.
public struct ModelRouter: Sendable {
    public let registry: ModelRegistry
    public let providers: [String: any ChatProvider]

    /// A resolved call target.
    public struct Target: Sendable {
        public var provider: any ChatProvider
        public var deployment: Deployment
        /// The model's default stream format (`models[].stream_format`), if configured.
        public var streamFormat: String?
    }

    public init(registry: ModelRegistry, providers: [any ChatProvider]) {
        self.registry = registry
        var byName: [String: any ChatProvider] = [:]
        for provider in providers { byName[provider.name] = provider }
        self.providers = byName
    }

    public func target(for model: String) throws(GaiError) -> Target {
        let deployments = try registry.resolve(model)
        for deployment in deployments {
            if let provider = providers[deployment.provider] {
                return Target(provider: provider, deployment: deployment, streamFormat: registry.route(named: model)?.streamFormat)
            }
        }
        throw GaiError.internal("No configured provider serves the model '\(model)'")
    }

    /// The models clients can name, for `GET /v1/models`.
    public var models: [ModelRoute] { registry.routes }
}
