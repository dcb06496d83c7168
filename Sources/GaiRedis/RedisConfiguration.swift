/// Where the Redis server is and how the client talks to it.
///
/// The defaults are short on purpose: Redis on the request path must fail fast, so a dead or
/// wedged server costs a request at most ``connectTimeout`` or ``commandTimeout``, never more.
public struct RedisConfiguration: Sendable, Hashable {
    /// The server's host name or IP address. Default `127.0.0.1`.
    public var host: String
    /// The server's TCP port. Default 6379.
    public var port: Int
    /// The ACL user for `AUTH`; `nil` for the default user.
    public var username: String?
    /// The password for `AUTH`; `nil` to skip `AUTH`. Never logged or printed.
    public var password: String?
    /// The logical database selected after connecting (`SELECT`). Default 0.
    public var database: Int
    /// The most connections the client keeps open; they are opened as load needs them. Default 4.
    public var poolSize: Int
    /// How long opening a connection (TCP plus `AUTH`/`SELECT`) may take. Default 1 s.
    public var connectTimeout: Duration
    /// How long a command (or a whole pipeline) may wait for its reply. Default 2 s.
    public var commandTimeout: Duration
    /// The wait after the first failed connect before the next attempt; it doubles with each
    /// further failure up to ``maximumReconnectBackoff``. Commands during the wait fail at once
    /// with ``RedisError/connectionFailed(reason:)`` rather than queueing. Default 100 ms.
    public var reconnectBackoff: Duration
    /// The longest wait between connect attempts. Default 5 s.
    public var maximumReconnectBackoff: Duration
    /// Bounds on the replies the client accepts.
    public var decoderLimits: RESPDecoder.Limits

    /// Creates a configuration; every argument has the default described on its property.
    public init(
        host: String = "127.0.0.1",
        port: Int = 6379,
        username: String? = nil,
        password: String? = nil,
        database: Int = 0,
        poolSize: Int = 4,
        connectTimeout: Duration = .seconds(1),
        commandTimeout: Duration = .seconds(2),
        reconnectBackoff: Duration = .milliseconds(100),
        maximumReconnectBackoff: Duration = .seconds(5),
        decoderLimits: RESPDecoder.Limits = RESPDecoder.Limits()
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.poolSize = poolSize
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.reconnectBackoff = reconnectBackoff
        self.maximumReconnectBackoff = maximumReconnectBackoff
        self.decoderLimits = decoderLimits
    }
}

extension RedisConfiguration: CustomStringConvertible, CustomReflectable {
    /// The server address, user and database, with the password redacted so the configuration
    /// can be logged.
    public var description: String {
        let user = self.username.map { "\($0)\(self.password == nil ? "" : ":***")@" } ?? (self.password == nil ? "" : ":***@")
        return "redis://\(user)\(self.host):\(self.port)/\(self.database)"
    }

    /// Mirrors ``description`` so `dump` and debuggers cannot reveal the password either.
    public var customMirror: Mirror {
        Mirror(self, children: ["url": self.description, "poolSize": self.poolSize])
    }
}
