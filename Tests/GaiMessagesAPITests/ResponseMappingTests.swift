import Foundation
import GaiAnthropicWire
import GaiCore
import GaiMessagesAPI
import Testing

@Suite struct ResponseMappingTests {
    static func completion(_ message: ChatMessage, finish: FinishReason?, usage: Usage?) -> ChatCompletion {
        ChatCompletion(id: "chatcmpl-1", created: 1, model: "upstream-model", choices: [.init(index: 0, message: message, finishReason: finish)], usage: usage)
    }

    static func json(_ message: AnthropicMessage) throws -> [String: Any] {
        let data = try GaiJSON.makeEncoder().encode(message)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func textAnswer() throws {
        let completion = Self.completion(
            ChatMessage(role: .assistant, content: .text("Hi there")), finish: .stop,
            usage: Usage(promptTokens: 100, completionTokens: 7, cachedTokens: 60, cacheWriteTokens: 10))
        let message = MessagesTranslation.message(from: completion, clientModel: "client-model")
        let data = try GaiJSON.makeEncoder().encode(message)
        #expect(String(decoding: data, as: UTF8.self) == #"{"content":[{"text":"Hi there","type":"text"}],"id":"msg_chatcmpl-1","model":"client-model","role":"assistant","stop_reason":"end_turn","stop_sequence":null,"type":"message","usage":{"cache_creation_input_tokens":10,"cache_read_input_tokens":60,"input_tokens":30,"output_tokens":7}}"#)
    }

    @Test func toolCallsBecomeToolUseBlocks() throws {
        let message = ChatMessage(role: .assistant, content: nil, toolCalls: [
            ToolCall(id: "call_1", function: .init(name: "get_weather", arguments: #"{"city":"Paris"}"#)),
            ToolCall(id: "call_2", function: .init(name: "broken", arguments: "not json")),
        ])
        let mapped = MessagesTranslation.message(from: Self.completion(message, finish: .toolCalls, usage: nil), clientModel: "m")
        #expect(mapped.content == [
            .toolUse(id: "call_1", name: "get_weather", input: .object(["city": .string("Paris")])),
            .toolUse(id: "call_2", name: "broken", input: .object([:])),
        ])
        #expect(mapped.stopReason == "tool_use")
        let object = try Self.json(mapped)
        let usage = try #require(object["usage"] as? [String: Any])
        #expect(usage["input_tokens"] as? Int == 0)
        #expect(usage["output_tokens"] as? Int == 0)
    }

    @Test(arguments: [
        (FinishReason?.some(.stop), false, "end_turn"),
        (.some(.length), false, "max_tokens"),
        (.some(.toolCalls), true, "tool_use"),
        (.some(.functionCall), true, "tool_use"),
        (.some(.contentFilter), false, "refusal"),
        (.some(.other("eos")), false, "end_turn"),
        (.some(.other("eos")), true, "tool_use"),
        (nil, false, "end_turn"),
    ])
    func stopReason(finish: FinishReason?, hasToolCalls: Bool, expected: String) {
        #expect(MessagesTranslation.stopReason(for: finish, hasToolCalls: hasToolCalls) == expected)
    }

    @Test func anthropicMessageIDsAreKept() {
        #expect(MessagesTranslation.messageID("msg_01") == "msg_01")
        #expect(MessagesTranslation.messageID("chatcmpl-9") == "msg_chatcmpl-9")
    }

    @Test(arguments: [
        (ErrorCode.invalidRequest, 400, "invalid_request_error"),
        (.contextLengthExceeded, 400, "invalid_request_error"),
        (.contentFiltered, 400, "invalid_request_error"),
        (.unsupported, 400, "invalid_request_error"),
        (.unauthorized, 401, "authentication_error"),
        (.forbidden, 403, "permission_error"),
        (.notFound, 404, "not_found_error"),
        (.rateLimited, 429, "rate_limit_error"),
        (.overloaded, 529, "overloaded_error"),
        (.timeout, 504, "timeout_error"),
        (.network, 502, "api_error"),
        (.providerUnavailable, 502, "api_error"),
        (.internal, 500, "api_error"),
    ])
    func errorTaxonomy(code: ErrorCode, status: Int, type: String) throws {
        let error = GaiError(code, "boom \"quoted\"")
        #expect(MessagesErrorBody.status(for: error) == status)
        let body = MessagesErrorBody.body(for: error, requestID: "req_1")
        #expect(body.text == #"{"error":{"message":"boom \"quoted\"","type":"\#(type)"},"request_id":"req_1","type":"error"}"#)
    }
}
