/// A non-streamed chat completion (OpenAI `chat.completion`).
public struct ChatCompletion: Sendable, Hashable, Codable {
    public var id: String
    public var object: String
    public var created: Int64
    public var model: String
    public var choices: [Choice]
    public var usage: Usage?
    public var systemFingerprint: String?
    public var extra: [String: JSONValue]

    public init(id: String, created: Int64, model: String, choices: [Choice], usage: Usage?) {
        self.id = id
        self.object = "chat.completion"
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.extra = [:]
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, object, created, model, choices, usage
        case systemFingerprint = "system_fingerprint"
    }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        object = try container.decodeIfPresent(String.self, forKey: .object) ?? "chat.completion"
        created = try container.decodeIfPresent(Int64.self, forKey: .created) ?? 0
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        choices = try container.decode([Choice].self, forKey: .choices)
        usage = try container.decodeIfPresent(Usage.self, forKey: .usage)
        systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        extra = try decoder.unknownMembers(known: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(object, forKey: .object)
        try container.encode(created, forKey: .created)
        try container.encode(model, forKey: .model)
        try container.encode(choices, forKey: .choices)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(systemFingerprint, forKey: .systemFingerprint)
        try encoder.encodeUnknownMembers(extra)
    }

    /// One alternative of a completion.
    public struct Choice: Sendable, Hashable, Codable {
        public var index: Int
        public var message: ChatMessage
        public var finishReason: FinishReason?
        public var logprobs: JSONValue?

        public init(index: Int, message: ChatMessage, finishReason: FinishReason?) {
            self.index = index
            self.message = message
            self.finishReason = finishReason
        }

        enum CodingKeys: String, CodingKey {
            case index, message, logprobs
            case finishReason = "finish_reason"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            message = try container.decode(ChatMessage.self, forKey: .message)
            finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
            logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(message, forKey: .message)
            try container.encode(logprobs ?? .null, forKey: .logprobs)
            try container.encode(finishReason, forKey: .finishReason)
        }
    }
}

/// One streamed chunk (OpenAI `chat.completion.chunk`).
public struct ChatCompletionChunk: Sendable, Hashable, Codable {
    public var id: String
    public var object: String
    public var created: Int64
    public var model: String
    public var choices: [Choice]
    public var usage: Usage?
    public var systemFingerprint: String?
    public var extra: [String: JSONValue]

    public init(id: String, created: Int64, model: String, choices: [Choice], usage: Usage? = nil) {
        self.id = id
        self.object = "chat.completion.chunk"
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.extra = [:]
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, object, created, model, choices, usage
        case systemFingerprint = "system_fingerprint"
    }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        object = try container.decodeIfPresent(String.self, forKey: .object) ?? "chat.completion.chunk"
        created = try container.decodeIfPresent(Int64.self, forKey: .created) ?? 0
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        choices = try container.decodeIfPresent([Choice].self, forKey: .choices) ?? []
        usage = try container.decodeIfPresent(Usage.self, forKey: .usage)
        systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        extra = try decoder.unknownMembers(known: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(object, forKey: .object)
        try container.encode(created, forKey: .created)
        try container.encode(model, forKey: .model)
        try container.encode(choices, forKey: .choices)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(systemFingerprint, forKey: .systemFingerprint)
        try encoder.encodeUnknownMembers(extra)
    }

    /// One alternative's delta.
    public struct Choice: Sendable, Hashable, Codable {
        public var index: Int
        public var delta: Delta
        public var finishReason: FinishReason?
        public var logprobs: JSONValue?

        public init(index: Int, delta: Delta, finishReason: FinishReason? = nil) {
            self.index = index
            self.delta = delta
            self.finishReason = finishReason
        }

        enum CodingKeys: String, CodingKey {
            case index, delta, logprobs
            case finishReason = "finish_reason"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            delta = try container.decodeIfPresent(Delta.self, forKey: .delta) ?? Delta()
            finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
            logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(delta, forKey: .delta)
            try container.encodeIfPresent(logprobs, forKey: .logprobs)
            try container.encode(finishReason, forKey: .finishReason)
        }
    }

    /// What one chunk adds to a message.
    public struct Delta: Sendable, Hashable, Codable {
        public var role: ChatRole?
        public var content: String?
        /// Reasoning ("thinking") text, as OpenAI-compatible reasoning servers send it
        /// (`reasoning_content`); native adapters map their thinking deltas here.
        public var reasoningContent: String?
        public var refusal: String?
        public var toolCalls: [ToolCallDelta]?
        public var extra: [String: JSONValue]

        public init(role: ChatRole? = nil, content: String? = nil, reasoningContent: String? = nil, toolCalls: [ToolCallDelta]? = nil) {
            self.role = role
            self.content = content
            self.reasoningContent = reasoningContent
            self.toolCalls = toolCalls
            self.extra = [:]
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case role, content, refusal
            case reasoningContent = "reasoning_content"
            case toolCalls = "tool_calls"
        }
        static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            role = try container.decodeIfPresent(ChatRole.self, forKey: .role)
            content = try container.decodeIfPresent(String.self, forKey: .content)
            reasoningContent = try container.decodeIfPresent(String.self, forKey: .reasoningContent)
            refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
            toolCalls = try container.decodeIfPresent([ToolCallDelta].self, forKey: .toolCalls)
            extra = try decoder.unknownMembers(known: Self.knownKeys)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(role, forKey: .role)
            try container.encodeIfPresent(content, forKey: .content)
            try container.encodeIfPresent(reasoningContent, forKey: .reasoningContent)
            try container.encodeIfPresent(refusal, forKey: .refusal)
            try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
            try encoder.encodeUnknownMembers(extra)
        }
    }

    /// A fragment of a tool call, keyed by `index`; only the first fragment carries `id` and `name`.
    public struct ToolCallDelta: Sendable, Hashable, Codable {
        public var index: Int
        public var id: String?
        public var type: String?
        public var function: FunctionDelta?

        public init(index: Int, id: String? = nil, type: String? = nil, function: FunctionDelta? = nil) {
            self.index = index
            self.id = id
            self.type = type
            self.function = function
        }

        public struct FunctionDelta: Sendable, Hashable, Codable {
            public var name: String?
            public var arguments: String?
            public init(name: String? = nil, arguments: String? = nil) {
                self.name = name
                self.arguments = arguments
            }
        }
    }
}
