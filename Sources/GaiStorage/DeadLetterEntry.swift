import GaiCore

/// A request that failed for good (after its retries and fallbacks), kept so that an operator
/// can inspect it and send it again.
///
/// The admin API's JSON shape is a contract: snake_case members, and the failure nested as
/// `"error": {"code", "message", "status"}` like Gai's error responses.
public struct DeadLetterEntry: Sendable, Hashable, Codable {
    /// This entry's identifier (a UUID v7, so ids sort by creation time).
    public var id: String
    /// The gateway request's id (`x-request-id`).
    public var requestID: String
    /// The client's `Idempotency-Key`, when it sent one.
    public var idempotencyKey: String?
    /// The model the client asked for.
    public var model: String
    /// The inbound path, e.g. `/v1/chat/completions`.
    public var endpoint: String
    /// Whether the client asked for a stream.
    public var stream: Bool
    /// The request body as sanitized JSON text (see ``GaiCore/SecretRedactor``); never the raw body.
    public var requestBody: String
    /// The final error's code from the ``GaiCore/ErrorCode`` taxonomy.
    public var errorCode: String
    /// The final error's message, as returned to the client.
    public var errorMessage: String
    /// The HTTP status returned to the client.
    public var httpStatus: Int
    /// Every upstream attempt, in order.
    public var attempts: [DeadLetterAttempt]
    /// When the first attempt failed, in Unix seconds.
    public var firstFailureAt: Double
    /// When the last attempt failed, in Unix seconds.
    public var lastFailureAt: Double
    /// When the entry was made, in Unix seconds.
    public var createdAt: Double
    /// How many times an operator has retried it.
    public var retryCount: Int

    /// An entry; `id` and `createdAt` default to a fresh UUID v7 and the current time.
    public init(
        id: String = RequestID().value,
        requestID: String,
        idempotencyKey: String? = nil,
        model: String,
        endpoint: String,
        stream: Bool,
        requestBody: String,
        errorCode: String,
        errorMessage: String,
        httpStatus: Int,
        attempts: [DeadLetterAttempt],
        firstFailureAt: Double,
        lastFailureAt: Double,
        createdAt: Double = Double(WallClock.nowMilliseconds()) / 1000,
        retryCount: Int = 0
    ) {
        self.id = id
        self.requestID = requestID
        self.idempotencyKey = idempotencyKey
        self.model = model
        self.endpoint = endpoint
        self.stream = stream
        self.requestBody = requestBody
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.httpStatus = httpStatus
        self.attempts = attempts
        self.firstFailureAt = firstFailureAt
        self.lastFailureAt = lastFailureAt
        self.createdAt = createdAt
        self.retryCount = retryCount
    }

    enum CodingKeys: String, CodingKey {
        case id, model, endpoint, stream, error, attempts
        case requestID = "request_id"
        case idempotencyKey = "idempotency_key"
        case requestBody = "request_body"
        case firstFailureAt = "first_failure_at"
        case lastFailureAt = "last_failure_at"
        case createdAt = "created_at"
        case retryCount = "retry_count"
    }

    enum ErrorKeys: String, CodingKey {
        case code, message, status
    }

    /// Reads the admin API shape; `attempts` and `retry_count` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        requestID = try container.decode(String.self, forKey: .requestID)
        idempotencyKey = try container.decodeIfPresent(String.self, forKey: .idempotencyKey)
        model = try container.decode(String.self, forKey: .model)
        endpoint = try container.decode(String.self, forKey: .endpoint)
        stream = try container.decode(Bool.self, forKey: .stream)
        requestBody = try container.decode(String.self, forKey: .requestBody)
        let error = try container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
        errorCode = try error.decode(String.self, forKey: .code)
        errorMessage = try error.decode(String.self, forKey: .message)
        httpStatus = try error.decode(Int.self, forKey: .status)
        attempts = try container.decodeIfPresent([DeadLetterAttempt].self, forKey: .attempts) ?? []
        firstFailureAt = try container.decode(Double.self, forKey: .firstFailureAt)
        lastFailureAt = try container.decode(Double.self, forKey: .lastFailureAt)
        createdAt = try container.decode(Double.self, forKey: .createdAt)
        retryCount = try container.decodeIfPresent(Int.self, forKey: .retryCount) ?? 0
    }

    /// Writes the admin API shape, the failure nested under `error`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(requestID, forKey: .requestID)
        // Written as `null` rather than left out, so that every entry has the same members.
        try container.encode(idempotencyKey, forKey: .idempotencyKey)
        try container.encode(model, forKey: .model)
        try container.encode(endpoint, forKey: .endpoint)
        try container.encode(stream, forKey: .stream)
        try container.encode(requestBody, forKey: .requestBody)
        var error = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
        try error.encode(errorCode, forKey: .code)
        try error.encode(errorMessage, forKey: .message)
        try error.encode(httpStatus, forKey: .status)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(firstFailureAt, forKey: .firstFailureAt)
        try container.encode(lastFailureAt, forKey: .lastFailureAt)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(retryCount, forKey: .retryCount)
    }
}

/// One upstream attempt of a dead-lettered request.
public struct DeadLetterAttempt: Sendable, Hashable, Codable {
    /// The deployment tried, as `provider/model`.
    public var deployment: String
    /// How it ended (e.g. `error`, `timeout`, `circuit_open`).
    public var outcome: String
    /// The error code of the failure, when there was one.
    public var code: String?
    /// How long the attempt took, in milliseconds.
    public var durationMs: Double

    /// An attempt.
    public init(deployment: String, outcome: String, code: String? = nil, durationMs: Double) {
        self.deployment = deployment
        self.outcome = outcome
        self.code = code
        self.durationMs = durationMs
    }

    enum CodingKeys: String, CodingKey {
        case deployment, outcome, code
        case durationMs = "duration_ms"
    }

    /// Reads `{"deployment", "outcome", "code", "duration_ms"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        deployment = try container.decode(String.self, forKey: .deployment)
        outcome = try container.decode(String.self, forKey: .outcome)
        code = try container.decodeIfPresent(String.self, forKey: .code)
        durationMs = try container.decode(Double.self, forKey: .durationMs)
    }

    /// Writes every member, `code` as `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deployment, forKey: .deployment)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(code, forKey: .code)
        try container.encode(durationMs, forKey: .durationMs)
    }
}
