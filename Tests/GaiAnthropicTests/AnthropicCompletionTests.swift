import Foundation
import GaiAnthropic
import GaiCore
import GaiProviderKit
import GaiTesting
import NIOCore
import Testing

@Suite("AnthropicProvider: complete answers")
struct AnthropicCompletionTests {
    /// A `Message` answer with the given content blocks, stop reason and usage.
    static func message(content: String, stopReason: String = "end_turn", usage: String = #"{"input_tokens":5,"output_tokens":2}"#) -> String {
        #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-x","content":\#(content),"stop_reason":"\#(stopReason)","stop_sequence":null,"usage":\#(usage)}"#
    }

    @Test("simple completion: the text answer, whole or split every N bytes", arguments: splitSizes)
    func simpleCompletion(splitEvery size: Int) async throws {
        let completion = try await complete(reply: .split(try fixture("message-text.json"), every: size)).get()
        #expect(completion.id == "msg_01GJyhkguJrrqMbZNzEybYFL")
        #expect(completion.model == "claude-haiku-4-5-20251001")
        #expect(completion.object == "chat.completion")
        #expect(completion.created > 1_700_000_000)
        let choice = try #require(completion.choices.first)
        #expect(completion.choices.count == 1)
        #expect(choice.message.role == .assistant)
        #expect(choice.message.text.hasPrefix("I apologize, but I'm getting an error"))
        #expect(choice.message.text.hasSuffix("for a different location?"))
        #expect(choice.message.toolCalls == nil)
        #expect(choice.finishReason == .stop)
    }

    @Test("usage: prompt includes cache reads and writes, completion is output_tokens")
    func usage() async throws {
        let provider = makeProvider(MockTransport(replies: [.init(body: try fixture("message-text.json"))]))
        let (request, context) = try clientRequest(simpleRequestBody)
        let result = try await provider.chatCompletion(request, context: context)
        #expect(result.usage == Usage(promptTokens: 760, completionTokens: 63, cachedTokens: 0, cacheWriteTokens: 0))
        #expect(try result.value.usage == result.usage)

        let cached = try await complete(
            reply: .init(body: Self.message(
                content: #"[{"type":"text","text":"ok"}]"#,
                usage: #"{"input_tokens":10,"cache_creation_input_tokens":200,"cache_read_input_tokens":3000,"output_tokens":7}"#))
        ).get()
        let usage = try #require(cached.usage)
        #expect(usage.promptTokens == 3210)
        #expect(usage.completionTokens == 7)
        #expect(usage.totalTokens == 3217)
        #expect(usage.cachedTokens == 3000)
        #expect(usage.cacheWriteTokens == 200)
    }

    @Test("a tool_use answer becomes tool_calls with the input as JSON text")
    func toolUse() async throws {
        let completion = try await complete(reply: .init(body: try fixture("message-tool-use.json"))).get()
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason == .toolCalls)
        #expect(choice.message.content == nil)
        let call = try #require(choice.message.toolCalls?.first)
        #expect(choice.message.toolCalls?.count == 1)
        #expect(call.id == "toolu_01A9HHF5Ezy3oBrKmSgfASm9")
        #expect(call.type == "function")
        #expect(call.function.name == "get_weather")
        #expect(try parsedJSON(call.function.arguments) == .object(["location": .string("San Francisco, CA"), "units": .string("f")]))
        #expect(!call.function.arguments.contains(" \""))
        #expect(completion.usage?.promptTokens == 656)
        #expect(completion.usage?.completionTokens == 74)
    }

    @Test(
        "finish reason: every stop_reason maps, and a refusal is an answer, not an error",
        arguments: [
            ("end_turn", FinishReason.stop), ("stop_sequence", .stop), ("pause_turn", .stop), ("tool_use", .toolCalls),
            ("max_tokens", .length), ("model_context_window_exceeded", .length), ("refusal", .contentFilter),
            ("something_new", .other("something_new")),
        ])
    func finishReason(stopReason: String, expected: FinishReason) async throws {
        let completion = try await complete(
            reply: .init(body: Self.message(content: #"[{"type":"text","text":"Hi"}]"#, stopReason: stopReason))
        ).get()
        #expect(completion.choices.first?.finishReason == expected)
        #expect(completion.choices.first?.message.text == "Hi")
    }

    @Test("thinking stays out of content and is offered as reasoning_content; unknown blocks are dropped")
    func thinking() async throws {
        let content = #"[{"type":"thinking","thinking":"Let me see.","signature":"sig"},{"type":"redacted_thinking","data":"xx"},{"type":"text","text":"A"},{"type":"text","text":"B"}]"#
        let completion = try await complete(reply: .init(body: Self.message(content: content))).get()
        let message = try #require(completion.choices.first?.message)
        #expect(message.content == .text("AB"))
        #expect(message.extra["reasoning_content"] == .string("Let me see."))
    }

    @Test(
        "malformed JSON or a non-Message 2xx answer is provider_unavailable",
        arguments: [#"{"id":"msg_1","content":[{"type":"te"#, "<html>bad gateway</html>", #"{"choices":[]}"#, ""])
    func malformed(body: String) async throws {
        let result = try await complete(reply: .init(body: body))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.code == .providerUnavailable)
        #expect(error.provider == "anthropic")
    }

    @Test("an error body sent with status 200 is classified")
    func errorWith200() async throws {
        let result = try await complete(reply: .init(body: try fixture("error-overloaded-529.json")))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.code == .overloaded)
        #expect(error.isTransient)
    }
}
