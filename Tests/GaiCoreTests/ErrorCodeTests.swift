import Foundation
import GaiCore
import Testing

@Suite("ErrorCode and GaiError")
struct ErrorCodeTests {
    /// The public contract: these strings never change.
    static let contract: [(ErrorCode, String)] = [
        (.invalidRequest, "invalid_request"),
        (.unauthorized, "unauthorized"),
        (.forbidden, "forbidden"),
        (.notFound, "not_found"),
        (.rateLimited, "rate_limited"),
        (.overloaded, "overloaded"),
        (.timeout, "timeout"),
        (.network, "network"),
        (.providerUnavailable, "provider_unavailable"),
        (.contextLengthExceeded, "context_length_exceeded"),
        (.contentFiltered, "content_filtered"),
        (.unsupported, "unsupported"),
        (.internal, "internal"),
    ]

    @Test("there are exactly the 13 documented codes")
    func allCodes() {
        #expect(ErrorCode.allCases.count == 13)
        #expect(ErrorCode.allCases.map(\.rawValue) == Self.contract.map(\.1))
    }

    @Test("each code's raw value, Codable form and decoding", arguments: contract)
    func rawValue(code: ErrorCode, raw: String) throws {
        #expect(code.rawValue == raw)
        #expect(ErrorCode(rawValue: raw) == code)
        #expect(String(decoding: try JSONEncoder().encode(code), as: UTF8.self) == "\"\(raw)\"")
        #expect(try JSONDecoder().decode(ErrorCode.self, from: Data("\"\(raw)\"".utf8)) == code)
        #expect(String(decoding: try JSONEncoder().encode(["code": code]), as: UTF8.self) == "{\"code\":\"\(raw)\"}")
    }

    @Test("an unknown code string does not decode")
    func unknownCode() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ErrorCode.self, from: Data(#""invalid_request_error""#.utf8))
        }
        #expect(ErrorCode(rawValue: "rateLimited") == nil)
    }

    static let transient: Set<ErrorCode> = [.rateLimited, .overloaded, .timeout, .network, .providerUnavailable]

    @Test("exactly rate_limited, overloaded, timeout, network and provider_unavailable are transient", arguments: ErrorCode.allCases)
    func transientByDefault(code: ErrorCode) {
        #expect(code.isTransientByDefault == Self.transient.contains(code))
        #expect(GaiError(code, "m").isTransient == Self.transient.contains(code))
    }

    @Test("an explicit isTransient overrides the default both ways")
    func transientOverride() {
        #expect(!GaiError(.rateLimited, "quota", isTransient: false).isTransient)
        #expect(GaiError(.internal, "flaky", isTransient: true).isTransient)
    }

    @Test("isRateLimited is true only for rate_limited", arguments: ErrorCode.allCases)
    func isRateLimited(code: ErrorCode) {
        #expect(GaiError(code, "m").isRateLimited == (code == .rateLimited))
        #expect(GaiError(code, "m", isTransient: false).isRateLimited == (code == .rateLimited))
    }

    @Test("the initializer keeps every field")
    func fields() {
        let error = GaiError(
            .rateLimited, "slow down", provider: "openai", upstreamStatus: 429, retryAfter: .seconds(3), param: "model")
        #expect(error.code == .rateLimited)
        #expect(error.message == "slow down")
        #expect(error.provider == "openai")
        #expect(error.upstreamStatus == 429)
        #expect(error.retryAfter == .seconds(3))
        #expect(error.param == "model")
        #expect(error.underlying.isEmpty)
        #expect(error.description == "rate_limited: slow down (provider: openai, status 429)")
        #expect(GaiError(.network, "reset", provider: "p").description == "network: reset (provider: p)")
        #expect(GaiError(.internal, "bug").description == "internal: bug")
    }

    @Test("the convenience constructors")
    func constructors() {
        let invalid = GaiError.invalidRequest("bad", param: "temperature")
        #expect(invalid.code == .invalidRequest)
        #expect(invalid.param == "temperature")
        #expect(!invalid.isTransient)
        struct Cause: Error {}
        let internalError = GaiError.internal("oops", underlying: [Cause()])
        #expect(internalError.code == .internal)
        #expect(internalError.underlying.count == 1)
        #expect(!internalError.isTransient)
    }
}
