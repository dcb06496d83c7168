/// A PostgreSQL URL that ``GaiPostgresDatabase/Configuration/init(url:)`` cannot use. The reason
/// never quotes the password.
public struct PostgresURLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the URL.
    public var reason: String

    /// The reason, prefixed so it reads on its own in a log line.
    public var description: String { "invalid postgres URL: \(self.reason)" }
}

extension GaiPostgresDatabase {
    /// Whether connections use TLS.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it (certificates verified against the system's roots),
        /// plain TCP otherwise.
        case prefer
        /// TLS or no connection.
        case require
    }

    /// Where the database is and how the stores use it.
    public struct Configuration: Sendable, Hashable {
        /// The server's host name or IP address.
        public var host: String
        /// The server's TCP port (default 5432).
        public var port: Int
        /// The role to connect as.
        public var username: String
        /// The role's password; `nil` for trust or peer authentication. Secret: never logged.
        public var password: String?
        /// The database; `nil` means the one named like ``username``.
        public var database: String?
        /// Whether connections use TLS.
        public var tls: TLSMode
        /// How long one connection attempt may take (default 5 s).
        public var connectTimeout: Duration
        /// How long one store operation may wait for a connection and its answer before it throws
        /// a `timeout` ``GaiCore/GaiError`` (default 10 s). Set it to `limits.store_timeout_ms`
        /// for a database that holds rate limits.
        public var operationTimeout: Duration
        /// How long applying migrations at start-up may take, waiting for another replica that is
        /// migrating included (default 5 min).
        public var migrationTimeout: Duration
        /// The most connections the pool opens (default 20).
        public var maximumConnections: Int

        /// A configuration with the documented defaults.
        public init(
            host: String, port: Int = 5432, username: String, password: String? = nil, database: String? = nil,
            tls: TLSMode? = nil
        ) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database
            self.tls = tls ?? (Self.isLoopback(host) ? .disable : .prefer)
            self.connectTimeout = .seconds(5)
            self.operationTimeout = .seconds(10)
            self.migrationTimeout = .seconds(300)
            self.maximumConnections = 20
        }

        /// Creates a configuration from `postgres://[user[:password]@]host[:port][/database][?sslmode=…]`
        /// (`postgresql://` works too), other settings at their defaults.
        ///
        /// User and password are percent-decoded; the host may be a bracketed IPv6 address; the
        /// user defaults to `postgres`. `sslmode` may be `disable` or `allow` (plain TCP),
        /// `prefer`, or `require`, `verify-ca` and `verify-full` (TLS, verified). Without it,
        /// TLS is off for a loopback host (`localhost`, `127.x.x.x`, `::1`) and preferred for any
        /// other. Other query parameters are ignored.
        public init(url: String) throws(PostgresURLError) {
            guard let schemeEnd = url.firstRange(of: "://"),
                ["postgres", "postgresql"].contains(url[..<schemeEnd.lowerBound].lowercased())
            else {
                throw PostgresURLError(reason: "the scheme must be postgres:// or postgresql://")
            }
            var rest = url[schemeEnd.upperBound...]
            var query: Substring = ""
            if let mark = rest.firstIndex(of: "?") {
                query = rest[rest.index(after: mark)...]
                rest = rest[..<mark]
            }
            var path: Substring = ""
            // The path starts at the first '/' after the user info, which may itself contain '/'.
            let authorityStart = rest.lastIndex(of: "@") ?? rest.startIndex
            if let slash = rest[authorityStart...].firstIndex(of: "/") {
                path = rest[rest.index(after: slash)...]
                rest = rest[..<slash]
            }
            var username = "postgres"
            var password: String?
            if let at = rest.lastIndex(of: "@") {
                let userInfo = rest[..<at]
                // A password may itself contain ':' (decoded later), so only the first one separates.
                let colon = userInfo.firstIndex(of: ":")
                let user = try Self.percentDecoded(userInfo[..<(colon ?? userInfo.endIndex)])
                if !user.isEmpty { username = user }
                if let colon { password = try Self.percentDecoded(userInfo[userInfo.index(after: colon)...]) }
                rest = rest[rest.index(after: at)...]
            }
            let (host, port) = try Self.hostAndPort(rest)
            let database = try Self.percentDecoded(path)
            self.init(
                host: host, port: port ?? 5432, username: username, password: password,
                database: database.isEmpty ? nil : database, tls: try Self.sslMode(query))
        }

        /// Whether `host` names this machine, where TLS buys nothing.
        static func isLoopback(_ host: String) -> Bool {
            host == "localhost" || host == "::1" || host.hasPrefix("127.")
        }

        private static func sslMode(_ query: Substring) throws(PostgresURLError) -> TLSMode? {
            for pair in query.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.first == "sslmode" else { continue }
                switch parts.count == 2 ? parts[1].lowercased() : "" {
                case "disable", "allow": return .disable
                case "prefer": return .prefer
                case "require", "verify-ca", "verify-full": return .require
                default: throw PostgresURLError(reason: "sslmode must be disable, allow, prefer, require, verify-ca or verify-full")
                }
            }
            return nil
        }

        private static func hostAndPort(_ authority: Substring) throws(PostgresURLError) -> (String, Int?) {
            var host = authority
            var port: Substring?
            if authority.hasPrefix("[") {
                guard let close = authority.firstIndex(of: "]") else { throw PostgresURLError(reason: "unterminated IPv6 address") }
                host = authority[authority.index(after: authority.startIndex)..<close]
                let after = authority[authority.index(after: close)...]
                if !after.isEmpty {
                    guard after.hasPrefix(":") else { throw PostgresURLError(reason: "unexpected text after the IPv6 address") }
                    port = after.dropFirst()
                }
            } else if let colon = authority.lastIndex(of: ":") {
                host = authority[..<colon]
                port = authority[authority.index(after: colon)...]
            }
            guard !host.isEmpty else { throw PostgresURLError(reason: "the host is missing") }
            guard let port else { return (String(host), nil) }
            guard let number = Int(port), (1...65535).contains(number) else { throw PostgresURLError(reason: "the port must be 1-65535") }
            return (String(host), number)
        }

        private static func percentDecoded(_ text: Substring) throws(PostgresURLError) -> String {
            var bytes: [UInt8] = []
            var iterator = text.utf8.makeIterator()
            while let byte = iterator.next() {
                guard byte == UInt8(ascii: "%") else {
                    bytes.append(byte)
                    continue
                }
                guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue) else {
                    throw PostgresURLError(reason: "invalid percent-encoding")
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
}
