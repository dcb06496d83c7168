/// A message author's role. Open: roles Gai does not know are carried through.
public struct ChatRole: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let system: ChatRole = "system"
    public static let developer: ChatRole = "developer"
    public static let user: ChatRole = "user"
    public static let assistant: ChatRole = "assistant"
    public static let tool: ChatRole = "tool"
}

/// One message of a conversation, in the OpenAI chat shape.
public struct ChatMessage: Sendable, Hashable, Codable {
    public var role: ChatRole
    /// `nil` encodes as JSON `null` (an assistant message that only calls tools).
    public var content: MessageContent?
    public var name: String?
    public var refusal: String?
    public var toolCalls: [ToolCall]?
    public var toolCallID: String?
    /// Members Gai does not model, carried through unchanged.
    public var extra: [String: JSONValue]

    public init(
        role: ChatRole, content: MessageContent?, name: String? = nil, refusal: String? = nil,
        toolCalls: [ToolCall]? = nil, toolCallID: String? = nil, extra: [String: JSONValue] = [:]
    ) {
        self.role = role
        self.content = content
        self.name = name
        self.refusal = refusal
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case role, content, name, refusal
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
    }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(ChatRole.self, forKey: .role)
        content = try container.decodeIfPresent(MessageContent.self, forKey: .content)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
        toolCalls = try container.decodeIfPresent([ToolCall].self, forKey: .toolCalls)
        toolCallID = try container.decodeIfPresent(String.self, forKey: .toolCallID)
        extra = try decoder.unknownMembers(known: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(name, forKey: .name)
        if role == .assistant || refusal != nil { try container.encode(refusal, forKey: .refusal) }
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encodeIfPresent(toolCallID, forKey: .toolCallID)
        try encoder.encodeUnknownMembers(extra)
    }

    /// The text of the message: the string content, or its text parts joined.
    public var text: String {
        switch content {
        case .text(let text): text
        case .parts(let parts): parts.compactMap(\.text).joined()
        case nil: ""
        }
    }
}

/// Message content: a plain string or an array of typed parts.
public enum MessageContent: Sendable, Hashable, Codable {
    case text(String)
    case parts([ContentPart])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let parts = try? container.decode([ContentPart].self) {
            self = .parts(parts)
        } else {
            throw DecodingError.typeMismatch(
                MessageContent.self,
                .init(codingPath: decoder.codingPath, debugDescription: "expected a string or an array of content parts")
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .parts(let parts): try container.encode(parts)
        }
    }
}

/// A typed content part. Part types Gai does not model are kept whole in ``other(_:)``.
public enum ContentPart: Sendable, Hashable, Codable {
    case text(String)
    case imageURL(url: String, detail: String?)
    case other(JSONValue)

    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        guard case .object(let members) = value, case .string(let type)? = members["type"] else {
            throw DecodingError.typeMismatch(
                ContentPart.self,
                .init(codingPath: decoder.codingPath, debugDescription: "expected a content part object with a string 'type'")
            )
        }
        switch type {
        case "text" where members.count == 2:
            guard case .string(let text)? = members["text"] else {
                throw DecodingError.typeMismatch(
                    String.self, .init(codingPath: decoder.codingPath + [AnyCodingKey("text")], debugDescription: "expected a string"))
            }
            self = .text(text)
        case "image_url" where members.count == 2:
            guard case .object(let image)? = members["image_url"], case .string(let url)? = image["url"] else {
                throw DecodingError.typeMismatch(
                    String.self,
                    .init(codingPath: decoder.codingPath + [AnyCodingKey("image_url"), AnyCodingKey("url")], debugDescription: "expected a string"))
            }
            if image.count > 2 || (image.count == 2 && image["detail"]?.stringValue == nil) {
                self = .other(value)
            } else {
                self = .imageURL(url: url, detail: image["detail"]?.stringValue)
            }
        default:
            self = .other(value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            try JSONValue.object(["type": .string("text"), "text": .string(text)]).encode(to: encoder)
        case .imageURL(let url, let detail):
            var image: [String: JSONValue] = ["url": .string(url)]
            if let detail { image["detail"] = .string(detail) }
            try JSONValue.object(["type": .string("image_url"), "image_url": .object(image)]).encode(to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

/// A complete tool call made by the assistant.
public struct ToolCall: Sendable, Hashable, Codable {
    public var id: String
    public var type: String
    public var function: FunctionCall

    public init(id: String, type: String = "function", function: FunctionCall) {
        self.id = id
        self.type = type
        self.function = function
    }

    public struct FunctionCall: Sendable, Hashable, Codable {
        public var name: String
        /// The arguments as a JSON text, exactly as the model produced them.
        public var arguments: String
        public init(name: String, arguments: String) {
            self.name = name
            self.arguments = arguments
        }
    }
}
