import Foundation
import GaiCore
import GaiTesting
import GaiProviderKit
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Testing

@testable import GaiGateway

@Suite struct ChatCompletionsTests {
    static let requestBody = #"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}],"x_unknown":{"a":[1,2]}}"#

    @Test func nonStreamingPassesUpstreamBytesThrough() async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: jsonHeaders, body: jsonBody(Self.requestBody)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(response.text == upstreamCompletion)
            }
        }
        let sent = try #require(fixture.transport.requests.first)
        #expect(sent.url == "http://upstream.test/v1/chat/completions")
        #expect(sent.headers.first(name: "authorization") == "Bearer sk-upstream")
        let body = try JSONSerialization.jsonObject(with: Data(String(buffer: try #require(sent.body)).utf8)) as? [String: Any]
        #expect(body?["model"] as? String == "upstream-model")
        #expect((body?["x_unknown"] as? [String: Any])?["a"] as? [Int] == [1, 2])
    }

    @Test func requestIDIsGeneratedAsUUIDv7AndSentUpstream() async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        let returned: String = try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.requestBody)) { response in
                try #require(response.headers[HTTPField.Name("x-request-id")!])
            }
        }
        #expect(returned.count == 36)
        #expect(Array(returned)[14] == "7")
        #expect(fixture.transport.requests.first?.headers.first(name: "x-request-id") == returned)
    }

    @Test(arguments: [
        ("client-id-123", "client-id-123"),
        (String(repeating: "a", count: 128), String(repeating: "a", count: 128)),
    ])
    func saneClientRequestIDIsKept(sent: String, expected: String) async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [HTTPField.Name("x-request-id")!: sent], body: jsonBody(Self.requestBody)
            ) { response in
                #expect(response.headers[HTTPField.Name("x-request-id")!] == expected)
            }
        }
    }

    @Test(arguments: [String(repeating: "a", count: 129), "has space", "tab\there"])
    func insaneClientRequestIDIsReplaced(sent: String) async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [HTTPField.Name("x-request-id")!: sent], body: jsonBody(Self.requestBody)
            ) { response in
                let returned = response.headers[HTTPField.Name("x-request-id")!]
                #expect(returned != sent)
                #expect(returned?.count == 36)
            }
        }
    }

    @Test func mockProviderEchoesTheLastUserMessage() async throws {
        let fixture = GatewayFixture()
        try await fixture.application().test(.router) { client in
            let body = #"{"model":"mock-echo","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"echo me please"}]}"#
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(body)) { response in
                #expect(response.status == .ok)
                let completion = try JSONDecoder().decode(ChatCompletion.self, from: Data(response.text.utf8))
                #expect(completion.choices.first?.message.text == "echo me please")
                #expect(completion.choices.first?.finishReason == .stop)
                #expect(completion.usage?.completionTokens == 3)
                #expect(completion.usage?.promptTokens == 5)
            }
        }
    }

    @Test func upstreamRateLimitKeepsStatusCodeAndRetryAfter() async throws {
        let reply = MockTransport.Reply(
            status: 429, headers: ["retry-after": "7"],
            body: #"{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#)
        let fixture = GatewayFixture(replies: [reply])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.requestBody)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "7")
                let error = try response.errorObject()
                #expect(error["code"] as? String == "rate_limited")
                #expect(error["type"] as? String == "rate_limit_error")
                #expect(error["message"] as? String == "Rate limit reached for requests")
            }
        }
    }

    @Test(arguments: [
        (500, "provider_unavailable", HTTPResponse.Status.badGateway),
        (503, "provider_unavailable", .serviceUnavailable),
        (529, "overloaded", .serviceUnavailable),
        (504, "timeout", .gatewayTimeout),
        (404, "not_found", .notFound),
        (401, "unauthorized", .unauthorized),
    ])
    func upstreamStatusesMapToTaxonomyAndStatus(upstream: Int, code: String, status: HTTPResponse.Status) async throws {
        let fixture = GatewayFixture(replies: [.init(status: upstream, body: #"{"error":{"message":"nope","type":"x"}}"#)])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.requestBody)) { response in
                #expect(response.status == status)
                let errorCode = try response.errorObject()["code"] as? String
                #expect(errorCode == code)
            }
        }
    }

    @Test func undecodableUpstreamAnswerIsBadGateway() async throws {
        let fixture = GatewayFixture(replies: [.init(body: "<html>oops</html>")])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.requestBody)) { response in
                #expect(response.status == .badGateway)
                let errorCode = try response.errorObject()["code"] as? String
                #expect(errorCode == "provider_unavailable")
            }
        }
    }

    @Test func unreachableUpstreamIsNetworkError() async throws {
        let fixture = GatewayFixture(transport: MockTransport(failingWith: GaiError(.network, "connection refused")))
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.requestBody)) { response in
                #expect(response.status == .badGateway)
                let errorCode = try response.errorObject()["code"] as? String
                #expect(errorCode == "network")
            }
        }
    }
}
