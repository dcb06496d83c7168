import Foundation
import GaiCore
import GaiProviderKit
import NIOCore

extension GeminiProvider {
    /// Embeddings through `models/{model}:batchEmbedContents`, one request per input text.
    ///
    /// `dimensions` maps to `outputDimensionality`; `encoding_format: base64` is honoured by
    /// encoding the floats Gemini returns. Token-array inputs are `unsupported` (Gemini embeds
    /// text only), and `usage` is absent: Gemini does not report token counts for embeddings.
    public func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse> {
        let texts: [String]
        switch request.input {
        case .text(let text): texts = [text]
        case .texts(let values): texts = values
        case .tokens, .tokenBatches:
            throw GaiError(.unsupported, "Gemini embeds text only; token-array inputs are not supported", provider: name, param: "input")
        }
        let resource = try resourceName(request.model)
        let body = try encode(
            BatchEmbedContentsRequest(
                requests: texts.map {
                    EmbedContentRequest(
                        model: resource, content: GeminiContent(parts: [GeminiPart(text: $0)]), outputDimensionality: request.dimensions)
                }))
        let response = try await send(model: request.model, method: "batchEmbedContents", body: body, context: context)
        let bytes = try await response.body.collect(upTo: configuration.maxResponseBytes, provider: name)
        let data = Data(bytes.readableBytesView)
        let answer: BatchEmbedContentsResponse
        do {
            answer = try JSONDecoder().decode(BatchEmbedContentsResponse.self, from: data)
        } catch {
            throw invalidAnswer(data, underlying: error, expected: "BatchEmbedContentsResponse")
        }
        guard answer.embeddings.count == texts.count else {
            throw GaiError(
                .providerUnavailable,
                "The upstream provider '\(name)' returned \(answer.embeddings.count) embeddings for \(texts.count) inputs", provider: name)
        }
        let vectors = answer.embeddings.enumerated().map { index, embedding in
            EmbeddingsResponse.Embedding(
                index: index, embedding: request.wantsBase64 ? .base64(of: embedding.values) : .floats(embedding.values))
        }
        return ProviderResult(EmbeddingsResponse(data: vectors, model: request.model, usage: nil), usage: nil)
    }
}
