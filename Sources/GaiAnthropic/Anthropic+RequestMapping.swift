import Foundation
import GaiAnthropicWire
import GaiCore

/// The unified (OpenAI-shaped) request translated to a Messages API request.
///
/// What is mapped:
/// - `system` and `developer` messages, wherever they appear, are lifted into the top-level
///   `system` string, joined with a blank line (Anthropic has no system role).
/// - `tool` messages become `tool_result` blocks of a `user` turn; consecutive turns of the same
///   role are merged, because Anthropic requires `user` and `assistant` to alternate.
/// - Assistant `tool_calls` become `tool_use` blocks whose `input` is the arguments parsed as a
///   JSON object. Empty arguments give `{}`; arguments that are not a JSON object are rejected as
///   `invalid_request` rather than silently replaced, which would change what the model said.
/// - `image_url` parts become `image` blocks: a `data:` URI as a base64 source, an `http(s)` URL
///   as a URL source. Parts already in Anthropic's shape (`document`, `text` with
///   `cache_control`, `image`) are sent as they are; other part types are rejected.
/// - `max_tokens` = `max_completion_tokens` ?? `max_tokens` ?? the configured default (Anthropic
///   requires it); `temperature` is clamped to Anthropic's 0…1; `stop` → `stop_sequences`;
///   `user` → `metadata.user_id`; `parallel_tool_calls: false` → `disable_parallel_tool_use`.
///
/// What is not: `response_format`, `seed`, `logprobs`, `metadata` and every unknown member in
/// `extra` are dropped, because the Messages API answers 400 to members it does not know. `n`
/// above 1 is `unsupported` (Anthropic returns one answer).
extension AnthropicProvider {
    static func messagesRequest(
        from request: ChatRequest, streaming: Bool, defaultMaxTokens: Int
    ) throws(GaiError) -> AnthropicMessagesRequest {
        if let n = request.n, n > 1 {
            throw GaiError(.unsupported, "Anthropic returns one choice per request; 'n' must be 1", param: "n")
        }
        var systemTexts: [String] = []
        var turns: [AnthropicMessageParam] = []
        for (index, message) in request.messages.enumerated() {
            let role: String
            let blocks: [AnthropicContentBlockParam]
            switch message.role {
            case .system, .developer:
                let text = message.text
                if !text.isEmpty { systemTexts.append(text) }
                continue
            case .user:
                role = "user"
                blocks = try contentBlocks(message.content, path: "messages[\(index)].content")
            case .assistant:
                role = "assistant"
                blocks = try contentBlocks(message.content, path: "messages[\(index)].content")
                    + toolUseBlocks(message.toolCalls ?? [], path: "messages[\(index)].tool_calls")
            case .tool:
                guard let toolCallID = message.toolCallID else {
                    throw GaiError.invalidRequest("A tool message needs 'tool_call_id'", param: "messages[\(index)].tool_call_id")
                }
                role = "user"
                blocks = [.toolResult(toolUseID: toolCallID, content: message.text)]
            default:
                throw GaiError.invalidRequest(
                    "The role '\(message.role.rawValue)' is not supported by Anthropic", param: "messages[\(index)].role")
            }
            // Anthropic rejects empty turns; a message with nothing to say is left out.
            guard !blocks.isEmpty else { continue }
            if let last = turns.last, last.role == role {
                turns[turns.count - 1].content = mergedBlocks(last.content, blocks)
            } else {
                turns.append(AnthropicMessageParam(role: role, content: blocks))
            }
        }

        var parameters = AnthropicMessagesRequest(
            model: request.model,
            maxTokens: request.maxCompletionTokens ?? request.maxTokens ?? defaultMaxTokens,
            messages: turns)
        parameters.system = systemTexts.isEmpty ? nil : systemTexts.joined(separator: "\n\n")
        parameters.stopSequences = request.stop.map(\.sequences).flatMap { $0.isEmpty ? nil : $0 }
        parameters.temperature = request.temperature.map { min(1, max(0, $0)) }
        parameters.topP = request.topP
        parameters.tools = try tools(request.tools)
        parameters.toolChoice = try toolChoice(request.toolChoice)
        if request.extra["parallel_tool_calls"] == .bool(false), parameters.tools?.isEmpty == false,
            parameters.toolChoice?.type != "none"
        {
            var choice = parameters.toolChoice ?? AnthropicToolChoiceParam(type: "auto")
            choice.disableParallelToolUse = true
            parameters.toolChoice = choice
        }
        parameters.metadata = request.user.map { AnthropicMetadataParam(userID: $0) }
        parameters.stream = streaming ? true : nil
        return parameters
    }

    /// `tool_result` blocks must open a user turn, so a result merged into a turn that already
    /// holds text goes before that text.
    private static func mergedBlocks(
        _ existing: [AnthropicContentBlockParam], _ added: [AnthropicContentBlockParam]
    ) -> [AnthropicContentBlockParam] {
        let all = existing + added
        return all.filter(\.isToolResult) + all.filter { !$0.isToolResult }
    }

    private static func contentBlocks(_ content: MessageContent?, path: String) throws(GaiError) -> [AnthropicContentBlockParam] {
        switch content {
        case nil:
            return []
        case .text(let text):
            return text.isEmpty ? [] : [.text(text)]
        case .parts(let parts):
            var blocks: [AnthropicContentBlockParam] = []
            for (index, part) in parts.enumerated() {
                if let block = try contentBlock(part, path: "\(path)[\(index)]") { blocks.append(block) }
            }
            return blocks
        }
    }

    private static func contentBlock(_ part: ContentPart, path: String) throws(GaiError) -> AnthropicContentBlockParam? {
        switch part {
        case .text(let text):
            return text.isEmpty ? nil : .text(text)
        case .imageURL(let url, _):
            return .image(try imageSource(url, path: path))
        case .other(let value):
            let type = value["type"]?.stringValue ?? ""
            if type == "image_url", let url = value["image_url"]?["url"]?.stringValue {
                return .image(try imageSource(url, path: path))
            }
            if ["text", "image", "document", "search_result"].contains(type) {
                return .raw(value)
            }
            throw GaiError.invalidRequest("The content part type '\(type)' is not supported by Anthropic", param: path)
        }
    }

    /// `data:<media type>;base64,<data>` or an `http(s)` URL.
    static func imageSource(_ url: String, path: String) throws(GaiError) -> AnthropicImageSource {
        if url.hasPrefix("data:") {
            guard let comma = url.firstIndex(of: ",") else {
                throw GaiError.invalidRequest("The image data URI has no ',' before its data", param: path)
            }
            let header = url[url.index(url.startIndex, offsetBy: 5)..<comma]
            let attributes = header.split(separator: ";")
            guard let mediaType = attributes.first, attributes.dropFirst().contains("base64") else {
                throw GaiError.invalidRequest("Anthropic accepts only base64 image data URIs with a media type", param: path)
            }
            return .base64(mediaType: String(mediaType), data: String(url[url.index(after: comma)...]))
        }
        let lowered = url.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            return .url(url)
        }
        throw GaiError.invalidRequest("An image URL must be a data: URI or an http(s) URL", param: path)
    }

    private static func toolUseBlocks(_ calls: [ToolCall], path: String) throws(GaiError) -> [AnthropicContentBlockParam] {
        var blocks: [AnthropicContentBlockParam] = []
        for (index, call) in calls.enumerated() {
            let arguments = call.function.arguments.trimmingCharacters(in: .whitespacesAndNewlines)
            var input = JSONValue.object([:])
            if !arguments.isEmpty {
                guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(arguments.utf8)), case .object = parsed else {
                    throw GaiError.invalidRequest(
                        "Tool call arguments must be a JSON object for Anthropic", param: "\(path)[\(index)].function.arguments")
                }
                input = parsed
            }
            blocks.append(.toolUse(id: call.id, name: call.function.name, input: input))
        }
        return blocks
    }

    private static func tools(_ tools: [Tool]?) throws(GaiError) -> [AnthropicToolParam]? {
        guard let tools, !tools.isEmpty else { return nil }
        var result: [AnthropicToolParam] = []
        for (index, tool) in tools.enumerated() {
            guard tool.type == "function", let function = tool.function else {
                throw GaiError.invalidRequest("Only function tools can be sent to Anthropic", param: "tools[\(index)]")
            }
            result.append(
                AnthropicToolParam(
                    name: function.name, description: function.description,
                    inputSchema: function.parameters ?? .object(["type": .string("object"), "properties": .object([:])])))
        }
        return result
    }

    private static func toolChoice(_ choice: ToolChoice?) throws(GaiError) -> AnthropicToolChoiceParam? {
        switch choice {
        case nil:
            return nil
        case .mode("auto"):
            return AnthropicToolChoiceParam(type: "auto")
        case .mode("required"):
            return AnthropicToolChoiceParam(type: "any")
        case .mode("none"):
            return AnthropicToolChoiceParam(type: "none")
        case .function(let name):
            return AnthropicToolChoiceParam(type: "tool", name: name)
        case .mode(let other):
            throw GaiError.invalidRequest("Unknown tool_choice '\(other)'", param: "tool_choice")
        case .other(let value):
            if value["type"]?.stringValue == "function", let name = value["function"]?["name"]?.stringValue {
                return AnthropicToolChoiceParam(type: "tool", name: name)
            }
            throw GaiError.invalidRequest("This tool_choice cannot be sent to Anthropic", param: "tool_choice")
        }
    }
}
