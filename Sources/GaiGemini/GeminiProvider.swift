import Foundation
import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1

/// The adapter for the native Google Gemini API (`generateContent`, `streamGenerateContent`).
///
/// Unlike the OpenAI-compatible adapter it cannot pass bytes through: every request is mapped
/// to Gemini's `GenerateContentRequest` and every answer back to the unified schema (see
/// `Gemini+RequestMapping.swift`, `Gemini+ResponseMapping.swift`, ``GeminiStreamDecoder``).
/// Embeddings use `:batchEmbedContents` (see `GeminiProvider+Embeddings.swift`).
public struct GeminiProvider: ChatProvider {
    /// The upstream's settings.
    public let configuration: GeminiConfiguration
    let transport: any HTTPTransport

    /// The configured provider name.
    public var name: String { configuration.name }
    /// Always `gemini`.
    public var kind: String { "gemini" }

    /// A provider sending its requests through `transport`.
    public init(configuration: GeminiConfiguration, transport: any HTTPTransport) {
        self.configuration = configuration
        self.transport = transport
    }

    public func chatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ProviderResult<ChatCompletion> {
        let body = try encode(GenerateContentRequest(unified: request))
        let response = try await send(model: request.model, method: "generateContent", body: body, context: context)
        let bytes = try await response.body.collect(upTo: configuration.maxResponseBytes, provider: name)
        let data = Data(bytes.readableBytesView)
        let answer: GenerateContentResponse
        do {
            answer = try JSONDecoder().decode(GenerateContentResponse.self, from: data)
        } catch {
            throw invalidAnswer(data, underlying: error)
        }
        guard let completion = answer.chatCompletion(requestModel: request.model, created: Self.now()) else {
            throw invalidAnswer(data, underlying: nil)
        }
        return ProviderResult(completion, usage: completion.usage)
    }

    public func streamChatCompletion(_ request: ChatRequest, context: ProviderContext) async throws(GaiError) -> ChatCompletionStream {
        let body = try encode(GenerateContentRequest(unified: request))
        let response = try await send(model: request.model, method: "streamGenerateContent", query: "?alt=sse", body: body, context: context)
        return ChatCompletionStream(
            GeminiStreamDecoder(body: response.body, provider: name, requestModel: request.model, created: Self.now()))
    }

    // MARK: - HTTP

    /// `{base}/models/{model}:{method}`. A model already written as a resource name
    /// (`models/…`, `tunedModels/…`) is used as it is. Names with characters outside
    /// `[A-Za-z0-9._/-]` are refused: a `:` or `?` would change the method or the query.
    func url(model: String, method: String, query: String) throws(GaiError) -> String {
        configuration.baseURL + "/" + (try resourceName(model)) + ":" + method + query
    }

    /// `models/{model}`, or the model as written when it already is a resource name.
    func resourceName(_ model: String) throws(GaiError) -> String {
        let allowed = model.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._/-".unicodeScalars.contains(scalar))
        }
        guard allowed, !model.isEmpty, !model.contains("..") else {
            throw GaiError.invalidRequest("The model name '\(model)' is not a valid Gemini model name", param: "model")
        }
        return model.hasPrefix("models/") || model.hasPrefix("tunedModels/") ? model : "models/" + model
    }

    func send(model: String, method: String, query: String = "", body: ByteBuffer, context: ProviderContext) async throws(GaiError)
        -> UpstreamResponse
    {
        var headers = HTTPHeaders()
        headers.reserveCapacity(4 + configuration.extraHeaders.count)
        headers.add(name: "content-type", value: "application/json")
        if let apiKey = configuration.apiKey, !apiKey.isEmpty {
            headers.add(name: "x-goog-api-key", value: apiKey)
        }
        headers.add(name: "x-request-id", value: context.requestID.value)
        for (name, value) in configuration.extraHeaders { headers.add(name: name, value: value) }

        let request = UpstreamRequest(
            method: .POST, url: try url(model: model, method: method, query: query), headers: headers, body: body,
            deadline: .now(plus: configuration.timeout, notAfter: context.deadline), callRecorder: context.callRecorder)
        return try await transport.exchange(request, provider: name) { status, headers, body in
            GeminiErrorMapping.map(status: status, headers: headers, body: body, provider: name)
        }
    }

    func encode(_ value: some Encodable) throws(GaiError) -> ByteBuffer {
        do {
            return ByteBuffer(bytes: try GaiJSON.makeEncoder().encode(value))
        } catch {
            throw GaiError.internal("Encoding the upstream request failed: \(error)")
        }
    }

    /// A 2xx answer that is not a usable `GenerateContentResponse`: an error object sent with
    /// 200 is classified as such; anything else is an undecodable answer.
    func invalidAnswer(_ data: Data, underlying: (any Error)?, expected: String = "GenerateContentResponse") -> GaiError {
        if let upstreamError = GeminiErrorMapping.errorBody(from: data) {
            return GeminiErrorMapping.mapStreamError(upstreamError, provider: name)
        }
        return GaiError(
            .providerUnavailable, "The upstream provider '\(name)' sent an answer that is not a valid \(expected) (\(data.count) bytes)",
            provider: name, underlying: underlying.map { [$0] } ?? [])
    }

    static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }
}
