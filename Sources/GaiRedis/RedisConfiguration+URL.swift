/// A Redis URL that ``RedisConfiguration/init(url:)`` cannot use. The reason never quotes the
/// password.
public struct RedisURLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the URL.
    public var reason: String

    /// The reason, prefixed so it reads on its own in a log line.
    public var description: String { "invalid redis URL: \(self.reason)" }
}

extension RedisConfiguration {
    /// Creates a configuration from `redis://[[user]:password@]host[:port][/db]`, other settings
    /// at their defaults.
    ///
    /// User and password are percent-decoded; the host may be a bracketed IPv6 address. TLS
    /// (`rediss://`), Unix sockets and query parameters are rejected rather than ignored, so a
    /// URL never means less than it says.
    public init(url: String) throws(RedisURLError) {
        self.init()
        let schemeEnd = url.firstRange(of: "://")
        guard let schemeEnd, url[..<schemeEnd.lowerBound].lowercased() == "redis" else {
            throw RedisURLError(reason: url.lowercased().hasPrefix("rediss://") ? "TLS (rediss://) is not supported" : "the scheme must be redis://")
        }
        var rest = url[schemeEnd.upperBound...]
        guard !rest.contains("?"), !rest.contains("#") else {
            throw RedisURLError(reason: "query parameters and fragments are not supported")
        }
        var path: Substring = ""
        // The path starts at the first '/' after the user info, which may itself contain '/'.
        let authorityStart = rest.lastIndex(of: "@") ?? rest.startIndex
        if let slash = rest[authorityStart...].firstIndex(of: "/") {
            path = rest[slash...].dropFirst()
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            try self.parseUserInfo(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        try self.parseHostAndPort(rest)
        if !path.isEmpty {
            guard let database = Int(path), database >= 0 else { throw RedisURLError(reason: "the database must be a number") }
            self.database = database
        }
    }

    private mutating func parseUserInfo(_ userInfo: Substring) throws(RedisURLError) {
        // A password may itself contain ':' (decoded later), so only the first one separates.
        guard let colon = userInfo.firstIndex(of: ":") else {
            throw RedisURLError(reason: "a user needs a password: use user:password@ or :password@")
        }
        let user = try Self.percentDecoded(userInfo[..<colon])
        self.username = user.isEmpty ? nil : user
        self.password = try Self.percentDecoded(userInfo[userInfo.index(after: colon)...])
    }

    private mutating func parseHostAndPort(_ authority: Substring) throws(RedisURLError) {
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw RedisURLError(reason: "unterminated IPv6 address") }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw RedisURLError(reason: "unexpected text after the IPv6 address") }
                port = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty else { throw RedisURLError(reason: "the host is missing") }
        self.host = String(host)
        if let port {
            guard let number = Int(port), (1...65535).contains(number) else { throw RedisURLError(reason: "the port must be 1-65535") }
            self.port = number
        }
    }

    private static func percentDecoded(_ text: Substring) throws(RedisURLError) -> String {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue) else {
                throw RedisURLError(reason: "invalid percent-encoding in the user info")
            }
            bytes.append(high << 4 | low)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
