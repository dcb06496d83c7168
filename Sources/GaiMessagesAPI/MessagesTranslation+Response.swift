import Foundation
import GaiAnthropicWire
import GaiCore

/// A unified completion translated to an Anthropic `Message`.
///
/// - `id`: `msg_` + the completion's id (kept as it is when it already starts with `msg_`).
/// - `model`: the model name the client asked for, not the upstream's.
/// - `content`: a `thinking` block when the provider returned reasoning text, a `text` block when
///   there is text, then one `tool_use` block per tool call, whose `input` is the arguments
///   parsed as a JSON object (`{}` when they are not one: Anthropic's `input` is always an object).
/// - `stop_reason`: see ``stopReason(for:hasToolCalls:)``; `stop_sequence` is always null because
///   OpenAI-shaped providers do not say which sequence matched.
/// - `usage`: see ``usage(_:)``.
extension MessagesTranslation {
    package static func message(from completion: ChatCompletion, clientModel: String) -> AnthropicMessage {
        let choice = completion.choices.first(where: { $0.index == 0 }) ?? completion.choices.first
        var content: [AnthropicContentBlock] = []
        if let message = choice?.message {
            if case .string(let reasoning)? = message.extra["reasoning_content"], !reasoning.isEmpty {
                content.append(.thinking(reasoning))
            }
            let text = message.text
            if !text.isEmpty { content.append(.text(text)) }
            for call in message.toolCalls ?? [] {
                content.append(.toolUse(id: call.id, name: call.function.name, input: toolInput(call.function.arguments)))
            }
        }
        return AnthropicMessage(
            id: messageID(completion.id),
            model: clientModel,
            content: content,
            stopReason: stopReason(for: choice?.finishReason, hasToolCalls: !(choice?.message.toolCalls ?? []).isEmpty),
            usage: usage(completion.usage))
    }

    /// `msg_<id>`; an id that is already an Anthropic message id is kept.
    package static func messageID(_ id: String) -> String {
        id.hasPrefix("msg_") ? id : "msg_" + id
    }

    /// OpenAI `finish_reason` → Anthropic `stop_reason` (wire-formats §4.4, read backwards):
    /// `stop` → `end_turn`, `length` → `max_tokens`, `tool_calls` (and the legacy
    /// `function_call`) → `tool_use`, `content_filter` → `refusal`. Any other or missing reason is
    /// `end_turn`, or `tool_use` when the answer calls tools.
    package static func stopReason(for reason: FinishReason?, hasToolCalls: Bool) -> String {
        switch reason {
        case .stop: "end_turn"
        case .length: "max_tokens"
        case .toolCalls, .functionCall: "tool_use"
        case .contentFilter: "refusal"
        case .other, nil: hasToolCalls ? "tool_use" : "end_turn"
        }
    }

    /// OpenAI usage → Anthropic usage (wire-formats §4.5, read backwards). Anthropic's
    /// `input_tokens` excludes cache reads and writes, which it reports apart, while OpenAI's
    /// `prompt_tokens` includes them: `input_tokens = prompt − cached − cache writes`.
    package static func usage(_ usage: Usage?) -> AnthropicUsage {
        guard let usage else {
            return AnthropicUsage(inputTokens: 0, outputTokens: 0, cacheCreationInputTokens: 0, cacheReadInputTokens: 0)
        }
        let cached = usage.cachedTokens ?? 0
        let written = usage.cacheWriteTokens ?? 0
        return AnthropicUsage(
            inputTokens: max(0, usage.promptTokens - cached - written),
            outputTokens: usage.completionTokens,
            cacheCreationInputTokens: written,
            cacheReadInputTokens: cached)
    }

    /// Tool arguments as Anthropic's `input` object.
    static func toolInput(_ arguments: String) -> JSONValue {
        guard let data = arguments.data(using: .utf8),
            let value = try? GaiJSON.makeDecoder().decode(JSONValue.self, from: data),
            case .object = value
        else { return .object([:]) }
        return value
    }
}
