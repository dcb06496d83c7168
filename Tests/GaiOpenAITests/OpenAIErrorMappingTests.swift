import Foundation
import GaiCore
import GaiOpenAI
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("OpenAIProvider: upstream error classification")
struct OpenAIErrorMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var status: Int
        /// The body's fixture file; `nil` for an empty body.
        var body: String?
        var headers: [(String, String)] = []
        var code: ErrorCode
        var transient: Bool
        var retryAfter: Duration? = nil
        var param: String? = nil
        /// Fragments the client-facing message must contain, and must not.
        var says: [String] = []
        var neverSays: [String] = []
        var testDescription: String { "\(status) \(name) → \(code.rawValue)" }
    }

    static let cases: [Case] = [
        Case(
            name: "context_length_exceeded code", status: 400, body: "chat-error-400-context-length-exceeded.json",
            code: .contextLengthExceeded, transient: false, param: "messages", says: ["maximum context length is 128000"]),
        Case(
            name: "'maximum context length' message (vLLM)", status: 400, body: "chat-error-400-maximum-context-length-vllm.json",
            code: .contextLengthExceeded, transient: false, says: ["maximum context length is 4096"]),
        Case(
            name: "unsupported_parameter", status: 400, body: "chat-error-400-unsupported-parameter.json", code: .unsupported,
            transient: false, param: "max_tokens", says: ["max_completion_tokens"]),
        Case(
            name: "content_policy_violation", status: 400, body: "chat-error-400-content-policy-violation.json",
            code: .contentFiltered, transient: false, says: ["safety system"]),
        Case(
            name: "plain invalid request", status: 400, body: "chat-error-400-invalid-request.json", code: .invalidRequest,
            transient: false, param: "messages", says: ["must contain the word 'json'"]),
        Case(
            name: "integer code", status: 400, body: "chat-error-400-integer-code.json", code: .invalidRequest, transient: false,
            param: "temperature", says: ["Invalid 'temperature'"]),
        Case(
            name: "invalid API key", status: 401, body: "chat-error-401-invalid-api-key.json", code: .unauthorized,
            transient: false, says: ["'openai'", "credentials"], neverSays: ["sk-", "Incorrect API key", "api-keys"]),
        Case(
            name: "SDK test body", status: 401, body: "error-401-sdk-test.json", code: .unauthorized, transient: false,
            says: ["credentials"], neverSays: ["Unauthorized"]),
        Case(
            name: "forbidden region", status: 403, body: "chat-error-403-unsupported-region.json", code: .forbidden,
            transient: false, says: ["'openai'", "Country, region, or territory not supported"]),
        Case(
            name: "model not found", status: 404, body: "chat-error-404-model-not-found.json", code: .notFound, transient: false,
            says: ["`gpt-9` does not exist"]),
        Case(name: "request timeout", status: 408, body: "chat-error-408-timeout.json", code: .timeout, transient: true),
        Case(
            name: "conflict", status: 409, body: "chat-error-409-conflict.json", code: .providerUnavailable, transient: true,
            says: ["being updated"]),
        Case(
            name: "unprocessable (FastAPI detail list)", status: 422, body: "chat-error-422-fastapi-validation.json",
            code: .invalidRequest, transient: false, says: ["HTTP 422"]),
        Case(
            name: "rate_limit_exceeded with retry-after", status: 429, body: "chat-error-429-rate-limit-exceeded.json",
            headers: [("retry-after", "7")], code: .rateLimited, transient: true, retryAfter: .seconds(7), says: ["Rate limit reached"]),
        Case(
            name: "retry-after-ms", status: 429, body: "chat-error-429-rate-limit-exceeded.json", headers: [("retry-after-ms", "1500")],
            code: .rateLimited, transient: true, retryAfter: .milliseconds(1500)),
        Case(
            name: "retry-after-ms wins over retry-after", status: 429, body: "chat-error-429-rate-limit-exceeded.json",
            headers: [("Retry-After", "7"), ("Retry-After-Ms", "1500")], code: .rateLimited, transient: true,
            retryAfter: .milliseconds(1500)),
        Case(
            name: "fractional retry-after", status: 429, body: "chat-error-429-rate-limit-exceeded.json",
            headers: [("retry-after", "0.25")], code: .rateLimited, transient: true, retryAfter: .milliseconds(250)),
        Case(
            name: "retry-after date in the past", status: 429, body: "chat-error-429-rate-limit-exceeded.json",
            headers: [("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")], code: .rateLimited, transient: true, retryAfter: .zero),
        Case(
            name: "unparseable retry-after", status: 429, body: "chat-error-429-rate-limit-exceeded.json",
            headers: [("retry-after", "soon")], code: .rateLimited, transient: true),
        Case(
            name: "insufficient_quota", status: 429, body: "chat-error-429-insufficient-quota.json", headers: [("retry-after", "20")],
            code: .rateLimited, transient: false, retryAfter: .seconds(20), says: ["exceeded your current quota"]),
        Case(
            name: "engine overloaded", status: 429, body: "chat-error-429-engine-overloaded.json", code: .overloaded, transient: true),
        Case(name: "server error", status: 500, body: "chat-error-500-server-error.json", code: .providerUnavailable, transient: true),
        Case(name: "bad gateway (JSON)", status: 502, body: "chat-error-500-server-error.json", code: .providerUnavailable, transient: true),
        Case(
            name: "bad gateway (HTML)", status: 502, body: "chat-error-502-bad-gateway.html", code: .providerUnavailable, transient: true,
            says: ["'openai'", "HTTP 502", "not JSON"], neverSays: ["<html>"]),
        Case(name: "unavailable", status: 503, body: "chat-error-500-server-error.json", code: .providerUnavailable, transient: true),
        Case(
            name: "unavailable, empty body, retry-after", status: 503, body: nil, headers: [("retry-after", "30")],
            code: .providerUnavailable, transient: true, retryAfter: .seconds(30), says: ["HTTP 503"]),
        Case(
            name: "server_is_overloaded", status: 503, body: "chat-error-503-server-is-overloaded.json", code: .overloaded,
            transient: true),
        Case(name: "gateway timeout", status: 504, body: "chat-error-500-server-error.json", code: .timeout, transient: true),
        Case(name: "overloaded_error", status: 529, body: "chat-error-529-overloaded-error.json", code: .overloaded, transient: true),
        Case(name: "529 with no body", status: 529, body: nil, code: .overloaded, transient: true),
        Case(
            name: "string error form", status: 404, body: "chat-error-404-string-error.json", code: .notFound, transient: false,
            says: ["llama3.3:70b"]),
        Case(name: "unknown 5xx", status: 520, body: nil, code: .providerUnavailable, transient: true),
        Case(name: "unknown 4xx", status: 418, body: nil, code: .invalidRequest, transient: false),
    ]

    @Test("status, body and headers map to code, transience, retry-after and status", arguments: cases)
    func mapping(_ testCase: Case) async throws {
        let body = try testCase.body.map(fixture) ?? ""
        let mock = MockTransport(replies: [
            .init(status: testCase.status, headers: HTTPHeaders(testCase.headers), body: body)
        ])
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await makeProvider(mock).chatCompletion(request, context: context)
        }
        #expect(error.code == testCase.code)
        #expect(error.isTransient == testCase.transient)
        #expect(error.retryAfter == testCase.retryAfter)
        #expect(error.upstreamStatus == testCase.status)
        #expect(error.provider == "openai")
        #expect(error.param == testCase.param)
        #expect(!error.message.isEmpty)
        for fragment in testCase.says {
            #expect(error.message.contains(fragment), "message: \(error.message)")
        }
        for fragment in testCase.neverSays {
            #expect(!error.message.contains(fragment), "message: \(error.message)")
        }
    }

    @Test("the same classification applies to embeddings", arguments: [(401, ErrorCode.unauthorized), (429, .rateLimited), (503, .providerUnavailable)])
    func embeddingsErrors(status: Int, code: ErrorCode) async throws {
        let mock = MockTransport(replies: [.init(status: status, body: "")])
        let error = try await #require(throws: GaiError.self) {
            try await makeProvider(mock).embeddings(
                EmbeddingsRequest(model: "text-embedding-3-small", input: .text("a")), context: ProviderContext())
        }
        #expect(error.code == code)
        #expect(error.upstreamStatus == status)
        #expect(error.provider == "openai")
    }

    @Test("an upstream message is truncated to 500 characters")
    func longMessage() async throws {
        let message = String(repeating: "x", count: 2000)
        let mock = MockTransport(replies: [.init(status: 400, body: #"{"error":{"message":"\#(message)"}}"#)])
        let (request, context) = try clientRequest(simpleRequestBody)
        let error = try await #require(throws: GaiError.self) {
            try await makeProvider(mock).chatCompletion(request, context: context)
        }
        #expect(error.code == .invalidRequest)
        #expect(error.message.count == 500)
    }
}
