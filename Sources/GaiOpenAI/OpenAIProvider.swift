import Foundation
import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1

/// The adapter for OpenAI-compatible upstreams. It forwards the client's own bytes when nothing
/// in them needs rewriting, and passes the upstream's bytes back, so unknown fields survive in
/// both directions and the hot path does no re-encoding.
public struct OpenAIProvider: ChatProvider {
    public let configuration: OpenAIConfiguration
    let transport: any HTTPTransport

    public var name: String { configuration.name }
    public var kind: String { configuration.azureAPIVersion == nil ? "openai" : "azure" }

    public init(configuration: OpenAIConfiguration, transport: any HTTPTransport) {
        self.configuration = configuration
        self.transport = transport
    }

    public func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion> {
        let body = try requestBody(request, context: context, streaming: false)
        let response = try await send(path: "/chat/completions", model: request.model, body: body, context: context)
        let bytes = try await response.body.collect(upTo: configuration.maxResponseBytes, provider: name)
        guard let counts = AnswerProbe.usage(in: bytes, arrayMember: "choices", as: AnswerProbe.TokenCounts.self) else {
            throw invalidAnswer(bytes, expected: "ChatCompletion")
        }
        return ProviderResult(rawBody: bytes, usage: counts?.usage)
    }

    public func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream {
        let body = try requestBody(request, context: context, streaming: true)
        let response = try await send(path: "/chat/completions", model: request.model, body: body, context: context)
        return ChatCompletionStream(OpenAIChatStreamDecoder(body: response.body, provider: name))
    }

    public func embeddings(_ request: EmbeddingsRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<EmbeddingsResponse> {
        let body: ByteBuffer
        if let original = context.originalBody, context.clientModel == request.model {
            body = original
        } else if let original = context.originalBody,
            let spliced = JSONTopLevelScanner.replacingMember("model", in: original, withJSON: JSONText.quoted(request.model))
        {
            body = spliced
        } else {
            body = try encode(request)
        }
        let response = try await send(path: "/embeddings", model: request.model, body: body, context: context)
        let bytes = try await response.body.collect(upTo: configuration.maxResponseBytes, provider: name)
        guard let counts = AnswerProbe.usage(in: bytes, arrayMember: "data", as: EmbeddingsUsage.self) else {
            throw invalidAnswer(bytes, expected: "EmbeddingsResponse")
        }
        return ProviderResult(rawBody: bytes, usage: counts.map { Usage(promptTokens: $0.promptTokens, completionTokens: 0, totalTokens: $0.totalTokens) })
    }

    /// The upstream's own model list (`GET /models`).
    public func listModels(context: ProviderContext) async throws(GaiError) -> ModelList {
        let response = try await send(path: "/models", model: nil, method: .GET, body: nil, context: context)
        let bytes = try await response.body.collect(upTo: configuration.maxResponseBytes, provider: name)
        return try decodeAnswer(ModelList.self, from: bytes, expected: "ModelList")
    }

    // MARK: - Request building

    /// The client's own bytes when the stream flag already matches: unchanged when the model name
    /// is the same, otherwise with only the `model` value spliced in (every other byte, unknown
    /// members included, stays as the client sent it). Re-encoding is the fallback.
    func requestBody(_ request: ChatRequest, context: ProviderContext, streaming: Bool) throws(GaiError) -> ByteBuffer {
        if let original = context.originalBody, request.isStreaming == streaming {
            if context.clientModel == request.model { return original }
            if let spliced = JSONTopLevelScanner.replacingMember("model", in: original, withJSON: JSONText.quoted(request.model)) {
                return spliced
            }
        }
        var request = request
        request.stream = streaming ? true : (request.stream == nil ? nil : false)
        return try encode(request)
    }

    func encode(_ value: some Encodable) throws(GaiError) -> ByteBuffer {
        do {
            return ByteBuffer(bytes: try GaiJSON.makeEncoder().encode(value))
        } catch {
            throw GaiError.internal("Encoding the upstream request failed: \(error)")
        }
    }

    /// The upstream URL: `{base}{path}`, or for Azure `{resource}/openai/deployments/{model}{path}?api-version=…`.
    func url(path: String, model: String?) -> String {
        guard let apiVersion = configuration.azureAPIVersion else { return configuration.baseURL + path }
        let version = apiVersion.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? apiVersion
        guard let model else { return configuration.baseURL + "/openai" + path + "?api-version=" + version }
        let deployment = model.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? model
        return configuration.baseURL + "/openai/deployments/" + deployment + path + "?api-version=" + version
    }

    func send(path: String, model: String?, method: HTTPMethod = .POST, body: ByteBuffer?, context: ProviderContext) async throws(GaiError) -> UpstreamResponse {
        var headers = HTTPHeaders()
        headers.reserveCapacity(6 + configuration.extraHeaders.count)
        if body != nil { headers.add(name: "content-type", value: "application/json") }
        if let apiKey = configuration.apiKey, !apiKey.isEmpty {
            if configuration.azureAPIVersion == nil {
                headers.add(name: "authorization", value: "Bearer \(apiKey)")
            } else {
                headers.add(name: "api-key", value: apiKey)
            }
        }
        headers.add(name: "x-request-id", value: context.requestID.value)
        for (name, value) in configuration.extraHeaders { headers.add(name: name, value: value) }

        let request = UpstreamRequest(
            method: method, url: url(path: path, model: model), headers: headers, body: body,
            deadline: .now(plus: configuration.timeout, notAfter: context.deadline), callRecorder: context.callRecorder)
        return try await transport.exchange(request, provider: name) { status, headers, body in
            OpenAIErrorMapping.map(status: status, headers: headers, body: body, provider: name)
        }
    }

    func decodeAnswer<T: Decodable>(_ type: T.Type, from bytes: ByteBuffer, expected: String) throws(GaiError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes.readableBytesView))
        } catch {
            throw invalidAnswer(bytes, expected: expected, underlying: error)
        }
    }

    /// A 2xx answer that is not what was asked for: an error object some servers send with 200
    /// is classified as such; anything else is an undecodable answer.
    func invalidAnswer(_ bytes: ByteBuffer, expected: String, underlying: (any Error)? = nil) -> GaiError {
        if let upstreamError = OpenAIErrorMapping.errorBody(from: bytes) {
            return OpenAIErrorMapping.mapStreamError(upstreamError, provider: name)
        }
        return GaiError(
            .providerUnavailable, "The upstream provider '\(name)' sent an answer that is not a valid \(expected) (\(bytes.readableBytes) bytes)",
            provider: name, underlying: underlying.map { [$0] } ?? [])
    }
}
