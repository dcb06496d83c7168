/// A chat completion request in the unified schema (the OpenAI `CreateChatCompletionRequest` shape).
///
/// Fields Gai reasons about are typed; every other member the client sent is kept in ``extra``
/// and re-encoded, so OpenAI-compatible upstreams receive parameters Gai has never heard of.
public struct ChatRequest: Sendable, Hashable, Codable {
    public var model: String
    public var messages: [ChatMessage]
    public var tools: [Tool]?
    public var toolChoice: ToolChoice?
    public var responseFormat: ResponseFormat?
    public var temperature: Double?
    public var topP: Double?
    public var maxTokens: Int?
    public var maxCompletionTokens: Int?
    public var stop: StopSequences?
    public var seed: Int64?
    public var n: Int?
    public var user: String?
    public var stream: Bool?
    public var streamOptions: StreamOptions?
    public var metadata: [String: String]?
    /// Members Gai does not model, carried through unchanged.
    public var extra: [String: JSONValue]

    public init(model: String, messages: [ChatMessage], stream: Bool? = nil) {
        self.model = model
        self.messages = messages
        self.stream = stream
        self.extra = [:]
    }

    /// Whether the client asked for a stream.
    public var isStreaming: Bool { stream ?? false }

    /// Whether a streamed answer must end with a usage chunk.
    public var includeUsage: Bool { streamOptions?.includeUsage ?? false }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, messages, tools, temperature, stop, seed, n, user, stream, metadata
        case toolChoice = "tool_choice"
        case responseFormat = "response_format"
        case topP = "top_p"
        case maxTokens = "max_tokens"
        case maxCompletionTokens = "max_completion_tokens"
        case streamOptions = "stream_options"
    }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        messages = try container.decode([ChatMessage].self, forKey: .messages)
        tools = try container.decodeIfPresent([Tool].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(ToolChoice.self, forKey: .toolChoice)
        responseFormat = try container.decodeIfPresent(ResponseFormat.self, forKey: .responseFormat)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        maxTokens = try container.decodeIfPresent(Int.self, forKey: .maxTokens)
        maxCompletionTokens = try container.decodeIfPresent(Int.self, forKey: .maxCompletionTokens)
        stop = try container.decodeIfPresent(StopSequences.self, forKey: .stop)
        seed = try container.decodeIfPresent(Int64.self, forKey: .seed)
        n = try container.decodeIfPresent(Int.self, forKey: .n)
        user = try container.decodeIfPresent(String.self, forKey: .user)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
        streamOptions = try container.decodeIfPresent(StreamOptions.self, forKey: .streamOptions)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        extra = try decoder.unknownMembers(known: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(messages, forKey: .messages)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(toolChoice, forKey: .toolChoice)
        try container.encodeIfPresent(responseFormat, forKey: .responseFormat)
        try container.encodeIfPresent(temperature, forKey: .temperature)
        try container.encodeIfPresent(topP, forKey: .topP)
        try container.encodeIfPresent(maxTokens, forKey: .maxTokens)
        try container.encodeIfPresent(maxCompletionTokens, forKey: .maxCompletionTokens)
        try container.encodeIfPresent(stop, forKey: .stop)
        try container.encodeIfPresent(seed, forKey: .seed)
        try container.encodeIfPresent(n, forKey: .n)
        try container.encodeIfPresent(user, forKey: .user)
        try container.encodeIfPresent(stream, forKey: .stream)
        try container.encodeIfPresent(streamOptions, forKey: .streamOptions)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try encoder.encodeUnknownMembers(extra)
    }
}

/// `stop`: one sequence or several.
public enum StopSequences: Sendable, Hashable, Codable {
    case one(String)
    case many([String])

    public var sequences: [String] {
        switch self {
        case .one(let value): [value]
        case .many(let values): values
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .one(value)
        } else if let values = try? container.decode([String].self) {
            self = .many(values)
        } else {
            throw DecodingError.typeMismatch(
                StopSequences.self, .init(codingPath: decoder.codingPath, debugDescription: "expected a string or an array of strings"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .one(let value): try container.encode(value)
        case .many(let values): try container.encode(values)
        }
    }
}

/// `stream_options`.
public struct StreamOptions: Sendable, Hashable, Codable {
    public var includeUsage: Bool?
    public var extra: [String: JSONValue]

    public init(includeUsage: Bool?) {
        self.includeUsage = includeUsage
        self.extra = [:]
    }

    enum CodingKeys: String, CodingKey { case includeUsage = "include_usage" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        includeUsage = try container.decodeIfPresent(Bool.self, forKey: .includeUsage)
        extra = try decoder.unknownMembers(known: ["include_usage"])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(includeUsage, forKey: .includeUsage)
        try encoder.encodeUnknownMembers(extra)
    }
}

/// A tool the model may call.
public struct Tool: Sendable, Hashable, Codable {
    public var type: String
    public var function: FunctionDefinition?
    public var extra: [String: JSONValue]

    public init(function: FunctionDefinition) {
        self.type = "function"
        self.function = function
        self.extra = [:]
    }

    enum CodingKeys: String, CodingKey { case type, function }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        function = try container.decodeIfPresent(FunctionDefinition.self, forKey: .function)
        extra = try decoder.unknownMembers(known: ["type", "function"])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(function, forKey: .function)
        try encoder.encodeUnknownMembers(extra)
    }
}

/// A function tool's declaration; `parameters` is a JSON Schema kept as written.
public struct FunctionDefinition: Sendable, Hashable, Codable {
    public var name: String
    public var description: String?
    public var parameters: JSONValue?
    public var strict: Bool?
    public var extra: [String: JSONValue]

    public init(name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
        self.extra = [:]
    }

    enum CodingKeys: String, CodingKey { case name, description, parameters, strict }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        parameters = try container.decodeIfPresent(JSONValue.self, forKey: .parameters)
        strict = try container.decodeIfPresent(Bool.self, forKey: .strict)
        extra = try decoder.unknownMembers(known: ["name", "description", "parameters", "strict"])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(parameters, forKey: .parameters)
        try container.encodeIfPresent(strict, forKey: .strict)
        try encoder.encodeUnknownMembers(extra)
    }
}

/// `tool_choice`: a mode (`none`, `auto`, `required`), a named function, or another shape kept raw.
public enum ToolChoice: Sendable, Hashable, Codable {
    case mode(String)
    case function(name: String)
    case other(JSONValue)

    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        switch value {
        case .string(let mode):
            self = .mode(mode)
        case .object(let members)
        where members.count == 2 && members["type"] == .string("function"):
            if case .object(let function)? = members["function"], function.count == 1, case .string(let name)? = function["name"] {
                self = .function(name: name)
            } else {
                self = .other(value)
            }
        case .object:
            self = .other(value)
        default:
            throw DecodingError.typeMismatch(
                ToolChoice.self, .init(codingPath: decoder.codingPath, debugDescription: "expected a string or an object"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .mode(let mode):
            try JSONValue.string(mode).encode(to: encoder)
        case .function(let name):
            try JSONValue.object(["type": .string("function"), "function": .object(["name": .string(name)])]).encode(to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

/// `response_format`: `text`, `json_object` or `json_schema` (whose schema is kept as written).
public struct ResponseFormat: Sendable, Hashable, Codable {
    public var type: String
    public var jsonSchema: JSONValue?
    public var extra: [String: JSONValue]

    public init(type: String, jsonSchema: JSONValue? = nil) {
        self.type = type
        self.jsonSchema = jsonSchema
        self.extra = [:]
    }

    enum CodingKeys: String, CodingKey {
        case type
        case jsonSchema = "json_schema"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        jsonSchema = try container.decodeIfPresent(JSONValue.self, forKey: .jsonSchema)
        extra = try decoder.unknownMembers(known: ["type", "json_schema"])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(jsonSchema, forKey: .jsonSchema)
        try encoder.encodeUnknownMembers(extra)
    }
}
