import GaiCore
import GaiMessagesAPI
import GaiProviderKit
import HTTPTypes
import Hummingbird
import NIOCore

/// Which error shape a request's failures are written in: OpenAI's for the OpenAI-compatible
/// routes, Anthropic's for `/v1/messages…`, whose clients (Anthropic's SDKs) read
/// `{"type":"error","error":{type,message}}` and pick their exception class by status.
enum ErrorDialect: Sendable {
    case openai
    case anthropic

    init(path: String) {
        self = path == "/v1/messages" || path.hasPrefix("/v1/messages/") ? .anthropic : .openai
    }
}

/// The Anthropic-shaped error response (see `MessagesErrorBody` for the statuses and types),
/// with `retry-after` when the failure says how long to wait.
enum AnthropicErrorResponse {
    static func response(for error: GaiError, status: HTTPResponse.Status?, requestID: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let retryAfter = error.retryAfter {
            headers[.retryAfter] = RetryAfter.headerValue(retryAfter)
        }
        // A framework status (405, 413) is kept; otherwise the taxonomy decides, 529 included.
        let code = status?.code ?? MessagesErrorBody.status(for: error)
        return Response(
            status: HTTPResponse.Status(code: code), headers: headers,
            body: .init(byteBuffer: MessagesErrorBody.body(for: error, requestID: requestID)))
    }
}
