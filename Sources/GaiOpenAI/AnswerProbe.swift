import GaiCore

/// Lean readers for upstream answers that are passed through as bytes.
///
/// They check that the bytes are the expected kind of answer (valid JSON with `choices` or
/// `data` as an array) and read the token counts, without building the whole answer: on the hot
/// path that full decode cost more than the rest of the gateway's own work.
enum AnswerProbe {
    /// A `chat.completion`: `choices` must be an array; `usage` is read.
    struct Chat: Decodable {
        var usage: TokenCounts?

        enum CodingKeys: String, CodingKey { case choices, usage }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            _ = try container.nestedUnkeyedContainer(forKey: .choices)
            usage = try container.decodeIfPresent(TokenCounts.self, forKey: .usage)
        }
    }

    /// An embeddings list: `data` must be an array; `usage` is read.
    struct Embeddings: Decodable {
        var usage: EmbeddingsUsage?

        enum CodingKeys: String, CodingKey { case data, usage }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            _ = try container.nestedUnkeyedContainer(forKey: .data)
            usage = try container.decodeIfPresent(EmbeddingsUsage.self, forKey: .usage)
        }
    }

    /// `usage` with only the counts Gai accounts for (unknown members are not collected).
    struct TokenCounts: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?
        var promptTokensDetails: Details?
        var completionTokensDetails: Details?

        struct Details: Decodable {
            var cachedTokens: Int?
            var reasoningTokens: Int?

            enum CodingKeys: String, CodingKey {
                case cachedTokens = "cached_tokens"
                case reasoningTokens = "reasoning_tokens"
            }
        }

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
            case promptTokensDetails = "prompt_tokens_details"
            case completionTokensDetails = "completion_tokens_details"
        }

        var usage: Usage {
            Usage(
                promptTokens: promptTokens ?? 0, completionTokens: completionTokens ?? 0, totalTokens: totalTokens,
                cachedTokens: promptTokensDetails?.cachedTokens, reasoningTokens: completionTokensDetails?.reasoningTokens)
        }
    }
}
