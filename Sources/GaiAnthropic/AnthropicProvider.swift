import Foundation
import GaiAnthropicWire
import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1

/// The adapter for the native Anthropic Messages API (`kind: anthropic`).
///
/// Unlike the OpenAI-compatible adapter it cannot pass bytes through: every request is mapped
/// to `POST {baseURL}/messages` (see `Anthropic+RequestMapping.swift` for what is and is not
/// mapped) and every answer is mapped back to the unified schema, so results carry decoded
/// values, and stream chunks have no `rawJSON`.
public struct AnthropicProvider: ChatProvider {
    /// The upstream's settings.
    public let configuration: AnthropicConfiguration
    let transport: any HTTPTransport

    /// The configured provider name.
    public var name: String { configuration.name }
    /// Always `anthropic`.
    public var kind: String { "anthropic" }

    /// An adapter sending through `transport`, which tests replace with a scripted one.
    public init(configuration: AnthropicConfiguration, transport: any HTTPTransport) {
        self.configuration = configuration
        self.transport = transport
    }

    /// A complete answer: the mapped `Message`, decoded (Anthropic's bytes cannot be passed
    /// through to an OpenAI-shaped client). A `refusal` is an answer with finish reason
    /// `content_filter`, not an error.
    public func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion> {
        let body = try requestBody(request, streaming: false)
        let response = try await send(body: body, context: context)
        let bytes = try await response.body.collect(upTo: configuration.maxResponseBytes, provider: name)
        let message: AnthropicMessage
        do {
            message = try JSONDecoder().decode(AnthropicMessage.self, from: Data(bytes.readableBytesView))
        } catch {
            throw invalidAnswer(bytes, underlying: error)
        }
        let completion = Self.chatCompletion(from: message, created: WallClock.nowSeconds())
        return ProviderResult(completion, usage: completion.usage)
    }

    /// A streamed answer, decoded event by event (`AnthropicStreamDecoder`); it always ends
    /// with a usage chunk (`choices: []`), which the gateway forwards only when the client asked
    /// for `stream_options.include_usage`.
    public func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream {
        let body = try requestBody(request, streaming: true)
        let response = try await send(body: body, context: context)
        return ChatCompletionStream(AnthropicStreamDecoder(body: response.body, provider: name))
    }

    /// The Messages API has no embeddings endpoint.
    public func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse> {
        throw GaiError(.unsupported, "The Anthropic provider '\(name)' does not offer embeddings", provider: name)
    }

    // MARK: - Exchange

    func requestBody(_ request: ChatRequest, streaming: Bool) throws(GaiError) -> ByteBuffer {
        let parameters = try Self.messagesRequest(from: request, streaming: streaming, defaultMaxTokens: configuration.defaultMaxTokens)
        do {
            return ByteBuffer(bytes: try GaiJSON.makeEncoder().encode(parameters))
        } catch {
            throw GaiError.internal("Encoding the upstream request failed: \(error)")
        }
    }

    func send(body: ByteBuffer, context: ProviderContext) async throws(GaiError) -> UpstreamResponse {
        var headers = HTTPHeaders()
        headers.reserveCapacity(5 + configuration.extraHeaders.count)
        headers.add(name: "content-type", value: "application/json")
        if let apiKey = configuration.apiKey, !apiKey.isEmpty {
            headers.add(name: "x-api-key", value: apiKey)
        }
        headers.add(name: "anthropic-version", value: configuration.anthropicVersion)
        headers.add(name: "x-request-id", value: context.requestID.value)
        for (name, value) in configuration.extraHeaders { headers.add(name: name, value: value) }

        let request = UpstreamRequest(
            method: .POST, url: configuration.baseURL + "/messages", headers: headers, body: body,
            deadline: .now(plus: configuration.timeout, notAfter: context.deadline), callRecorder: context.callRecorder)
        return try await transport.exchange(request, provider: name) { status, headers, body in
            AnthropicErrorMapping.map(status: status, headers: headers, body: body, provider: name)
        }
    }

    /// A 2xx answer that is not a `Message`: an error body is classified as such; anything else
    /// is an undecodable answer.
    func invalidAnswer(_ bytes: ByteBuffer, underlying: any Error) -> GaiError {
        if let envelope = AnthropicErrorMapping.errorEnvelope(from: bytes) {
            return AnthropicErrorMapping.mapStreamError(envelope.error, provider: name)
        }
        return GaiError(
            .providerUnavailable, "The upstream provider '\(name)' sent an answer that is not a valid Message (\(bytes.readableBytes) bytes)",
            provider: name, underlying: [underlying])
    }
}
