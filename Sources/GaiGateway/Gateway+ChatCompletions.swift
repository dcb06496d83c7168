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
        try await admit(target, body: body, maxTokens: chat.maxCompletionTokens ?? chat.maxTokens, context: context)
        let requestedFormat = try Self.requestedStreamFormat(request)
        let providerContext = requestContext(request, context: context, body: body, clientModel: chat.model)

        return try await serve(request, context: context, body: body, dialect: .openai) { () throws(GaiError) -> Answer in
            if chat.isStreaming {
                let routed = try await openStream(
                    chat, model: chat.model, providerContext: providerContext, request: request, context: context, body: body)
                let format = requestedFormat ?? routed.target.streamFormat.flatMap(StreamWireFormat.init(rawValue:)) ?? .openai
                let output = streamOutput(format: format, request: request, chat: chat, target: routed.target, context: context)
                return .stream(routed, output)
            }
            let routed = try await routed(
                model: chat.model, providerContext: providerContext, request: request, context: context, body: body
            ) { target throws(GaiError) in
                var upstream = chat
                upstream.model = target.deployment.model
                return try await target.provider.chatCompletion(upstream, context: providerContext)
            }
            routed.lease.release()
            let result = routed.value
            // Finish reasons are for the span only: read (cheaply) only for a recorded one.
            let reasons = context.access.hasSpan ? Self.finishReasons(of: result) : []
            context.access.update {
                $0.usage = result.usage
                $0.finishReasons = reasons
            }
            if let raw = result.rawBody { return .body(raw) }
            return .body(try Self.encode(result.value))
        }
    }

    /// The stream format the client asked for with `x-gai-stream`, checked before anything runs.
    static func requestedStreamFormat(_ request: Request) throws(GaiError) -> StreamWireFormat? {
        guard let requested = request.headers[.gaiStream] else { return nil }
        guard let known = StreamWireFormat(rawValue: requested.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw .invalidRequest(
                "Unknown stream format '\(requested)' in x-gai-stream: use 'openai' or 'gai.events.v1'.", param: "x-gai-stream")
        }
        return known
    }

    /// The encoder for the chosen format (`x-gai-stream`, else the model's `stream_format`, else
    /// OpenAI chunks) and framing (`Accept: application/x-ndjson`, else SSE).
    func streamOutput(
        format: StreamWireFormat, request: Request, chat: ChatRequest, target: ModelRouter.Target, context: GatewayRequestContext
    ) -> StreamOutput {
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
