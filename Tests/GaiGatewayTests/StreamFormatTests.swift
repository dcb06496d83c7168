import Foundation
import GaiCore
import GaiTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import GaiGateway

@Suite struct StreamFormatTests {
    static let request = #"{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"hi"}]}"#
    static let gaiStream = HTTPField.Name("x-gai-stream")!

    /// SSE frames as (id, data) pairs.
    static func frames(_ text: String) -> [(id: String?, data: String)] {
        text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { frame in
            var id: String?
            var data = ""
            for line in frame.split(separator: "\n") {
                if line.hasPrefix("id: ") { id = String(line.dropFirst(4)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            return (id, data)
        }
    }

    @Test func eventsOverSSEHaveIdsEqualToTheirSequence() async throws {
        let fixture = GatewayFixture(replies: [.init(body: sseBody(upstreamStream))])
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [Self.gaiStream: "gai.events.v1"], body: jsonBody(Self.request)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                let frames = Self.frames(response.text)
                let objects = try frames.map { try #require(try JSONSerialization.jsonObject(with: Data($0.data.utf8)) as? [String: Any]) }
                #expect(objects.map { $0["type"] as? String } == ["stream.start", "text.delta", "text.delta", "usage", "stream.finish"])
                #expect(frames.map(\.id) == objects.map { ($0["seq"] as? Int).map(String.init) })
                #expect(objects.first?["provider"] as? String == "upstream")
                #expect(objects.first?["model"] as? String == "upstream-model")
                #expect(objects.compactMap { $0["text"] as? String }.joined() == "Hello")
                #expect(objects.last?["finish_reason"] as? String == "stop")
                #expect(!response.text.contains("[DONE]"))
            }
        }
    }

    @Test func eventsOverNDJSON() async throws {
        let fixture = GatewayFixture(replies: [.init(body: sseBody(upstreamStream))])
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post,
                headers: [Self.gaiStream: "gai.events.v1", .accept: "application/x-ndjson"], body: jsonBody(Self.request)
            ) { response in
                #expect(response.headers[.contentType] == "application/x-ndjson")
                let lines = response.text.split(separator: "\n")
                #expect(lines.count == 5)
                #expect(lines.allSatisfy { $0.hasPrefix(#"{"schema":"gai.events.v1","type":""#) })
            }
        }
    }

    @Test func openAIChunksOverNDJSONHaveNoDoneLine() async throws {
        let fixture = GatewayFixture(replies: [.init(body: sseBody(upstreamStream))])
        let body = #"{"model":"gpt-test","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}"#
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [.accept: "application/x-ndjson"], body: jsonBody(body)
            ) { response in
                #expect(response.headers[.contentType] == "application/x-ndjson")
                #expect(response.text == upstreamStream.map { $0 + "\n" }.joined())
            }
        }
    }

    @Test func aMidStreamFailureIsAnErrorEvent() async throws {
        let reply = MockTransport.Reply.split(
            sseBody(Array(upstreamStream.prefix(2)), done: false), every: 64, failure: GaiError(.network, "reset by peer"))
        let fixture = GatewayFixture(replies: [reply])
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [Self.gaiStream: "gai.events.v1"], body: jsonBody(Self.request)
            ) { response in
                let last = try #require(Self.frames(response.text).last)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(last.data.utf8)) as? [String: Any])
                #expect(object["type"] as? String == "error")
                #expect(object["code"] as? String == "network")
                #expect(object["transient"] as? Bool == true)
            }
        }
    }

    @Test func unknownStreamFormatIsRejected() async throws {
        let fixture = GatewayFixture(replies: [.init(body: sseBody(upstreamStream))])
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [Self.gaiStream: "gai.events.v2"], body: jsonBody(Self.request)
            ) { response in
                #expect(response.status == .badRequest)
                let message = try response.errorObject()["message"] as? String
                #expect(message?.contains("gai.events.v2") == true)
            }
        }
    }

    @Test func aNonStreamingRequestWithTheHeaderGetsTheOrdinaryAnswer() async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        let body = #"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}]}"#
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: [Self.gaiStream: "gai.events.v1"], body: jsonBody(body)
            ) { response in
                #expect(response.headers[.contentType] == "application/json")
                #expect(response.text == upstreamCompletion)
            }
        }
    }

    @Test func theUsageChunkIsDroppedUnlessTheClientAskedForIt() async throws {
        let fixture = GatewayFixture(replies: [.init(body: sseBody(upstreamStream))])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: jsonBody(Self.request)) { response in
                #expect(response.sseData == Array(upstreamStream.dropLast()) + ["[DONE]"])
            }
        }
    }
}
