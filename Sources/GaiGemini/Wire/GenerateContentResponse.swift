import GaiCore

/// A `GenerateContentResponse`: the whole answer of `:generateContent`, or one event of
/// `:streamGenerateContent?alt=sse` (which then carries only the new parts).
///
/// Every member is optional and read leniently: Gemini adds members often, and a member Gai does
/// not understand must never fail an answer.
struct GenerateContentResponse: Decodable, Sendable {
    var candidates: [GeminiCandidate]?
    var promptFeedback: GeminiPromptFeedback?
    var usageMetadata: GeminiUsageMetadata?
    var modelVersion: String?
    var responseId: String?

    enum CodingKeys: String, CodingKey {
        case candidates, promptFeedback, usageMetadata, modelVersion, responseId
    }

    init(from decoder: any Decoder) throws {
        // A body that is not a JSON object (an error list, a string) is not an answer.
        let container = try decoder.container(keyedBy: CodingKeys.self)
        candidates = try? container.decodeIfPresent([GeminiCandidate].self, forKey: .candidates)
        promptFeedback = try? container.decodeIfPresent(GeminiPromptFeedback.self, forKey: .promptFeedback)
        usageMetadata = try? container.decodeIfPresent(GeminiUsageMetadata.self, forKey: .usageMetadata)
        modelVersion = try? container.decodeIfPresent(String.self, forKey: .modelVersion)
        responseId = try? container.decodeIfPresent(String.self, forKey: .responseId)
    }

    /// Whether none of the members of an answer is present (then the object may be an error).
    var isEmpty: Bool {
        candidates == nil && promptFeedback == nil && usageMetadata == nil && modelVersion == nil && responseId == nil
    }
}

/// One `candidates[]` entry. `index` is absent in some answers (default 0).
struct GeminiCandidate: Decodable, Sendable {
    var content: GeminiContent?
    var finishReason: String?
    var index: Int?

    enum CodingKeys: String, CodingKey { case content, finishReason, index }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        content = try? container.decodeIfPresent(GeminiContent.self, forKey: .content)
        finishReason = try? container.decodeIfPresent(String.self, forKey: .finishReason)
        index = try? container.decodeIfPresent(Int.self, forKey: .index)
    }
}

/// `promptFeedback`: `blockReason` is set when the prompt itself was blocked (no candidates then).
struct GeminiPromptFeedback: Decodable, Sendable {
    var blockReason: String?
    var blockReasonMessage: String?
}

/// `usageMetadata`. `promptTokenCount` includes cached tokens; `candidatesTokenCount` excludes
/// thoughts; `totalTokenCount` includes both and any tool-use prompt.
struct GeminiUsageMetadata: Decodable, Sendable {
    var promptTokenCount: Int?
    var candidatesTokenCount: Int?
    var totalTokenCount: Int?
    var thoughtsTokenCount: Int?
    var cachedContentTokenCount: Int?
    var toolUsePromptTokenCount: Int?
}
