import GaiCore
import GaiProviderKit
import HTTPTypes
import Hummingbird
import NIOCore

/// The OpenAI error shape, `{"error": {"message", "type", "param", "code"}}`, with `code` from
/// the taxonomy and the HTTP status that goes with it.
public enum ErrorResponse {
    /// The HTTP status for a taxonomy error.
    public static func status(for error: GaiError) -> HTTPResponse.Status {
        switch error.code {
        case .invalidRequest, .contextLengthExceeded, .contentFiltered, .unsupported: .badRequest
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .rateLimited: .tooManyRequests
        case .internal: .internalServerError
        case .network: .badGateway
        case .providerUnavailable: error.upstreamStatus == 503 ? .serviceUnavailable : .badGateway
        case .overloaded: .serviceUnavailable
        case .timeout: .gatewayTimeout
        }
    }

    /// OpenAI's `error.type` vocabulary, so SDKs that read it behave.
    public static func type(for code: ErrorCode) -> String {
        switch code {
        case .invalidRequest, .contextLengthExceeded, .contentFiltered, .unsupported: "invalid_request_error"
        case .unauthorized: "authentication_error"
        case .forbidden: "permission_error"
        case .notFound: "not_found_error"
        case .rateLimited: "rate_limit_error"
        case .overloaded: "overloaded_error"
        case .timeout: "timeout_error"
        case .network, .providerUnavailable: "upstream_error"
        case .internal: "server_error"
        }
    }

    /// The JSON object `{"error": {...}}`.
    public static func body(for error: GaiError) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(128 + error.message.utf8.count)
        buffer.writeString(#"{"error":{"message":"#)
        buffer.writeString(JSONText.quoted(error.message))
        buffer.writeString(#","type":""#)
        buffer.writeString(type(for: error.code))
        buffer.writeString(#"","param":"#)
        if let param = error.param {
            buffer.writeString(JSONText.quoted(param))
        } else {
            buffer.writeString("null")
        }
        buffer.writeString(#","code":""#)
        buffer.writeString(error.code.rawValue)
        buffer.writeString(#""}}"#)
        return buffer
    }

    /// A complete error response.
    public static func response(for error: GaiError, status: HTTPResponse.Status? = nil) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let retryAfter = error.retryAfter {
            headers[.retryAfter] = RetryAfter.headerValue(retryAfter)
        }
        return Response(status: status ?? self.status(for: error), headers: headers, body: .init(byteBuffer: body(for: error)))
    }
}
