/// Settings of the HTTP surface (`server.*` keys and the gateway-wide switches).
public struct GatewayConfiguration: Sendable {
    /// What a duplicate request does while the first one with its idempotency key runs.
    public enum IdempotencyInFlight: String, Sendable {
        /// Wait for the first request and get its answer.
        case wait
        /// Get 409 at once.
        case conflict
    }

    /// The largest request body accepted (`server.max_body_bytes`); larger ones get 413.
    public var maxBodyBytes: Int
    /// The longest a request may take end to end when no provider sets a shorter limit.
    public var requestTimeout: Duration
    /// `idempotency.in_flight`.
    public var idempotencyInFlight: IdempotencyInFlight
    /// The admin API's key; `nil` disables the admin API (403). Secret.
    public var adminKey: String?
    /// Whether `x-gai-fault` reaches the mock provider (`chaos.enabled`).
    public var chaosEnabled: Bool
    /// Whether `/v1/…` needs a gateway key (`auth: keys`).
    public var authRequired: Bool

    public init(
        maxBodyBytes: Int = 8 * 1024 * 1024, requestTimeout: Duration = .seconds(600), idempotencyInFlight: IdempotencyInFlight = .wait,
        adminKey: String? = nil, chaosEnabled: Bool = false, authRequired: Bool = false
    ) {
        self.authRequired = authRequired
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
        self.idempotencyInFlight = idempotencyInFlight
        self.adminKey = adminKey
        self.chaosEnabled = chaosEnabled
    }
}
