import Foundation
import GaiCore
import GaiGemini
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite("GeminiProvider: upstream errors")
struct GeminiErrorMappingTests {
    @Test("an invalid API key (400 API_KEY_INVALID) is unauthorized, and the key is not echoed")
    func authFailure() async throws {
        let error = try #require(try await completionError(reply: .init(status: 400, body: try fixture("error-400-api-key-invalid.json"))))
        #expect(error.code == .unauthorized)
        #expect(error.upstreamStatus == 400)
        #expect(error.provider == "gemini")
        #expect(!error.isTransient)
        #expect(!error.message.contains("key1234"))
    }

    @Test("an unknown model is not_found")
    func notFound() async throws {
        let error = try #require(try await completionError(reply: .init(status: 404, body: try fixture("error-404-unknown-model.json"))))
        #expect(error.code == .notFound)
        #expect(error.message.hasPrefix("models/gemini-5.0-flash is not found"))
    }

    @Test("429 RESOURCE_EXHAUSTED is rate_limited and transient")
    func rateLimited() async throws {
        let error = try #require(try await completionError(reply: .init(status: 429, body: try fixture("error-429-resource-exhausted.json"))))
        #expect(error.code == .rateLimited)
        #expect(error.isTransient)
        #expect(error.retryAfter == nil)
    }

    @Test("429 takes its wait from RetryInfo.retryDelay", arguments: [("41s", Duration.seconds(41)), ("1.5s", .milliseconds(1500)), ("0.25s", .milliseconds(250))])
    func retryInfo(delay: String, expected: Duration) async throws {
        let body = """
            {"error":{"code":429,"message":"You exceeded your current quota. Please retry in 41.88s.","status":"RESOURCE_EXHAUSTED",
             "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"m","quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]},
                        {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"\(delay)"}]}}
            """
        let error = try #require(try await completionError(reply: .init(status: 429, headers: ["retry-after": "3"], body: body)))
        #expect(error.code == .rateLimited)
        #expect(error.retryAfter == expected)
        #expect(error.isTransient)
    }

    @Test("without RetryInfo, retry-after headers are used")
    func retryAfterHeader() async throws {
        let error = try #require(try await completionError(reply: .init(status: 429, headers: ["retry-after": "7"], body: try fixture("error-429-resource-exhausted.json"))))
        #expect(error.retryAfter == .seconds(7))
    }

    @Test("a per-day quota without a retry delay is not transient")
    func dailyQuota() async throws {
        let body = #"{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]}]}}"#
        let error = try #require(try await completionError(reply: .init(status: 429, body: body)))
        #expect(error.code == .rateLimited)
        #expect(!error.isTransient)
    }

    @Test("statuses and RPC codes map to the taxonomy", arguments: [
        (400, "INVALID_ARGUMENT", "Invalid JSON payload received.", ErrorCode.invalidRequest),
        (400, "INVALID_ARGUMENT", "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).", .contextLengthExceeded),
        (400, "FAILED_PRECONDITION", "User location is not supported for the API use.", .forbidden),
        (401, "UNAUTHENTICATED", "Request had invalid authentication credentials.", .unauthorized),
        (403, "PERMISSION_DENIED", "The caller does not have permission", .forbidden),
        (500, "INTERNAL", "An internal error has occurred.", .providerUnavailable),
        (501, "UNIMPLEMENTED", "Not implemented.", .unsupported),
        (503, "UNAVAILABLE", "The model is overloaded. Please try again later.", .overloaded),
        (503, "UNAVAILABLE", "The service is currently unavailable.", .providerUnavailable),
        (504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete.", .timeout),
    ])
    func statuses(status: Int, rpcStatus: String, message: String, expected: ErrorCode) async throws {
        let body = #"{"error":{"code":\#(status),"message":"\#(message)","status":"\#(rpcStatus)"}}"#
        let error = try #require(try await completionError(reply: .init(status: status, body: body)))
        #expect(error.code == expected)
        #expect(error.upstreamStatus == status)
        #expect(error.isTransient == expected.isTransientByDefault)
    }

    @Test("the one-element list form is unwrapped")
    func listForm() async throws {
        let body = #"[{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}]"#
        let error = try #require(try await completionError(reply: .init(status: 503, body: body)))
        #expect(error.code == .overloaded)
        #expect(error.message == "The model is overloaded. Please try again later.")
    }

    @Test("a 5xx with a body that is not JSON is provider_unavailable and says so", arguments: [500, 502])
    func nonJSON5xx(status: Int) async throws {
        let error = try #require(try await completionError(reply: .init(status: status, body: "<html>Bad Gateway</html>")))
        #expect(error.code == .providerUnavailable)
        #expect(error.isTransient)
        #expect(error.message.contains("not JSON"))
    }
}
