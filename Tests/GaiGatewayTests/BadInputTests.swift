import Foundation
import GaiTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import GaiGateway

@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var path = "/v1/chat/completions"
        var body: String
        var status: HTTPResponse.Status = .badRequest
        var code = "invalid_request"
        var messageContains: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "malformed JSON", body: #"{"model": "gpt-test", "messages": ["#, messageContains: "not valid JSON"),
        Case(name: "empty body", body: "", messageContains: "not valid JSON"),
        Case(name: "top-level array", body: "[]", messageContains: "JSON object"),
        Case(name: "missing model", body: #"{"messages":[{"role":"user","content":"x"}]}"#, messageContains: "'model'"),
        Case(name: "missing messages", body: #"{"model":"gpt-test"}"#, messageContains: "'messages'"),
        Case(name: "model not a string", body: #"{"model":42,"messages":[{"role":"user","content":"x"}]}"#, messageContains: "'model'"),
        Case(name: "messages not an array", body: #"{"model":"gpt-test","messages":"hi"}"#, messageContains: "'messages'"),
        Case(name: "empty messages", body: #"{"model":"gpt-test","messages":[]}"#, messageContains: "at least one message"),
        Case(name: "content wrong type", body: #"{"model":"gpt-test","messages":[{"role":"user","content":5}]}"#, messageContains: "messages[0].content"),
        Case(name: "user message without content", body: #"{"model":"gpt-test","messages":[{"role":"user"}]}"#, messageContains: "messages[0].content"),
        Case(name: "temperature wrong type", body: #"{"model":"gpt-test","temperature":"hot","messages":[{"role":"user","content":"x"}]}"#, messageContains: "'temperature'"),
        Case(name: "stream wrong type", body: #"{"model":"gpt-test","stream":"yes","messages":[{"role":"user","content":"x"}]}"#, messageContains: "'stream'"),
        Case(name: "empty model", body: #"{"model":"","messages":[{"role":"user","content":"x"}]}"#, messageContains: "'model'"),
        Case(name: "unknown model", body: #"{"model":"nope","messages":[{"role":"user","content":"x"}]}"#, status: .notFound, code: "not_found", messageContains: "'nope' does not exist"),
        Case(name: "unknown provider prefix", body: #"{"model":"nowhere/x","messages":[{"role":"user","content":"x"}]}"#, status: .notFound, code: "not_found", messageContains: "nowhere/x"),
        Case(name: "oversized body", body: #"{"model":"gpt-test","messages":[{"role":"user","content":""# + String(repeating: "x", count: 70_000) + #""}]}"#, status: .contentTooLarge, messageContains: "too large"),
        Case(name: "embeddings empty input", path: "/v1/embeddings", body: #"{"model":"mock-echo","input":""}"#, messageContains: "'input'"),
        Case(name: "embeddings input wrong type", path: "/v1/embeddings", body: #"{"model":"mock-echo","input":{"a":1}}"#, messageContains: "'input'"),
        Case(name: "embeddings bad encoding_format", path: "/v1/embeddings", body: #"{"model":"mock-echo","input":"x","encoding_format":"hex"}"#, messageContains: "encoding_format"),
        Case(name: "embeddings unknown model", path: "/v1/embeddings", body: #"{"model":"nope","input":"x"}"#, status: .notFound, code: "not_found", messageContains: "nope"),
    ]

    @Test(arguments: cases)
    func badInputGetsAPreciseError(_ testCase: Case) async throws {
        let fixture = GatewayFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: testCase.path, method: .post, headers: jsonHeaders, body: jsonBody(testCase.body)) { response in
                #expect(response.status == testCase.status)
                #expect(response.headers[.contentType] == "application/json")
                let error = try response.errorObject()
                #expect(error["code"] as? String == testCase.code)
                let message = try #require(error["message"] as? String)
                #expect(message.contains(testCase.messageContains), "message was: \(message)")
                #expect(error.keys.sorted() == ["code", "message", "param", "type"])
            }
            // The gateway still serves after every bad request.
            try await client.execute(uri: "/health/live", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(fixture.transport.requests.isEmpty, "a bad request must never reach the upstream")
    }

    @Test func unknownRouteAndWrongMethodAreShapedErrors() async throws {
        let fixture = GatewayFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                let errorCode = try response.errorObject()["code"] as? String
                #expect(errorCode == "not_found")
            }
            try await client.execute(uri: "/v1/chat/completions", method: .get) { response in
                #expect(response.status.code >= 400 && response.status.code < 500)
                let errorCode = try response.errorObject()["code"] as? String
                #expect(errorCode != nil)
            }
        }
    }
}
