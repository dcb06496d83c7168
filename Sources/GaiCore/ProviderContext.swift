import NIOCore

/// What a provider needs to know about the gateway request it serves, besides the request body.
public struct ProviderContext: Sendable {
    /// The request's identifier, sent upstream as `x-request-id`.
    public var requestID: RequestID
    /// The client's idempotency key, when it sent one.
    public var idempotencyKey: IdempotencyKey?
    /// When the whole request must be finished.
    public var deadline: NIODeadline
    /// The exact body the client sent and the model it named, so that an adapter can forward the
    /// bytes unchanged when nothing in them needs rewriting (no re-encoding on the hot path).
    public var originalBody: ByteBuffer?
    /// The model name the client sent.
    public var clientModel: String?

    /// The client's `x-gai-fault` header, a fault plan for the mock provider. The gateway sets it
    /// only when `chaos.enabled` is on; other providers ignore it.
    public var faultPlan: String?

    /// Notes the request's upstream calls for its trace (a sampled request under the gateway's
    /// native tracing); adapters pass it on in each ``UpstreamRequest``.
    public var callRecorder: (any UpstreamCallRecorder)?

    public init(
        requestID: RequestID = RequestID(), idempotencyKey: IdempotencyKey? = nil, deadline: NIODeadline = .distantFuture,
        originalBody: ByteBuffer? = nil, clientModel: String? = nil, faultPlan: String? = nil,
        callRecorder: (any UpstreamCallRecorder)? = nil
    ) {
        self.faultPlan = faultPlan
        self.callRecorder = callRecorder
        self.requestID = requestID
        self.idempotencyKey = idempotencyKey
        self.deadline = deadline
        self.originalBody = originalBody
        self.clientModel = clientModel
    }
}
