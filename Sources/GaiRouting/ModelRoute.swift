/// A model name clients use, the deployments that serve it, and the policy for calling them.
public struct ModelRoute: Sendable, Hashable {
    public var name: String
    /// In configured order; the route's ``RoutePolicy/strategy`` decides the order per request.
    public var deployments: [Deployment]
    /// The stream format clients get unless they ask otherwise (`openai` or `gai.events.v1`).
    public var streamFormat: String?
    /// How calls to this model are ordered, retried and failed over.
    public var policy: RoutePolicy

    public init(name: String, deployments: [Deployment], streamFormat: String? = nil, policy: RoutePolicy = RoutePolicy()) {
        self.name = name
        self.deployments = deployments
        self.streamFormat = streamFormat
        self.policy = policy
    }
}
