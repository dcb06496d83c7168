import GaiAnthropicWire
import GaiCore

/// The `POST /v1/messages/count_tokens` estimate.
///
/// Gai serves models from many vendors and ships no tokenizer, so the count is an honest
/// estimate, not the provider's exact figure: one token per 4 UTF-8 bytes (rounded up) of all
/// text the model reads (the system prompt, text blocks, tool results, tool-use names and
/// compact `input` JSON, other blocks' JSON, and each tool's name, description and compact
/// `input_schema`), plus 4 tokens per message for role and framing, plus 1,600 tokens per image
/// (Anthropic's cost of a roughly 1.15-megapixel image; the real cost depends on its size).
package enum MessagesTokenEstimator {
    package static let bytesPerToken = 4
    package static let tokensPerMessage = 4
    package static let tokensPerImage = 1_600

    package static func estimate(
        system: String?, messages: [AnthropicMessageParam], tools: [AnthropicToolParam]?
    ) -> Int {
        var bytes = system?.utf8.count ?? 0
        var tokens = 0
        for message in messages {
            tokens += tokensPerMessage
            for block in message.content {
                switch block {
                case .text(let text):
                    bytes += text.utf8.count
                case .image:
                    tokens += tokensPerImage
                case .toolUse(_, let name, let input):
                    bytes += name.utf8.count + MessagesTranslation.compactJSON(input).utf8.count
                case .toolResult(_, let content):
                    bytes += content.utf8.count
                case .raw(let value):
                    bytes += MessagesTranslation.compactJSON(value).utf8.count
                }
            }
        }
        for tool in tools ?? [] {
            bytes += tool.name.utf8.count + (tool.description?.utf8.count ?? 0)
                + MessagesTranslation.compactJSON(tool.inputSchema).utf8.count
        }
        return tokens + (bytes + bytesPerToken - 1) / bytesPerToken
    }
}
