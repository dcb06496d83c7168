import Foundation
import GaiAnthropic
import GaiCore
import GaiGemini
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

/// The one conformance suite every provider adapter must pass (STYLE.md §9): the same scenarios,
/// each scripted with that vendor's own recorded bytes, and the same expectations on the unified
/// result, whatever the dialect.
@Suite("Provider conformance")
struct ProviderConformanceTests {
    enum Adapter: String, Sendable, CaseIterable { case openai, anthropic, gemini }

    enum Scenario: String, Sendable, CaseIterable {
        case simpleCompletion, streamingText, toolCallDeltas, authFailure, rateLimitWithRetryAfter, serverError, malformedJSON,
            midStreamError
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var adapter: Adapter
        var scenario: Scenario
        var testDescription: String { "\(adapter.rawValue): \(scenario.rawValue)" }
    }

    static let cases = Adapter.allCases.flatMap { adapter in Scenario.allCases.map { Case(adapter: adapter, scenario: $0) } }

    static func fixture(_ name: String) throws -> String { try Fixtures.text(name, in: .module) }

    /// The vendor's bytes for a scenario.
    static func reply(_ adapter: Adapter, _ scenario: Scenario) throws -> MockTransport.Reply {
        switch (adapter, scenario) {
        case (.openai, .simpleCompletion): return .init(body: try fixture("openai-chat-completion.json"))
        case (.anthropic, .simpleCompletion): return .init(body: try fixture("anthropic-message-text.json"))
        case (.gemini, .simpleCompletion): return .init(body: try fixture("gemini-generate-content-response.json"))
        case (.openai, .streamingText): return .split(try fixture("chat-stream-text-with-usage.sse"), every: 5)
        case (.anthropic, .streamingText): return .split(try fixture("anthropic-stream-text.sse"), every: 5)
        case (.gemini, .streamingText): return .split(try fixture("gemini-stream-basic.sse"), every: 5)
        case (.openai, .toolCallDeltas): return .split(try fixture("chat-stream-parallel-tool-calls-with-usage.sse"), every: 9)
        case (.anthropic, .toolCallDeltas): return .split(try fixture("anthropic-stream-tool-use.sse"), every: 9)
        case (.gemini, .toolCallDeltas): return .split(try fixture("gemini-stream-thinking-function-call.sse"), every: 9)
        case (.openai, .authFailure):
            return .init(
                status: 401,
                body: #"{"error":{"message":"Incorrect API key provided: sk-***","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#)
        case (.anthropic, .authFailure):
            return .init(status: 401, body: #"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#)
        case (.gemini, .authFailure): return .init(status: 400, body: try fixture("gemini-error-400-api-key-invalid.json"))
        case (.openai, .rateLimitWithRetryAfter):
            return .init(
                status: 429, headers: ["retry-after": "7"],
                body: #"{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#)
        case (.anthropic, .rateLimitWithRetryAfter):
            return .init(status: 429, headers: ["retry-after": "7"], body: try fixture("anthropic-error-429-rate-limit.json"))
        case (.gemini, .rateLimitWithRetryAfter):
            // Gemini sends no rate-limit headers: its hint is a RetryInfo detail.
            return .init(
                status: 429,
                body: #"{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"41s"}]}}"#)
        case (.openai, .serverError):
            return .init(status: 500, body: #"{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}"#)
        case (.anthropic, .serverError):
            return .init(status: 500, body: #"{"type":"error","error":{"type":"api_error","message":"Internal server error"}}"#)
        case (.gemini, .serverError):
            return .init(status: 500, body: #"{"error":{"code":500,"message":"An internal error has occurred.","status":"INTERNAL"}}"#)
        case (_, .malformedJSON): return .init(body: #"{"id": "x", "choices": [ {"#)
        case (.openai, .midStreamError):
            return .init(
                body: "data: " + #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}"#
                    + "\n\ndata: " + #"{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}"# + "\n\n")
        case (.anthropic, .midStreamError): return .init(body: try fixture("anthropic-stream-error-overloaded.sse"))
        case (.gemini, .midStreamError): return .split(try fixture("gemini-stream-error-mid-stream.txt"), every: 13)
        }
    }

    static func provider(_ adapter: Adapter, _ transport: MockTransport) -> any ChatProvider {
        switch adapter {
        case .openai: OpenAIProvider(configuration: OpenAIConfiguration(name: "p", baseURL: "http://upstream.test/v1", apiKey: "k"), transport: transport)
        case .anthropic: AnthropicProvider(configuration: AnthropicConfiguration(name: "p", apiKey: "k"), transport: transport)
        case .gemini: GeminiProvider(configuration: GeminiConfiguration(name: "p", apiKey: "k"), transport: transport)
        }
    }

    static var streaming: Set<Scenario> { [.streamingText, .toolCallDeltas, .midStreamError] }

    /// Records nothing; only its identity is checked.
    final class NoteTaker: UpstreamCallRecorder {
        func upstreamCallStarted(method: String, url: String) -> (index: Int, traceparent: W3CTraceParent, tracestate: String?) {
            (0, W3CTraceParent(traceIDHigh: 0x4bf9_2f35_77b3_4da6, traceIDLow: 0xa3ce_929d_0e0e_4736, spanID: 0x00f0_67aa_0ba9_02b7, sampled: true), nil)
        }
        func upstreamCallResponded(_ index: Int, status: Int) {}
        func upstreamCallEnded(_ index: Int, errorType: String?, message: String?) {}
    }

    @Test("every adapter hands the request's call recorder on with its upstream request, chat and stream", arguments: Adapter.allCases)
    func passesTheCallRecorderOn(_ adapter: Adapter) async throws {
        for streaming in [false, true] {
            let transport = MockTransport(replies: [try Self.reply(adapter, streaming ? .streamingText : .simpleCompletion)])
            let provider = Self.provider(adapter, transport)
            let recorder = NoteTaker()
            let request = ChatRequest(model: "model-x", messages: [ChatMessage(role: .user, content: .text("hi"))], stream: streaming)
            let context = ProviderContext(callRecorder: recorder)
            if streaming {
                for try await _ in try await provider.streamChatCompletion(request, context: context) {}
            } else {
                _ = try await provider.chatCompletion(request, context: context)
            }
            let sent = try #require(transport.requests.first)
            #expect(sent.callRecorder === recorder, "\(adapter), streaming \(streaming)")
        }
    }

    @Test(arguments: cases)
    func conforms(_ testCase: Case) async throws {
        let transport = MockTransport(replies: [try Self.reply(testCase.adapter, testCase.scenario)])
        let provider = Self.provider(testCase.adapter, transport)
        let isStreaming = Self.streaming.contains(testCase.scenario)
        let request = ChatRequest(model: "model-x", messages: [ChatMessage(role: .user, content: .text("hi"))], stream: isStreaming)
        do {
            if isStreaming {
                var chunks: [ChatCompletionChunk] = []
                for try await chunk in try await provider.streamChatCompletion(request, context: ProviderContext()) {
                    chunks.append(chunk.chunk)
                }
                try Self.checkStream(testCase.scenario, chunks)
            } else {
                let result = try await provider.chatCompletion(request, context: ProviderContext())
                try Self.checkCompletion(testCase.scenario, try result.value, usage: result.usage)
            }
        } catch let error as GaiError {
            Self.checkError(testCase.scenario, error)
        }
        #expect(transport.requests.count == 1, "exactly one upstream call")
    }

    static func checkCompletion(_ scenario: Scenario, _ completion: ChatCompletion, usage: Usage?) throws {
        #expect(scenario == .simpleCompletion, "expected a failure, got a completion")
        let choice = try #require(completion.choices.first)
        #expect(!choice.message.text.isEmpty)
        #expect(choice.finishReason == .stop)
        #expect((usage?.promptTokens ?? 0) > 0)
        #expect((usage?.completionTokens ?? 0) > 0)
    }

    static func checkStream(_ scenario: Scenario, _ chunks: [ChatCompletionChunk]) throws {
        let text = chunks.compactMap { $0.choices.first?.delta.content }.joined()
        let finish = chunks.compactMap { $0.choices.first?.finishReason }.last
        let usage = chunks.compactMap(\.usage).last
        switch scenario {
        case .streamingText:
            #expect(!text.isEmpty)
            #expect(finish == .stop)
            #expect((usage?.completionTokens ?? 0) > 0, "usage at the end")
            #expect(chunks.first?.choices.first?.delta.role == .assistant, "the first chunk carries the role")
        case .toolCallDeltas:
            var calls: [Int: (name: String?, arguments: String)] = [:]
            for delta in chunks.compactMap({ $0.choices.first?.delta.toolCalls }).flatMap({ $0 }) {
                var entry = calls[delta.index] ?? (nil, "")
                entry.name = entry.name ?? delta.function?.name
                entry.arguments += delta.function?.arguments ?? ""
                calls[delta.index] = entry
            }
            #expect(!calls.isEmpty)
            for (_, call) in calls {
                #expect(call.name?.isEmpty == false)
                let arguments = call.arguments.isEmpty ? "{}" : call.arguments
                #expect((try? JSONSerialization.jsonObject(with: Data(arguments.utf8))) is [String: Any], "arguments: \(call.arguments)")
            }
            #expect(finish == .toolCalls)
        default:
            Issue.record("expected a failure, got a stream of \(chunks.count) chunks")
        }
    }

    static func checkError(_ scenario: Scenario, _ error: GaiError) {
        #expect(error.provider == "p", "the error names the provider")
        switch scenario {
        case .authFailure:
            #expect(error.code == .unauthorized)
            #expect(!error.isTransient)
        case .rateLimitWithRetryAfter:
            #expect(error.code == .rateLimited)
            #expect((error.retryAfter ?? .zero) > .zero, "retry-after is kept")
        case .serverError:
            #expect(error.code == .providerUnavailable)
            #expect(error.isTransient)
        case .malformedJSON:
            #expect(error.code == .providerUnavailable)
        case .midStreamError:
            // Whatever the upstream said (Gemini's recorded one is a 499 CANCELLED → network),
            // the stream ends with a classified error, never silently.
            #expect([.providerUnavailable, .overloaded, .internal, .network].contains(error.code), "got \(error.code)")
        default:
            Issue.record("unexpected failure: \(error)")
        }
    }
}
