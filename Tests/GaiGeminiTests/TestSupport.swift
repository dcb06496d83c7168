import Foundation
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

/// A fixture file of this test target.
func fixture(_ name: String) throws -> String {
    try Fixtures.text(name, in: .module)
}

let testAPIKey = "AIza-test-key-123"

/// A provider named `gemini` over a scripted transport.
func makeProvider(_ transport: MockTransport, apiKey: String? = testAPIKey, extraHeaders: [(String, String)] = []) -> GeminiProvider {
    GeminiProvider(configuration: GeminiConfiguration(name: "gemini", apiKey: apiKey, extraHeaders: extraHeaders), transport: transport)
}

/// A transport answering every request with `body`.
func transport(status: Int = 200, headers: HTTPHeaders = [:], body: String) -> MockTransport {
    MockTransport(replies: [MockTransport.Reply(status: status, headers: headers, body: body)])
}

/// A request decoded from a client's JSON body, with the context the gateway would build for it.
func clientRequest(_ body: String, requestID: String = "req-gemini-1") throws -> (ChatRequest, ProviderContext) {
    let request = try GaiJSON.decodeRequest(ChatRequest.self, from: Array(body.utf8))
    let context = ProviderContext(requestID: try #require(RequestID(clientValue: requestID)), clientModel: request.model)
    return (request, context)
}

let simpleRequestBody = #"{"model":"gemini-2.0-flash","messages":[{"role":"user","content":"Where is Google's HQ?"}]}"#
let streamingRequestBody = #"{"model":"gemini-2.5-flash","messages":[{"role":"user","content":"Days until New Year?"}],"stream":true}"#

/// Drains a stream, returning the chunks received before any error, and the error.
func drain(_ stream: ChatCompletionStream) async -> (chunks: [ChatCompletionChunk], error: GaiError?) {
    var chunks: [ChatCompletionChunk] = []
    do {
        for try await chunk in stream {
            #expect(chunk.rawJSON == nil)
            chunks.append(chunk.chunk)
        }
        return (chunks, nil)
    } catch let error as GaiError {
        return (chunks, error)
    } catch {
        Issue.record("the stream threw a non-GaiError: \(error)")
        return (chunks, nil)
    }
}

/// Streams a request through a provider whose upstream replies with `reply`.
func stream(reply: MockTransport.Reply, body: String = streamingRequestBody) async throws -> (chunks: [ChatCompletionChunk], error: GaiError?) {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(body)
    let stream = try await provider.streamChatCompletion(request, context: context)
    return await drain(stream)
}

/// A complete answer for `body` from a provider whose upstream replies with `reply`.
func complete(reply: MockTransport.Reply, body: String = simpleRequestBody) async throws -> ChatCompletion {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(body)
    return try await provider.chatCompletion(request, context: context).value
}

/// The error a complete request for `body` fails with, or `nil`.
func completionError(reply: MockTransport.Reply, body: String = simpleRequestBody) async throws -> GaiError? {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(body)
    do {
        _ = try await provider.chatCompletion(request, context: context)
        return nil
    } catch {
        return error
    }
}

/// The JSON body the provider sent upstream for a client request `body`.
func upstreamBody(for body: String) async throws -> JSONValue {
    let mock = transport(body: try fixture("generate-content-response.json"))
    let (request, context) = try clientRequest(body)
    _ = try await makeProvider(mock).chatCompletion(request, context: context)
    let sent = try #require(mock.requests.first?.body)
    return try JSONDecoder().decode(JSONValue.self, from: Data(sent.readableBytesView))
}

func parsedJSON(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}

/// The concatenated content deltas of a streamed answer.
func content(of chunks: [ChatCompletionChunk]) -> String {
    chunks.compactMap { $0.choices.first?.delta.content }.joined()
}

/// Split sizes every stream fixture is replayed with (1 = every byte on its own).
let splitSizes = [1, 2, 3, 7, 64, 1 << 20]
