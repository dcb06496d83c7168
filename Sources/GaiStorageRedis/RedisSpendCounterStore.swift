import GaiLimits
import GaiRedis

/// Budget counters in Redis: a budget holds across every replica that shares the Redis.
///
/// Each counter is one hash (``keyPrefix`` + the caller's key) with the integer fields `s`
/// (spent) and `r` (reserved), in nano-dollars. A reservation is one `EVALSHA` that checks every
/// budget of the request and reserves on all of them or none; settling is one more. A counter
/// expires at the time its checks name (after the end of its period), so old periods vanish.
///
/// Lua numbers are doubles, exact for integers below 2⁵³: counters stay exact up to $9 million a
/// period. On Redis Cluster all counters of one request must share a hash slot.
public final class RedisSpendCounterStore: SpendCounterStore, Sendable {
    /// The default ``keyPrefix``.
    public static let defaultKeyPrefix = "gai:budget:"

    public let client: RedisClient
    public let keyPrefix: String

    static let script = RedisScript(spendCounterLuaSource)

    public init(client: RedisClient, keyPrefix: String = RedisSpendCounterStore.defaultKeyPrefix) {
        self.client = client
        self.keyPrefix = keyPrefix
    }

    public func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult {
        guard !checks.isEmpty else { return .reserved }
        var arguments: [RedisArgument] = ["reserve"]
        arguments.reserveCapacity(1 + checks.count * 4)
        for check in checks {
            arguments += [.integer(check.limit), .integer(check.amount), .integer(check.expiresAtMilliseconds), .integer(check.seed ?? -1)]
        }
        let reply = try await client.evalScript(Self.script, keys: checks.map { keyPrefix + $0.key }, args: arguments)
        guard let values = reply.elements?.compactMap(\.int64), let status = values.first else {
            throw RedisError.protocolError("unexpected reply from the spend-counter script")
        }
        switch status {
        case 0: return .reserved
        case 1 where values.count == 3: return .refused(index: Int(values[1]), spent: values[2])
        case 2: return .unseeded(values.dropFirst().map { Int($0) })
        default: throw RedisError.protocolError("unexpected reply from the spend-counter script")
        }
    }

    public func settle(keys: [String], reserved: Int64, actual: Int64) async throws {
        guard !keys.isEmpty else { return }
        _ = try await client.evalScript(
            Self.script, keys: keys.map { keyPrefix + $0 }, args: ["settle", .integer(reserved), .integer(actual)])
    }

    /// Always `true`: every call is a round trip.
    public var isShared: Bool { true }

    public func read(key: String) async throws -> (spent: Int64, reserved: Int64)? {
        let reply = try await client.send(["HMGET", .string(keyPrefix + key), "s", "r"])
        guard let fields = reply.elements, fields.count == 2, let spent = fields[0].int64 else { return nil }
        return (spent, fields[1].int64 ?? 0)
    }
}

/// The spend-counter script. `reserve`: four arguments per key (limit, amount, expiry in Unix
/// ms, seed or -1); returns `{0}` reserved, `{1, index, spent}` refused, `{2, indexes…}` for
/// counters that do not exist and had no seed (0-based). Nothing is written unless every check
/// fits. `settle`: arguments reserved and actual; counters that no longer exist are left alone.
let spendCounterLuaSource = #"""
local function num(v, default) if v then return tonumber(v) else return default end end
if ARGV[1] == 'reserve' then
  local spent, reserved, missing, seeds = {}, {}, {}, {}
  -- A counter listed twice is seeded by whichever of its checks carries a seed.
  for i = 1, #KEYS do
    local seed = tonumber(ARGV[(i - 1) * 4 + 5])
    if seed >= 0 and seeds[KEYS[i]] == nil then seeds[KEYS[i]] = seed end
  end
  for i = 1, #KEYS do
    local v = redis.call('HMGET', KEYS[i], 's', 'r')
    if v[1] then
      spent[i], reserved[i] = num(v[1], 0), num(v[2], 0)
    elseif seeds[KEYS[i]] then
      spent[i], reserved[i] = seeds[KEYS[i]], 0
    else
      missing[#missing + 1] = i - 1
    end
  end
  if #missing > 0 then
    local reply = {2}
    for _, index in ipairs(missing) do reply[#reply + 1] = index end
    return reply
  end
  -- A key listed twice sees its own earlier reservation.
  local pending = {}
  for i = 1, #KEYS do
    local base = (i - 1) * 4 + 1
    local limit, amount = tonumber(ARGV[base + 1]), tonumber(ARGV[base + 2])
    local s, r = spent[i], reserved[i]
    if pending[KEYS[i]] then s, r = pending[KEYS[i]][1], pending[KEYS[i]][2] end
    if s + r + amount > limit then return {1, i - 1, s} end
    pending[KEYS[i]] = {s, r + amount, ARGV[base + 3]}
  end
  for key, c in pairs(pending) do
    redis.call('HSET', key, 's', string.format('%d', c[1]), 'r', string.format('%d', c[2]))
    redis.call('PEXPIREAT', key, c[3])
  end
  return {0}
end
local reserved, actual = tonumber(ARGV[2]), tonumber(ARGV[3])
for i = 1, #KEYS do
  local v = redis.call('HMGET', KEYS[i], 's', 'r')
  if v[1] then
    local r = num(v[2], 0) - reserved
    if r < 0 then r = 0 end
    redis.call('HSET', KEYS[i], 's', string.format('%d', num(v[1], 0) + actual), 'r', string.format('%d', r))
  end
end
return {0}
"""#
