import GaiRedis
import GaiStorage

/// A ``KeyChangeFeed`` over Redis: a change increments one counter (`gai:keys:epoch`), and each
/// replica reads it every ``pollInterval``, so a revocation reaches every replica's key cache
/// within about that interval.
///
/// Polling rather than pub/sub: a subscriber connection that silently dies would lose
/// revocations; a failed poll is simply retried, and the key cache's own TTL still bounds
/// staleness while Redis is away.
public final class RedisKeyChangeFeed: KeyChangeFeed, Sendable {
    public static let defaultKey = "gai:keys:epoch"

    public let client: RedisClient
    public let key: String
    public let pollInterval: Duration

    public init(client: RedisClient, key: String = RedisKeyChangeFeed.defaultKey, pollInterval: Duration = .milliseconds(500)) {
        self.client = client
        self.key = key
        self.pollInterval = pollInterval
    }

    public func publish() async {
        _ = try? await client.send(["INCR", .string(key)])
    }

    public func watch(onChange: @escaping @Sendable () -> Void) async {
        var last = try? await client.send(["GET", .string(key)]).string
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: pollInterval)
            } catch {
                return
            }
            guard let reply = try? await client.send(["GET", .string(key)]) else { continue }
            let current = reply.string
            if current != last {
                last = current
                onChange()
            }
        }
    }
}
