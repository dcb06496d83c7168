/// An embeddings request (OpenAI `CreateEmbeddingRequest`).
public struct EmbeddingsRequest: Sendable, Hashable, Codable {
    public var model: String
    public var input: EmbeddingInput
    /// `float` (default) or `base64` (little-endian float32, what the OpenAI SDKs ask for).
    public var encodingFormat: String?
    public var dimensions: Int?
    public var user: String?
    public var extra: [String: JSONValue]

    public init(model: String, input: EmbeddingInput, encodingFormat: String? = nil) {
        self.model = model
        self.input = input
        self.encodingFormat = encodingFormat
        self.extra = [:]
    }

    /// Whether the client asked for base64-encoded vectors.
    public var wantsBase64: Bool { encodingFormat == "base64" }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, input, dimensions, user
        case encodingFormat = "encoding_format"
    }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        input = try container.decode(EmbeddingInput.self, forKey: .input)
        encodingFormat = try container.decodeIfPresent(String.self, forKey: .encodingFormat)
        dimensions = try container.decodeIfPresent(Int.self, forKey: .dimensions)
        user = try container.decodeIfPresent(String.self, forKey: .user)
        extra = try decoder.unknownMembers(known: Self.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(input, forKey: .input)
        try container.encodeIfPresent(encodingFormat, forKey: .encodingFormat)
        try container.encodeIfPresent(dimensions, forKey: .dimensions)
        try container.encodeIfPresent(user, forKey: .user)
        try encoder.encodeUnknownMembers(extra)
    }
}

/// Embedding input: a string, strings, a token array or token arrays.
public enum EmbeddingInput: Sendable, Hashable, Codable {
    case text(String)
    case texts([String])
    case tokens([Int])
    case tokenBatches([[Int]])

    /// How many vectors the answer must hold.
    public var count: Int {
        switch self {
        case .text, .tokens: 1
        case .texts(let values): values.count
        case .tokenBatches(let values): values.count
        }
    }

    /// The inputs as text (token inputs become their numbers joined by spaces; only the mock uses this).
    public var texts: [String] {
        switch self {
        case .text(let value): [value]
        case .texts(let values): values
        case .tokens(let tokens): [tokens.map(String.init).joined(separator: " ")]
        case .tokenBatches(let batches): batches.map { $0.map(String.init).joined(separator: " ") }
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let values = try? container.decode([String].self) {
            self = .texts(values)
        } else if let values = try? container.decode([Int].self) {
            self = .tokens(values)
        } else if let values = try? container.decode([[Int]].self) {
            self = .tokenBatches(values)
        } else {
            throw DecodingError.typeMismatch(
                EmbeddingInput.self,
                .init(codingPath: decoder.codingPath, debugDescription: "expected a string, an array of strings, or token arrays"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .texts(let values): try container.encode(values)
        case .tokens(let values): try container.encode(values)
        case .tokenBatches(let values): try container.encode(values)
        }
    }
}

/// An embeddings answer.
public struct EmbeddingsResponse: Sendable, Hashable, Codable {
    public var object: String
    public var data: [Embedding]
    public var model: String
    public var usage: EmbeddingsUsage?

    public init(data: [Embedding], model: String, usage: EmbeddingsUsage?) {
        self.object = "list"
        self.data = data
        self.model = model
        self.usage = usage
    }

    /// One vector.
    public struct Embedding: Sendable, Hashable, Codable {
        public var object: String
        public var index: Int
        public var embedding: EmbeddingVector

        public init(index: Int, embedding: EmbeddingVector) {
            self.object = "embedding"
            self.index = index
            self.embedding = embedding
        }
    }
}

/// `usage` of an embeddings answer (there are no completion tokens).
public struct EmbeddingsUsage: Sendable, Hashable, Codable {
    public var promptTokens: Int
    public var totalTokens: Int

    public init(promptTokens: Int, totalTokens: Int) {
        self.promptTokens = promptTokens
        self.totalTokens = totalTokens
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case totalTokens = "total_tokens"
    }
}

/// A vector as floats, or as base64 of little-endian IEEE-754 float32 values.
public enum EmbeddingVector: Sendable, Hashable, Codable {
    case floats([Float])
    case base64(String)

    /// The base64 form of `values`: what the OpenAI SDKs decode when they asked for `base64`.
    public static func base64(of values: [Float]) -> EmbeddingVector {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for value in values {
            let bits = value.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { bytes.append(contentsOf: $0) }
        }
        return .base64(Base64.encode(bytes))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .base64(text)
        } else {
            self = .floats(try container.decode([Float].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .floats(let values): try container.encode(values)
        case .base64(let text): try container.encode(text)
        }
    }
}

/// Standard base64 (RFC 4648 §4, padded), without Foundation.
package enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    package static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 2 < bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out.append(alphabet[Int(value >> 18 & 63)])
            out.append(alphabet[Int(value >> 12 & 63)])
            out.append(alphabet[Int(value >> 6 & 63)])
            out.append(alphabet[Int(value & 63)])
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let first = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
            out.append(alphabet[Int(first >> 18 & 63)])
            out.append(alphabet[Int(first >> 12 & 63)])
            out.append(rest == 2 ? alphabet[Int(first >> 6 & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
