/// The stable error taxonomy.
///
/// These strings are a public contract: they appear as `error.code` in every error response,
/// in stream error events, in logs and as metric labels. Never rename one.
public enum ErrorCode: String, Sendable, Hashable, Codable, CaseIterable {
    case invalidRequest = "invalid_request"
    case unauthorized
    case forbidden
    case notFound = "not_found"
    case rateLimited = "rate_limited"
    case overloaded
    case timeout
    case network
    case providerUnavailable = "provider_unavailable"
    case contextLengthExceeded = "context_length_exceeded"
    case contentFiltered = "content_filtered"
    case unsupported
    case `internal`

    /// Whether a failure with this code may succeed when tried again unchanged.
    public var isTransientByDefault: Bool {
        switch self {
        case .rateLimited, .overloaded, .timeout, .network, .providerUnavailable: true
        case .invalidRequest, .unauthorized, .forbidden, .notFound, .contextLengthExceeded,
            .contentFiltered, .unsupported, .internal:
            false
        }
    }
}
