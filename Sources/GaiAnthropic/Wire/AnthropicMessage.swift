import GaiCore

// Codable mirrors of the Anthropic `Message` answer and its streaming events. Decoding is
// lenient where the vendor vocabulary is open: block, delta and event types Gai does not know
// decode (as `.other` or with their fields absent) instead of failing.

/// A complete answer (`type: "message"`), also the `message` of a `message_start` event, where
/// `content` is empty and `stop_reason` null.
struct AnthropicMessage: Decodable, Sendable {
    var id: String
    var model: String
    var content: [AnthropicContentBlock]
    var stopReason: String?
    var stopSequence: String?
    var usage: AnthropicUsage?

    enum CodingKeys: String, CodingKey {
        case id, model, content, usage
        case stopReason = "stop_reason"
        case stopSequence = "stop_sequence"
    }

    init(from decoder: any Decoder) throws {
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
enum AnthropicContentBlock: Decodable, Sendable, Hashable {
    case text(String)
    case thinking(String)
    case toolUse(id: String, name: String, input: JSONValue)
    case other(type: String)

    private enum CodingKeys: String, CodingKey { case type, text, thinking, id, name, input }

    init(from decoder: any Decoder) throws {
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
struct AnthropicUsage: Decodable, Sendable, Hashable {
    var inputTokens: Int?
    var outputTokens: Int?
    var cacheCreationInputTokens: Int?
    var cacheReadInputTokens: Int?

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
struct AnthropicStreamEvent: Decodable, Sendable {
    var type: String?
    var message: AnthropicMessage?
    var index: Int?
    var contentBlock: AnthropicContentBlock?
    var delta: Delta?
    var usage: AnthropicUsage?
    var error: AnthropicErrorDetail?

    enum CodingKeys: String, CodingKey {
        case type, message, index, delta, usage, error
        case contentBlock = "content_block"
    }

    /// A `content_block_delta`'s delta (`text_delta`, `input_json_delta`, `thinking_delta`, …)
    /// or a `message_delta`'s (`stop_reason`, `stop_sequence`).
    struct Delta: Decodable, Sendable {
        var type: String?
        var text: String?
        var partialJSON: String?
        var thinking: String?
        var stopReason: String?
        var stopSequence: String?

        enum CodingKeys: String, CodingKey {
            case type, text, thinking
            case partialJSON = "partial_json"
            case stopReason = "stop_reason"
            case stopSequence = "stop_sequence"
        }
    }
}

/// The body of every Anthropic error: `{"type":"error","error":{type,message},"request_id"}`.
struct AnthropicErrorEnvelope: Decodable, Sendable {
    var error: AnthropicErrorDetail
    var requestID: String?

    enum CodingKeys: String, CodingKey {
        case error
        case requestID = "request_id"
    }
}

/// The `error` member: a `type` from an open vocabulary and a human-readable `message`.
struct AnthropicErrorDetail: Decodable, Sendable {
    var type: String?
    var message: String?
    var details: Details?

    /// `details.error_code`, seen on spend-limit 429s (`enforced_spend_limit_reached`).
    struct Details: Decodable, Sendable {
        var errorCode: String?
        enum CodingKeys: String, CodingKey { case errorCode = "error_code" }
    }

    enum CodingKeys: String, CodingKey { case type, message, details }

    init(type: String? = nil, message: String? = nil) {
        self.type = type
        self.message = message
        self.details = nil
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try? container.decodeIfPresent(String.self, forKey: .type)
        message = try? container.decodeIfPresent(String.self, forKey: .message)
        details = try? container.decodeIfPresent(Details.self, forKey: .details)
    }
}
