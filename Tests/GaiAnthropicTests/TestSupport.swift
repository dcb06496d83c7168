import Foundation
import GaiAnthropic
import GaiCore
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

/// A fixture file of this test target.
func fixture(_ name: String) throws -> String {
    try Fixtures.text(name, in: .module)
}

/// A provider named `anthropic` over a scripted transport.
func makeProvider(_ transport: MockTransport, defaultMaxTokens: Int = 4096, extraHeaders: [(String, String)] = []) -> AnthropicProvider {
    AnthropicProvider(
        configuration: AnthropicConfiguration(
            name: "anthropic", baseURL: "https://api.anthropic.com/v1/", apiKey: "sk-ant-test", extraHeaders: extraHeaders,
            defaultMaxTokens: defaultMaxTokens),
        transport: transport)
}

/// A request decoded from a client's JSON, with the context the gateway would build for it.
func clientRequest(_ body: String, requestID: String = "req-test-1") throws -> (ChatRequest, ProviderContext) {
    let request = try GaiJSON.decodeRequest(ChatRequest.self, from: Array(body.utf8))
    let context = ProviderContext(
        requestID: try #require(RequestID(clientValue: requestID)), originalBody: ByteBuffer(string: body), clientModel: request.model)
    return (request, context)
}

let simpleRequestBody = #"{"model":"claude-haiku-4-5","messages":[{"role":"user","content":"Hello!"}]}"#
let streamingRequestBody = #"{"model":"claude-haiku-4-5","messages":[{"role":"user","content":"Weather?"}],"stream":true}"#

/// A complete answer from a provider whose upstream replies with `reply`.
func complete(reply: MockTransport.Reply, body: String = simpleRequestBody) async throws -> Result<ChatCompletion, GaiError> {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(body)
    do {
        let result = try await provider.chatCompletion(request, context: context)
        return .success(try result.value)
    } catch {
        return .failure(error)
    }
}

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

/// Streams a request through a provider whose upstream replies with `reply`.
func stream(reply: MockTransport.Reply) async throws -> (chunks: [ChatStreamChunk], error: GaiError?) {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(streamingRequestBody)
    let stream = try await provider.streamChatCompletion(request, context: context)
    return await drain(stream)
}

/// The error a request fails with, when the upstream replies with `reply`.
func failure(of reply: MockTransport.Reply, streaming: Bool = false) async throws -> GaiError? {
    let provider = makeProvider(MockTransport(replies: [reply]))
    let (request, context) = try clientRequest(streaming ? streamingRequestBody : simpleRequestBody)
    do {
        if streaming {
            _ = try await provider.streamChatCompletion(request, context: context)
        } else {
            _ = try await provider.chatCompletion(request, context: context)
        }
        return nil
    } catch {
        return error
    }
}

/// A recorded error response (`{status_code, headers, body}`) as a scripted reply.
func recordedReply(_ name: String, addingHeaders extra: [(String, String)] = []) throws -> MockTransport.Reply {
    let recorded = try parsedJSON(try fixture(name))
    guard case .int(let status)? = recorded["status_code"], case .object(let headerMembers)? = recorded["headers"],
        let body = recorded["body"]
    else {
        throw Fixtures.FixtureError.missing(name)
    }
    var headers = HTTPHeaders()
    for (name, value) in headerMembers.sorted(by: { $0.key < $1.key }) {
        if let value = value.stringValue { headers.add(name: name, value: value) }
    }
    for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
    let bodyText = String(decoding: try JSONEncoder().encode(body), as: UTF8.self)
    return MockTransport.Reply(status: Int(status), headers: headers, body: bodyText)
}

func parsedJSON(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}

func parsedJSON(_ bytes: ByteBuffer?) throws -> JSONValue {
    let bytes = try #require(bytes)
    return try JSONDecoder().decode(JSONValue.self, from: Data(bytes.readableBytesView))
}

/// The split sizes every replay test runs with: byte by byte, odd sizes, and whole.
let splitSizes = [1, 2, 7, 64, 1 << 20]
