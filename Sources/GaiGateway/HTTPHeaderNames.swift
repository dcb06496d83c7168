import HTTPTypes

extension HTTPField.Name {
    // These literals are valid header names; the initializer only fails on characters they do not contain.
    static let requestID = HTTPField.Name("x-request-id")!
    /// Anthropic's request id header, which its SDKs expose as `request_id`.
    static let anthropicRequestID = HTTPField.Name("request-id")!
    static let idempotencyKey = HTTPField.Name("idempotency-key")!
    static let xIdempotencyKey = HTTPField.Name("x-idempotency-key")!
    static let accelBuffering = HTTPField.Name("x-accel-buffering")!
    static let gaiStream = HTTPField.Name("x-gai-stream")!
    /// Upstream requests made for this call (retries and fallbacks included).
    static let gaiAttempts = HTTPField.Name("x-gai-attempts")!
    /// The gateway's own time for the request, in milliseconds (total minus upstream calls).
    static let gaiOverhead = HTTPField.Name("x-gai-overhead-ms")!
    /// The deployment (`provider/model`) that answered, or was tried last.
    static let gaiDeployment = HTTPField.Name("x-gai-deployment")!
    /// Whether the client should retry an error itself (OpenAI's and Anthropic's SDKs read it).
    static let shouldRetry = HTTPField.Name("x-should-retry")!
    static let idempotentReplayed = HTTPField.Name("idempotent-replayed")!
    static let lastEventID = HTTPField.Name("last-event-id")!
    /// The client's own deadline for the whole call, in milliseconds.
    static let gaiTimeout = HTTPField.Name("x-gai-timeout-ms")!
    /// The timeout in seconds the Stainless-generated SDKs (openai, anthropic) send.
    static let stainlessTimeout = HTTPField.Name("x-stainless-timeout")!
    /// A fault plan for the mock provider; honoured only with `chaos.enabled`.
    static let gaiFault = HTTPField.Name("x-gai-fault")!
}
