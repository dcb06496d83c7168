import Foundation
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("GeminiProvider: complete answers")
struct GeminiChatCompletionTests {
    @Test("a simple completion maps text, finish reason, usage and model")
    func simpleCompletion() async throws {
        let completion = try await complete(reply: .init(body: try fixture("generate-content-response.json")))
        #expect(completion.object == "chat.completion")
        #expect(completion.model == "gemini-2.0-flash")
        #expect(completion.id.hasPrefix("chatcmpl-") && completion.id.count > 9)
        let choice = try #require(completion.choices.first)
        #expect(completion.choices.count == 1)
        #expect(choice.index == 0)
        #expect(choice.message.role == .assistant)
        #expect(choice.message.text == "Google's headquarters, also known as the Googleplex, is located in **Mountain View, California**.\n")
        #expect(choice.message.toolCalls == nil)
        #expect(choice.finishReason == .stop)
        #expect(completion.usage == Usage(promptTokens: 7, completionTokens: 22, totalTokens: 29))
    }

    @Test("the provider result carries the usage for accounting")
    func resultUsage() async throws {
        let provider = makeProvider(transport(body: try fixture("generate-content-response.json")))
        let (request, context) = try clientRequest(simpleRequestBody)
        let result = try await provider.chatCompletion(request, context: context)
        #expect(result.rawBody == nil)
        #expect(result.usage?.totalTokens == 29)
    }

    @Test("finishReason SAFETY is a content_filter answer, not an error")
    func safetyFinish() async throws {
        let completion = try await complete(reply: .init(body: try fixture("response-finish-reason-safety.json")))
        #expect(completion.choices.first?.finishReason == .contentFilter)
        #expect(completion.choices.first?.message.text == "Safety error incoming in 5, 4, 3, 2...")
    }

    @Test("finish reasons are normalized", arguments: [
        ("STOP", "stop"), ("MAX_TOKENS", "length"), ("RECITATION", "content_filter"), ("BLOCKLIST", "content_filter"),
        ("PROHIBITED_CONTENT", "content_filter"), ("SPII", "content_filter"), ("IMAGE_SAFETY", "content_filter"),
        ("MALFORMED_FUNCTION_CALL", "MALFORMED_FUNCTION_CALL"), ("SOMETHING_NEW", "SOMETHING_NEW"),
    ])
    func finishReasons(gemini: String, openAI: String) async throws {
        let body = #"{"candidates":[{"content":{"parts":[{"text":"x"}],"role":"model"},"finishReason":"\#(gemini)"}]}"#
        let completion = try await complete(reply: .init(body: body))
        #expect(completion.choices.first?.finishReason?.rawValue == openAI)
    }

    @Test("a blocked prompt (no candidates) is an empty content_filter answer")
    func promptBlocked() async throws {
        let body = #"{"candidates":[],"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":5,"totalTokenCount":5}}"#
        let completion = try await complete(reply: .init(body: body))
        #expect(completion.choices.count == 1)
        #expect(completion.choices.first?.finishReason == .contentFilter)
        #expect(completion.choices.first?.message.text == "")
        #expect(completion.usage?.promptTokens == 5)
    }

    @Test("function calls become tool_calls with minted ids; STOP becomes tool_calls; thoughts are reasoning")
    func functionCalls() async throws {
        let body = """
            {"candidates":[{"content":{"role":"model","parts":[
              {"text":"Let me think.","thought":true},
              {"functionCall":{"name":"get_weather","args":{"city":"Paris","days":2}},"thoughtSignature":"c2ln"},
              {"functionCall":{"id":"gemini-id-7","name":"now","args":{}}},
              {"executableCode":{"language":"PYTHON","code":"print(1)"}}
            ]},"finishReason":"STOP","index":0}],
             "usageMetadata":{"promptTokenCount":38,"candidatesTokenCount":6,"thoughtsTokenCount":168,"cachedContentTokenCount":30,"totalTokenCount":212},
             "modelVersion":"gemini-2.5-flash","responseId":"resp-123","someFutureField":{"x":1}}
            """
        let completion = try await complete(reply: .init(body: body))
        #expect(completion.id == "resp-123")
        #expect(completion.model == "gemini-2.5-flash")
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason == .toolCalls)
        #expect(choice.message.content == nil)
        #expect(choice.message.extra["reasoning_content"] == .string("Let me think."))
        let calls = try #require(choice.message.toolCalls)
        try #require(calls.count == 2)
        #expect(calls[0].id.hasPrefix("call_") && calls[0].id.count > 10)
        #expect(calls[0].type == "function")
        #expect(calls[0].function.name == "get_weather")
        #expect(try parsedJSON(calls[0].function.arguments) == .object(["city": .string("Paris"), "days": .int(2)]))
        #expect(calls[1].id == "gemini-id-7")
        #expect(calls[1].function.arguments == "{}")
        #expect(completion.usage == Usage(promptTokens: 38, completionTokens: 174, totalTokens: 212, cachedTokens: 30, reasoningTokens: 168))
    }

    @Test("two calls in one answer get distinct minted ids")
    func distinctIDs() async throws {
        let body = #"{"candidates":[{"content":{"parts":[{"functionCall":{"name":"a","args":{}}},{"functionCall":{"name":"b"}}]},"finishReason":"STOP"}]}"#
        let calls = try #require(try await complete(reply: .init(body: body)).choices.first?.message.toolCalls)
        #expect(calls.count == 2)
        #expect(calls[0].id != calls[1].id)
    }

    @Test("several candidates become several choices")
    func candidates() async throws {
        let body = #"{"candidates":[{"content":{"parts":[{"text":"one"}]},"finishReason":"STOP","index":0},{"content":{"parts":[{"text":"two"}]},"finishReason":"MAX_TOKENS","index":1}]}"#
        let completion = try await complete(reply: .init(body: body))
        #expect(completion.choices.map(\.message.text) == ["one", "two"])
        #expect(completion.choices.map(\.index) == [0, 1])
        #expect(completion.choices.map(\.finishReason) == [.stop, .length])
        #expect(completion.model == "gemini-2.0-flash")  // the request's model when Gemini names none
    }

    @Test("a 200 whose body is not a GenerateContentResponse is provider_unavailable", arguments: [
        "not json at all", #"{"candidates": [{"content": "#, "[1,2,3]", "{}",
    ])
    func malformedJSON(body: String) async throws {
        let error = try #require(try await completionError(reply: .init(body: body)))
        #expect(error.code == .providerUnavailable)
        #expect(error.provider == "gemini")
    }

    @Test("a 200 carrying an error object is classified as that error")
    func errorWith200() async throws {
        let error = try #require(try await completionError(reply: .init(body: #"[{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}]"#)))
        #expect(error.code == .overloaded)
    }

    @Test("the provider names itself")
    func identity() {
        let provider = makeProvider(transport(body: "{}"))
        #expect(provider.kind == "gemini")
        #expect(provider.name == "gemini")
    }

    @Test("a transport failure is attributed to the provider")
    func transportFailure() async throws {
        let provider = makeProvider(MockTransport(failingWith: GaiError(.network, "connection refused")))
        let (request, context) = try clientRequest(simpleRequestBody)
        await #expect(throws: GaiError.self) { try await provider.chatCompletion(request, context: context) }
        do {
            _ = try await provider.chatCompletion(request, context: context)
        } catch {
            #expect(error.code == .network)
            #expect(error.provider == "gemini")
        }
    }
}
