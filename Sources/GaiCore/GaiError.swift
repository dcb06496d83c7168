/// The one error type that crosses layer boundaries in Gai.
///
/// Adapters classify upstream failures into a ``GaiError`` at the point they happen; the gateway
/// maps it to an HTTP status and the OpenAI error shape only at the edge.
public struct GaiError: Error, Sendable, CustomStringConvertible {
    /// The taxonomy code.
    public var code: ErrorCode
    /// A human-readable message, safe to show to the client (never contains secrets).
    public var message: String
    /// The configured provider name the failure came from, when it came from one.
    public var provider: String?
    /// The HTTP status the upstream answered with, when there was one.
    public var upstreamStatus: Int?
    /// How long the upstream asked callers to wait before retrying.
    public var retryAfter: Duration?
    /// Whether trying again unchanged may succeed.
    public var isTransient: Bool
    /// The request parameter at fault, for `invalid_request` errors (OpenAI's `error.param`).
    public var param: String?
    /// The errors that caused this one, for logs; never sent to clients.
    public var underlying: [any Error & Sendable]

    public init(
        _ code: ErrorCode,
        _ message: String,
        provider: String? = nil,
        upstreamStatus: Int? = nil,
        retryAfter: Duration? = nil,
        isTransient: Bool? = nil,
        param: String? = nil,
        underlying: [any Error & Sendable] = []
    ) {
        self.code = code
        self.message = message
        self.provider = provider
        self.upstreamStatus = upstreamStatus
        self.retryAfter = retryAfter
        self.isTransient = isTransient ?? code.isTransientByDefault
        self.param = param
        self.underlying = underlying
    }

    /// `true` when the failure is a rate limit (ours or the upstream's).
    public var isRateLimited: Bool { code == .rateLimited }

    public var description: String {
        var text = "\(code.rawValue): \(message)"
        if let provider { text += " (provider: \(provider)" + (upstreamStatus.map { ", status \($0)" } ?? "") + ")" }
        return text
    }
}

extension GaiError {
    /// A client error in the request itself.
    public static func invalidRequest(_ message: String, param: String? = nil) -> GaiError {
        GaiError(.invalidRequest, message, param: param)
    }

    /// A failure inside Gai that the client can do nothing about.
    public static func `internal`(_ message: String, underlying: [any Error & Sendable] = []) -> GaiError {
        GaiError(.internal, message, underlying: underlying)
    }
}

extension GaiError {
    /// The same error, naming `provider` unless it already names one.
    public func attributed(to provider: String) -> GaiError {
        var error = self
        error.provider = error.provider ?? provider
        return error
    }
}
