import Foundation

extension StreamEvent {
    /// The event as one compact JSON object, members in a fixed order (envelope first), so the
    /// wire format is stable byte for byte and golden files can pin it.
    public var json: String {
        var text = "{\"schema\":\"gai.events.v1\",\"type\":\""
        text.reserveCapacity(160)
        text += type
        text += "\",\"ts\":"
        text += String(timestamp)
        text += ",\"seq\":"
        text += String(sequence)
        text += ",\"request_id\":"
        text += JSONText.quoted(requestID)
        if let traceID {
            text += ",\"trace_id\":"
            text += JSONText.quoted(traceID)
        }
        switch payload {
        case .start(let provider, let model):
            text += ",\"provider\":" + JSONText.quoted(provider) + ",\"model\":" + JSONText.quoted(model)
        case .text(let delta):
            text += ",\"text\":" + JSONText.quoted(delta)
        case .reasoning(let delta):
            text += ",\"text\":" + JSONText.quoted(delta)
        case .toolCallStart(let index, let id, let name):
            text += ",\"index\":\(index),\"id\":" + JSONText.quoted(id) + ",\"name\":" + JSONText.quoted(name)
        case .toolCallDelta(let index, let arguments):
            text += ",\"index\":\(index),\"arguments\":" + JSONText.quoted(arguments)
        case .toolCallEnd(let index, let id, let name, let arguments):
            text += ",\"index\":\(index),\"id\":" + JSONText.quoted(id) + ",\"name\":" + JSONText.quoted(name)
                + ",\"arguments\":" + JSONText.quoted(arguments)
        case .usage(let usage):
            text += ",\"input_tokens\":\(usage.promptTokens),\"output_tokens\":\(usage.completionTokens),\"total_tokens\":\(usage.totalTokens)"
            if let cached = usage.cachedTokens { text += ",\"cached_tokens\":\(cached)" }
            if let written = usage.cacheWriteTokens { text += ",\"cache_write_tokens\":\(written)" }
            if let reasoning = usage.reasoningTokens { text += ",\"reasoning_tokens\":\(reasoning)" }
        case .finish(let reason, let provider, let model):
            text += ",\"finish_reason\":" + JSONText.quoted(reason.rawValue) + ",\"provider\":" + JSONText.quoted(provider)
                + ",\"model\":" + JSONText.quoted(model)
        case .error(let code, let message, let retryAfter, let transient):
            text += ",\"code\":\"" + code.rawValue + "\",\"message\":" + JSONText.quoted(message)
            if let retryAfter { text += ",\"retry_after_ms\":\(retryAfter)" }
            text += ",\"transient\":" + (transient ? "true" : "false")
        }
        text += "}"
        return text
    }
}
