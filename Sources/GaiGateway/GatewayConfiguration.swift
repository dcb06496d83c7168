/// Settings of the HTTP surface (`server.*` keys).
public struct GatewayConfiguration: Sendable {
    /// The largest request body accepted (`server.max_body_bytes`); larger ones get 413.
    public var maxBodyBytes: Int
    /// The longest a request may take end to end when no provider sets a shorter limit.
    public var requestTimeout: Duration

    public init(maxBodyBytes: Int = 8 * 1024 * 1024, requestTimeout: Duration = .seconds(600)) {
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
    }
}
