/// One event of the provider-neutral stream `gai.events.v1`.
///
/// The set of types is closed and versioned with the schema name: a client written against
/// `gai.events.v1` never meets a type it does not know. Every event carries the envelope
/// (`schema`, `type`, `ts`, `seq`, `request_id`, `trace_id` when tracing is on); the payload
/// depends on the type. See `docs/events.md` for the wire format.
public struct StreamEvent: Sendable, Hashable {
    /// The schema name written in every event.
    public static let schema = "gai.events.v1"

    /// Unix time in milliseconds when the gateway emitted the event.
    public var timestamp: Int64
    /// 0, 1, 2… within one stream.
    public var sequence: Int
    public var requestID: String
    public var traceID: String?
    public var payload: Payload

    public init(timestamp: Int64, sequence: Int, requestID: String, traceID: String? = nil, payload: Payload) {
        self.timestamp = timestamp
        self.sequence = sequence
        self.requestID = requestID
        self.traceID = traceID
        self.payload = payload
    }

    /// The event's `type` string.
    public var type: String { payload.type }

    /// What an event says, by type.
    public enum Payload: Sendable, Hashable {
        /// `stream.start`: the first event; which provider and model answer.
        case start(provider: String, model: String)
        /// `text.delta`: answer text to append.
        case text(String)
        /// `reasoning.delta`: reasoning ("thinking") text to append, when the model exposes it.
        case reasoning(String)
        /// `tool_call.start`: the model starts calling a tool; `index` orders parallel calls.
        case toolCallStart(index: Int, id: String, name: String)
        /// `tool_call.delta`: a fragment of the call's JSON arguments.
        case toolCallDelta(index: Int, arguments: String)
        /// `tool_call.end`: the call is complete; `arguments` is the whole JSON text.
        case toolCallEnd(index: Int, id: String, name: String, arguments: String)
        /// `usage`: token counts for the whole request.
        case usage(Usage)
        /// `stream.finish`: the last event of a successful stream.
        case finish(reason: FinishReason, provider: String, model: String)
        /// `error`: the last event of a failed stream.
        case error(code: ErrorCode, message: String, retryAfterMilliseconds: Int64?, transient: Bool)

        public var type: String {
            switch self {
            case .start: "stream.start"
            case .text: "text.delta"
            case .reasoning: "reasoning.delta"
            case .toolCallStart: "tool_call.start"
            case .toolCallDelta: "tool_call.delta"
            case .toolCallEnd: "tool_call.end"
            case .usage: "usage"
            case .finish: "stream.finish"
            case .error: "error"
            }
        }
    }

    /// Every `type` string of `gai.events.v1`.
    public static let types = [
        "stream.start", "text.delta", "reasoning.delta", "tool_call.start", "tool_call.delta", "tool_call.end", "usage",
        "stream.finish", "error",
    ]
}
