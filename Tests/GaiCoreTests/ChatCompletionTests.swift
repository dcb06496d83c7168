import Foundation
import GaiCore
import Testing

@Suite("ChatCompletion and ChatCompletionChunk")
struct ChatCompletionTests {
    @Test("a text completion decodes every field")
    func textCompletion() throws {
        let completion = try decode(ChatCompletion.self, try fixture("chat-completion.json"))
        #expect(completion.id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")
        #expect(completion.object == "chat.completion")
        #expect(completion.created == 1_741_569_952)
        #expect(completion.model == "gpt-5.4")
        #expect(completion.systemFingerprint == nil)
        #expect(completion.extra == ["service_tier": .string("default")])
        let choice = try #require(completion.choices.first)
        #expect(completion.choices.count == 1)
        #expect(choice.index == 0)
        #expect(choice.finishReason == .stop)
        #expect(choice.message.role == .assistant)
        #expect(choice.message.content == .text("Hello! How can I assist you today?"))
        #expect(choice.message.refusal == nil)
        #expect(choice.message.toolCalls == nil)
        #expect(choice.message.extra == ["annotations": .array([])])

        let usage = try #require(completion.usage)
        #expect(usage.promptTokens == 19)
        #expect(usage.completionTokens == 10)
        #expect(usage.totalTokens == 29)
        #expect(usage.cachedTokens == 0)
        #expect(usage.reasoningTokens == 0)
        #expect(usage.promptTokensDetails?.extra == ["audio_tokens": .int(0)])
        #expect(
            usage.completionTokensDetails?.extra == [
                "audio_tokens": .int(0), "accepted_prediction_tokens": .int(0), "rejected_prediction_tokens": .int(0),
            ])
    }

    @Test("a tool-call completion decodes its calls and finish reason")
    func toolCallCompletion() throws {
        let completion = try decode(ChatCompletion.self, try fixture("chat-completion-tool-calls.json"))
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason == .toolCalls)
        #expect(choice.message.content == nil)
        let call = try #require(choice.message.toolCalls?.first)
        #expect(call.id == "call_abc123")
        #expect(call.type == "function")
        #expect(call.function.name == "get_current_weather")
        #expect(call.function.arguments == "{\n\"location\": \"Boston, MA\"\n}")
        let arguments = try parsedJSON(call.function.arguments)
        #expect(arguments == .object(["location": .string("Boston, MA")]))

        let usage = try #require(completion.usage)
        #expect((usage.promptTokens, usage.completionTokens, usage.totalTokens) == (82, 17, 99))
        #expect(usage.cachedTokens == nil)
        #expect(usage.promptTokensDetails == nil)
        #expect(usage.reasoningTokens == 0)
    }

    @Test("re-encoding the text completion gives the fixture back exactly")
    func textCompletionRoundTrip() throws {
        let text = try fixture("chat-completion.json")
        let completion = try decode(ChatCompletion.self, text)
        #expect(try encodedJSON(completion) == parsedJSON(text))
    }

    @Test(
        "re-encoding a completion keeps every member (null members may appear or vanish)",
        arguments: ["chat-completion.json", "chat-completion-tool-calls.json"])
    func completionRoundTrip(fixtureName: String) throws {
        let text = try fixture(fixtureName)
        let completion = try decode(ChatCompletion.self, text)
        #expect(try encodedJSON(completion).withoutNullMembers == parsedJSON(text).withoutNullMembers)
        #expect(try decode(ChatCompletion.self, String(decoding: GaiJSON.makeEncoder().encode(completion), as: UTF8.self)) == completion)
    }

    @Test(
        "every chunk of the stream fixtures decodes and re-encodes without losing a member",
        arguments: ["chat-stream-tool-call-with-usage.sse", "chat-stream-parallel-tool-calls-with-usage.sse"])
    func chunkRoundTrip(fixtureName: String) throws {
        let lines = dataLines(ofSSE: try fixture(fixtureName))
        try #require(!lines.isEmpty)
        for line in lines {
            let chunk = try decode(ChatCompletionChunk.self, line)
            #expect(chunk.object == "chat.completion.chunk")
            #expect(chunk.systemFingerprint?.hasPrefix("fp_") == true)
            #expect(try encodedJSON(chunk).withoutNullMembers == parsedJSON(line).withoutNullMembers)
        }
    }

    @Test("the first chunk of a tool-call stream carries role, id and name")
    func firstToolCallChunk() throws {
        let line = try #require(dataLines(ofSSE: try fixture("chat-stream-tool-call-with-usage.sse")).first)
        let chunk = try decode(ChatCompletionChunk.self, line)
        let delta = try #require(chunk.choices.first?.delta)
        #expect(delta.role == .assistant)
        #expect(delta.content == nil)
        #expect(delta.refusal == nil)
        #expect(
            delta.toolCalls == [
                .init(index: 0, id: "call_4XzlGBLtUe9dy3GVNV4jhq7h", type: "function", function: .init(name: "get_weather", arguments: ""))
            ])
        #expect(chunk.choices.first?.finishReason == nil)
    }

    @Test("the last chunks carry the finish reason, then usage with no choices")
    func finishAndUsageChunks() throws {
        let lines = dataLines(ofSSE: try fixture("chat-stream-parallel-tool-calls-with-usage.sse"))
        let chunks = try lines.map { try decode(ChatCompletionChunk.self, $0) }
        let finish = chunks[chunks.count - 2]
        #expect(finish.choices.first?.finishReason == .toolCalls)
        #expect(finish.choices.first?.delta == ChatCompletionChunk.Delta())
        let usageChunk = try #require(chunks.last)
        #expect(usageChunk.choices.isEmpty)
        let usage = try #require(usageChunk.usage)
        #expect((usage.promptTokens, usage.completionTokens, usage.totalTokens) == (149, 60, 209))
        #expect(usage.reasoningTokens == 0)
        #expect(chunks.dropLast().allSatisfy { $0.usage == nil })
    }

    @Test("tool-call argument fragments concatenated by index are valid JSON")
    func argumentFragments() throws {
        let lines = dataLines(ofSSE: try fixture("chat-stream-parallel-tool-calls-with-usage.sse"))
        var arguments: [Int: String] = [:]
        var names: [Int: String] = [:]
        for line in lines {
            let chunk = try decode(ChatCompletionChunk.self, line)
            for call in chunk.choices.first?.delta.toolCalls ?? [] {
                arguments[call.index, default: ""] += call.function?.arguments ?? ""
                if let name = call.function?.name { names[call.index] = name }
            }
        }
        #expect(names == [0: "GetWeatherArgs", 1: "get_stock_price"])
        #expect(
            try parsedJSON(try #require(arguments[0]))
                == .object(["city": .string("Edinburgh"), "country": .string("GB"), "units": .string("c")]))
        #expect(
            try parsedJSON(try #require(arguments[1])) == .object(["ticker": .string("AAPL"), "exchange": .string("NASDAQ")]))
    }

    @Test("a chunk with unknown members keeps them")
    func chunkExtra() throws {
        let line = #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"hi","reasoning_content":"think","x_vendor":1},"finish_reason":null}],"obfuscation":"xYz"}"#
        let chunk = try decode(ChatCompletionChunk.self, line)
        #expect(chunk.extra == ["obfuscation": .string("xYz")])
        #expect(chunk.choices.first?.delta.reasoningContent == "think")
        #expect(chunk.choices.first?.delta.extra == ["x_vendor": .int(1)])
        #expect(try encodedJSON(chunk).withoutNullMembers == parsedJSON(line).withoutNullMembers)
    }
}

@Suite("FinishReason")
struct FinishReasonTests {
    static let knownReasons: [(String, FinishReason)] = [
        ("stop", .stop), ("length", .length), ("tool_calls", .toolCalls), ("content_filter", .contentFilter),
        ("function_call", .functionCall),
    ]

    @Test("known values map to their cases and back", arguments: knownReasons)
    func known(raw: String, reason: FinishReason) throws {
        #expect(FinishReason(rawValue: raw) == reason)
        #expect(reason.rawValue == raw)
        #expect(reason.description == raw)
        #expect(try decode(FinishReason.self, "\"\(raw)\"") == reason)
        #expect(try encodedJSON(reason) == .string(raw))
    }

    @Test("unknown values are kept, not rejected", arguments: ["eos", "end_turn", "MAX_TOKENS", "", "Stop"])
    func unknown(raw: String) throws {
        let reason = try decode(FinishReason.self, "\"\(raw)\"")
        #expect(reason == .other(raw))
        #expect(reason.rawValue == raw)
        #expect(try encodedJSON(reason) == .string(raw))
    }

    @Test("an unknown finish reason inside a completion round-trips")
    func unknownInsideCompletion() throws {
        let text = #"{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"a","refusal":null},"logprobs":null,"finish_reason":"recitation"}]}"#
        let completion = try decode(ChatCompletion.self, text)
        #expect(completion.choices.first?.finishReason == .other("recitation"))
        #expect(try encodedJSON(completion) == parsedJSON(text))
    }
}

@Suite("Usage")
struct UsageTests {
    @Test("details are decoded and exposed")
    func details() throws {
        let usage = try decode(
            Usage.self,
            #"{"prompt_tokens":2006,"completion_tokens":300,"total_tokens":2306,"prompt_tokens_details":{"cached_tokens":1920},"completion_tokens_details":{"reasoning_tokens":128}}"#
        )
        #expect(usage.cachedTokens == 1920)
        #expect(usage.reasoningTokens == 128)
        #expect(usage == Usage(promptTokens: 2006, completionTokens: 300, totalTokens: 2306, cachedTokens: 1920, reasoningTokens: 128))
    }

    @Test("total_tokens defaults to the sum when an upstream omits it")
    func totalDefault() throws {
        let usage = try decode(Usage.self, #"{"prompt_tokens":5,"completion_tokens":7}"#)
        #expect(usage.totalTokens == 12)
        #expect(Usage(promptTokens: 5, completionTokens: 7).totalTokens == 12)
    }

    @Test("details are encoded only when known")
    func encoding() throws {
        #expect(
            try encodedJSON(Usage(promptTokens: 1, completionTokens: 2))
                == .object(["prompt_tokens": .int(1), "completion_tokens": .int(2), "total_tokens": .int(3)]))
        #expect(
            try encodedJSON(Usage(promptTokens: 1, completionTokens: 2, cachedTokens: 1, reasoningTokens: 0))
                == .object([
                    "prompt_tokens": .int(1), "completion_tokens": .int(2), "total_tokens": .int(3),
                    "prompt_tokens_details": .object(["cached_tokens": .int(1)]),
                    "completion_tokens_details": .object(["reasoning_tokens": .int(0)]),
                ]))
    }

    @Test("unknown usage members survive a round trip")
    func unknownMembers() throws {
        let text = #"{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":4},"completion_tokens_details":{"reasoning_tokens":0,"accepted_prediction_tokens":5},"cost":0.0012}"#
        let usage = try decode(Usage.self, text)
        #expect(usage.extra == ["cost": .double(0.0012)])
        #expect(try encodedJSON(usage) == parsedJSON(text))
    }
}
