import Foundation
import GaiAnthropicWire
import GaiCore
import NIOCore

/// Gai's error taxonomy in the Anthropic error shape, for `/v1/messages` clients.
///
/// Anthropic's SDKs pick their exception class from the HTTP status and expose `error.type`, so
/// both follow Anthropic's vocabulary: `invalid_request`, `context_length_exceeded`,
/// `content_filtered` and `unsupported` → 400 `invalid_request_error`; `unauthorized` → 401
/// `authentication_error`; `forbidden` → 403 `permission_error`; `not_found` → 404
/// `not_found_error`; `rate_limited` → 429 `rate_limit_error`; `overloaded` → **529**
/// `overloaded_error` (Anthropic's own overload status, which the SDKs retry); `timeout` → 504
/// `timeout_error`; `network` and `provider_unavailable` → 502 (503 when the upstream said 503)
/// `api_error`; `internal` → 500 `api_error`.
package enum MessagesErrorBody {
    /// Anthropic's `error.type` for a taxonomy code.
    package static func type(for code: ErrorCode) -> String {
        switch code {
        case .invalidRequest, .contextLengthExceeded, .contentFiltered, .unsupported: "invalid_request_error"
        case .unauthorized: "authentication_error"
        case .forbidden: "permission_error"
        case .notFound: "not_found_error"
        case .rateLimited: "rate_limit_error"
        case .overloaded: "overloaded_error"
        case .timeout: "timeout_error"
        case .network, .providerUnavailable, .internal: "api_error"
        }
    }

    /// The HTTP status code for an error answered before a stream started.
    package static func status(for error: GaiError) -> Int {
        switch error.code {
        case .invalidRequest, .contextLengthExceeded, .contentFiltered, .unsupported: 400
        case .unauthorized: 401
        case .forbidden: 403
        case .notFound: 404
        case .rateLimited: 429
        case .overloaded: 529
        case .timeout: 504
        case .network: 502
        case .providerUnavailable: error.upstreamStatus == 503 ? 503 : 502
        case .internal: 500
        }
    }

    /// `{"type":"error","error":{"type","message"},"request_id"}`; a stream's `error` event
    /// carries the same object without `request_id`.
    package static func body(for error: GaiError, requestID: String?) -> ByteBuffer {
        let envelope = AnthropicErrorEnvelope(
            error: AnthropicErrorDetail(type: type(for: error.code), message: error.message), requestID: requestID)
        guard let data = try? GaiJSON.makeEncoder().encode(envelope) else {
            return ByteBuffer(string: #"{"type":"error","error":{"type":"api_error","message":"Internal error"}}"#)
        }
        return ByteBuffer(bytes: data)
    }
}
