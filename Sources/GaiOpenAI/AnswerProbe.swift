import Foundation
import GaiCore
import NIOCore

/// Lean readers for upstream answers that are passed through as bytes.
///
/// They check that the bytes are the expected kind of answer (valid JSON with `choices` or
/// `data` as an array) and read the token counts, without building the whole answer: on the hot
/// path that full decode cost more than the rest of the gateway's own work.
enum AnswerProbe {
    /// Checks that `bytes` is a JSON object whose member `arrayMember` is an array, and decodes
    /// its `usage` member alone. `nil` when the bytes are not such an object.
    static func usage<Counts: Decodable>(in bytes: ByteBuffer, arrayMember: String, as type: Counts.Type) -> Counts?? {
        bytes.withUnsafeReadableBytes { raw -> Counts?? in
            guard let members = JSONTopLevelScanner.members(of: raw), let array = members[arrayMember],
                raw[array.lowerBound] == UInt8(ascii: "[")
            else { return nil }
            guard let usage = members["usage"], raw[usage.lowerBound] == UInt8(ascii: "{") else { return .some(nil) }
            let slice = Data(UnsafeRawBufferPointer(rebasing: raw[usage]))
            return .some(try? JSONDecoder().decode(Counts.self, from: slice))
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
