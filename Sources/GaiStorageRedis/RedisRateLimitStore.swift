import GaiLimits
import GaiRedis

/// A ``RateLimitStore`` in Redis: limits stay exact however many gateway replicas share it.
///
/// Every call is one `EVALSHA` of a Lua script that runs the same integer algorithms as
/// ``RateLimit/check(state:cost:now:)`` atomically on the server, so a Redis-backed limit admits
/// exactly the sequences the in-memory store admits. Details:
///
/// - **Clock**: the script reads the server's `TIME`, so all replicas share one clock and the
///   state's timestamps are microseconds since the Unix epoch. Fixed and sliding windows
///   therefore start at multiples of the period since the Unix epoch (a per-minute window
///   starts on the minute, UTC).
/// - **Keys**: each counter is one string key, ``keyPrefix`` followed by the caller's key,
///   holding the ``LimiterState/fields`` as `tag,a,b,c`. Every write sets a `PEXPIRE` of the
///   time until the state equals no state, so idle keys vanish by themselves.
/// - **All or nothing**: ``checkAll(_:)`` computes every decision first and writes only when
///   all were admitted, as the in-memory store does.
/// - **Range**: Lua numbers are doubles, so `capacity × period` (in microseconds) must stay
///   below 2⁵³ — for example up to 100 M units per minute or 2.5 M units per hour.
/// - **Cluster**: all keys of one ``checkAll(_:)`` go to one script, so on Redis Cluster they
///   must share a hash slot (put a `{hash tag}` in them or in the prefix).
/// - **Errors**: Redis errors and timeouts are thrown as ``RedisError``; whether to fail open
///   or closed is the caller's decision.
public final class RedisRateLimitStore: RateLimitStore, Sendable {
    /// The default ``keyPrefix``.
    public static let defaultKeyPrefix = "gai:rl:"

    /// The client every call goes through.
    public let client: RedisClient
    /// Prepended to every key, so limiter keys live in their own namespace.
    public let keyPrefix: String

    /// The check/refund script, loaded into the server on first use.
    static let script = RedisScript(rateLimitLuaSource)

    /// Creates a store on `client`; nothing is sent until the first check.
    ///
    /// - Parameters:
    ///   - client: The Redis client to use; the store does not shut it down.
    ///   - keyPrefix: The namespace of the limiter keys (default `gai:rl:`).
    public init(client: RedisClient, keyPrefix: String = RedisRateLimitStore.defaultKeyPrefix) {
        self.client = client
        self.keyPrefix = keyPrefix
    }

    /// Spends `cost` units of `limit` on `key`; see ``RateLimitStore/check(key:limit:cost:)``.
    ///
    /// - Throws: A ``RedisError`` when Redis fails or times out.
    public func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision {
        let decisions = try await checkAll([(key: key, limit: limit, cost: cost)])
        guard let decision = decisions.first else { throw RedisError.protocolError("rate-limit script returned no decision") }
        return decision
    }

    /// Gives back `amount` units on `key`; see ``RateLimitStore/refund(key:limit:amount:)``.
    ///
    /// - Throws: A ``RedisError`` when Redis fails or times out.
    public func refund(key: String, limit: RateLimit, amount: Int) async throws {
        guard amount > 0 else { return }
        let arguments: [RedisArgument] = ["refund"] + RateLimit.StoreParameters(limit).values(cost: amount).map(RedisArgument.integer)
        _ = try await client.evalScript(Self.script, keys: [keyPrefix + key], args: arguments)
    }

    /// Always `true`: every call is a round trip.
    public var isShared: Bool { true }

    /// Gives back every refund's amount in one round trip; see ``RateLimitStore/refundAll(_:)``.
    ///
    /// - Throws: A ``RedisError`` when Redis fails or times out.
    public func refundAll(_ refunds: [RateLimitCheck]) async throws {
        let refunds = refunds.filter { $0.cost > 0 }
        guard !refunds.isEmpty else { return }
        var arguments: [RedisArgument] = ["refund"]
        arguments.reserveCapacity(1 + refunds.count * RateLimit.StoreParameters.count)
        for refund in refunds {
            arguments += RateLimit.StoreParameters(refund.limit).values(cost: refund.cost).map(RedisArgument.integer)
        }
        _ = try await client.evalScript(Self.script, keys: refunds.map { keyPrefix + $0.key }, args: arguments)
    }

    /// Checks all `requests` atomically, all or nothing, in one round trip; see
    /// ``RateLimitStore/checkAll(_:)``.
    ///
    /// - Throws: A ``RedisError`` when Redis fails or times out, or answers with something
    ///   other than the script's reply.
    public func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision] {
        guard !requests.isEmpty else { return [] }
        var arguments: [RedisArgument] = ["check"]
        arguments.reserveCapacity(1 + requests.count * RateLimit.StoreParameters.count)
        for request in requests {
            arguments += RateLimit.StoreParameters(request.limit).values(cost: request.cost).map(RedisArgument.integer)
        }
        let keys = requests.map { keyPrefix + $0.key }
        let reply = try await client.evalScript(Self.script, keys: keys, args: arguments)
        return try Self.decode(reply, count: requests.count)
    }

    /// Turns the script's reply (six integers per key) into decisions.
    static func decode(_ reply: RESPValue, count: Int) throws(RedisError) -> [RateLimitDecision] {
        guard let elements = reply.elements, elements.count == count * 6 else {
            throw .protocolError("unexpected reply from the rate-limit script")
        }
        var values: [Int64] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard case .integer(let value) = element else {
                throw .protocolError("non-integer value in the rate-limit script's reply")
            }
            values.append(value)
        }
        return stride(from: 0, to: values.count, by: 6).map { index in
            decision(values[index..<(index + 6)])
        }
    }

    /// One decision from its six integers: allowed, limit, remaining, resetAfter µs,
    /// retryAfter µs (negative for none), period µs.
    private static func decision(_ fields: ArraySlice<Int64>) -> RateLimitDecision {
        let values = Array(fields)
        let allowed: Bool = values[0] == 1
        let retryMicros: Int64 = values[4]
        let retryAfter: Duration? = allowed || retryMicros < 0 ? nil : Duration.microseconds(retryMicros)
        return RateLimitDecision(
            allowed: allowed,
            limit: Int(clamping: values[1]),
            remaining: Int(clamping: max(0, values[2])),
            resetAfter: Duration.microseconds(max(0, values[3])),
            retryAfter: retryAfter,
            period: Duration.microseconds(values[5]))
    }
}
