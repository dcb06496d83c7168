import GaiCore

/// ``HTTPTransport`` that sends plain `http://` URLs to one transport and everything else to another.
///
/// The fast ``NIOHTTPTransport`` speaks plain HTTP/1.1 only; TLS upstreams (the hosted vendors)
/// still need AsyncHTTPClient. The gateway composes them:
/// `RoutingTransport(plain: NIOHTTPTransport(...), tls: AsyncHTTPClientTransport(...))`.
public struct RoutingTransport: HTTPTransport {
    /// Receives `http://` URLs (the scheme is matched case-insensitively).
    public let plain: any HTTPTransport
    /// Receives every other URL (`https://`).
    public let tls: any HTTPTransport

    public init(plain: any HTTPTransport, tls: any HTTPTransport) {
        self.plain = plain
        self.tls = tls
    }

    public func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse {
        if Self.isPlainHTTP(request.url) {
            try await plain.send(request)
        } else {
            try await tls.send(request)
        }
    }

    static func isPlainHTTP(_ url: String) -> Bool {
        url.hasPrefix("http://") || url.prefix(7).lowercased() == "http://"
    }
}
