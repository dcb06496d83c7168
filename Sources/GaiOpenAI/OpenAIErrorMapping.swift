import Foundation
import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1

/// Classifies OpenAI-compatible failures into the taxonomy: specific body signals (code, type,
/// message) first, then the HTTP status.
enum OpenAIErrorMapping {
    /// The `error` member of an OpenAI error body.
    struct ErrorBody: Decodable {
        var message: String?
        var type: String?
        var code: String?
        var param: String?

        enum CodingKeys: String, CodingKey { case message, type, code, param }

        init(message: String? = nil, type: String? = nil, code: String? = nil, param: String? = nil) {
            self.message = message
            self.type = type
            self.code = code
            self.param = param
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = try? container.decodeIfPresent(String.self, forKey: .message)
            type = try? container.decodeIfPresent(String.self, forKey: .type)
            // `code` is a string at OpenAI but an integer at some compatible servers.
            if let text = try? container.decodeIfPresent(String.self, forKey: .code) {
                code = text
            } else if let number = try? container.decodeIfPresent(Int.self, forKey: .code) {
                code = String(number)
            }
            param = try? container.decodeIfPresent(String.self, forKey: .param)
        }
    }

    struct Envelope: Decodable {
        var error: ErrorBody?
    }

    /// Parses `{"error": {...}}`; some servers send `{"error": "text"}` or a bare message.
    static func errorBody(from bytes: ByteBuffer) -> ErrorBody? {
        let data = Data(bytes.readableBytesView)
        if let envelope = try? JSONDecoder().decode(Envelope.self, from: data), let body = envelope.error {
            return body
        }
        if let object = try? JSONDecoder().decode([String: JSONValue].self, from: data),
            case .string(let message)? = object["error"] ?? object["message"] ?? object["detail"]
        {
            return ErrorBody(message: message)
        }
        return nil
    }

    /// An upstream's non-2xx answer.
    static func map(status: Int, headers: HTTPHeaders, body: ByteBuffer, provider: String) -> GaiError {
        let parsed = errorBody(from: body)
        let retryAfter = RetryAfter.parse(headers)
        var error = classify(status: status, body: parsed, provider: provider)
        error.upstreamStatus = status
        error.retryAfter = retryAfter
        if parsed == nil, !(200..<300).contains(status), body.readableBytes > 0, error.code == .providerUnavailable {
            error.message += " (the error body was not JSON)"
        }
        return error
    }

    /// A `data: {"error": …}` event inside a stream.
    static func mapStreamError(_ body: ErrorBody, provider: String) -> GaiError {
        classify(status: nil, body: body, provider: provider)
    }

    static func classify(status: Int?, body: ErrorBody?, provider: String) -> GaiError {
        let code = body?.code?.lowercased() ?? ""
        let type = body?.type?.lowercased() ?? ""
        let upstreamMessage = String((body?.message ?? "").prefix(500))
        let lowered = upstreamMessage.lowercased()
        func make(_ taxonomy: ErrorCode, _ message: String? = nil, transient: Bool? = nil) -> GaiError {
            let text = message ?? (upstreamMessage.isEmpty
                ? "The upstream provider '\(provider)' failed" + (status.map { " with HTTP \($0)" } ?? "")
                : upstreamMessage)
            return GaiError(taxonomy, text, provider: provider, upstreamStatus: status, isTransient: transient, param: body?.param)
        }

        // Specific signals first: they are more precise than the status.
        if code == "context_length_exceeded" || lowered.contains("maximum context length") || lowered.contains("context window") {
            return make(.contextLengthExceeded)
        }
        if code == "unsupported_parameter" || code == "unsupported_value" {
            return make(.unsupported)
        }
        if ["content_policy_violation", "content_filter", "invalid_prompt", "image_content_policy_violation"].contains(code)
            || type == "content_filter"
        {
            return make(.contentFiltered)
        }
        if code == "insufficient_quota" || type == "insufficient_quota" {
            return make(.rateLimited, transient: false)
        }
        let overloadedMarker = code == "server_is_overloaded" || type == "overloaded_error" || lowered.contains("overloaded")
            || lowered.contains("slow down")

        guard let status else {
            // A mid-stream error event: classify by its type alone.
            if overloadedMarker { return make(.overloaded) }
            switch type {
            case "rate_limit_error", "requests", "tokens": return make(.rateLimited)
            case "invalid_request_error": return make(.invalidRequest)
            case "authentication_error": return make(.unauthorized)
            case "timeout": return make(.timeout)
            default: return make(.providerUnavailable, upstreamMessage.isEmpty ? "The upstream provider '\(provider)' failed mid-stream" : nil)
            }
        }
        switch status {
        case 401:
            return make(.unauthorized, "The upstream provider '\(provider)' rejected the gateway's credentials")
        case 403:
            return make(.forbidden, "The upstream provider '\(provider)' refused access" + (upstreamMessage.isEmpty ? "" : ": \(upstreamMessage)"))
        case 404:
            return make(.notFound)
        case 408:
            return make(.timeout)
        case 409:
            return make(.providerUnavailable)
        case 429:
            return make(overloadedMarker ? .overloaded : .rateLimited)
        case 500:
            return make(.providerUnavailable)
        case 502:
            return make(.providerUnavailable)
        case 503, 529:
            return make(overloadedMarker || status == 529 ? .overloaded : .providerUnavailable)
        case 504:
            return make(.timeout)
        case 400..<500:
            return make(.invalidRequest)
        default:
            return make(.providerUnavailable)
        }
    }
}
