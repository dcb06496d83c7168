// The PL/pgSQL side of `PostgresRateLimitStore`: the four algorithms of GaiLimits
// (TokenBucket.swift, FixedWindow.swift, SlidingWindow.swift, GCRA.swift) ported line by line,
// as the Redis store's Lua script does, so a PostgreSQL-backed limit admits exactly what
// `InMemoryRateLimitStore` admits.
//
// Stored state: one row of `rate_limit_state` per counter — the `LimiterState.fields` layout:
//   tag 1 token bucket    a = credit (tokens × P)   b = updatedAt          c = 0
//   tag 2 fixed window    a = windowStart           b = count              c = 0
//   tag 3 sliding window  a = windowStart           b = current count      c = previous count
//   tag 4 GCRA            a = tat (whole µs)        b = remainder (1/L µs) c = 0
// plus `expires_at`, the Unix µs after which the state equals no state. A row that is expired,
// has tag 0 (a placeholder, see below), a negative count/credit/remainder or another algorithm's
// tag is treated as no state.
//
// Clock: `clock_timestamp()` in whole µs since the Unix epoch, read once per call *after* every
// row lock is held, so it is never behind a state written under the same lock; windows start at
// multiples of the period since the Unix epoch.
//
// Arithmetic: BIGINT, with the Swift helpers ported exactly — `gai_rl_mul/add/sub` saturate at
// the BIGINT range (computed in NUMERIC, then clamped) where Swift's `…Saturating` helpers do,
// `gai_rl_fdiv/cdiv` are exact floor/ceiling divisions, and plain operators are used where
// Swift uses plain ones (their operands are bounded there). No range limit beyond Swift's.
//
// Atomicity: each distinct key's row is locked in sorted key order (`INSERT … ON CONFLICT DO
// NOTHING` creates a placeholder row, tag 0 and already expired, for a new key; then `SELECT …
// FOR UPDATE`; a row deleted meanwhile is simply created again), so concurrent calls on shared
// keys serialise and never deadlock. Placeholder and expired rows a call does not write are
// deleted before it commits, so a peek leaves nothing behind.
//
// Call: `gai_rate_limit_check(keys text[], args bigint[]) RETURNS bigint[]`. args[1] is 0 to
// check or 1 to refund, then five values per key: tag, limit L, period P (µs), capacity B, cost
// (the refund amount in refund mode, which takes one key). A check returns six integers per
// key: allowed (0/1), L, remaining, resetAfter µs, retryAfter µs (-1 for none), P. It is all or
// nothing: either every check is admitted and every new state written, or nothing is written
// and the admitted entries report a peek at their unchanged state. A refund returns {1} when a
// state was changed, {0} otherwise.

/// The `rate_limit_state` table and the functions that run the algorithms on it.
enum RateLimitSchema {
    static let component = "rate_limits"

    /// Each migration's statements; never edit a shipped one.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE IF NOT EXISTS rate_limit_state (
                key TEXT PRIMARY KEY,
                tag INT NOT NULL,
                a BIGINT NOT NULL,
                b BIGINT NOT NULL,
                c BIGINT NOT NULL,
                expires_at BIGINT NOT NULL
            ) WITH (fillfactor = 70)
            """,
            """
            CREATE OR REPLACE FUNCTION gai_rl_clamp(x numeric) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$
                SELECT (CASE WHEN x > 9223372036854775807 THEN 9223372036854775807
                             WHEN x < -9223372036854775808 THEN -9223372036854775808 ELSE x END)::bigint
            $$
            """,
            "CREATE OR REPLACE FUNCTION gai_rl_mul(x bigint, y bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT gai_rl_clamp(x::numeric * y) $$",
            "CREATE OR REPLACE FUNCTION gai_rl_add(x bigint, y bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT gai_rl_clamp(x::numeric + y) $$",
            "CREATE OR REPLACE FUNCTION gai_rl_sub(x bigint, y bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT gai_rl_clamp(x::numeric - y) $$",
            """
            CREATE OR REPLACE FUNCTION gai_rl_fdiv(x bigint, y bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$
                SELECT CASE WHEN x % y <> 0 AND x < 0 THEN x / y - 1 ELSE x / y END
            $$
            """,
            """
            CREATE OR REPLACE FUNCTION gai_rl_cdiv(x bigint, y bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$
                SELECT CASE WHEN x % y <> 0 AND x > 0 THEN x / y + 1 ELSE x / y END
            $$
            """,
            """
            CREATE OR REPLACE FUNCTION gai_rl_valid(t bigint, x bigint, y bigint, z bigint) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
                SELECT CASE t WHEN 1 THEN x >= 0 WHEN 2 THEN y >= 0 WHEN 3 THEN y >= 0 AND z >= 0 WHEN 4 THEN y >= 0 ELSE false END
            $$
            """,
            RateLimitFunctions.counts,
            RateLimitFunctions.step,
            RateLimitFunctions.refund,
            RateLimitFunctions.check,
        ]
    ]
}
