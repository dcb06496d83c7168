import Synchronization
import GaiRouting
import GaiCore
import Hummingbird
import NIOCore

extension Gateway {
    /// `POST /v1/embeddings`.
    func embeddings(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body = try await collectBody(request)
        let embeddingsRequest = try GaiJSON.decodeRequest(EmbeddingsRequest.self, from: body.readableBytesView)
        try Self.validate(embeddingsRequest)
        let target = try route(embeddingsRequest.model, context: context)
        try await admit(target, body: body, maxTokens: 0, context: context)
        let providerContext = requestContext(request, context: context, body: body, clientModel: embeddingsRequest.model)
        return try await serve(request, context: context, body: body, dialect: .openai) { () throws(GaiError) -> Answer in
            let routed = try await routed(
                model: embeddingsRequest.model, providerContext: providerContext, request: request, context: context, body: body
            ) { target throws(GaiError) in
                var upstream = embeddingsRequest
                upstream.model = target.deployment.model
                return try await target.provider.embeddings(upstream, context: providerContext)
            }
            routed.lease.release()
            let result = routed.value
            context.access.update { $0.usage = result.usage }
            if let raw = result.rawBody { return .body(raw) }
            return .body(try Self.encode(result.value))
        }
    }

    static func validate(_ request: EmbeddingsRequest) throws(GaiError) {
        if request.model.isEmpty {
            throw .invalidRequest("'model' must not be empty.", param: "model")
        }
        switch request.input {
        case .text(let text) where text.isEmpty:
            throw .invalidRequest("'input' must not be an empty string.", param: "input")
        case .texts(let texts) where texts.isEmpty || texts.contains(where: \.isEmpty):
            throw .invalidRequest("'input' must be a non-empty array of non-empty strings.", param: "input")
        case .tokens(let tokens) where tokens.isEmpty:
            throw .invalidRequest("'input' must not be an empty token array.", param: "input")
        case .tokenBatches(let batches) where batches.isEmpty || batches.contains(where: \.isEmpty):
            throw .invalidRequest("'input' must not contain an empty token array.", param: "input")
        default:
            break
        }
        if request.input.count > 2048 {
            throw .invalidRequest("'input' may hold at most 2048 items.", param: "input")
        }
        if let format = request.encodingFormat, format != "float", format != "base64" {
            throw .invalidRequest("'encoding_format' must be 'float' or 'base64'.", param: "encoding_format")
        }
    }
}
