import Foundation
import GaiAnthropicWire
import GaiCore
import GaiMessagesAPI
import Testing

@Suite struct RequestMappingTests {
    @Test func textConversationWithSystemBlocksAndParameters() throws {
        let request = try messagesRequest(#"""
            {"model":"m","max_tokens":64,"system":[{"type":"text","text":"Be brief."},{"type":"text","text":"Be kind.","cache_control":{"type":"ephemeral"}}],
             "messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":[{"type":"text","text":"Hello"}]},{"role":"user","content":[{"type":"text","text":"Bye"}]}],
             "stop_sequences":["END"],"temperature":0.5,"top_p":0.9,"top_k":5,"metadata":{"user_id":"u-1"},"thinking":{"type":"enabled","budget_tokens":2048}}
            """#)
        let chat = try MessagesTranslation.chatRequest(from: request)
        #expect(chat.model == "m")
        #expect(chat.maxTokens == 64)
        #expect(chat.stop == .many(["END"]))
        #expect(chat.temperature == 0.5)
        #expect(chat.topP == 0.9)
        #expect(chat.user == "u-1")
        #expect(chat.stream == nil)
        #expect(chat.extra.isEmpty)
        #expect(chat.messages == [
            ChatMessage(role: .system, content: .text("Be brief.\nBe kind.")),
            ChatMessage(role: .user, content: .text("Hi")),
            ChatMessage(role: .assistant, content: .text("Hello")),
            ChatMessage(role: .user, content: .text("Bye")),
        ])
    }

    @Test func imagesBecomeImageURLParts() throws {
        let request = try messagesRequest(#"""
            {"model":"m","max_tokens":8,"messages":[{"role":"user","content":[
              {"type":"text","text":"What is this?"},
              {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0K"}},
              {"type":"image","source":{"type":"url","url":"https://example.com/cat.jpg"}}]}]}
            """#)
        let chat = try MessagesTranslation.chatRequest(from: request)
        #expect(chat.messages.count == 1)
        #expect(chat.messages[0].content == .parts([
            .text("What is this?"),
            .imageURL(url: "data:image/png;base64,iVBORw0K", detail: nil),
            .imageURL(url: "https://example.com/cat.jpg", detail: nil),
        ]))
    }

    @Test func toolUseAndToolResultRoundTrip() throws {
        let request = try messagesRequest(#"""
            {"model":"m","max_tokens":8,
             "tools":[{"name":"get_weather","description":"Weather","input_schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}],
             "tool_choice":{"type":"any","disable_parallel_tool_use":true},
             "messages":[
              {"role":"user","content":"Weather in Paris?"},
              {"role":"assistant","content":[{"type":"thinking","thinking":"hm","signature":"sig"},{"type":"text","text":"Checking."},{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"unit":"c","city":"Paris"}}]},
              {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":[{"type":"text","text":"18C"},{"type":"text","text":"sunny"}]},{"type":"text","text":"Thanks"}]}]}
            """#)
        let chat = try MessagesTranslation.chatRequest(from: request)
        #expect(chat.tools?.count == 1)
        #expect(chat.tools?.first?.function?.name == "get_weather")
        #expect(chat.tools?.first?.function?.description == "Weather")
        #expect(chat.tools?.first?.function?.parameters?["required"] == .array([.string("city")]))
        #expect(chat.toolChoice == .mode("required"))
        #expect(chat.extra["parallel_tool_calls"] == .bool(false))
        #expect(chat.messages == [
            ChatMessage(role: .user, content: .text("Weather in Paris?")),
            ChatMessage(
                role: .assistant, content: .text("Checking."),
                toolCalls: [ToolCall(id: "toolu_1", function: .init(name: "get_weather", arguments: #"{"city":"Paris","unit":"c"}"#))]),
            ChatMessage(role: .tool, content: .text("18C\nsunny"), toolCallID: "toolu_1"),
            ChatMessage(role: .user, content: .text("Thanks")),
        ])
    }

    @Test(arguments: [
        (#"{"type":"auto"}"#, ToolChoice.mode("auto")),
        (#"{"type":"any"}"#, .mode("required")),
        (#"{"type":"none"}"#, .mode("none")),
        (#"{"type":"tool","name":"get_weather"}"#, .function(name: "get_weather")),
    ])
    func toolChoice(json: String, expected: ToolChoice) throws {
        let request = try messagesRequest(
            #"{"model":"m","max_tokens":8,"messages":[{"role":"user","content":"x"}],"tools":[{"name":"get_weather","input_schema":{"type":"object"}}],"tool_choice":"#
                + json + "}")
        #expect(try MessagesTranslation.chatRequest(from: request).toolChoice == expected)
    }

    @Test func streamingAsksForTheUsageChunk() throws {
        let request = try messagesRequest(#"{"model":"m","max_tokens":8,"stream":true,"messages":[{"role":"user","content":"x"}]}"#)
        let chat = try MessagesTranslation.chatRequest(from: request)
        #expect(chat.isStreaming)
        #expect(chat.includeUsage)
    }

    @Test(arguments: [
        (#"{"model":"m","max_tokens":0,"messages":[{"role":"user","content":"x"}]}"#, "max_tokens"),
        (#"{"model":"m","max_tokens":8,"messages":[]}"#, "messages"),
        (#"{"model":"","max_tokens":8,"messages":[{"role":"user","content":"x"}]}"#, "model"),
        (#"{"model":"m","max_tokens":8,"temperature":1.5,"messages":[{"role":"user","content":"x"}]}"#, "temperature"),
        (#"{"model":"m","max_tokens":8,"messages":[{"role":"system","content":"x"}]}"#, "messages[0].role"),
        (#"{"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"document","source":{}}]}]}"#, "messages[0].content[0]"),
    ])
    func unusableRequestsAreRejected(json: String, param: String) throws {
        let request = try messagesRequest(json)
        let error = #expect(throws: GaiError.self) {
            try MessagesTranslation.chatRequest(from: request)
        }
        #expect(error?.param == param)
    }

    @Test func missingMaxTokensFailsToDecode() {
        #expect(throws: DecodingError.self) {
            try messagesRequest(#"{"model":"m","messages":[{"role":"user","content":"x"}]}"#)
        }
    }

    @Test func tokenEstimateCountsBytesMessagesAndTools() throws {
        let request = try messagesRequest(#"""
            {"model":"m","max_tokens":8,"system":"12345678","messages":[{"role":"user","content":"abcd"}],
             "tools":[{"name":"t","input_schema":{}}]}
            """#)
        // bytes: system 8 + "abcd" 4 + tool name 1 + "{}" 2 = 15 → 4 tokens; one message → +4.
        #expect(MessagesTokenEstimator.estimate(system: request.system, messages: request.messages, tools: request.tools) == 8)
    }
}
