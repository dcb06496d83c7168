/// Redis-backed stores: state shared by every gateway replica through one Redis server.
///
/// - ``RedisRateLimitStore``: exact rate limits across replicas, one Lua script per check.
/// - ``RedisSpendCounterStore``: budget counters (spent and reserved), one script per reservation.
/// - ``RedisIdempotencyStore``: idempotency records and recorded streams, so duplicates coalesce
///   and streams resume on any replica.
/// - ``RedisKeyChangeFeed``: announces gateway-key changes so every replica drops its key cache.
public enum GaiStorageRedis {}
