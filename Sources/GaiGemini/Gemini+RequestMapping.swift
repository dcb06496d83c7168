import Foundation
import GaiCore

/// Unified (OpenAI-shaped) request → Gemini `GenerateContentRequest`.
///
/// - `system` and `developer` messages become `systemInstruction` (Gemini has no system role).
/// - `assistant` becomes role `model`; its `tool_calls` become `functionCall` parts whose `args`
///   is the parsed arguments object.
/// - `tool` messages become `functionResponse` parts in a `user` turn; consecutive results share
///   one turn, as Gemini expects for parallel calls. Gemini matches a response to its call by
///   function name, so the name is looked up from the earlier call with the same `tool_call_id`.
/// - Tool-call ids are not sent: Gemini would refuse ids it never issued (ids minted by Gai or
///   by another provider), and the Developer API matches by name and order.
/// - A function call's `thoughtSignature` (required back by Gemini 3) is recovered from the
///   tool-call id it was carried in (see ``GeminiIDs/toolCallID(_:signature:)``).
/// - Not mapped: `user`, `metadata`, unknown members, refusals, and reasoning text of earlier
///   assistant turns.
extension GenerateContentRequest {
    init(unified request: ChatRequest) throws(GaiError) {
        var system: [GeminiPart] = []
        var contents: [GeminiContent] = []
        var callNames: [String: String] = [:]
        var lastWasToolResult = false

        for (index, message) in request.messages.enumerated() {
            var isToolResult = false
            switch message.role {
            case .system, .developer:
                let text = message.text
                if !text.isEmpty { system.append(GeminiPart(text: text)) }
            case .user:
                contents.append(GeminiContent(role: "user", parts: try Self.userParts(message, index: index)))
            case .assistant:
                var parts: [GeminiPart] = []
                let text = message.text
                if !text.isEmpty { parts.append(GeminiPart(text: text)) }
                for (callIndex, call) in (message.toolCalls ?? []).enumerated() {
                    callNames[call.id] = call.function.name
                    let args = try Self.arguments(
                        call.function.arguments, param: "messages[\(index)].tool_calls[\(callIndex)].function.arguments")
                    parts.append(
                        GeminiPart(
                            thoughtSignature: GeminiIDs.signature(inToolCallID: call.id),
                            functionCall: GeminiFunctionCall(name: call.function.name, args: args)))
                }
                // Gemini refuses a turn without parts; an empty assistant message adds nothing.
                if !parts.isEmpty { contents.append(GeminiContent(role: "model", parts: parts)) }
            case .tool:
                guard let name = message.toolCallID.flatMap({ callNames[$0] }) ?? message.name else {
                    throw GaiError.invalidRequest(
                        "A tool message must answer a tool call made earlier in the conversation (unknown tool_call_id)",
                        param: "messages[\(index)].tool_call_id")
                }
                let part = GeminiPart(
                    functionResponse: GeminiFunctionResponse(name: name, response: .object(["content": Self.toolResult(message.text)])))
                if lastWasToolResult, var last = contents.popLast() {
                    last.parts = (last.parts ?? []) + [part]
                    contents.append(last)
                } else {
                    contents.append(GeminiContent(role: "user", parts: [part]))
                }
                isToolResult = true
            default:
                throw GaiError.invalidRequest(
                    "The role '\(message.role.rawValue)' is not supported by Gemini", param: "messages[\(index)].role")
            }
            lastWasToolResult = isToolResult
        }

        self.init(
            contents: contents,
            systemInstruction: system.isEmpty ? nil : GeminiContent(parts: system),
            tools: try Self.tools(request.tools),
            toolConfig: try Self.toolConfig(request.toolChoice),
            generationConfig: try Self.generationConfig(request))
    }

    // MARK: - Messages

    static func userParts(_ message: ChatMessage, index: Int) throws(GaiError) -> [GeminiPart] {
        switch message.content {
        case nil:
            return [GeminiPart(text: "")]
        case .text(let text):
            return [GeminiPart(text: text)]
        case .parts(let parts):
            var mapped: [GeminiPart] = []
            for (partIndex, part) in parts.enumerated() {
                let param = "messages[\(index)].content[\(partIndex)]"
                switch part {
                case .text(let text):
                    mapped.append(GeminiPart(text: text))
                case .imageURL(let url, _):
                    mapped.append(try imagePart(url, param: param))
                case .other(let value):
                    // Known part types with extra members (e.g. `cache_control`) land here.
                    if value["type"]?.stringValue == "text", let text = value["text"]?.stringValue {
                        mapped.append(GeminiPart(text: text))
                    } else if value["type"]?.stringValue == "image_url", let url = value["image_url"]?["url"]?.stringValue {
                        mapped.append(try imagePart(url, param: param))
                    } else {
                        throw GaiError(
                            .unsupported, "The content part type '\(value["type"]?.stringValue ?? "?")' is not supported by Gemini",
                            param: param)
                    }
                }
            }
            return mapped
        }
    }

    /// `data:` URIs become `inlineData`; `http(s)` URLs become `fileData` (best effort: Gemini
    /// fetches only some public URLs, and the MIME type is guessed from the extension).
    static func imagePart(_ url: String, param: String) throws(GaiError) -> GeminiPart {
        if url.hasPrefix("data:") {
            guard let comma = url.firstIndex(of: ",") else {
                throw GaiError.invalidRequest("The image data URI has no ',' separating its data", param: param)
            }
            let header = url[url.index(url.startIndex, offsetBy: 5)..<comma]
            guard header.hasSuffix(";base64") else {
                throw GaiError.invalidRequest("Only base64 image data URIs are supported", param: param)
            }
            let mimeType = header.split(separator: ";").first.map(String.init) ?? ""
            return GeminiPart(
                inlineData: GeminiBlob(mimeType: mimeType.isEmpty ? "application/octet-stream" : mimeType,
                    data: String(url[url.index(after: comma)...])))
        }
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("gs://") else {
            throw GaiError.invalidRequest("An image URL must be a data: URI or an http(s) URL", param: param)
        }
        return GeminiPart(fileData: GeminiFileData(mimeType: guessedMIMEType(lowered), fileUri: url))
    }

    static func guessedMIMEType(_ url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let types = [
            ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif",
            ".heic": "image/heic", ".heif": "image/heif", ".pdf": "application/pdf",
        ]
        return types.first { path.hasSuffix($0.key) }?.value
    }

    /// Tool-call arguments (a JSON text) as the object Gemini wants; an empty text is `{}`.
    static func arguments(_ text: String, param: String) throws(GaiError) -> JSONValue {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .object([:]) }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)), case .object = value else {
            throw GaiError.invalidRequest("Tool-call arguments must be a JSON object", param: param)
        }
        return value
    }

    /// A tool result: JSON objects and arrays are passed parsed, anything else as text.
    static func toolResult(_ text: String) -> JSONValue {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("["),
            let value = try? JSONDecoder().decode(JSONValue.self, from: Data(trimmed.utf8))
        {
            return value
        }
        return .string(text)
    }

    // MARK: - Tools

    static func tools(_ tools: [Tool]?) throws(GaiError) -> [GeminiTool]? {
        guard let tools, !tools.isEmpty else { return nil }
        var declarations: [GeminiFunctionDeclaration] = []
        for (index, tool) in tools.enumerated() {
            guard tool.type == "function", let function = tool.function else {
                throw GaiError(.unsupported, "Only function tools are supported by Gemini", param: "tools[\(index)]")
            }
            let parameters = function.parameters.map(GeminiSchema.sanitized)
            declarations.append(
                GeminiFunctionDeclaration(
                    name: function.name, description: function.description,
                    parameters: parameters.flatMap { GeminiSchema.isEmptyObject($0) ? nil : $0 }))
        }
        return [GeminiTool(functionDeclarations: declarations)]
    }

    static func toolConfig(_ choice: ToolChoice?) throws(GaiError) -> GeminiToolConfig? {
        switch choice {
        case nil:
            return nil
        case .mode("auto"):
            return GeminiToolConfig(functionCallingConfig: GeminiFunctionCallingConfig(mode: "AUTO"))
        case .mode("none"):
            return GeminiToolConfig(functionCallingConfig: GeminiFunctionCallingConfig(mode: "NONE"))
        case .mode("required"):
            return GeminiToolConfig(functionCallingConfig: GeminiFunctionCallingConfig(mode: "ANY"))
        case .mode(let other):
            throw GaiError.invalidRequest("Unknown tool_choice '\(other)'", param: "tool_choice")
        case .function(let name):
            return GeminiToolConfig(functionCallingConfig: GeminiFunctionCallingConfig(mode: "ANY", allowedFunctionNames: [name]))
        case .other:
            throw GaiError(.unsupported, "This tool_choice form is not supported by Gemini", param: "tool_choice")
        }
    }

    // MARK: - Generation settings

    static func generationConfig(_ request: ChatRequest) throws(GaiError) -> GeminiGenerationConfig? {
        var config = GeminiGenerationConfig(
            temperature: request.temperature, topP: request.topP,
            maxOutputTokens: request.maxCompletionTokens ?? request.maxTokens,
            stopSequences: request.stop.map(\.sequences), candidateCount: request.n, seed: request.seed)
        switch request.responseFormat?.type {
        case nil, "text"?:
            break
        case "json_object"?:
            config.responseMimeType = "application/json"
        case "json_schema"?:
            config.responseMimeType = "application/json"
            config.responseSchema = request.responseFormat?.jsonSchema?["schema"].map(GeminiSchema.sanitized)
        case let other?:
            throw GaiError(.unsupported, "The response_format type '\(other)' is not supported by Gemini", param: "response_format")
        }
        return config.isEmpty ? nil : config
    }
}
