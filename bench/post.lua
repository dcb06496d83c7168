-- wrk script for the Gai load benchmark: POST a small non-streaming chat completion.
--
--   wrk -t1 -c64 -d10s --latency -s bench/post.lua http://127.0.0.1:18082/v1/chat/completions
--
-- Environment (optional):
--   BENCH_MODEL  model name in the request body (default gpt-4o-mini)
--   BENCH_KEY    the gateway key sent as the bearer token (default "bench": for auth: none)
--
-- done() prints one machine-readable line that bench/run.sh parses:
--   RESULT rps=... p50_ms=... p90_ms=... p99_ms=... mean_ms=... max_ms=...
--          requests=... errors=... non2xx=... duration_s=...
-- errors  = socket errors (connect + read + write + timeout)
-- non2xx  = responses with status >= 400 (wrk's "status" error counter)

local model = os.getenv("BENCH_MODEL") or "gpt-4o-mini"

wrk.method = "POST"
wrk.body = '{"model":"' .. model .. '","messages":[{"role":"user","content":"Say hello"}],"max_tokens":16}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_KEY") or "bench")

local function ms(us)
  return string.format("%.3f", us / 1000.0)
end

function done(summary, latency, requests)
  local e = summary.errors
  local sock_errors = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  local rps = 0
  if secs > 0 then rps = summary.requests / secs end
  io.write(string.format(
    "RESULT rps=%.1f p50_ms=%s p90_ms=%s p99_ms=%s mean_ms=%s max_ms=%s requests=%d errors=%d non2xx=%d duration_s=%.2f\n",
    rps,
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)),
    ms(latency.mean), ms(latency.max),
    summary.requests, sock_errors, e.status, secs))
end
