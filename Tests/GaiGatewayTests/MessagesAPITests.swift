import Foundation
import GaiCore
import GaiProviderKit
import GaiTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Testing

@testable import GaiGateway

/// `POST /v1/messages` and `/v1/messages/count_tokens`: Anthropic's request, answer, stream
/// and error shapes over OpenAI-compatible upstreams and the mock.
@Suite struct MessagesAPITests {
    static let textRequest = #"{"model":"gpt-test","max_tokens":64,"system":"Be brief.","messages":[{"role":"user","content":"Hi"}]}"#
    static let streamRequest = #"{"model":"gpt-test","max_tokens":64,"stream":true,"messages":[{"role":"user","content":"Hi"}]}"#

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any], "not a JSON object: \(response.text)")
    }

    /// The `(event name, data object)` pairs of an Anthropic stream; every frame must have both lines.
    static func events(_ response: TestResponse) throws -> [(name: String, data: [String: Any])] {
        try response.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { frame in
            let lines = frame.components(separatedBy: "\n")
            try #require(lines.count == 2 && lines[0].hasPrefix("event: ") && lines[1].hasPrefix("data: "), "bad frame: \(frame)")
            let data = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].dropFirst(6).utf8)) as? [String: Any])
            let name = String(lines[0].dropFirst(7))
            #expect(data["type"] as? String == name)
            return (name, data)
        }
    }

    static func outline(_ events: [(name: String, data: [String: Any])]) -> [String] {
        events.map { event in
            var line = event.name
            if let index = event.data["index"] as? Int { line += "@\(index)" }
            if let type = (event.data["delta"] as? [String: Any])?["type"] as? String { line += ":" + type }
            return line
        }
    }

    static func anthropicError(_ response: TestResponse) throws -> (type: String?, message: String?) {
        let object = try object(response)
        #expect(object["type"] as? String == "error")
        #expect(object["request_id"] as? String == response.headers[HTTPField.Name("request-id")!])
        let error = try #require(object["error"] as? [String: Any])
        return (error["type"] as? String, error["message"] as? String)
    }

    // MARK: - Non-streaming

    @Test func textFromAnOpenAICompatibleUpstream() async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(Self.textRequest)) { response in
                #expect(response.status == .ok)
                let requestID = try #require(response.headers[HTTPField.Name("request-id")!])
                #expect(response.headers[HTTPField.Name("x-request-id")!] == requestID)
                let object = try Self.object(response)
                #expect(object["id"] as? String == "msg_chatcmpl-1")
                #expect(object["type"] as? String == "message")
                #expect(object["role"] as? String == "assistant")
                #expect(object["model"] as? String == "gpt-test")
                #expect(object["stop_reason"] as? String == "end_turn")
                #expect(object.keys.contains("stop_sequence"))
                let content = try #require(object["content"] as? [[String: Any]])
                #expect(content.count == 1)
                #expect(content.first?["type"] as? String == "text")
                #expect(content.first?["text"] as? String == "Hi there")
                let usage = try #require(object["usage"] as? [String: Any])
                #expect(usage["input_tokens"] as? Int == 5)
                #expect(usage["output_tokens"] as? Int == 2)
            }
        }
        // The upstream got an OpenAI chat request, not the Anthropic body.
        let sent = try #require(fixture.transport.requests.first)
        #expect(sent.url.hasSuffix("/chat/completions"))
        let sentBody = try #require(sent.body)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: sentBody).utf8)) as? [String: Any])
        #expect(body["model"] as? String == "upstream-model")
        #expect(body["max_tokens"] as? Int == 64)
        let messages = try #require(body["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user"])
    }

    @Test func toolUseFromAnOpenAICompatibleUpstream() async throws {
        let completion = #"""
            {"id":"chatcmpl-2","object":"chat.completion","created":1,"model":"upstream-model","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\": \"Paris\"}"}}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":8}}}
            """#
        let request = #"{"model":"gpt-test","max_tokens":64,"tools":[{"name":"get_weather","input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],"messages":[{"role":"user","content":"Weather in Paris?"}]}"#
        let fixture = GatewayFixture(replies: [.init(body: completion)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(request)) { response in
                #expect(response.status == .ok)
                let object = try Self.object(response)
                #expect(object["stop_reason"] as? String == "tool_use")
                let content = try #require(object["content"] as? [[String: Any]])
                #expect(content.count == 1)
                #expect(content.first?["type"] as? String == "tool_use")
                #expect(content.first?["id"] as? String == "call_1")
                #expect(content.first?["name"] as? String == "get_weather")
                #expect((content.first?["input"] as? [String: Any])?["city"] as? String == "Paris")
                let usage = try #require(object["usage"] as? [String: Any])
                #expect(usage["input_tokens"] as? Int == 12)
                #expect(usage["cache_read_input_tokens"] as? Int == 8)
            }
        }
        let sent = try #require(fixture.transport.requests.first?.body)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: sent).utf8)) as? [String: Any])
        let tools = try #require(body["tools"] as? [[String: Any]])
        #expect((tools.first?["function"] as? [String: Any])?["name"] as? String == "get_weather")
    }

    @Test func textFromTheMock() async throws {
        let request = #"{"model":"mock-echo","max_tokens":16,"messages":[{"role":"user","content":"echo this back"}]}"#
        try await GatewayFixture().application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(request)) { response in
                #expect(response.status == .ok)
                let object = try Self.object(response)
                #expect(object["model"] as? String == "mock-echo")
                let content = try #require(object["content"] as? [[String: Any]])
                #expect(content.first?["text"] as? String == "echo this back")
                #expect(object["stop_reason"] as? String == "end_turn")
            }
        }
    }

    // MARK: - Streaming

    @Test func textStreamEventsAreExact() async throws {
        let fixture = GatewayFixture(replies: [.split(sseBody(upstreamStream), every: 17)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(Self.streamRequest)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                #expect(response.headers[HTTPField.Name("request-id")!] != nil)
                let events = try Self.events(response)
                #expect(Self.outline(events) == [
                    "message_start", "content_block_start@0", "content_block_delta@0:text_delta", "content_block_delta@0:text_delta",
                    "content_block_stop@0", "message_delta", "message_stop",
                ])
                let message = try #require(events.first?.data["message"] as? [String: Any])
                #expect(message["id"] as? String == "msg_c1")
                #expect(message["model"] as? String == "gpt-test")
                #expect((message["content"] as? [Any])?.isEmpty == true)
                let texts = events.compactMap { ($0.data["delta"] as? [String: Any])?["text"] as? String }
                #expect(texts == ["Hel", "lo"])
                let delta = events[5].data
                #expect((delta["delta"] as? [String: Any])?["stop_reason"] as? String == "end_turn")
                let usage = try #require(delta["usage"] as? [String: Any])
                #expect(usage["output_tokens"] as? Int == 2)
                #expect(usage["input_tokens"] as? Int == 3)
            }
        }
        // The usage chunk is requested from the upstream.
        let sent = try #require(fixture.transport.requests.first?.body)
        #expect(String(buffer: sent).contains(#""include_usage":true"#))
    }

    @Test func parallelToolCallStreamHasOneBlockPerCall() async throws {
        let upstream = try Fixtures.text("chat-stream-parallel-tool-calls-with-usage.sse", in: .module)
        let fixture = GatewayFixture(replies: [.split(upstream, every: 64)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(Self.streamRequest)) { response in
                let events = try Self.events(response)
                #expect(Self.outline(events).filter { !$0.hasSuffix(":input_json_delta") } == [
                    "message_start", "content_block_start@0", "content_block_stop@0",
                    "content_block_start@1", "content_block_stop@1", "message_delta", "message_stop",
                ])
                var arguments: [Int: String] = [:]
                for event in events where event.name == "content_block_delta" {
                    let index = try #require(event.data["index"] as? Int)
                    arguments[index, default: ""] += (event.data["delta"] as? [String: Any])?["partial_json"] as? String ?? ""
                }
                #expect(arguments == [
                    0: #"{"city": "Edinburgh", "country": "GB", "units": "c"}"#,
                    1: #"{"ticker": "AAPL", "exchange": "NASDAQ"}"#,
                ])
                let delta = try #require(events.first { $0.name == "message_delta" })
                #expect((delta.data["delta"] as? [String: Any])?["stop_reason"] as? String == "tool_use")
            }
        }
    }

    @Test func midStreamFailureEndsWithAnErrorEvent() async throws {
        let reply = MockTransport.Reply.split(
            sseBody(Array(upstreamStream.prefix(2)), done: false), every: 50,
            failure: GaiError(.overloaded, "The upstream is overloaded"))
        let fixture = GatewayFixture(replies: [reply])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(Self.streamRequest)) { response in
                #expect(response.status == .ok)
                let events = try Self.events(response)
                #expect(Self.outline(events) == ["message_start", "content_block_start@0", "content_block_delta@0:text_delta", "error"])
                let error = try #require(events.last?.data["error"] as? [String: Any])
                #expect(error["type"] as? String == "overloaded_error")
                #expect(error["message"] as? String == "The upstream is overloaded")
            }
        }
    }

    // MARK: - Errors

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        var reply: MockTransport.Reply? = nil
        var status: Int
        var type: String
        var retryAfter: String? = nil
        var testDescription: String { name }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(name: "unknown model", body: #"{"model":"nope","max_tokens":8,"messages":[{"role":"user","content":"x"}]}"#, status: 404, type: "not_found_error"),
        ErrorCase(name: "malformed JSON", body: #"{"model":"gpt-test","#, status: 400, type: "invalid_request_error"),
        ErrorCase(name: "missing max_tokens", body: #"{"model":"gpt-test","messages":[{"role":"user","content":"x"}]}"#, status: 400, type: "invalid_request_error"),
        ErrorCase(name: "missing messages", body: #"{"model":"gpt-test","max_tokens":8}"#, status: 400, type: "invalid_request_error"),
        ErrorCase(name: "missing model", body: #"{"max_tokens":8,"messages":[{"role":"user","content":"x"}]}"#, status: 400, type: "invalid_request_error"),
        ErrorCase(name: "max_tokens wrong type", body: #"{"model":"gpt-test","max_tokens":"8","messages":[{"role":"user","content":"x"}]}"#, status: 400, type: "invalid_request_error"),
        ErrorCase(name: "content wrong type", body: #"{"model":"gpt-test","max_tokens":8,"messages":[{"role":"user","content":5}]}"#, status: 400, type: "invalid_request_error"),
        ErrorCase(
            name: "upstream 429", body: textRequest,
            reply: .init(status: 429, headers: ["retry-after": "7"], body: #"{"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}"#),
            status: 429, type: "rate_limit_error", retryAfter: "7"),
        ErrorCase(
            name: "upstream overloaded", body: textRequest,
            reply: .init(status: 529, body: #"{"error":{"message":"Overloaded","type":"overloaded_error"}}"#),
            status: 529, type: "overloaded_error"),
        ErrorCase(
            name: "upstream 401", body: textRequest,
            reply: .init(status: 401, body: #"{"error":{"message":"bad key","type":"invalid_request_error","code":"invalid_api_key"}}"#),
            status: 401, type: "authentication_error"),
    ]

    @Test(arguments: errorCases)
    func errorsAreAnthropicShaped(_ errorCase: ErrorCase) async throws {
        let fixture = GatewayFixture(replies: errorCase.reply.map { [$0] } ?? [])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(errorCase.body)) { response in
                #expect(response.status.code == errorCase.status)
                let error = try Self.anthropicError(response)
                #expect(error.type == errorCase.type)
                #expect(error.message?.isEmpty == false)
                if let retryAfter = errorCase.retryAfter {
                    #expect(response.headers[.retryAfter] == retryAfter)
                }
            }
        }
    }

    @Test func streamFailingBeforeTheFirstChunkGetsAnErrorStatus() async throws {
        let fixture = GatewayFixture(replies: [.init(status: 529, body: #"{"error":{"message":"Overloaded","type":"overloaded_error"}}"#)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: jsonHeaders, body: jsonBody(Self.streamRequest)) { response in
                #expect(response.status.code == 529)
                let error = try Self.anthropicError(response)
                #expect(error.type == "overloaded_error")
            }
        }
    }

    @Test func chatCompletionsErrorsKeepTheOpenAIShape() async throws {
        try await GatewayFixture().application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: jsonHeaders,
                body: jsonBody(#"{"model":"nope","messages":[{"role":"user","content":"x"}]}"#)
            ) { response in
                #expect(response.status == .notFound)
                let error = try response.errorObject()
                #expect(error["code"] as? String == "not_found")
                #expect(response.headers[HTTPField.Name("request-id")!] == nil)
            }
        }
    }

    // MARK: - count_tokens

    @Test func countTokensEstimates() async throws {
        let request = #"{"model":"gpt-test","system":"12345678","messages":[{"role":"user","content":"abcd"}]}"#
        try await GatewayFixture().application().test(.router) { client in
            try await client.execute(uri: "/v1/messages/count_tokens", method: .post, headers: jsonHeaders, body: jsonBody(request)) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"input_tokens":7}"#)
            }
            try await client.execute(
                uri: "/v1/messages/count_tokens", method: .post, headers: jsonHeaders,
                body: jsonBody(#"{"model":"nope","messages":[{"role":"user","content":"x"}]}"#)
            ) { response in
                #expect(response.status == .notFound)
                let error = try Self.anthropicError(response)
                #expect(error.type == "not_found_error")
            }
        }
    }
}
