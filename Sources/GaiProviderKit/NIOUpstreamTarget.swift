import GaiCore
import NIOCore
import NIOHTTP1

/// Where a plain-HTTP request goes, parsed once per request from its `http://` URL.
///
/// Hand-rolled rather than `Foundation.URL`: it runs on every request, and a pool only needs the
/// host and port (the pool key), the authority (the `Host` header) and the path plus query.
struct NIOUpstreamTarget: Sendable {
    /// Idle connections are shared per (host, port).
    struct Key: Hashable, Sendable {
        var host: String
        var port: Int
    }

    var key: Key
    /// The authority as written in the URL (without user info), sent as `Host`.
    var hostHeader: String
    /// The path and query, `/` when the URL has none; the fragment is dropped.
    var requestTarget: String

    init(url: String) throws(GaiError) {
        guard url.utf8.count > 7, url.hasPrefix("http://") || url.prefix(7).lowercased() == "http://" else {
            throw Self.invalid(url, "NIOHTTPTransport only handles http:// URLs (use RoutingTransport for https)")
        }
        let rest = url.dropFirst(7)
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") {
            authority = authority[authority.index(after: at)...]
        }

        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            // An IPv6 literal: `[::1]:8080`.
            guard let close = authority.firstIndex(of: "]") else {
                throw Self.invalid(url, "The IPv6 address is not closed with ']'")
            }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw Self.invalid(url, "Unexpected text after the IPv6 address") }
                portText = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty else { throw Self.invalid(url, "The URL has no host") }

        var port = 80
        if let portText {
            guard let parsed = Int(portText), (1...65_535).contains(parsed) else {
                throw Self.invalid(url, "The port is not a number between 1 and 65535")
            }
            port = parsed
        }

        var target = rest[authorityEnd...]
        if let hash = target.firstIndex(of: "#") {
            target = target[..<hash]
        }
        self.key = Key(host: String(host), port: port)
        self.hostHeader = String(authority)
        if target.isEmpty {
            self.requestTarget = "/"
        } else if target.hasPrefix("?") {
            self.requestTarget = "/" + target
        } else {
            self.requestTarget = String(target)
        }
    }

    /// The request head: `Host` first (unless the caller set one), then the caller's headers, with
    /// framing that matches the body exactly: `content-length`, never `transfer-encoding`. When
    /// the request has a trace context (``UpstreamRequest/traceContext``) the caller's trace
    /// headers are left out: the encoder writes the context's after these
    /// (``NIOUpstreamRequestEncoder/nextTrace``).
    ///
    /// One pass over the caller's names, comparing lengths first, finds what needs replacing:
    /// usually nothing, and the caller's headers are copied as they are. (`contains`, `remove`
    /// and `replaceOrAdd` each compare every name, and this runs on every upstream call.)
    func makeHead(for request: UpstreamRequest) -> HTTPRequestHead {
        let trace = request.traceContext
        var hasHost = false
        var replaced = false
        for (name, _) in request.headers {
            switch name.utf8.count {
            case 4: hasHost = hasHost || Self.isNamed(name, "host")
            case 10: replaced = replaced || (trace != nil && Self.isNamed(name, "tracestate"))
            case 11: replaced = replaced || (trace != nil && Self.isNamed(name, "traceparent"))
            case 14: replaced = replaced || Self.isNamed(name, "content-length")
            case 17: replaced = replaced || Self.isNamed(name, "transfer-encoding")
            default: break
            }
        }
        var headers = HTTPHeaders()
        headers.reserveCapacity(request.headers.count + 4)
        if !hasHost {
            headers.add(name: "Host", value: hostHeader)
        }
        if replaced {
            for (name, value) in request.headers {
                if Self.isNamed(name, "transfer-encoding") || Self.isNamed(name, "content-length") { continue }
                if trace != nil, Self.isNamed(name, "traceparent") || Self.isNamed(name, "tracestate") { continue }
                headers.add(name: name, value: value)
            }
        } else {
            headers.add(contentsOf: request.headers)
        }
        if let body = request.body {
            headers.add(name: "content-length", value: String(body.readableBytes))
        } else {
            switch request.method {
            case .GET, .HEAD, .DELETE, .OPTIONS, .TRACE, .CONNECT:
                break
            default:
                // Without a length NIO's encoder would frame a POST as chunked.
                headers.add(name: "content-length", value: "0")
            }
        }
        return HTTPRequestHead(version: .http1_1, method: request.method, uri: requestTarget, headers: headers)
    }

    /// Whether the header name `name` is `lowercase` (lowercase ASCII), ignoring ASCII case.
    @inline(__always)
    static func isNamed(_ name: String, _ lowercase: StaticString) -> Bool {
        let utf8 = name.utf8
        guard utf8.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { expected in
            var index = 0
            for byte in utf8 {
                let folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                guard folded == expected[index] else { return false }
                index += 1
            }
            return true
        }
    }

    private static func invalid(_ url: String, _ reason: String) -> GaiError {
        // The URL itself is left out: its user info could hold a credential.
        GaiError(.internal, "Invalid upstream URL: \(reason)")
    }
}
