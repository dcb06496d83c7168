/// Token usage of one request, OpenAI shape. `prompt_tokens` includes cached tokens and
/// `completion_tokens` includes reasoning tokens, as OpenAI counts them.
public struct Usage: Sendable, Hashable, Codable {
    public var promptTokens: Int
    public var completionTokens: Int
    public var totalTokens: Int
    public var promptTokensDetails: PromptTokensDetails?
    public var completionTokensDetails: CompletionTokensDetails?
    public var extra: [String: JSONValue]

    public init(
        promptTokens: Int, completionTokens: Int, totalTokens: Int? = nil,
        cachedTokens: Int? = nil, cacheWriteTokens: Int? = nil, reasoningTokens: Int? = nil
    ) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens ?? promptTokens + completionTokens
        self.promptTokensDetails = (cachedTokens == nil && cacheWriteTokens == nil)
            ? nil : PromptTokensDetails(cachedTokens: cachedTokens, cacheWriteTokens: cacheWriteTokens)
        self.completionTokensDetails = reasoningTokens.map { CompletionTokensDetails(reasoningTokens: $0) }
        self.extra = [:]
    }

    /// Prompt tokens served from the provider's cache, when reported.
    public var cachedTokens: Int? { promptTokensDetails?.cachedTokens }
    /// Prompt tokens written to the provider's cache, when reported.
    public var cacheWriteTokens: Int? { promptTokensDetails?.cacheWriteTokens }
    /// Completion tokens spent on reasoning, when reported.
    public var reasoningTokens: Int? { completionTokensDetails?.reasoningTokens }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case promptTokensDetails = "prompt_tokens_details"
        case completionTokensDetails = "completion_tokens_details"
    }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        promptTokens = try container.decodeIfPresent(Int.self, forKey: .promptTokens) ?? 0
        completionTokens = try container.decodeIfPresent(Int.self, forKey: .completionTokens) ?? 0
        totalTokens = try container.decodeIfPresent(Int.self, forKey: .totalTokens) ?? promptTokens + completionTokens
        promptTokensDetails = try container.decodeIfPresent(PromptTokensDetails.self, forKey: .promptTokensDetails)
        completionTokensDetails = try container.decodeIfPresent(CompletionTokensDetails.self, forKey: .completionTokensDetails)
        extra = try decoder.unknownMembers(known: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(promptTokens, forKey: .promptTokens)
        try container.encode(completionTokens, forKey: .completionTokens)
        try container.encode(totalTokens, forKey: .totalTokens)
        try container.encodeIfPresent(promptTokensDetails, forKey: .promptTokensDetails)
        try container.encodeIfPresent(completionTokensDetails, forKey: .completionTokensDetails)
        try encoder.encodeUnknownMembers(extra)
    }

    /// `prompt_tokens_details`.
    public struct PromptTokensDetails: Sendable, Hashable, Codable {
        /// Prompt tokens read from the provider's cache (Anthropic `cache_read_input_tokens`).
        public var cachedTokens: Int?
        /// Prompt tokens written to the provider's cache (Anthropic `cache_creation_input_tokens`).
        public var cacheWriteTokens: Int?
        public var extra: [String: JSONValue]

        public init(cachedTokens: Int?, cacheWriteTokens: Int? = nil) {
            self.cachedTokens = cachedTokens
            self.cacheWriteTokens = cacheWriteTokens
            self.extra = [:]
        }

        enum CodingKeys: String, CodingKey {
            case cachedTokens = "cached_tokens"
            case cacheWriteTokens = "cache_write_tokens"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            cachedTokens = try container.decodeIfPresent(Int.self, forKey: .cachedTokens)
            cacheWriteTokens = try container.decodeIfPresent(Int.self, forKey: .cacheWriteTokens)
            extra = try decoder.unknownMembers(known: ["cached_tokens", "cache_write_tokens"])
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(cachedTokens, forKey: .cachedTokens)
            try container.encodeIfPresent(cacheWriteTokens, forKey: .cacheWriteTokens)
            try encoder.encodeUnknownMembers(extra)
        }
    }

    /// `completion_tokens_details`.
    public struct CompletionTokensDetails: Sendable, Hashable, Codable {
        public var reasoningTokens: Int?
        public var extra: [String: JSONValue]

        public init(reasoningTokens: Int?) {
            self.reasoningTokens = reasoningTokens
            self.extra = [:]
        }

        enum CodingKeys: String, CodingKey { case reasoningTokens = "reasoning_tokens" }

        public init(from decoder: any Decoder) throws {
            reasoningTokens = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Int.self, forKey: .reasoningTokens)
            extra = try decoder.unknownMembers(known: ["reasoning_tokens"])
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(reasoningTokens, forKey: .reasoningTokens)
            try encoder.encodeUnknownMembers(extra)
        }
    }
}

/// Why the model stopped. Open: values a vendor adds later are kept in ``other(_:)``.
public enum FinishReason: Sendable, Hashable, Codable, CustomStringConvertible {
    case stop
    case length
    case toolCalls
    case contentFilter
    case functionCall
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "stop": self = .stop
        case "length": self = .length
        case "tool_calls": self = .toolCalls
        case "content_filter": self = .contentFilter
        case "function_call": self = .functionCall
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .stop: "stop"
        case .length: "length"
        case .toolCalls: "tool_calls"
        case .contentFilter: "content_filter"
        case .functionCall: "function_call"
        case .other(let value): value
        }
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
