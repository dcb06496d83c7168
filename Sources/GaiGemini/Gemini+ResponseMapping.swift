import Foundation
import GaiCore

/// Gemini `GenerateContentResponse` → unified ``ChatCompletion``.
///
/// - Text parts are concatenated into `content`; thought parts (`thought: true`) are reasoning,
///   kept out of `content` and reported as the message's `reasoning_content`.
/// - `functionCall` parts become `tool_calls`, with `args` re-encoded as a JSON text and an id
///   minted when Gemini sent none.
/// - Content filtering arrives as a 200: a filtering `finishReason`, or a blocked prompt
///   (`promptFeedback.blockReason` and no candidates), which becomes an empty answer with
///   `finish_reason: content_filter` rather than an error, as OpenAI reports it.
extension GenerateContentResponse {
    func chatCompletion(requestModel: String, created: Int64) -> ChatCompletion? {
        var choices: [ChatCompletion.Choice] = []
        for (position, candidate) in (candidates ?? []).enumerated() {
            let content = GeminiCandidateContent(candidate.content?.parts ?? [])
            var message = ChatMessage(
                role: .assistant,
                content: content.text.isEmpty && !content.toolCalls.isEmpty ? nil : .text(content.text),
                toolCalls: content.toolCalls.isEmpty ? nil : content.toolCalls)
            if !content.reasoning.isEmpty { message.extra["reasoning_content"] = .string(content.reasoning) }
            choices.append(
                ChatCompletion.Choice(
                    index: candidate.index ?? position, message: message,
                    finishReason: GeminiFinishReason.map(candidate.finishReason, hasToolCalls: !content.toolCalls.isEmpty)))
        }
        if choices.isEmpty {
            guard promptFeedback?.blockReason != nil else { return nil }
            choices = [ChatCompletion.Choice(index: 0, message: ChatMessage(role: .assistant, content: .text("")), finishReason: .contentFilter)]
        }
        return ChatCompletion(
            id: responseId ?? GeminiIDs.completionID(), created: created, model: modelVersion ?? requestModel,
            choices: choices, usage: usageMetadata?.usage)
    }
}

/// The parts of one candidate, sorted by what they become.
struct GeminiCandidateContent {
    var text = ""
    var reasoning = ""
    var toolCalls: [ToolCall] = []

    init(_ parts: [GeminiPart]) {
        for part in parts {
            if let call = part.functionCall {
                toolCalls.append(
                    ToolCall(
                        id: GeminiIDs.toolCallID(call, signature: part.thoughtSignature),
                        function: .init(name: call.name, arguments: GeminiIDs.jsonText(call.args))))
            } else if let partText = part.text {
                if part.thought == true { reasoning += partText } else { text += partText }
            }
            // Other part kinds (executable code, inline data the model produced…) are ignored.
        }
    }
}

/// Gemini `finishReason` → OpenAI `finish_reason`.
enum GeminiFinishReason {
    /// Reasons that mean the output was withheld or cut by a content filter.
    static let filtered: Set<String> = [
        "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT",
        "IMAGE_RECITATION",
    ]

    /// Gemini says `STOP` even when the model called functions; the calls decide `tool_calls`.
    /// Reasons without an OpenAI equivalent (`MALFORMED_FUNCTION_CALL`, `LANGUAGE`, `OTHER`, …)
    /// are passed on as they are.
    static func map(_ raw: String?, hasToolCalls: Bool) -> FinishReason? {
        guard let raw else { return nil }
        switch raw {
        case "STOP": return hasToolCalls ? .toolCalls : .stop
        case "MAX_TOKENS": return .length
        case let reason where filtered.contains(reason) || reason.hasPrefix("IMAGE_"): return .contentFilter
        default: return .other(raw)
        }
    }
}

extension GeminiUsageMetadata {
    /// Gemini counts → OpenAI `usage`: completion tokens include thoughts (Gemini's
    /// `candidatesTokenCount` excludes them), reasoning tokens are the thoughts.
    var usage: Usage {
        let prompt = promptTokenCount ?? 0
        let completion = (candidatesTokenCount ?? 0) + (thoughtsTokenCount ?? 0)
        return Usage(
            promptTokens: prompt, completionTokens: completion, totalTokens: totalTokenCount ?? prompt + completion,
            cachedTokens: cachedContentTokenCount, reasoningTokens: thoughtsTokenCount)
    }
}

/// Identifiers Gemini does not provide, and JSON texts built from Gemini's objects.
enum GeminiIDs {
    /// `chatcmpl-` + 24 random hex digits, for answers without `responseId`.
    static func completionID() -> String { "chatcmpl-" + suffix() }

    /// `call_` + 24 random hex digits: unique, so a later tool message finds its call.
    static func toolCallID() -> String { "call_" + suffix() }

    /// Separates a tool-call id from the `thoughtSignature` carried in it.
    static let signatureSeparator = "__thought__"

    /// The OpenAI tool-call id for a Gemini function call: Gemini's id, or a minted one, with
    /// the part's `thoughtSignature` appended after ``signatureSeparator``.
    ///
    /// Gemini 3 refuses a history whose `functionCall` parts lack the signature they came with,
    /// and the OpenAI shape has no place for it; clients send tool-call ids back verbatim, so
    /// the id carries it (as LiteLLM does). The request mapping splits it off again. The
    /// signature is written in unpadded base64url so that the id stays within
    /// `[A-Za-z0-9_-]`, which other providers (Anthropic) require of tool ids.
    static func toolCallID(_ call: GeminiFunctionCall, signature: String?) -> String {
        let base = call.id ?? toolCallID()
        guard let signature, !signature.isEmpty else { return base }
        let urlSafe = signature.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return base + signatureSeparator + urlSafe
    }

    /// The `thoughtSignature` (standard base64) carried in a tool-call id made by
    /// ``toolCallID(_:signature:)``.
    static func signature(inToolCallID id: String) -> String? {
        guard let range = id.range(of: signatureSeparator) else { return nil }
        var signature = id[range.upperBound...].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        if signature.isEmpty { return nil }
        while signature.utf8.count % 4 != 0 { signature += "=" }
        return signature
    }

    private static func suffix() -> String {
        String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(24))
    }

    /// A function call's `args` as the JSON text OpenAI's `arguments` holds (`{}` when absent).
    static func jsonText(_ value: JSONValue?) -> String {
        guard let value, let data = try? GaiJSON.makeEncoder().encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
