import GaiCore

/// The body of `models/{model}:generateContent` and `:streamGenerateContent` (`GenerateContentRequest`).
struct GenerateContentRequest: Encodable, Sendable, Hashable {
    var contents: [GeminiContent]
    var systemInstruction: GeminiContent?
    var tools: [GeminiTool]?
    var toolConfig: GeminiToolConfig?
    var generationConfig: GeminiGenerationConfig?
}

/// One entry of `tools`; Gai only sends function declarations.
struct GeminiTool: Encodable, Sendable, Hashable {
    var functionDeclarations: [GeminiFunctionDeclaration]
}

/// `functionDeclarations[]`: `parameters` is Gemini's OpenAPI-subset `Schema`.
struct GeminiFunctionDeclaration: Encodable, Sendable, Hashable {
    var name: String
    var description: String?
    var parameters: JSONValue?
}

/// `toolConfig`.
struct GeminiToolConfig: Encodable, Sendable, Hashable {
    var functionCallingConfig: GeminiFunctionCallingConfig
}

/// `toolConfig.functionCallingConfig`: `mode` is `AUTO`, `ANY` or `NONE`.
struct GeminiFunctionCallingConfig: Encodable, Sendable, Hashable {
    var mode: String
    var allowedFunctionNames: [String]?
}

/// `generationConfig`: sampling and output settings.
struct GeminiGenerationConfig: Encodable, Sendable, Hashable {
    var temperature: Double?
    var topP: Double?
    var maxOutputTokens: Int?
    var stopSequences: [String]?
    var candidateCount: Int?
    var seed: Int64?
    var responseMimeType: String?
    var responseSchema: JSONValue?

    /// Whether no member is set (the whole object is then left out of the request).
    var isEmpty: Bool {
        self == GeminiGenerationConfig()
    }
}
