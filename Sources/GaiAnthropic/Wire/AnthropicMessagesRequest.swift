import GaiCore

// Codable mirrors of the Anthropic Messages API request (`MessageCreateParams`), member names
// exactly as on the wire. Only what the adapter sends is modelled: the API rejects members it
// does not know, so nothing here is open-ended.

/// `POST /v1/messages` body.
struct AnthropicMessagesRequest: Encodable, Sendable, Hashable {
    var model: String
    var maxTokens: Int
    var messages: [AnthropicMessageParam]
    var system: String?
    var stopSequences: [String]?
    var temperature: Double?
    var topP: Double?
    var tools: [AnthropicToolParam]?
    var toolChoice: AnthropicToolChoiceParam?
    var metadata: AnthropicMetadataParam?
    var stream: Bool?

    enum CodingKeys: String, CodingKey {
        case model, messages, system, temperature, tools, metadata, stream
        case maxTokens = "max_tokens"
        case stopSequences = "stop_sequences"
        case topP = "top_p"
        case toolChoice = "tool_choice"
    }
}

/// One turn: `user` or `assistant`, always sent as an array of content blocks.
struct AnthropicMessageParam: Encodable, Sendable, Hashable {
    var role: String
    var content: [AnthropicContentBlockParam]
}

/// A request content block.
enum AnthropicContentBlockParam: Encodable, Sendable, Hashable {
    case text(String)
    case image(AnthropicImageSource)
    case toolUse(id: String, name: String, input: JSONValue)
    case toolResult(toolUseID: String, content: String)
    /// A block already in Anthropic's shape (a `document`, a `text` with `cache_control`…), sent as it is.
    case raw(JSONValue)

    var isToolResult: Bool {
        if case .toolResult = self { return true }
        return false
    }

    private enum CodingKeys: String, CodingKey {
        case type, text, source, id, name, input, content
        case toolUseID = "tool_use_id"
    }

    func encode(to encoder: any Encoder) throws {
        if case .raw(let value) = self {
            try value.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .image(let source):
            try container.encode("image", forKey: .type)
            try container.encode(source, forKey: .source)
        case .toolUse(let id, let name, let input):
            try container.encode("tool_use", forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(input, forKey: .input)
        case .toolResult(let toolUseID, let content):
            try container.encode("tool_result", forKey: .type)
            try container.encode(toolUseID, forKey: .toolUseID)
            try container.encode(content, forKey: .content)
        case .raw:
            break
        }
    }
}

/// An image block's `source`: inline base64 bytes or a URL Anthropic fetches itself.
enum AnthropicImageSource: Encodable, Sendable, Hashable {
    case base64(mediaType: String, data: String)
    case url(String)

    private enum CodingKeys: String, CodingKey {
        case type, data, url
        case mediaType = "media_type"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .base64(let mediaType, let data):
            try container.encode("base64", forKey: .type)
            try container.encode(mediaType, forKey: .mediaType)
            try container.encode(data, forKey: .data)
        case .url(let url):
            try container.encode("url", forKey: .type)
            try container.encode(url, forKey: .url)
        }
    }
}

/// A client tool: `{name, description?, input_schema}`.
struct AnthropicToolParam: Encodable, Sendable, Hashable {
    var name: String
    var description: String?
    var inputSchema: JSONValue

    enum CodingKeys: String, CodingKey {
        case name, description
        case inputSchema = "input_schema"
    }
}

/// `tool_choice`: `{type: auto|any|none}` or `{type: tool, name}`.
struct AnthropicToolChoiceParam: Encodable, Sendable, Hashable {
    var type: String
    var name: String?
    var disableParallelToolUse: Bool?

    enum CodingKeys: String, CodingKey {
        case type, name
        case disableParallelToolUse = "disable_parallel_tool_use"
    }
}

/// `metadata`: Anthropic accepts only `user_id`.
struct AnthropicMetadataParam: Encodable, Sendable, Hashable {
    var userID: String

    enum CodingKeys: String, CodingKey { case userID = "user_id" }
}
