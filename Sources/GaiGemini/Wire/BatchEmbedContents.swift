/// The body of `models/{model}:batchEmbedContents`: one `EmbedContentRequest` per input.
struct BatchEmbedContentsRequest: Encodable, Sendable, Hashable {
    var requests: [EmbedContentRequest]
}

/// One `EmbedContentRequest`: `model` repeats the resource name of the URL (Gemini requires it).
struct EmbedContentRequest: Encodable, Sendable, Hashable {
    var model: String
    var content: GeminiContent
    var outputDimensionality: Int?
}

/// The answer of `:batchEmbedContents`: vectors in input order. Gemini reports no token counts.
struct BatchEmbedContentsResponse: Decodable, Sendable {
    var embeddings: [ContentEmbedding]

    struct ContentEmbedding: Decodable, Sendable {
        var values: [Float]
    }
}
