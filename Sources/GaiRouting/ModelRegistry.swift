import GaiCore

/// Which deployments serve a client's model name.
///
/// Resolution order: a configured model name; then `provider/model` naming a configured provider
/// directly; then the default provider (if configured) with the name unchanged. Anything else is
/// `not_found`, with the names that do exist in the message.
public struct ModelRegistry: Sendable {
    public let routes: [ModelRoute]
    public let providerNames: Set<String>
    public let defaultProvider: String?
    /// The policy for names without a configured route (`provider/model`, the default provider).
    public let defaultPolicy: RoutePolicy
    private let routesByName: [String: ModelRoute]

    public init(
        routes: [ModelRoute], providerNames: Set<String>, defaultProvider: String? = nil, defaultPolicy: RoutePolicy = RoutePolicy()
    ) {
        self.routes = routes
        self.providerNames = providerNames
        self.defaultProvider = defaultProvider
        self.defaultPolicy = defaultPolicy
        var byName: [String: ModelRoute] = [:]
        for route in routes where byName[route.name] == nil {
            byName[route.name] = route
        }
        self.routesByName = byName
    }

    /// The configured route for a model name, when it has one.
    public func route(named model: String) -> ModelRoute? {
        routesByName[model]
    }

    /// The deployments for `model`, first choice first.
    public func resolve(_ model: String) throws(GaiError) -> [Deployment] {
        try resolveRoute(model).deployments
    }

    /// The route serving `model`: the configured one, or one made on the fly (with
    /// ``defaultPolicy``) for `provider/model` and the default provider.
    public func resolveRoute(_ model: String) throws(GaiError) -> ModelRoute {
        if let route = routesByName[model], !route.deployments.isEmpty {
            return route
        }
        if let slash = model.firstIndex(of: "/") {
            let provider = String(model[..<slash])
            let upstreamModel = String(model[model.index(after: slash)...])
            if providerNames.contains(provider), !upstreamModel.isEmpty {
                return ModelRoute(name: model, deployments: [Deployment(provider: provider, model: upstreamModel)], policy: defaultPolicy)
            }
        }
        if let defaultProvider {
            return ModelRoute(name: model, deployments: [Deployment(provider: defaultProvider, model: model)], policy: defaultPolicy)
        }
        let known = routes.prefix(20).map(\.name).joined(separator: ", ")
        throw GaiError(
            .notFound,
            "The model '\(model)' does not exist on this gateway."
                + (known.isEmpty ? "" : " Available models: \(known).")
                + " A configured provider can also be named directly as 'provider/model'.",
            param: "model")
    }
}
