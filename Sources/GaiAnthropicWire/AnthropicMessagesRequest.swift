import GaiCore

// Codable mirrors of the Anthropic Messages API request (`MessageCreateParams`), member names
// exactly as on the wire. The outbound adapter encodes them (and the API rejects members it
// does not know, so only what Gai sends is modelled); the inbound `/v1/messages` surface decodes
// them from clients, so decoding accepts the client-side conveniences (string `content`, a
// `system` given as text blocks) and ignores members it does not model.

/// `POST /v1/messages` body.
package struct AnthropicMessagesRequest: Codable, Sendable, Hashable {
    package var model: String
    package var maxTokens: Int
    package var messages: [AnthropicMessageParam]
    /// The system prompt. A client's array of text blocks is decoded as their texts joined by
    /// newlines (their `cache_control` markers are dropped).
    package var system: String?
    package var stopSequences: [String]?
    package var temperature: Double?
    package var topP: Double?
    package var tools: [AnthropicToolParam]?
    package var toolChoice: AnthropicToolChoiceParam?
    package var metadata: AnthropicMetadataParam?
    package var stream: Bool?

    package init(model: String, maxTokens: Int, messages: [AnthropicMessageParam]) {
        self.model = model
        self.maxTokens = maxTokens
        self.messages = messages
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, system, temperature, tools, metadata, stream
        case maxTokens = "max_tokens"
        case stopSequences = "stop_sequences"
        case topP = "top_p"
        case toolChoice = "tool_choice"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        maxTokens = try container.decode(Int.self, forKey: .maxTokens)
        messages = try container.decode([AnthropicMessageParam].self, forKey: .messages)
        system = try container.decodeSystemPrompt(forKey: .system)
        stopSequences = try container.decodeIfPresent([String].self, forKey: .stopSequences)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        tools = try container.decodeIfPresent([AnthropicToolParam].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(AnthropicToolChoiceParam.self, forKey: .toolChoice)
        metadata = try container.decodeIfPresent(AnthropicMetadataParam.self, forKey: .metadata)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
    }
}

/// `POST /v1/messages/count_tokens` body: the members of a Messages request that the count
/// depends on (`max_tokens` is not required here).
package struct AnthropicCountTokensRequest: Decodable, Sendable, Hashable {
    package var model: String
    package var messages: [AnthropicMessageParam]
    package var system: String?
    package var tools: [AnthropicToolParam]?

    enum CodingKeys: String, CodingKey { case model, messages, system, tools }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        messages = try container.decode([AnthropicMessageParam].self, forKey: .messages)
        system = try container.decodeSystemPrompt(forKey: .system)
        tools = try container.decodeIfPresent([AnthropicToolParam].self, forKey: .tools)
    }
}

/// A `{type: "text", text}` block where only text is allowed (a `system` array).
struct AnthropicTextBlockParam: Decodable {
    var text: String
}

extension KeyedDecodingContainer {
    /// `system`: a string, or text blocks whose texts are joined by newlines.
    func decodeSystemPrompt(forKey key: Key) throws -> String? {
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        guard contains(key), try decodeNil(forKey: key) == false else { return nil }
        return try decode([AnthropicTextBlockParam].self, forKey: key).map(\.text).joined(separator: "\n")
    }
}

/// One turn: `user` or `assistant`, always sent as an array of content blocks; a client's
/// string `content` decodes as one text block.
package struct AnthropicMessageParam: Codable, Sendable, Hashable {
    package var role: String
    package var content: [AnthropicContentBlockParam]

    package init(role: String, content: [AnthropicContentBlockParam]) {
        self.role = role
        self.content = content
    }

    enum CodingKeys: String, CodingKey { case role, content }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(String.self, forKey: .role)
        if let text = try? container.decode(String.self, forKey: .content) {
            content = [.text(text)]
        } else {
            content = try container.decode([AnthropicContentBlockParam].self, forKey: .content)
        }
    }
}

/// A request content block.
package enum AnthropicContentBlockParam: Codable, Sendable, Hashable {
    case text(String)
    case image(AnthropicImageSource)
    case toolUse(id: String, name: String, input: JSONValue)
    /// A tool's answer. Decoded from a client, block-array content keeps only its text blocks,
    /// joined by newlines.
    case toolResult(toolUseID: String, content: String)
    /// A block already in Anthropic's shape (a `document`, a `text` with `cache_control`…), sent
    /// as it is; decoded, any block type not listed above (`thinking`, `document`, …).
    case raw(JSONValue)

    package var isToolResult: Bool {
        if case .toolResult = self { return true }
        return false
    }

    /// The block's `type`.
    package var type: String {
        switch self {
        case .text: "text"
        case .image: "image"
        case .toolUse: "tool_use"
        case .toolResult: "tool_result"
        case .raw(let value): value["type"]?.stringValue ?? ""
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type, text, source, id, name, input, content
        case toolUseID = "tool_use_id"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "text":
            self = .text(try container.decode(String.self, forKey: .text))
        case "image":
            self = .image(try container.decode(AnthropicImageSource.self, forKey: .source))
        case "tool_use":
            self = .toolUse(
                id: try container.decode(String.self, forKey: .id),
                name: try container.decode(String.self, forKey: .name),
                input: try container.decodeIfPresent(JSONValue.self, forKey: .input) ?? .object([:]))
        case "tool_result":
            let toolUseID = try container.decode(String.self, forKey: .toolUseID)
            if let text = try? container.decodeIfPresent(String.self, forKey: .content) {
                self = .toolResult(toolUseID: toolUseID, content: text)
            } else {
                let blocks = try container.decodeIfPresent([AnthropicContentBlockParam].self, forKey: .content) ?? []
                let texts = blocks.compactMap { block -> String? in
                    if case .text(let text) = block { return text }
                    return nil
                }
                self = .toolResult(toolUseID: toolUseID, content: texts.joined(separator: "\n"))
            }
        default:
            self = .raw(try JSONValue(from: decoder))
        }
    }

    package func encode(to encoder: any Encoder) throws {
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
package enum AnthropicImageSource: Codable, Sendable, Hashable {
    case base64(mediaType: String, data: String)
    case url(String)

    private enum CodingKeys: String, CodingKey {
        case type, data, url
        case mediaType = "media_type"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "base64":
            self = .base64(
                mediaType: try container.decode(String.self, forKey: .mediaType),
                data: try container.decode(String.self, forKey: .data))
        case "url":
            self = .url(try container.decode(String.self, forKey: .url))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "expected an image source of type 'base64' or 'url', got '\(type)'")
        }
    }

    package func encode(to encoder: any Encoder) throws {
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
package struct AnthropicToolParam: Codable, Sendable, Hashable {
    package var name: String
    package var description: String?
    package var inputSchema: JSONValue

    package init(name: String, description: String?, inputSchema: JSONValue) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
    }

    enum CodingKeys: String, CodingKey {
        case name, description
        case inputSchema = "input_schema"
    }
}

/// `tool_choice`: `{type: auto|any|none}` or `{type: tool, name}`.
package struct AnthropicToolChoiceParam: Codable, Sendable, Hashable {
    package var type: String
    package var name: String?
    package var disableParallelToolUse: Bool?

    package init(type: String, name: String? = nil, disableParallelToolUse: Bool? = nil) {
        self.type = type
        self.name = name
        self.disableParallelToolUse = disableParallelToolUse
    }

    enum CodingKeys: String, CodingKey {
        case type, name
        case disableParallelToolUse = "disable_parallel_tool_use"
    }
}

/// `metadata`: Anthropic accepts only `user_id`.
package struct AnthropicMetadataParam: Codable, Sendable, Hashable {
    package var userID: String?

    package init(userID: String?) {
        self.userID = userID
    }

    enum CodingKeys: String, CodingKey { case userID = "user_id" }
}
