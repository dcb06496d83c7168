/// A Lua script for `EVALSHA`, with its SHA-1 computed once, locally.
///
/// Make one per script at start-up and reuse it: ``RedisClient/evalScript(_:keys:args:)`` sends
/// only the 40-character digest, and loads the source only when the server does not have it
/// (after a restart or `SCRIPT FLUSH`).
public struct RedisScript: Sendable, Hashable {
    /// The Lua source.
    public let source: String
    /// The SHA-1 of ``source`` as 40 lowercase hex digits, as Redis names the script.
    public let sha1: String

    /// Creates a script from its Lua source.
    public init(_ source: String) {
        self.source = source
        self.sha1 = SHA1.hexDigest(source.utf8)
    }
}
