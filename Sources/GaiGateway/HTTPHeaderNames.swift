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
}
