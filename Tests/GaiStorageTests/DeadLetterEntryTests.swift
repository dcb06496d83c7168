import Foundation
import GaiCore
import GaiStorage
import Testing

@Suite struct DeadLetterEntryTests {
    static let entry = DeadLetterEntry(
        id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        requestID: "req-1",
        idempotencyKey: "idem-1",
        model: "gpt-4o-mini",
        endpoint: "/v1/chat/completions",
        stream: true,
        requestBody: #"{"api_key":"[REDACTED]","model":"gpt-4o-mini"}"#,
        errorCode: "provider_unavailable",
        errorMessage: "All deployments failed.",
        httpStatus: 503,
        attempts: [
            DeadLetterAttempt(deployment: "openai/gpt-4o-mini", outcome: "error", code: "overloaded", durationMs: 12.5),
            DeadLetterAttempt(deployment: "azure/gpt-4o-mini", outcome: "circuit_open", durationMs: 0),
        ],
        firstFailureAt: 1_700_000_000.25,
        lastFailureAt: 1_700_000_001.5,
        createdAt: 1_700_000_002,
        retryCount: 1)

    static let golden = """
        {"attempts":[{"code":"overloaded","deployment":"openai/gpt-4o-mini","duration_ms":12.5,"outcome":"error"},\
        {"code":null,"deployment":"azure/gpt-4o-mini","duration_ms":0,"outcome":"circuit_open"}],\
        "created_at":1700000002,"endpoint":"/v1/chat/completions",\
        "error":{"code":"provider_unavailable","message":"All deployments failed.","status":503},\
        "first_failure_at":1700000000.25,"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","idempotency_key":"idem-1",\
        "last_failure_at":1700000001.5,"model":"gpt-4o-mini","request_body":"{\\"api_key\\":\\"[REDACTED]\\",\\"model\\":\\"gpt-4o-mini\\"}",\
        "request_id":"req-1","retry_count":1,"stream":true}
        """

    @Test func encodesTheAdminAPIShape() throws {
        let data = try GaiJSON.makeEncoder().encode(Self.entry)
        #expect(String(decoding: data, as: UTF8.self) == Self.golden)
    }

    @Test func decodesWhatItEncodes() throws {
        let decoded = try GaiJSON.makeDecoder().decode(DeadLetterEntry.self, from: Data(Self.golden.utf8))
        #expect(decoded == Self.entry)
    }

    @Test func missingOptionalMembersTakeDefaults() throws {
        let text = """
            {"id":"x","request_id":"r","model":"m","endpoint":"/v1/embeddings","stream":false,"request_body":"{}",
             "error":{"code":"timeout","message":"Timed out.","status":504},
             "first_failure_at":1,"last_failure_at":2,"created_at":3}
            """
        let decoded = try GaiJSON.makeDecoder().decode(DeadLetterEntry.self, from: Data(text.utf8))
        #expect(decoded.idempotencyKey == nil)
        #expect(decoded.attempts.isEmpty)
        #expect(decoded.retryCount == 0)
        #expect(decoded.httpStatus == 504)
    }

    @Test func defaultsMintAnIDAndTheCurrentTime() {
        let before = Double(WallClock.nowMilliseconds()) / 1000
        let entry = DeadLetterEntry(
            requestID: "r", model: "m", endpoint: "/v1/chat/completions", stream: false, requestBody: "{}",
            errorCode: "timeout", errorMessage: "Timed out.", httpStatus: 504, attempts: [],
            firstFailureAt: before, lastFailureAt: before)
        #expect(entry.id.count == 36)
        #expect(entry.createdAt >= before)
        #expect(entry.id != DeadLetterEntry(
            requestID: "r", model: "m", endpoint: "/", stream: false, requestBody: "{}", errorCode: "timeout",
            errorMessage: "", httpStatus: 504, attempts: [], firstFailureAt: 0, lastFailureAt: 0).id)
    }
}
