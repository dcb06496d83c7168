import GaiCore
import GaiLimits
import PostgresNIO

/// A ``GaiLimits/RateLimitStore`` in PostgreSQL: limits stay exact however many gateway replicas
/// share the database.
///
/// Every call is one `SELECT gai_rate_limit_check(…)`: a PL/pgSQL function (created by this
/// store's migration) that runs the same integer algorithms as
/// ``GaiLimits/RateLimit/check(state:cost:now:)`` under row locks, so a PostgreSQL-backed limit
/// admits exactly the sequences the in-memory store admits. Details:
///
/// - **Clock**: the server's `clock_timestamp()`, so all replicas share one clock and the
///   state's timestamps are microseconds since the Unix epoch. Fixed and sliding windows start
///   at multiples of the period since the Unix epoch (a per-minute window starts on the minute).
/// - **Rows**: each counter is one row of `rate_limit_state` holding the
///   ``GaiLimits/LimiterState/fields`` and `expires_at`, the time after which it equals no
///   state. Expired rows count as absent; ``purgeExpired(limit:)`` deletes them — call it
///   periodically (every minute or so) from one or every replica.
/// - **All or nothing**: ``checkAll(_:)`` locks every key's row (in sorted order, so concurrent
///   batches never deadlock), computes every decision, and writes only when all were admitted.
/// - **Range**: the arithmetic is BIGINT and saturates where Swift's does, so there is no range
///   limit beyond the in-memory store's.
/// - **Errors**: PostgreSQL errors are thrown as PostgresNIO errors; no answer within the
///   database's operation timeout throws a `timeout` ``GaiCore/GaiError``. Whether to fail open
///   or closed is the caller's decision (see ``GaiLimits/FallbackRateLimitStore``).
///
/// Thread safety: immutable; every call is one statement on a pooled connection.
public final class PostgresRateLimitStore: RateLimitStore, Sendable {
    /// The database the counters live in.
    public let database: GaiPostgresDatabase

    private init(database: GaiPostgresDatabase) {
        self.database = database
    }

    /// Creates the `rate_limit_state` table and the functions (or brings them up to date) and
    /// returns the store. The database's ``GaiPostgresDatabase/run()`` must be running.
    public static func open(database: GaiPostgresDatabase) async throws -> PostgresRateLimitStore {
        try await database.migrate(component: RateLimitSchema.component, migrations: RateLimitSchema.migrations)
        return PostgresRateLimitStore(database: database)
    }

    /// Spends `cost` units of `limit` on `key`; see ``GaiLimits/RateLimitStore/check(key:limit:cost:)``.
    public func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision {
        let decisions = try await checkAll([(key: key, limit: limit, cost: cost)])
        guard let decision = decisions.first else { throw GaiError.internal("the rate-limit function returned no decision") }
        return decision
    }

    /// Gives back `amount` units on `key`; see ``GaiLimits/RateLimitStore/refund(key:limit:amount:)``.
    public func refund(key: String, limit: RateLimit, amount: Int) async throws {
        guard amount > 0 else { return }
        let arguments = [1] + RateLimit.StoreParameters(limit).values(cost: amount)
        _ = try await database.query("SELECT gai_rate_limit_check(\([key]), \(arguments))")
    }

    /// Always `true`: every call is a round trip.
    public var isShared: Bool { true }

    /// Checks all `requests` atomically, all or nothing, in one round trip; see
    /// ``GaiLimits/RateLimitStore/checkAll(_:)``.
    public func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision] {
        guard !requests.isEmpty else { return [] }
        var arguments: [Int64] = [0]
        arguments.reserveCapacity(1 + requests.count * RateLimit.StoreParameters.count)
        for request in requests {
            arguments += RateLimit.StoreParameters(request.limit).values(cost: request.cost)
        }
        let keys = requests.map(\.key)
        let rows = try await database.query("SELECT gai_rate_limit_check(\(keys), \(arguments))")
        let values = try rows.first?.decode([Int64].self) ?? []
        guard values.count == requests.count * 6 else {
            throw GaiError.internal("unexpected reply from the rate-limit function")
        }
        return stride(from: 0, to: values.count, by: 6).map { Self.decision(values[$0..<$0 + 6]) }
    }

    /// Deletes up to `limit` expired rows (their states already count as absent) and returns how
    /// many. Rows another call holds are skipped, so it never waits for or blocks a check.
    public func purgeExpired(limit: Int = 10_000) async throws -> Int {
        let rows = try await database.query(
            """
            WITH expired AS (
                SELECT key FROM rate_limit_state
                WHERE expires_at <= floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint
                LIMIT \(Int64(max(0, limit))) FOR UPDATE SKIP LOCKED
            ), deleted AS (
                DELETE FROM rate_limit_state AS state USING expired WHERE state.key = expired.key RETURNING 1
            )
            SELECT COUNT(*) FROM deleted
            """)
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// One decision from its six integers: allowed, limit, remaining, resetAfter µs,
    /// retryAfter µs (negative for none), period µs.
    private static func decision(_ fields: ArraySlice<Int64>) -> RateLimitDecision {
        let values = Array(fields)
        let allowed = values[0] == 1
        return RateLimitDecision(
            allowed: allowed,
            limit: Int(clamping: values[1]),
            remaining: Int(clamping: max(0, values[2])),
            resetAfter: .microseconds(max(0, values[3])),
            retryAfter: allowed || values[4] < 0 ? nil : .microseconds(values[4]),
            period: .microseconds(values[5]))
    }
}
