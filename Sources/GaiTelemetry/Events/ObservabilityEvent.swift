import GaiCore

/// Every kind of observability event the gateway emits. The registry is closed: an event can only
/// be made with one of these cases, so an unknown type cannot be emitted.
public enum ObservabilityEventType: String, Sendable, Hashable, CaseIterable, Codable {
    case requestReceived = "request_received"
    case routeSelected = "route_selected"
    case attemptStarted = "attempt_started"
    case attemptFailed = "attempt_failed"
    case retryScheduled = "retry_scheduled"
    case fallbackTriggered = "fallback_triggered"
    case breakerOpened = "breaker_opened"
    case breakerClosed = "breaker_closed"
    case rateLimited = "rate_limited"
    case idempotentReplay = "idempotent_replay"
    case cacheHit = "cache_hit"
    case responseCompleted = "response_completed"
    case errorOccurred = "error_occurred"
}

/// One observability event (`schema_version` 1). Consumers ignore fields they do not know;
/// producers never remove one (a breaking change bumps the version).
///
/// Events of one request share its `correlation_id` (the request id, a UUIDv7); `span_id` names
/// the operation and `parent_span_id` the one it is nested in (an attempt inside its request).
public struct ObservabilityEvent: Sendable, Hashable, Encodable {
    public static let schemaVersion = 1

    public var type: ObservabilityEventType
    /// Unix milliseconds.
    public var timestamp: Int64
    public var correlationID: String
    public var spanID: String
    public var parentSpanID: String?
    /// The W3C trace id (32 hex digits) of the request's trace, when it has one: the gateway's
    /// own when tracing is on, else the client's `traceparent`.
    public var traceID: String?
    /// The event's fields; sanitized before it is written (see ``PayloadSanitizer``).
    public var payload: [String: JSONValue]

    public init(
        type: ObservabilityEventType, timestamp: Int64 = WallClock.nowMilliseconds(), correlationID: String, spanID: String,
        parentSpanID: String? = nil, traceID: String? = nil, payload: [String: JSONValue] = [:]
    ) {
        self.type = type
        self.timestamp = timestamp
        self.correlationID = correlationID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.traceID = traceID
        self.payload = payload
    }

    /// The fixed payload of `error_occurred`: the error's type (its taxonomy code), message
    /// (≤ 500 characters), stack frames (≤ 10), the component that failed and a preview of the
    /// input (≤ 100 characters), all sanitized.
    public static func error(
        correlationID: String, spanID: String, parentSpanID: String? = nil, traceID: String? = nil, errorType: String,
        message: String, frames: [String] = [], component: String, inputPreview: String = ""
    ) -> ObservabilityEvent {
        ObservabilityEvent(
            type: .errorOccurred, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID, traceID: traceID,
            payload: [
                "error_type": .string(errorType), "error_message": .string(message), "stack_frames": .array(frames.map(JSONValue.string)),
                "component": .string(component), "input_preview": .string(inputPreview),
            ])
    }

    enum CodingKeys: String, CodingKey {
        case type, timestamp, payload
        case schemaVersion = "schema_version"
        case correlationID = "correlation_id"
        case spanID = "span_id"
        case parentSpanID = "parent_span_id"
        case traceID = "trace_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(type, forKey: .type)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encode(correlationID, forKey: .correlationID)
        try container.encode(spanID, forKey: .spanID)
        try container.encodeIfPresent(parentSpanID, forKey: .parentSpanID)
        try container.encodeIfPresent(traceID, forKey: .traceID)
        try container.encode(payload, forKey: .payload)
    }
}
