import GaiAnthropicWire
import GaiCore
import GaiMessagesAPI
import GaiRouting
import HTTPTypes
import Hummingbird
import NIOCore

extension Gateway {
    /// `POST /v1/messages`: the Anthropic Messages API over any provider.
    ///
    /// The request is translated to the unified schema, routed like a chat completion, and the
    /// answer translated back; a stream goes through the same pump as `/v1/chat/completions`
    /// (first chunk before the status, client disconnect cancels the upstream), with Anthropic's
    /// events. Errors come in Anthropic's shape (``GatewayMiddleware`` picks it by path).
    func messages(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body = try await collectBody(request)
        let messages = try GaiJSON.decodeRequest(AnthropicMessagesRequest.self, from: body.readableBytesView)
        let chat = try MessagesTranslation.chatRequest(from: messages)
        context.access.update { $0.stream = chat.isStreaming }
        let target = try route(chat.model, context: context)
        try await admit(target, body: body, maxTokens: chat.maxTokens, context: context)
        var providerContext = requestContext(request, context: context, body: body, clientModel: chat.model)
        // The body is Anthropic's: no adapter may forward it as an OpenAI request.
        providerContext.originalBody = nil

        return try await serve(request, context: context, body: body, dialect: .anthropic) { () throws(GaiError) -> Answer in
            if chat.isStreaming {
                let routed = try await openStream(
                    chat, model: chat.model, providerContext: providerContext, request: request, context: context, body: body)
                let output = StreamOutput(
                    encoding: .messages(MessagesStreamEncoder(clientModel: chat.model, fallbackID: context.requestID.value)),
                    framing: .sse)
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
            let reasons = context.access.hasSpan ? Self.finishReasons(of: routed.value) : []
            context.access.update {
                $0.usage = routed.value.usage
                $0.finishReasons = reasons
            }
            let message = MessagesTranslation.message(from: try routed.value.value, clientModel: chat.model)
            return .body(try Self.encode(message))
        }
    }

    /// `POST /v1/messages/count_tokens`: an estimate (see `MessagesTokenEstimator`), for a model
    /// Gai serves.
    func countMessageTokens(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body = try await collectBody(request)
        let count = try GaiJSON.decodeRequest(AnthropicCountTokensRequest.self, from: body.readableBytesView)
        if count.messages.isEmpty {
            throw GaiError.invalidRequest("messages: at least one message is required", param: "messages")
        }
        _ = try route(count.model, context: context)
        let tokens = MessagesTokenEstimator.estimate(system: count.system, messages: count.messages, tools: count.tools)
        return Self.json(#"{"input_tokens":\#(tokens)}"#)
    }
}
