import Foundation
import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1

/// Classifies Gemini failures into the taxonomy.
///
/// Gemini answers errors in the Google RPC status shape,
/// `{"error":{"code":429,"message":"…","status":"RESOURCE_EXHAUSTED","details":[…]}}`, sometimes
/// wrapped in a one-element list. The HTTP status alone misleads: a bad API key is a 400
/// `INVALID_ARGUMENT` (with `details[].reason == "API_KEY_INVALID"`), and a context overflow is a
/// 400 too; so specific body signals are checked before the status.
enum GeminiErrorMapping {
    /// The `error` member of a Gemini error body. `details` are kept as raw JSON: their shape
    /// depends on their `@type`.
    struct ErrorBody: Decodable, Sendable {
        var code: Int?
        var message: String?
        var status: String?
        var details: [JSONValue]?

        enum CodingKeys: String, CodingKey { case code, message, status, details }

        init(code: Int? = nil, message: String? = nil, status: String? = nil, details: [JSONValue]? = nil) {
            self.code = code
            self.message = message
            self.status = status
            self.details = details
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            code = try? container.decodeIfPresent(Int.self, forKey: .code)
            message = try? container.decodeIfPresent(String.self, forKey: .message)
            status = try? container.decodeIfPresent(String.self, forKey: .status)
            details = try? container.decodeIfPresent([JSONValue].self, forKey: .details)
        }

        /// `details[].reason` values (`ErrorInfo`).
        var reasons: [String] { (details ?? []).compactMap { $0["reason"]?.stringValue } }

        /// The wait `RetryInfo.retryDelay` asks for (`"41s"`, `"1.5s"`).
        var retryDelay: Duration? {
            for detail in details ?? [] where detail["@type"]?.stringValue?.hasSuffix("google.rpc.RetryInfo") == true {
                if let text = detail["retryDelay"]?.stringValue, let delay = GeminiErrorMapping.parseDelay(text) { return delay }
            }
            return nil
        }

        /// Whether a `QuotaFailure` names a per-day quota (retrying before it resets is pointless).
        var isDailyQuota: Bool {
            for detail in details ?? [] {
                guard case .array(let violations)? = detail["violations"] else { continue }
                if violations.contains(where: { $0["quotaId"]?.stringValue?.contains("PerDay") == true }) { return true }
            }
            return false
        }
    }

    struct Envelope: Decodable {
        var error: ErrorBody?
    }

    /// Parses `{"error":{…}}` or `[{"error":{…}}]`; `nil` when the bytes are neither.
    static func errorBody(from data: Data) -> ErrorBody? {
        let decoder = JSONDecoder()
        if let envelope = try? decoder.decode(Envelope.self, from: data), let body = envelope.error { return body }
        if let list = try? decoder.decode([Envelope].self, from: data), list.count == 1, let body = list[0].error { return body }
        return nil
    }

    /// A duration in the protobuf JSON form: decimal seconds followed by `s`.
    static func parseDelay(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("s"), let seconds = Double(trimmed.dropLast()), seconds >= 0, seconds.isFinite else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// An upstream's non-2xx answer.
    static func map(status: Int, headers: HTTPHeaders, body: ByteBuffer, provider: String) -> GaiError {
        let parsed = errorBody(from: Data(body.readableBytesView))
        var error = classify(status: status, body: parsed, provider: provider)
        error.upstreamStatus = status
        error.retryAfter = parsed?.retryDelay ?? RetryAfter.parse(headers)
        if parsed == nil, body.readableBytes > 0 {
            error.message += " (the error body was not JSON)"
        }
        return error
    }

    /// An error object inside an HTTP-200 stream (framed as `data:` or sent raw).
    static func mapStreamError(_ body: ErrorBody, provider: String) -> GaiError {
        var error = classify(status: nil, body: body, provider: provider)
        error.retryAfter = body.retryDelay
        return error
    }

    /// The HTTP status a canonical RPC code stands for, for bodies that carry no `code`.
    static let httpStatus: [String: Int] = [
        "INVALID_ARGUMENT": 400, "FAILED_PRECONDITION": 400, "OUT_OF_RANGE": 400, "UNAUTHENTICATED": 401,
        "PERMISSION_DENIED": 403, "NOT_FOUND": 404, "ALREADY_EXISTS": 409, "ABORTED": 409, "RESOURCE_EXHAUSTED": 429,
        "CANCELLED": 499, "INTERNAL": 500, "UNKNOWN": 500, "DATA_LOSS": 500, "UNIMPLEMENTED": 501, "UNAVAILABLE": 503,
        "DEADLINE_EXCEEDED": 504,
    ]

    static func classify(status httpStatus: Int?, body: ErrorBody?, provider: String) -> GaiError {
        let rpcStatus = body?.status?.uppercased() ?? ""
        let status = httpStatus ?? body?.code ?? Self.httpStatus[rpcStatus]
        let upstreamMessage = String((body?.message ?? "").prefix(500))
        let lowered = upstreamMessage.lowercased()
        func make(_ taxonomy: ErrorCode, _ message: String? = nil, transient: Bool? = nil) -> GaiError {
            let text = message ?? (upstreamMessage.isEmpty
                ? "The upstream provider '\(provider)' failed" + (status.map { " with HTTP \($0)" } ?? "")
                : upstreamMessage)
            return GaiError(taxonomy, text, provider: provider, upstreamStatus: httpStatus, isTransient: transient)
        }

        // Specific signals first: they are more precise than the status.
        if body?.reasons.contains("API_KEY_INVALID") == true || rpcStatus == "UNAUTHENTICATED" || status == 401 {
            return make(.unauthorized, "The upstream provider '\(provider)' rejected the gateway's credentials")
        }
        if lowered.contains("exceeds the maximum number of tokens") || lowered.contains("input token count")
            || lowered.contains("input context is too long")
        {
            return make(.contextLengthExceeded)
        }
        if rpcStatus == "FAILED_PRECONDITION" {
            // Region or billing: the key is valid but may not use this API.
            return make(.forbidden)
        }
        switch status {
        case 403?:
            return make(.forbidden, "The upstream provider '\(provider)' refused access" + (upstreamMessage.isEmpty ? "" : ": \(upstreamMessage)"))
        case 404?:
            return make(.notFound)
        case 408?:
            return make(.timeout)
        case 429?:
            return make(.rateLimited, transient: (body?.isDailyQuota == true && body?.retryDelay == nil) ? false : nil)
        case 499?:
            return make(.network, upstreamMessage.isEmpty ? "The upstream provider '\(provider)' cancelled the request" : nil)
        case 501?:
            return make(.unsupported)
        case 503?:
            return make(lowered.contains("overloaded") ? .overloaded : .providerUnavailable)
        case 504?:
            return make(.timeout)
        case let code? where (400..<500).contains(code):
            return make(.invalidRequest)
        case nil:
            return make(.providerUnavailable, upstreamMessage.isEmpty ? "The upstream provider '\(provider)' failed mid-stream" : nil)
        default:
            return make(.providerUnavailable)
        }
    }
}
