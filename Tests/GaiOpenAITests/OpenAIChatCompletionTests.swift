import Foundation
import GaiCore
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("OpenAIProvider: non-streamed completions and the upstream request")
struct OpenAIChatCompletionTests {
    @Test("the completion fixture is decoded and its bytes are kept exactly", arguments: ["chat-completion.json", "chat-completion-tool-calls.json"])
    func completion(fixtureName: String) async throws {
        let body = try fixture(fixtureName)
        let provider = makeProvider(transport(body: body))
        let (request, context) = try clientRequest(simpleRequestBody)
        let result = try await provider.chatCompletion(request, context: context)
        #expect(result.rawBody == ByteBuffer(string: body))
        #expect(try result.value == (try JSONDecoder().decode(ChatCompletion.self, from: Data(body.utf8))))
    }

    @Test("the text completion's decoded values")
    func decodedValues() async throws {
        let provider = makeProvider(transport(body: try fixture("chat-completion.json")))
        let (request, context) = try clientRequest(simpleRequestBody)
        let completion = try await provider.chatCompletion(request, context: context).value
        #expect(completion.id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")
        #expect(completion.model == "gpt-5.4")
        #expect(completion.choices.first?.message.text == "Hello! How can I assist you today?")
        #expect(completion.choices.first?.finishReason == .stop)
        #expect(completion.usage?.totalTokens == 29)
        #expect(completion.usage?.cachedTokens == 0)
    }

    @Test("the tool-call completion's decoded values")
    func toolCallValues() async throws {
        let provider = makeProvider(transport(body: try fixture("chat-completion-tool-calls.json")))
        let (request, context) = try clientRequest(simpleRequestBody)
        let completion = try await provider.chatCompletion(request, context: context).value
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason == .toolCalls)
        #expect(choice.message.toolCalls?.map(\.function.name) == ["get_current_weather"])
        #expect(completion.usage?.reasoningTokens == 0)
    }

    @Test(
        "the URL is base_url + /chat/completions, with or without a trailing slash",
        arguments: [
            ("https://api.openai.com/v1", "https://api.openai.com/v1/chat/completions"),
            ("https://api.openai.com/v1/", "https://api.openai.com/v1/chat/completions"),
            ("http://127.0.0.1:11434/v1//", "http://127.0.0.1:11434/v1/chat/completions"),
            ("https://openrouter.ai/api/v1", "https://openrouter.ai/api/v1/chat/completions"),
        ])
    func url(baseURL: String, expected: String) async throws {
        let mock = transport(body: try fixture("chat-completion.json"))
        let (request, context) = try clientRequest(simpleRequestBody)
        _ = try await makeProvider(mock, baseURL: baseURL).chatCompletion(request, context: context)
        let sent = try #require(mock.requests.first)
        #expect(sent.url == expected)
        #expect(sent.method == .POST)
        #expect(mock.requests.count == 1)
    }

    @Test("headers: bearer key, content type, the request id and the configured extras")
    func headers() async throws {
        let mock = transport(body: try fixture("chat-completion.json"))
        let provider = makeProvider(
            mock, apiKey: "sk-live-123", extraHeaders: [("HTTP-Referer", "https://gai.example"), ("X-Title", "Gai")])
        let (request, context) = try clientRequest(simpleRequestBody, requestID: "0189abcd-ef01-7def-bedc-ba9876543210")
        _ = try await provider.chatCompletion(request, context: context)
        let headers = try #require(mock.requests.first).headers
        #expect(headers["authorization"] == ["Bearer sk-live-123"])
        #expect(headers["content-type"] == ["application/json"])
        #expect(headers["x-request-id"] == ["0189abcd-ef01-7def-bedc-ba9876543210"])
        #expect(headers["http-referer"] == ["https://gai.example"])
        #expect(headers["x-title"] == ["Gai"])
    }

    @Test("no authorization header without a key (local servers)", arguments: [nil, ""] as [String?])
    func noKey(apiKey: String?) async throws {
        let mock = transport(body: try fixture("chat-completion.json"))
        let (request, context) = try clientRequest(simpleRequestBody)
        _ = try await makeProvider(mock, apiKey: apiKey).chatCompletion(request, context: context)
        let headers = try #require(mock.requests.first).headers
        #expect(!headers.contains(name: "authorization"))
        #expect(headers["x-request-id"] == ["req-test-1"])
    }

    @Test("the client's bytes are forwarded unchanged when the model is unchanged")
    func originalBytes() async throws {
        // Spacing and member order a re-encoder would change.
        let body = #"{ "messages" : [ {"content":"Hello!","role":"user"} ], "model":"gpt-4o-mini", "x_unknown": 1.50 }"#
        let mock = transport(body: try fixture("chat-completion.json"))
        let (request, context) = try clientRequest(body)
        _ = try await makeProvider(mock).chatCompletion(request, context: context)
        #expect(string(try #require(mock.requests.first).body) == body)
    }

    @Test("a rewritten model re-encodes the request, unknown members included")
    func rewrittenModel() async throws {
        let body = try fixture("chat-request-unknown-members.json")
        let mock = transport(body: try fixture("chat-completion.json"))
        var (request, context) = try clientRequest(body)
        #expect(context.clientModel == "fast")
        request.model = "gpt-4o-mini-2024-07-18"
        _ = try await makeProvider(mock).chatCompletion(request, context: context)
        let sent = try parsedJSON(try #require(mock.requests.first).body)
        guard case .object(var expected) = try parsedJSON(body) else {
            Issue.record("the fixture is not an object")
            return
        }
        expected["model"] = .string("gpt-4o-mini-2024-07-18")
        #expect(sent == .object(expected))
    }

    @Test("a request without an original body is encoded")
    func noOriginalBody() async throws {
        let mock = transport(body: try fixture("chat-completion.json"))
        let request = ChatRequest(model: "gpt-4o", messages: [ChatMessage(role: .user, content: .text("Hi"))])
        _ = try await makeProvider(mock).chatCompletion(request, context: ProviderContext())
        #expect(
            try parsedJSON(try #require(mock.requests.first).body)
                == .object(["model": .string("gpt-4o"), "messages": .array([.object(["role": .string("user"), "content": .string("Hi")])])]))
    }

    @Test("a non-streamed call for a body that asked to stream is re-encoded with stream false")
    func streamFlagCleared() async throws {
        let mock = transport(body: try fixture("chat-completion.json"))
        let (request, context) = try clientRequest(streamingRequestBody)
        _ = try await makeProvider(mock).chatCompletion(request, context: context)
        let sent = try parsedJSON(try #require(mock.requests.first).body)
        #expect(sent["stream"] == .bool(false))
        #expect(sent["model"] == .string("gpt-4o"))
    }

    @Test(
        "a 200 whose body is not a completion is provider_unavailable with a clear message",
        arguments: ["chat-completion-not-a-completion.json", "chat-error-502-bad-gateway.html"])
    func notACompletion(fixtureName: String) async throws {
        let provider = makeProvider(transport(body: try fixture(fixtureName)))
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await provider.chatCompletion(request, context: context)
        }
        #expect(error.code == .providerUnavailable)
        #expect(error.provider == "openai")
        #expect(error.isTransient)
        #expect(error.message.contains("'openai'"))
        #expect(error.message.contains("not a valid ChatCompletion"), "message: \(error.message)")
    }

    @Test("a 200 carrying an OpenAI error body is classified as that error")
    func errorBodyOn200() async throws {
        let provider = makeProvider(transport(body: try fixture("chat-error-429-insufficient-quota.json")))
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await provider.chatCompletion(request, context: context)
        }
        #expect(error.code == .rateLimited)
        #expect(!error.isTransient)
    }

    @Test("an answer larger than max_response_bytes is refused")
    func responseTooLarge() async throws {
        let provider = OpenAIProvider(
            configuration: OpenAIConfiguration(name: "openai", baseURL: "https://api.openai.com/v1", maxResponseBytes: 64),
            transport: transport(body: try fixture("chat-completion.json")))
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await provider.chatCompletion(request, context: context)
        }
        #expect(error.code == .providerUnavailable)
    }

    @Test(
        "a transport failure before any answer keeps its code and names the provider",
        arguments: [
            GaiError(.network, "Upstream connection failed: connection refused"),
            GaiError(.timeout, "The upstream did not answer in time"),
        ])
    func transportFailure(failure: GaiError) async throws {
        let mock = MockTransport(failingWith: failure)
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await makeProvider(mock).chatCompletion(request, context: context)
        }
        #expect(error.code == failure.code)
        #expect(error.message == failure.message)
        #expect(error.provider == "openai")
        #expect(error.isTransient)
        #expect(error.upstreamStatus == nil)
        #expect(mock.requests.count == 1)
    }

    @Test("the upstream's model list is a GET /models without a body")
    func listModels() async throws {
        let mock = transport(body: #"{"object":"list","data":[{"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"}]}"#)
        let models = try await makeProvider(mock).listModels(context: ProviderContext())
        #expect(models.data == [ModelInfo(id: "gpt-4o", created: 1_715_367_049, ownedBy: "system")])
        let sent = try #require(mock.requests.first)
        #expect(sent.method == .GET)
        #expect(sent.url == "https://api.openai.com/v1/models")
        #expect(sent.body == nil)
        #expect(!sent.headers.contains(name: "content-type"))
        #expect(sent.headers["authorization"] == ["Bearer sk-test-key"])
    }

    @Test("the provider's name and kind")
    func identity() {
        let provider = makeProvider(transport(body: "{}"))
        #expect(provider.name == "openai")
        #expect(provider.kind == "openai")
    }
}
