/// Everything that can go wrong talking to Redis.
///
/// A small, closed vocabulary on purpose: callers (the limiter's fail-open breaker, the stores)
/// decide on the case alone, and every case is safe to use as a metric label. No case ever
/// carries a command's arguments, which may be secrets.
public enum RedisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No connection could be made or kept: refused, unreachable, reset, closed by the server
    /// while commands were pending, or the handshake (`AUTH`, `SELECT`) was refused.
    case connectionFailed(reason: String)
    /// The command, the connect or the handshake did not complete in time. The connection it
    /// used is closed, since replies can no longer be matched to commands after one is lost.
    case timeout
    /// The server sent bytes that are not valid RESP, or a value larger than the configured
    /// limits. The connection is closed.
    case protocolError(String)
    /// The server answered this command with an error reply (`-ERR …`, `-WRONGTYPE …`,
    /// `-NOSCRIPT …`). Only this command failed; the connection stays usable. Some replies
    /// quote the command's arguments (an unknown command's does), so log the ``serverCode``
    /// rather than the whole message where arguments may be secret.
    case server(String)
    /// The client was shut down.
    case closed

    /// A one-line summary for logs; server replies are quoted as the server sent them.
    public var description: String {
        switch self {
        case .connectionFailed(let reason): "redis connection failed: \(reason)"
        case .timeout: "redis timed out"
        case .protocolError(let reason): "redis protocol error: \(reason)"
        case .server(let message): "redis error reply: \(message)"
        case .closed: "redis client is shut down"
        }
    }

    /// The error code of a ``server(_:)`` reply: its first word (`ERR`, `WRONGTYPE`,
    /// `NOSCRIPT`, …); `nil` for the other cases.
    public var serverCode: Substring? {
        guard case .server(let message) = self else { return nil }
        return message.split(separator: " ", maxSplits: 1).first
    }
}
