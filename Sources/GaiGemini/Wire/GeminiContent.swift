import GaiCore

// Wire types shared by Gemini requests and responses. They mirror the JSON of the Gemini
// Developer API (`generativelanguage.googleapis.com/v1beta`) exactly: camelCase member names,
// optional members omitted when `nil`.

/// A turn of the conversation (`Content`): `role` is `user` or `model`; `systemInstruction`
/// omits it.
struct GeminiContent: Codable, Sendable, Hashable {
    var role: String?
    var parts: [GeminiPart]?
}

/// One `Part`. Exactly one of the data members is set; `thought` and `thoughtSignature` qualify it.
///
/// Decoding never fails on a part's content: a part kind Gai does not model
/// (`executableCode`, `codeExecutionResult`, a future one) decodes with every member `nil` and
/// is then ignored, so a new Gemini feature cannot break an answer.
struct GeminiPart: Codable, Sendable, Hashable {
    var text: String?
    /// `true` on thought summaries (thinking models with `includeThoughts`).
    var thought: Bool?
    /// An opaque signature Gemini 3 requires back unchanged in the history.
    var thoughtSignature: String?
    var inlineData: GeminiBlob?
    var fileData: GeminiFileData?
    var functionCall: GeminiFunctionCall?
    var functionResponse: GeminiFunctionResponse?
}

extension GeminiPart {
    /// Lenient: each member that is missing or has an unexpected shape is `nil`.
    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else { return }
        text = try? container.decodeIfPresent(String.self, forKey: .text)
        thought = try? container.decodeIfPresent(Bool.self, forKey: .thought)
        thoughtSignature = try? container.decodeIfPresent(String.self, forKey: .thoughtSignature)
        inlineData = try? container.decodeIfPresent(GeminiBlob.self, forKey: .inlineData)
        fileData = try? container.decodeIfPresent(GeminiFileData.self, forKey: .fileData)
        functionCall = try? container.decodeIfPresent(GeminiFunctionCall.self, forKey: .functionCall)
        functionResponse = try? container.decodeIfPresent(GeminiFunctionResponse.self, forKey: .functionResponse)
    }
}

/// `inlineData`: bytes sent in the request, base64-encoded.
struct GeminiBlob: Codable, Sendable, Hashable {
    var mimeType: String
    var data: String
}

/// `fileData`: a reference to a file by URI (Files API, Cloud Storage, or a public URL).
struct GeminiFileData: Codable, Sendable, Hashable {
    var mimeType: String?
    var fileUri: String
}

/// `functionCall`: `args` is a JSON object, never a string; `id` is often absent.
struct GeminiFunctionCall: Codable, Sendable, Hashable {
    var id: String?
    var name: String
    var args: JSONValue?
}

/// `functionResponse`: sent in a `user` turn; matched to its call by `name` (and `id` if any).
struct GeminiFunctionResponse: Codable, Sendable, Hashable {
    var id: String?
    var name: String
    var response: JSONValue
}
