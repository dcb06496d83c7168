/// Redis-backed stores: state shared by every gateway replica through one Redis server.
///
/// - ``RedisRateLimitStore``: exact rate limits across replicas, one Lua script per check.
public enum GaiStorageRedis {}
