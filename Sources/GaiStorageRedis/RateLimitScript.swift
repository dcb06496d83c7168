// The Lua side of `RedisRateLimitStore`: the four algorithms of GaiLimits (TokenBucket.swift,
// FixedWindow.swift, SlidingWindow.swift, GCRA.swift) ported line by line, so a Redis-backed
// limit admits exactly what `InMemoryRateLimitStore` admits.
//
// Stored state: one string key per counter, `"tag,a,b,c"` — the `LimiterState.fields` layout:
//   tag 1 token bucket    a = credit (tokens × P)   b = updatedAt          c = 0
//   tag 2 fixed window    a = windowStart           b = count              c = 0
//   tag 3 sliding window  a = windowStart           b = current count      c = previous count
//   tag 4 GCRA            a = tat (whole µs)        b = remainder (1/L µs) c = 0
// Times are microseconds since the Unix epoch from the server's `TIME`, so every replica shares
// one clock; windows start at multiples of the period since the Unix epoch. A state that does
// not parse, has a negative count/credit/remainder or another tag is treated as no state.
//
// Arithmetic: Lua 5.1 numbers are doubles, exact for integers below 2^53 (Unix microseconds
// are ≈ 1.7 × 10^15). `fdiv`/`cdiv` are exact floor/ceiling divisions (a quotient computed in
// floating point is corrected by its remainder); values are written with `%d`, never
// `tostring`. Products such as `capacity × period` must stay below 2^53 (≈ 9 × 10^15): e.g.
// 100 M units per minute, or 2.5 M units per hour. Swift saturates at 2^63 instead.
//
// Call: ARGV[1] = 'check' or 'refund', then five values per key: tag, limit L, period P (µs),
// capacity B, cost (the refund amount in refund mode, which takes one key). `check` returns six
// integers per key: allowed (0/1), L, remaining, resetAfter µs, retryAfter µs (-1 for none), P.
// It is all or nothing: either every check is admitted and every new state written (with a
// PEXPIRE of the time until it equals no state), or nothing is written and the admitted
// entries report a peek at their unchanged state. `refund` takes any number of keys (each with
// its five values, the cost being the amount) and returns how many states it changed.

/// The Lua source of the rate-limit script; see the comment at the top of this file.
let rateLimitLuaSource = #"""
local now
local function fdiv(a, b)
  local q = math.floor(a / b)
  local r = a - q * b
  if r < 0 then q = q - 1 elseif r >= b then q = q + 1 end
  return q
end
local function cdiv(a, b) return -fdiv(-a, b) end
local function isint(x) return x ~= nil and x == math.floor(x) end

local function load(key, tag)
  local raw = redis.call('GET', key)
  if not raw then return nil end
  local f = {}
  for part in string.gmatch(raw, '[^,]+') do f[#f + 1] = tonumber(part) end
  if #f < 4 then return nil end
  for i = 1, 4 do if not isint(f[i]) then return nil end end
  local t, a, b, c = f[1], f[2], f[3], f[4]
  if t ~= tag then return nil end
  if t == 1 and a >= 0 then return f end
  if (t == 2 or t == 4) and b >= 0 then return f end
  if t == 3 and b >= 0 and c >= 0 then return f end
  return nil
end

local function persist(key, s, reset)
  if reset <= 0 then redis.call('DEL', key) return end
  redis.call('SET', key, string.format('%d,%d,%d,%d', s[1], s[2], s[3], s[4]),
    'PX', string.format('%d', cdiv(reset, 1000)))
end

-- Token bucket
local function tbRefill(s, L, P, B)
  local full = B * P
  if not s then return full, now end
  local credit = math.min(math.max(0, s[2]), full)
  local elapsed = now - s[3]
  if elapsed <= 0 then return credit, s[3] end
  if elapsed >= cdiv(full - credit, L) then return full, now end
  return credit + elapsed * L, now
end
local function tbCheck(s, cost, L, P, B)
  local full = B * P
  local credit, at = tbRefill(s, L, P, B)
  local needed = cost * P
  if credit < needed then
    return {false, fdiv(credit, P), cdiv(full - credit, L), cdiv(needed - credit, L)}, s
  end
  local left = credit - needed
  local ns = s
  if cost > 0 then ns = {1, left, at, 0} end
  return {true, fdiv(left, P), cdiv(full - left, L)}, ns
end
local function tbRefund(s, amount, L, P, B)
  local credit, at = tbRefill(s, L, P, B)
  return {1, math.min(B * P, credit + amount * P), at, 0}
end

-- Fixed window
local function fwCurrent(s, P)
  local start = fdiv(now, P) * P
  if not s then return start, 0, now end
  if s[2] == start then return start, math.max(0, s[3]), now end
  if s[2] > start then return s[2], math.max(0, s[3]), s[2] end
  return start, 0, now
end
local function fwCheck(s, cost, L, P)
  local start, count, t = fwCurrent(s, P)
  local untilEnd = start + P - t
  local used = count + cost
  if used > L then return {false, L - count, untilEnd, untilEnd}, s end
  local ns = s
  if cost > 0 then ns = {2, start, used, 0} end
  local reset = 0
  if used > 0 then reset = untilEnd end
  return {true, L - used, reset}, ns
end
local function fwRefund(s, amount, P)
  local start, count = fwCurrent(s, P)
  if start ~= s[2] then return s end
  return {2, start, math.max(0, count - amount), 0}
end

-- Sliding window
local function swCounts(s, P)
  local start = fdiv(now, P) * P
  if not s then return start, 0, 0, now end
  local cur, prev = math.max(0, s[3]), math.max(0, s[4])
  if s[2] == start then return start, cur, prev, now end
  if s[2] == start - P then return start, 0, cur, now end
  if s[2] > start then return s[2], cur, prev, s[2] end
  return start, 0, 0, now
end
local function swReset(start, cur, prev, t, P)
  if cur > 0 then return start + 2 * P - t end
  if prev > 0 then return start + P - t end
  return 0
end
local function swCheck(s, cost, L, P)
  local start, cur, prev, t = swCounts(s, P)
  local elapsed = t - start
  local budget = L * P
  local used = prev * (P - elapsed) + cur * P
  local wanted = used + cost * P
  if wanted > budget then
    local retry
    local room = L - cur - cost
    if room >= 0 then
      retry = cdiv(P * (prev - room), math.max(1, prev)) - elapsed
    else
      retry = P - elapsed + cdiv(P * (cur + cost - L), math.max(1, cur))
    end
    return {false, fdiv(math.max(0, budget - used), P), swReset(start, cur, prev, t, P), retry}, s
  end
  local ns = s
  if cost > 0 then ns = {3, start, cur + cost, prev} end
  return {true, fdiv(budget - wanted, P), swReset(start, cur + cost, prev, t, P)}, ns
end
local function swRefund(s, amount, P)
  local start, cur, prev = swCounts(s, P)
  return {3, start, math.max(0, cur - amount), prev}
end

-- GCRA
local function gcraBacklog(s, L)
  if not s then return 0 end
  local ahead = s[2] - now
  if ahead < 0 then return 0 end
  return ahead * L + math.max(0, s[3])
end
local function gcraMake(backlog, L)
  local q = fdiv(backlog, L)
  return {4, now + q, backlog - q * L, 0}
end
local function gcraCheck(s, cost, L, P, B)
  local tolerance = B * P
  local backlog = gcraBacklog(s, L)
  local nxt = backlog + cost * P
  if nxt > tolerance then
    return {false, fdiv(math.max(0, tolerance - backlog), P), cdiv(backlog, L), cdiv(nxt - tolerance, L)}, s
  end
  local ns = s
  if cost > 0 then ns = gcraMake(nxt, L) end
  return {true, fdiv(tolerance - nxt, P), cdiv(nxt, L)}, ns
end
local function gcraRefund(s, amount, L, P)
  return gcraMake(math.max(0, gcraBacklog(s, L) - amount * P), L)
end

local function step(tag, s, cost, L, P, B)
  if tag == 1 then return tbCheck(s, cost, L, P, B) end
  if tag == 2 then return fwCheck(s, cost, L, P) end
  if tag == 3 then return swCheck(s, cost, L, P) end
  return gcraCheck(s, cost, L, P, B)
end
local function decide(tag, s, cost, L, P, B)
  if cost > B then
    local o = step(tag, s, 0, L, P, B)
    return {false, o[2], o[3], nil}, s
  end
  return step(tag, s, cost, L, P, B)
end

local time = redis.call('TIME')
now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local function param(i, j) return tonumber(ARGV[1 + (i - 1) * 5 + j]) end

if ARGV[1] == 'refund' then
  local changed = 0
  for i = 1, #KEYS do
    local tag, L, P, B, amount = param(i, 1), param(i, 2), param(i, 3), param(i, 4), param(i, 5)
    local s = load(KEYS[i], tag)
    if s and amount > 0 then
      local ns
      if tag == 1 then ns = tbRefund(s, amount, L, P, B)
      elseif tag == 2 then ns = fwRefund(s, amount, P)
      elseif tag == 3 then ns = swRefund(s, amount, P)
      else ns = gcraRefund(s, amount, L, P) end
      local o = step(tag, ns, 0, L, P, B)
      persist(KEYS[i], ns, o[3])
      changed = changed + 1
    end
  end
  return changed
end

local staged, results, all = {}, {}, true
for i = 1, #KEYS do
  local key, tag, L, P, B, cost = KEYS[i], param(i, 1), param(i, 2), param(i, 3), param(i, 4), param(i, 5)
  local s
  if staged[key] then
    s = staged[key][1]
    if s[1] ~= tag then s = nil end
  else
    s = load(key, tag)
  end
  local o, ns = decide(tag, s, cost, L, P, B)
  if not o[1] then
    all = false
  elseif cost > 0 then
    staged[key] = {ns, tag, L, P, B}
  end
  results[i] = o
end

if all then
  for key, e in pairs(staged) do
    local o = step(e[2], e[1], 0, e[3], e[4], e[5])
    persist(key, e[1], o[3])
  end
else
  for i = 1, #KEYS do
    if results[i][1] then
      local tag = param(i, 1)
      results[i] = decide(tag, load(KEYS[i], tag), 0, param(i, 2), param(i, 3), param(i, 4))
    end
  end
end

local reply = {}
for i = 1, #KEYS do
  local o = results[i]
  local allowed, retry = 0, -1
  if o[1] then allowed = 1 elseif o[4] ~= nil then retry = math.max(0, o[4]) end
  reply[#reply + 1] = allowed
  reply[#reply + 1] = param(i, 2)
  reply[#reply + 1] = math.max(0, o[2])
  reply[#reply + 1] = math.max(0, o[3])
  reply[#reply + 1] = retry
  reply[#reply + 1] = param(i, 3)
end
return reply
"""#
