import Foundation
import GaiAnthropic
import GaiCore
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("AnthropicProvider: upstream failures")
struct AnthropicErrorMappingTests {
    static func errorBody(type: String, message: String) -> String {
        #"{"type":"error","error":{"type":"\#(type)","message":"\#(message)"},"request_id":"req_1"}"#
    }

    @Test("the recorded 400: invalid_request, and x-should-retry false makes it final", arguments: [false, true])
    func invalidRequest(streaming: Bool) async throws {
        let error = try #require(try await failure(of: try recordedReply("error-400-invalid-request.response.json"), streaming: streaming))
        #expect(error.code == .invalidRequest)
        #expect(error.upstreamStatus == 400)
        #expect(error.provider == "anthropic")
        #expect(!error.isTransient)
        #expect(error.message.hasPrefix("messages.0.content.1: unexpected `tool_use_id`"))
    }

    @Test("429 with retry-after: rate_limited, transient, the wait hint read",
        arguments: [([("retry-after", "17")], Duration.seconds(17)), ([("retry-after", "17"), ("retry-after-ms", "1500")], .milliseconds(1500))])
    func rateLimited(headers: [(String, String)], wait: Duration) async throws {
        let error = try #require(try await failure(of: try recordedReply("error-429-rate-limit.response.json", addingHeaders: headers)))
        #expect(error.code == .rateLimited)
        #expect(error.isRateLimited)
        #expect(error.isTransient)
        #expect(error.upstreamStatus == 429)
        #expect(error.retryAfter == wait)
    }

    @Test("a spend limit 429 is not worth retrying")
    func spendLimit() async throws {
        let body = #"{"type":"error","error":{"type":"rate_limit_error","message":"spend","details":{"error_code":"enforced_spend_limit_reached"}}}"#
        let error = try #require(try await failure(of: .init(status: 429, body: body)))
        #expect(error.code == .rateLimited)
        #expect(!error.isTransient)
    }

    @Test("the recorded 529 overloaded body", arguments: [false, true])
    func overloaded(streaming: Bool) async throws {
        let error = try #require(try await failure(of: .init(status: 529, body: try fixture("error-overloaded-529.json")), streaming: streaming))
        #expect(error.code == .overloaded)
        #expect(error.isTransient)
        #expect(error.upstreamStatus == 529)
    }

    @Test(
        "auth failure and every error type map by the body first",
        arguments: [
            (401, "authentication_error", "invalid x-api-key", ErrorCode.unauthorized),
            (403, "permission_error", "no access", .forbidden),
            (402, "billing_error", "pay up", .forbidden),
            (404, "not_found_error", "model: nope", .notFound),
            (413, "request_too_large", "Request exceeds the maximum size", .invalidRequest),
            (400, "invalid_request_error", "prompt is too long: 210266 tokens > 200000 maximum", .contextLengthExceeded),
            (400, "invalid_request_error", "max_tokens: 99999999 > 64000", .invalidRequest),
            (500, "api_error", "Internal server error", .providerUnavailable),
            (504, "timeout_error", "timed out", .timeout),
            (529, "overloaded_error", "Overloaded", .overloaded),
            (418, "some_new_error", "teapot", .invalidRequest),
        ])
    func byType(status: Int, type: String, message: String, code: ErrorCode) async throws {
        let error = try #require(try await failure(of: .init(status: status, body: Self.errorBody(type: type, message: message))))
        #expect(error.code == code)
        #expect(error.upstreamStatus == status)
        #expect(error.provider == "anthropic")
        #expect(error.isTransient == code.isTransientByDefault)
        if code == .unauthorized {
            #expect(!error.message.contains(message))
        } else {
            #expect(error.message.contains(message))
        }
    }

    @Test(
        "5xx and other statuses without a JSON body fall back on the status",
        arguments: [
            (401, ErrorCode.unauthorized), (403, .forbidden), (404, .notFound), (408, .timeout), (409, .providerUnavailable),
            (429, .rateLimited), (500, .providerUnavailable), (502, .providerUnavailable), (503, .overloaded), (504, .timeout),
            (529, .overloaded), (422, .invalidRequest),
        ])
    func byStatus(status: Int, code: ErrorCode) async throws {
        let error = try #require(try await failure(of: .init(status: status, body: "<html>upstream trouble</html>")))
        #expect(error.code == code)
        #expect(error.upstreamStatus == status)
        #expect(error.isTransient == code.isTransientByDefault)
    }

    @Test("x-should-retry: false overrides a transient code")
    func shouldRetryFalse() async throws {
        let reply = MockTransport.Reply(
            status: 500, headers: ["x-should-retry": "false"], body: Self.errorBody(type: "api_error", message: "boom"))
        let error = try #require(try await failure(of: reply))
        #expect(error.code == .providerUnavailable)
        #expect(!error.isTransient)
    }

    @Test("a transport failure keeps its code and names the provider", arguments: [ErrorCode.network, .timeout])
    func transportFailure(code: ErrorCode) async throws {
        let provider = makeProvider(MockTransport(failingWith: GaiError(code, "connect failed")))
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = await #expect(throws: GaiError.self) { _ = try await provider.chatCompletion(request, context: context) }
        #expect(error?.code == code)
        #expect(error?.provider == "anthropic")
    }

    @Test("a connection reset while reading a complete answer keeps its code and names the provider")
    func resetMidBody() async throws {
        let reply = MockTransport.Reply.split(String(try fixture("message-text.json").prefix(100)), every: 40, failure: GaiError(.network, "reset"))
        let result = try await complete(reply: reply)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.code == .network)
        #expect(error.provider == "anthropic")
    }
}
