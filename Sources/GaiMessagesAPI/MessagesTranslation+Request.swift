import Foundation
import GaiAnthropicWire
import GaiCore

/// An Anthropic Messages request translated to the unified request.
///
/// What is mapped:
/// - `system` (a string, or text blocks joined by newlines) → a leading `system` message.
/// - `user` turns: text and image blocks → content parts (a lone text block stays a plain string;
///   a base64 image becomes a `data:` URI, a URL image an `image_url`). `tool_result` blocks
///   become `tool` messages, placed before the turn's other content because OpenAI requires tool
///   answers to follow the assistant's calls directly; a block-array result keeps its text.
/// - `assistant` turns: text blocks joined → `content`; `tool_use` blocks → `tool_calls` whose
///   `arguments` is the compact JSON of `input`. `thinking` and `redacted_thinking` blocks are
///   dropped: they can only be replayed to Anthropic itself, with their signature.
/// - `tools` → function tools (`input_schema` → `parameters`); `tool_choice` auto/any/tool/none
///   → `auto`/`required`/function/`none`; `disable_parallel_tool_use` → `parallel_tool_calls:
///   false`; `max_tokens`, `stop_sequences` → `stop`, `temperature`, `top_p`, `stream`,
///   `metadata.user_id` → `user`.
///
/// What is not: `thinking`, `top_k`, `service_tier`, `cache_control` markers and other members
/// are ignored, because OpenAI-shaped providers have no equivalent (a request routed to a
/// non-Anthropic model simply runs without extended thinking). Block types with no unified
/// equivalent (`document`, `search_result`, server-tool blocks) are rejected as `unsupported`
/// rather than silently dropped, which would change what the model is asked.
extension MessagesTranslation {
    package static func chatRequest(from request: AnthropicMessagesRequest) throws(GaiError) -> ChatRequest {
        try validate(request)
        var messages: [ChatMessage] = []
        if let system = request.system, !system.isEmpty {
            messages.append(ChatMessage(role: .system, content: .text(system)))
        }
        for (index, turn) in request.messages.enumerated() {
            let path = "messages[\(index)]"
            switch turn.role {
            case "user":
                messages += try userMessages(turn.content, path: path)
            case "assistant":
                if let message = try assistantMessage(turn.content, path: path) { messages.append(message) }
            default:
                throw GaiError.invalidRequest(
                    "Unexpected role '\(turn.role)': messages alternate 'user' and 'assistant' (use the top-level 'system' for a system prompt).",
                    param: "\(path).role")
            }
        }

        var chat = ChatRequest(model: request.model, messages: messages, stream: request.stream)
        chat.maxTokens = request.maxTokens
        chat.temperature = request.temperature
        chat.topP = request.topP
        if let stops = request.stopSequences, !stops.isEmpty { chat.stop = .many(stops) }
        chat.user = request.metadata?.userID
        if let tools = request.tools, !tools.isEmpty {
            chat.tools = tools.map { tool in
                Tool(function: FunctionDefinition(name: tool.name, description: tool.description, parameters: tool.inputSchema))
            }
        }
        if let choice = request.toolChoice {
            chat.toolChoice = try toolChoice(choice)
            if choice.disableParallelToolUse == true, chat.tools != nil {
                chat.extra["parallel_tool_calls"] = .bool(false)
            }
        }
        if request.stream == true {
            // The usage chunk carries the token counts `message_delta` reports at the end.
            chat.streamOptions = StreamOptions(includeUsage: true)
        }
        return chat
    }

    /// What decoding cannot check: values of the right type that Anthropic would refuse too.
    static func validate(_ request: AnthropicMessagesRequest) throws(GaiError) {
        if request.model.isEmpty {
            throw .invalidRequest("model: must not be empty", param: "model")
        }
        if request.maxTokens < 1 {
            throw .invalidRequest("max_tokens: must be at least 1", param: "max_tokens")
        }
        if request.messages.isEmpty {
            throw .invalidRequest("messages: at least one message is required", param: "messages")
        }
        if let temperature = request.temperature, !(0...1).contains(temperature) {
            throw .invalidRequest("temperature: must be between 0 and 1", param: "temperature")
        }
    }

    private static func userMessages(_ blocks: [AnthropicContentBlockParam], path: String) throws(GaiError) -> [ChatMessage] {
        var toolMessages: [ChatMessage] = []
        var parts: [ContentPart] = []
        for (index, block) in blocks.enumerated() {
            let blockPath = "\(path).content[\(index)]"
            switch block {
            case .text(let text):
                parts.append(.text(text))
            case .image(let source):
                parts.append(.imageURL(url: imageURL(source), detail: nil))
            case .toolResult(let toolUseID, let content):
                toolMessages.append(ChatMessage(role: .tool, content: .text(content), toolCallID: toolUseID))
            case .toolUse:
                throw GaiError.invalidRequest("tool_use blocks belong in assistant messages", param: blockPath)
            case .raw:
                try skipOrReject(block, path: blockPath)
            }
        }
        guard !parts.isEmpty else { return toolMessages }
        return toolMessages + [ChatMessage(role: .user, content: content(parts))]
    }

    private static func assistantMessage(_ blocks: [AnthropicContentBlockParam], path: String) throws(GaiError) -> ChatMessage? {
        var texts: [String] = []
        var calls: [ToolCall] = []
        for (index, block) in blocks.enumerated() {
            let blockPath = "\(path).content[\(index)]"
            switch block {
            case .text(let text):
                texts.append(text)
            case .toolUse(let id, let name, let input):
                calls.append(ToolCall(id: id, function: .init(name: name, arguments: compactJSON(input))))
            case .image, .toolResult:
                throw GaiError.invalidRequest("\(block.type) blocks are not allowed in assistant messages", param: blockPath)
            case .raw:
                try skipOrReject(block, path: blockPath)
            }
        }
        if texts.isEmpty, calls.isEmpty { return nil }
        return ChatMessage(
            role: .assistant, content: texts.isEmpty ? nil : .text(texts.joined()), toolCalls: calls.isEmpty ? nil : calls)
    }

    /// Thinking blocks are dropped (see the type's documentation); anything else is refused.
    private static func skipOrReject(_ block: AnthropicContentBlockParam, path: String) throws(GaiError) {
        switch block.type {
        case "thinking", "redacted_thinking":
            return
        default:
            throw GaiError(
                .unsupported, "Content blocks of type '\(block.type)' are not supported by Gai's Messages API", param: path)
        }
    }

    private static func content(_ parts: [ContentPart]) -> MessageContent {
        if parts.count == 1, case .text(let text) = parts[0] { return .text(text) }
        return .parts(parts)
    }

    static func imageURL(_ source: AnthropicImageSource) -> String {
        switch source {
        case .base64(let mediaType, let data): "data:\(mediaType);base64,\(data)"
        case .url(let url): url
        }
    }

    private static func toolChoice(_ choice: AnthropicToolChoiceParam) throws(GaiError) -> ToolChoice {
        switch choice.type {
        case "auto": return .mode("auto")
        case "any": return .mode("required")
        case "none": return .mode("none")
        case "tool":
            guard let name = choice.name, !name.isEmpty else {
                throw GaiError.invalidRequest("tool_choice.name: required when tool_choice.type is 'tool'", param: "tool_choice.name")
            }
            return .function(name: name)
        default:
            throw GaiError.invalidRequest(
                "tool_choice.type: expected 'auto', 'any', 'tool' or 'none', got '\(choice.type)'", param: "tool_choice.type")
        }
    }

    /// `value` as compact JSON with sorted keys (OpenAI's `arguments` is a JSON string).
    static func compactJSON(_ value: JSONValue) -> String {
        guard let data = try? GaiJSON.makeEncoder().encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
