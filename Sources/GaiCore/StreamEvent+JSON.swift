import Foundation

extension StreamEvent {
    /// The event as one compact JSON object, members in a fixed order (envelope first), so the
    /// wire format is stable byte for byte and golden files can pin it.
    public var json: String {
        var text = "{\"schema\":\"gai.events.v1\",\"type\":\""
        text.reserveCapacity(192)
        /// Appends `,"name":"value"` without temporaries (one allocation for the whole event).
        func member(_ name: String, _ value: String) {
            text += ",\""
            text += name
            text += "\":\""
            text += JSONText.escaped(value)
            text += "\""
        }
        text += type
        text += "\",\"ts\":"
        text += String(timestamp)
        text += ",\"seq\":"
        text += String(sequence)
        member("request_id", requestID)
        if let traceID { member("trace_id", traceID) }
        switch payload {
        case .start(let provider, let model):
            member("provider", provider)
            member("model", model)
        case .text(let delta), .reasoning(let delta):
            member("text", delta)
        case .toolCallStart(let index, let id, let name):
            text += ",\"index\":\(index)"
            member("id", id)
            member("name", name)
        case .toolCallDelta(let index, let arguments):
            text += ",\"index\":\(index)"
            member("arguments", arguments)
        case .toolCallEnd(let index, let id, let name, let arguments):
            text += ",\"index\":\(index)"
            member("id", id)
            member("name", name)
            member("arguments", arguments)
        case .usage(let usage):
            text += ",\"input_tokens\":\(usage.promptTokens),\"output_tokens\":\(usage.completionTokens),\"total_tokens\":\(usage.totalTokens)"
            if let cached = usage.cachedTokens { text += ",\"cached_tokens\":\(cached)" }
            if let written = usage.cacheWriteTokens { text += ",\"cache_write_tokens\":\(written)" }
            if let reasoning = usage.reasoningTokens { text += ",\"reasoning_tokens\":\(reasoning)" }
        case .finish(let reason, let provider, let model):
            member("finish_reason", reason.rawValue)
            member("provider", provider)
            member("model", model)
        case .error(let code, let message, let retryAfter, let transient):
            member("code", code.rawValue)
            member("message", message)
            if let retryAfter { text += ",\"retry_after_ms\":\(retryAfter)" }
            text += ",\"transient\":" + (transient ? "true" : "false")
        }
        text += "}"
        return text
    }
}
