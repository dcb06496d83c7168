import Foundation
import GaiCore
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

/// A fixture file of this test target.
func fixture(_ name: String) throws -> String {
    try Fixtures.text(name, in: .module)
}

/// A provider named `openai` over a scripted transport.
func makeProvider(
    _ transport: MockTransport, baseURL: String = "https://api.openai.com/v1", apiKey: String? = "sk-test-key",
    extraHeaders: [(String, String)] = []
) -> OpenAIProvider {
    OpenAIProvider(
        configuration: OpenAIConfiguration(name: "openai", baseURL: baseURL, apiKey: apiKey, extraHeaders: extraHeaders),
        transport: transport)
}

/// A transport answering every request with `body`.
func transport(status: Int = 200, headers: HTTPHeaders = [:], body: String) -> MockTransport {
    MockTransport(replies: [MockTransport.Reply(status: status, headers: headers, body: body)])
}

/// A request decoded from `body`, with the context the gateway would build for it.
func clientRequest(_ body: String, requestID: String = "req-test-1") throws -> (ChatRequest, ProviderContext) {
    let request = try GaiJSON.decodeRequest(ChatRequest.self, from: Array(body.utf8))
    let context = ProviderContext(
        requestID: try #require(RequestID(clientValue: requestID)), originalBody: ByteBuffer(string: body),
        clientModel: request.model)
    return (request, context)
}

let simpleRequestBody = #"{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello!"}],"x_unknown":{"keep":[1,true,null]}}"#
let streamingRequestBody = #"{"model":"gpt-4o","messages":[{"role":"user","content":"Weather?"}],"stream":true,"stream_options":{"include_usage":true}}"#

/// Drains a stream, returning the chunks received before any error, and the error.
func drain(_ stream: ChatCompletionStream) async -> (chunks: [ChatStreamChunk], error: GaiError?) {
    var chunks: [ChatStreamChunk] = []
    do {
        for try await chunk in stream {
            chunks.append(chunk)
        }
        return (chunks, nil)
    } catch let error as GaiError {
        return (chunks, error)
    } catch {
        Issue.record("the stream threw a non-GaiError: \(error)")
        return (chunks, nil)
    }
}

/// Streams `request` through a provider whose upstream replies with `reply`.
func stream(reply: MockTransport.Reply, body: String = streamingRequestBody) async throws -> (chunks: [ChatStreamChunk], error: GaiError?) {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(body)
    let stream = try await provider.streamChatCompletion(request, context: context)
    return await drain(stream)
}

/// The payloads of an SSE text's `data:` lines, `[DONE]` excluded.
func dataLines(ofSSE text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true)
        .filter { $0.hasPrefix("data: ") }
        .map { String($0.dropFirst(6)) }
        .filter { $0 != "[DONE]" }
}

func parsedJSON(_ bytes: ByteBuffer?) throws -> JSONValue {
    let bytes = try #require(bytes)
    return try JSONDecoder().decode(JSONValue.self, from: Data(bytes.readableBytesView))
}

func parsedJSON(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}

func string(_ bytes: ByteBuffer?) -> String? {
    bytes.map { String(buffer: $0) }
}
