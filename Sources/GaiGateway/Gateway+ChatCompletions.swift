import Foundation
import GaiCore
import GaiRouting
import HTTPTypes
import Hummingbird
import NIOCore

extension Gateway {
    /// `POST /v1/chat/completions`.
    func chatCompletions(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body = try await collectBody(request)
        let chat = try GaiJSON.decodeRequest(ChatRequest.self, from: body.readableBytesView)
        try Self.validate(chat)
        context.access.update { $0.stream = chat.isStreaming }
        let target = try route(chat.model, context: context)

        var upstream = chat
        upstream.model = target.deployment.model
        let providerContext = requestContext(request, context: context, body: body, clientModel: chat.model)

        if chat.isStreaming {
            let output = try streamOutput(for: request, chat: chat, target: target, context: context)
            return try await streamChatCompletion(
                upstream, provider: target.provider, providerContext: providerContext, request: request, context: context,
                output: output)
        }
        let result = try await target.provider.chatCompletion(upstream, context: providerContext)
        context.access.update { $0.usage = result.usage }
        return Self.json(try result.rawBody ?? Self.encode(result.value))
    }

    /// The client's choice of stream format (`x-gai-stream`, else the model's `stream_format`, else
    /// OpenAI chunks) and framing (`Accept: application/x-ndjson`, else SSE).
    func streamOutput(
        for request: Request, chat: ChatRequest, target: ModelRouter.Target, context: GatewayRequestContext
    ) throws(GaiError) -> StreamOutput {
        let requested = request.headers[.gaiStream] ?? target.streamFormat
        let format: StreamWireFormat
        if let requested {
            guard let known = StreamWireFormat(rawValue: requested.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw .invalidRequest(
                    "Unknown stream format '\(requested)' in x-gai-stream: use 'openai' or 'gai.events.v1'.", param: "x-gai-stream")
            }
            format = known
        } else {
            format = .openai
        }
        let accept = request.headers[values: .accept].joined(separator: ",").lowercased()
        let framing: StreamFraming = accept.contains("application/x-ndjson") ? .ndjson : .sse
        switch format {
        case .openai:
            return StreamOutput(encoding: .openai(includeUsage: chat.includeUsage), framing: framing)
        case .events:
            let normalizer = StreamNormalizer(
                requestID: context.requestID.value, provider: target.provider.name, model: target.deployment.model)
            return StreamOutput(encoding: .events(normalizer), framing: framing)
        }
    }

    /// Checks what decoding cannot: values that are the right type but unusable.
    static func validate(_ chat: ChatRequest) throws(GaiError) {
        if chat.model.isEmpty {
            throw .invalidRequest("'model' must not be empty.", param: "model")
        }
        if chat.messages.isEmpty {
            throw .invalidRequest("'messages' must contain at least one message.", param: "messages")
        }
        for (index, message) in chat.messages.enumerated() {
            switch message.role {
            case .system, .developer, .user, .tool:
                if message.content == nil {
                    throw .invalidRequest("'messages[\(index)].content' is required for a \(message.role.rawValue) message.", param: "messages[\(index)].content")
                }
            case .assistant:
                if message.content == nil, message.toolCalls == nil, message.refusal == nil {
                    throw .invalidRequest("'messages[\(index)]' needs 'content' or 'tool_calls'.", param: "messages[\(index)].content")
                }
            default:
                break
            }
        }
        if let n = chat.n, n < 1 {
            throw .invalidRequest("'n' must be at least 1.", param: "n")
        }
    }
}
