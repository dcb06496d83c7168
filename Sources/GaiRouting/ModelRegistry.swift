import GaiCore

/// One place a model is served: a configured provider and the model name it receives.
public struct Deployment: Sendable, Hashable {
    /// The configured provider's name.
    public var provider: String
    /// The model name sent upstream.
    public var model: String

    public init(provider: String, model: String) {
        self.provider = provider
        self.model = model
    }
}

/// A model name clients use, and the deployments that serve it, in order of preference.
public struct ModelRoute: Sendable, Hashable {
    public var name: String
    public var deployments: [Deployment]
    /// The stream format clients get unless they ask otherwise (`openai` or `gai.events.v1`).
    public var streamFormat: String?

    public init(name: String, deployments: [Deployment], streamFormat: String? = nil) {
        self.name = name
        self.deployments = deployments
        self.streamFormat = streamFormat
    }
}

/// Which deployments serve a client's model name.
///
/// Resolution order: a configured model name; then `provider/model` naming a configured provider
/// directly; then the default provider (if configured) with the name unchanged. Anything else is
/// `not_found`, with the names that do exist in the message.
public struct ModelRegistry: Sendable {
    public let routes: [ModelRoute]
    public let providerNames: Set<String>
    public let defaultProvider: String?
    private let routesByName: [String: ModelRoute]

    public init(routes: [ModelRoute], providerNames: Set<String>, defaultProvider: String? = nil) {
        self.routes = routes
        self.providerNames = providerNames
        self.defaultProvider = defaultProvider
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
        if let route = routesByName[model], !route.deployments.isEmpty {
            return route.deployments
        }
        if let slash = model.firstIndex(of: "/") {
            let provider = String(model[..<slash])
            let upstreamModel = String(model[model.index(after: slash)...])
            if providerNames.contains(provider), !upstreamModel.isEmpty {
                return [Deployment(provider: provider, model: upstreamModel)]
            }
        }
        if let defaultProvider {
            return [Deployment(provider: defaultProvider, model: model)]
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
