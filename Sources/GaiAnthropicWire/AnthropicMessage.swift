import GaiCore

// Codable mirrors of the Anthropic `Message` answer and its streaming events. Decoding (the
// outbound adapter reading Anthropic) is lenient where the vendor vocabulary is open: block,
// delta and event types Gai does not know decode (as `.other` or with their fields absent)
// instead of failing. Encoding (the inbound `/v1/messages` surface answering a client) writes
// exactly the members Anthropic's SDKs require, with the fixed `type`/`role` values.

/// A complete answer (`type: "message"`), also the `message` of a `message_start` event, where
/// `content` is empty and `stop_reason` null.
package struct AnthropicMessage: Codable, Sendable {
    package var id: String
    package var model: String
    package var content: [AnthropicContentBlock]
    package var stopReason: String?
    package var stopSequence: String?
    package var usage: AnthropicUsage?

    package init(
        id: String, model: String, content: [AnthropicContentBlock], stopReason: String?, stopSequence: String? = nil,
        usage: AnthropicUsage?
    ) {
        self.id = id
        self.model = model
        self.content = content
        self.stopReason = stopReason
        self.stopSequence = stopSequence
        self.usage = usage
    }

    enum CodingKeys: String, CodingKey {
        case id, type, role, model, content, usage
        case stopReason = "stop_reason"
        case stopSequence = "stop_sequence"
    }

    /// `stop_reason` and `stop_sequence` are written even when null, as Anthropic does.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("message", forKey: .type)
        try container.encode("assistant", forKey: .role)
        try container.encode(model, forKey: .model)
        try container.encode(content, forKey: .content)
        try container.encode(stopReason, forKey: .stopReason)
        try container.encode(stopSequence, forKey: .stopSequence)
        try container.encode(usage ?? AnthropicUsage(inputTokens: 0, outputTokens: 0), forKey: .usage)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        content = try container.decodeIfPresent([AnthropicContentBlock].self, forKey: .content) ?? []
        stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason)
        stopSequence = try container.decodeIfPresent(String.self, forKey: .stopSequence)
        usage = try container.decodeIfPresent(AnthropicUsage.self, forKey: .usage)
    }
}

/// A response content block. Types other than text, thinking and tool use (redacted thinking,
/// server-tool blocks, ones added later) are kept by name only.
package enum AnthropicContentBlock: Codable, Sendable, Hashable {
    case text(String)
    case thinking(String)
    case toolUse(id: String, name: String, input: JSONValue)
    case other(type: String)

    private enum CodingKeys: String, CodingKey { case type, text, thinking, signature, id, name, input }

    /// A `thinking` block carries an empty `signature`: Gai has none to give for reasoning that
    /// did not come from Anthropic.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .thinking(let thinking):
            try container.encode("thinking", forKey: .type)
            try container.encode(thinking, forKey: .thinking)
            try container.encode("", forKey: .signature)
        case .toolUse(let id, let name, let input):
            try container.encode("tool_use", forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(input, forKey: .input)
        case .other(let type):
            try container.encode(type, forKey: .type)
        }
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text":
            self = .text(try container.decodeIfPresent(String.self, forKey: .text) ?? "")
        case "thinking":
            self = .thinking(try container.decodeIfPresent(String.self, forKey: .thinking) ?? "")
        case "tool_use":
            self = .toolUse(
                id: try container.decode(String.self, forKey: .id),
                name: try container.decode(String.self, forKey: .name),
                input: try container.decodeIfPresent(JSONValue.self, forKey: .input) ?? .object([:]))
        default:
            self = .other(type: type)
        }
    }
}

/// `usage`. `input_tokens` excludes the cache reads and writes, which are counted apart.
package struct AnthropicUsage: Codable, Sendable, Hashable {
    package var inputTokens: Int?
    package var outputTokens: Int?
    package var cacheCreationInputTokens: Int?
    package var cacheReadInputTokens: Int?

    package init(inputTokens: Int? = nil, outputTokens: Int? = nil, cacheCreationInputTokens: Int? = nil, cacheReadInputTokens: Int? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheCreationInputTokens = cacheCreationInputTokens
        self.cacheReadInputTokens = cacheReadInputTokens
    }

    enum CodingKeys: String, CodingKey {
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case cacheCreationInputTokens = "cache_creation_input_tokens"
        case cacheReadInputTokens = "cache_read_input_tokens"
    }
}

/// The `data` of any streaming event, one flat shape for all of them: which members are set
/// depends on `type` (`message_start` has `message`, `content_block_start` has `index` and
/// `content_block`, the two `*_delta` events have `delta`, `error` has `error`).
package struct AnthropicStreamEvent: Codable, Sendable {
    package var type: String?
    package var message: AnthropicMessage?
    package var index: Int?
    package var contentBlock: AnthropicContentBlock?
    package var delta: Delta?
    package var usage: AnthropicUsage?
    package var error: AnthropicErrorDetail?

    enum CodingKeys: String, CodingKey {
        case type, message, index, delta, usage, error
        case contentBlock = "content_block"
    }

    package init(
        type: String, message: AnthropicMessage? = nil, index: Int? = nil, contentBlock: AnthropicContentBlock? = nil,
        delta: Delta? = nil, usage: AnthropicUsage? = nil, error: AnthropicErrorDetail? = nil
    ) {
        self.type = type
        self.message = message
        self.index = index
        self.contentBlock = contentBlock
        self.delta = delta
        self.usage = usage
        self.error = error
    }

    /// A `content_block_delta`'s delta (`text_delta`, `input_json_delta`, `thinking_delta`, …)
    /// or a `message_delta`'s (`stop_reason`, `stop_sequence`).
    package struct Delta: Codable, Sendable {
        package var type: String?
        package var text: String?
        package var partialJSON: String?
        package var thinking: String?
        package var stopReason: String?
        package var stopSequence: String?

        enum CodingKeys: String, CodingKey {
            case type, text, thinking
            case partialJSON = "partial_json"
            case stopReason = "stop_reason"
            case stopSequence = "stop_sequence"
        }

        package init(
            type: String? = nil, text: String? = nil, partialJSON: String? = nil, thinking: String? = nil,
            stopReason: String? = nil, stopSequence: String? = nil
        ) {
            self.type = type
            self.text = text
            self.partialJSON = partialJSON
            self.thinking = thinking
            self.stopReason = stopReason
            self.stopSequence = stopSequence
        }

        /// A block delta (it has a `type`) writes its present members; a `message_delta`'s
        /// writes `stop_reason` and `stop_sequence`, null or not.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let type {
                try container.encode(type, forKey: .type)
                try container.encodeIfPresent(text, forKey: .text)
                try container.encodeIfPresent(partialJSON, forKey: .partialJSON)
                try container.encodeIfPresent(thinking, forKey: .thinking)
            } else {
                try container.encode(stopReason, forKey: .stopReason)
                try container.encode(stopSequence, forKey: .stopSequence)
            }
        }
    }
}

/// The body of every Anthropic error: `{"type":"error","error":{type,message},"request_id"}`.
package struct AnthropicErrorEnvelope: Codable, Sendable {
    package var error: AnthropicErrorDetail
    package var requestID: String?

    package init(error: AnthropicErrorDetail, requestID: String?) {
        self.error = error
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case type, error
        case requestID = "request_id"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        error = try container.decode(AnthropicErrorDetail.self, forKey: .error)
        requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("error", forKey: .type)
        try container.encode(error, forKey: .error)
        try container.encodeIfPresent(requestID, forKey: .requestID)
    }
}

/// The `error` member: a `type` from an open vocabulary and a human-readable `message`.
package struct AnthropicErrorDetail: Codable, Sendable {
    package var type: String?
    package var message: String?
    package var details: Details?

    /// `details.error_code`, seen on spend-limit 429s (`enforced_spend_limit_reached`).
    package struct Details: Codable, Sendable {
        package var errorCode: String?
        enum CodingKeys: String, CodingKey { case errorCode = "error_code" }
    }

    enum CodingKeys: String, CodingKey { case type, message, details }

    package init(type: String? = nil, message: String? = nil) {
        self.type = type
        self.message = message
        self.details = nil
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try? container.decodeIfPresent(String.self, forKey: .type)
        message = try? container.decodeIfPresent(String.self, forKey: .message)
        details = try? container.decodeIfPresent(Details.self, forKey: .details)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(message, forKey: .message)
    }
}
