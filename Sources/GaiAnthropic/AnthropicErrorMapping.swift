import Foundation
import GaiAnthropicWire
import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1

/// Classifies Anthropic failures into the taxonomy (wire-formats §4.2): the body's
/// `error.type` first, because it is more precise than the status, then the HTTP status.
///
/// `x-should-retry: false`, which the API sends on deterministic failures, makes the error
/// non-transient whatever its code; `retry-after-ms` / `retry-after` become ``GaiError/retryAfter``.
enum AnthropicErrorMapping {
    /// Parses `{"type":"error","error":{type,message},"request_id"}`; `nil` for anything else.
    static func errorEnvelope(from bytes: ByteBuffer) -> AnthropicErrorEnvelope? {
        try? JSONDecoder().decode(AnthropicErrorEnvelope.self, from: Data(bytes.readableBytesView))
    }

    /// An upstream's non-2xx answer.
    static func map(status: Int, headers: HTTPHeaders, body: ByteBuffer, provider: String) -> GaiError {
        let envelope = errorEnvelope(from: body)
        var error = classify(status: status, detail: envelope?.error, provider: provider)
        error.upstreamStatus = status
        error.retryAfter = RetryAfter.parse(headers)
        if headers.first(name: "x-should-retry")?.lowercased() == "false" {
            error.isTransient = false
        }
        if envelope == nil, body.readableBytes > 0, error.code == .providerUnavailable {
            error.message += " (the error body was not JSON)"
        }
        return error
    }

    /// An `event: error` inside an HTTP-200 stream, or an error body sent with a 2xx status.
    static func mapStreamError(_ detail: AnthropicErrorDetail, provider: String) -> GaiError {
        classify(status: nil, detail: detail, provider: provider)
    }

    static func classify(status: Int?, detail: AnthropicErrorDetail?, provider: String) -> GaiError {
        let type = detail?.type ?? ""
        let upstreamMessage = String((detail?.message ?? "").prefix(500))
        func make(_ code: ErrorCode, _ message: String? = nil, transient: Bool? = nil) -> GaiError {
            let text = message ?? (upstreamMessage.isEmpty
                ? "The upstream provider '\(provider)' failed" + (status.map { " with HTTP \($0)" } ?? "")
                : upstreamMessage)
            return GaiError(code, text, provider: provider, upstreamStatus: status, isTransient: transient)
        }

        switch type {
        case "invalid_request_error":
            let lowered = upstreamMessage.lowercased()
            if lowered.contains("prompt is too long") || lowered.contains("exceed context limit") {
                return make(.contextLengthExceeded)
            }
            return make(.invalidRequest)
        case "authentication_error":
            return make(.unauthorized, "The upstream provider '\(provider)' rejected the gateway's credentials")
        case "permission_error", "billing_error":
            return make(.forbidden, "The upstream provider '\(provider)' refused access" + (upstreamMessage.isEmpty ? "" : ": \(upstreamMessage)"))
        case "not_found_error":
            return make(.notFound)
        case "request_too_large":
            return make(.invalidRequest, upstreamMessage.isEmpty ? "The request is too large for the upstream provider '\(provider)'" : nil)
        case "rate_limit_error":
            // A spend limit will not lift by waiting.
            return make(.rateLimited, transient: detail?.details?.errorCode == "enforced_spend_limit_reached" ? false : nil)
        case "api_error":
            return make(.providerUnavailable)
        case "overloaded_error":
            return make(.overloaded)
        case "timeout_error":
            return make(.timeout)
        default:
            break
        }

        guard let status else {
            return make(.providerUnavailable, upstreamMessage.isEmpty ? "The upstream provider '\(provider)' failed mid-stream" : nil)
        }
        switch status {
        case 401: return make(.unauthorized, "The upstream provider '\(provider)' rejected the gateway's credentials")
        case 402, 403: return make(.forbidden)
        case 404: return make(.notFound)
        case 408: return make(.timeout)
        case 409: return make(.providerUnavailable)
        case 429: return make(.rateLimited)
        case 500, 502: return make(.providerUnavailable)
        case 503, 529: return make(.overloaded)
        case 504: return make(.timeout)
        case 400..<500: return make(.invalidRequest)
        default: return make(.providerUnavailable)
        }
    }
}
