import Foundation
import GaiAnthropicWire
import GaiCore

/// A Messages API `Message` translated to the unified (OpenAI-shaped) answer.
///
/// Text blocks are concatenated into `content`; `tool_use` blocks become `tool_calls` whose
/// arguments are the compact JSON text of `input`; `thinking` blocks are kept out of `content`
/// and offered as the message's `reasoning_content`, as OpenAI-compatible reasoning servers do.
/// Other block types (redacted thinking, server-tool blocks) are dropped.
extension AnthropicProvider {
    static func chatCompletion(from message: AnthropicMessage, created: Int64) -> ChatCompletion {
        var text = ""
        var reasoning = ""
        var toolCalls: [ToolCall] = []
        for block in message.content {
            switch block {
            case .text(let value): text += value
            case .thinking(let value): reasoning += value
            case .toolUse(let id, let name, let input):
                toolCalls.append(ToolCall(id: id, function: .init(name: name, arguments: compactJSON(input))))
            case .other: break
            }
        }
        var reply = ChatMessage(
            role: .assistant, content: text.isEmpty && !toolCalls.isEmpty ? nil : .text(text),
            toolCalls: toolCalls.isEmpty ? nil : toolCalls)
        if !reasoning.isEmpty { reply.extra["reasoning_content"] = .string(reasoning) }
        let choice = ChatCompletion.Choice(index: 0, message: reply, finishReason: message.stopReason.map(finishReason))
        return ChatCompletion(id: message.id, created: created, model: message.model, choices: [choice], usage: message.usage.map(usage))
    }

    /// Anthropic `stop_reason` → OpenAI `finish_reason` (wire-formats §4.4).
    ///
    /// A `refusal` is a successful answer whose finish reason is `content_filter`, never an
    /// error: the client receives what the model said. `pause_turn` (a server-tool loop that
    /// paused) has no OpenAI equivalent and is reported as `stop`.
    static func finishReason(_ stopReason: String) -> FinishReason {
        switch stopReason {
        case "end_turn", "stop_sequence", "pause_turn": .stop
        case "tool_use": .toolCalls
        case "max_tokens", "model_context_window_exceeded": .length
        case "refusal": .contentFilter
        default: .other(stopReason)
        }
    }

    /// Anthropic usage → OpenAI usage (wire-formats §4.5): Anthropic's `input_tokens` excludes
    /// cache reads and writes, OpenAI's `prompt_tokens` includes them.
    static func usage(_ usage: AnthropicUsage) -> Usage {
        let input = usage.inputTokens ?? 0
        let cacheWrite = usage.cacheCreationInputTokens
        let cacheRead = usage.cacheReadInputTokens
        return Usage(
            promptTokens: input + (cacheWrite ?? 0) + (cacheRead ?? 0), completionTokens: usage.outputTokens ?? 0,
            cachedTokens: cacheRead, cacheWriteTokens: cacheWrite)
    }

    /// `input` as compact JSON text (keys sorted, so the same input always gives the same text).
    static func compactJSON(_ value: JSONValue) -> String {
        guard let data = try? GaiJSON.makeEncoder().encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
