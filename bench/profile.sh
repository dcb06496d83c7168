#!/usr/bin/env bash
# CPU profile of gai under load: perf record during a wrk run through gai.
#
#   bench/profile.sh                          # build gai, profile 10 s at 64 connections
#   GAI_BIN=.build/release/gai bench/profile.sh
#   PROFILE_TARGET=nginx bench/profile.sh     # same, for the nginx reverse proxy (reference)
#
# Setup is the one of bench/run.sh: upstream nginx and wrk on CPU $LOADGEN_CPU (0),
# the profiled server alone on CPU $SUT_CPU (1). perf itself runs on CPU 0 so it
# does not take time from the server. The report goes to
# $RESULTS_DIR/profile-<target>-<stamp>.txt (or PROFILE_OUT) with three parts:
#   1. `perf report --stdio --no-children | head -80` (hottest symbols with call chains)
#   2. flat list of the hottest symbols over all threads (no call chains)
#   3. time per shared object (gai itself, libswiftCore, libc, kernel...)
#   4. time per thread name (NIO event loop threads vs the Swift concurrency pool)
# Swift symbols are demangled with `swift demangle --simplified` when available.
#
# Valgrind 3.19 (Debian 12) is reported to crash on these Swift binaries; perf works.
# Call graphs use frame pointers (PERF_CALLGRAPH=fp); if chains look truncated try
# PERF_CALLGRAPH=dwarf (much larger perf.data).
#
# Environment: GAI_BIN, GAI_ARGS, GAI_CONFIG (as in run.sh), DURATION (10), WARMUP (3),
# CONNS (64), PROFILE_TARGET (gai|nginx), PERF_EVENT (cpu-clock), PERF_CALLGRAPH (fp),
# PERF_FREQ (999 Hz), PROFILE_OUT, RESULTS_DIR (bench/results), KEEP_PERF_DATA=1 (copy
# perf.data next to the report), the ports and CPUs of run.sh.
set -euo pipefail

# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-3}"
CONNS="${CONNS:-64}"
PROFILE_TARGET="${PROFILE_TARGET:-gai}"
PERF_EVENT="${PERF_EVENT:-cpu-clock}"
PERF_CALLGRAPH="${PERF_CALLGRAPH:-fp}"
PERF_FREQ="${PERF_FREQ:-999}"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results}"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
OUT="${PROFILE_OUT:-$RESULTS_DIR/profile-$PROFILE_TARGET-$STAMP.txt}"
[[ "$PROFILE_TARGET" =~ ^(gai|nginx)$ ]] || die "PROFILE_TARGET must be gai or nginx"

bench_init
ensure_tools perf:linux-perf
if [[ $PROFILE_TARGET == gai ]]; then build_gai; fi
check_ports_free "$UPSTREAM_PORT" "$GAI_PORT" "$PROXY_PORT" "$STREAM_PORT"

start_upstream_nginx
if [[ $PROFILE_TARGET == gai ]]; then
    start_gai
    url="http://127.0.0.1:$GAI_PORT/v1/chat/completions"
    # shellcheck disable=SC2153 # GAI_PID is set by start_gai (lib.sh)
    pids="$GAI_PID"
else
    start_proxy_nginx "$UPSTREAM_PORT" on
    url="http://127.0.0.1:$PROXY_PORT/v1/chat/completions"
    check_chat "nginx proxy" "$url"
    # the master only accepts signals; the worker does the work: record both
    pids="$(printf '%s\n' "$PROXY_PID" $(pgrep -P "$PROXY_PID") | paste -sd, -)"
fi

if [[ "$WARMUP" != 0 ]]; then
    log "warm-up: ${WARMUP}s at $CONNS connections"
    wrk_run "$RUN_DIR/wrk-warmup.txt" "$CONNS" "$WARMUP" "$url" >/dev/null
fi

data="$RUN_DIR/perf.data"
log "perf record -e $PERF_EVENT --call-graph $PERF_CALLGRAPH -F $PERF_FREQ -p $pids (${DURATION}s + 1s)"
start_bg perf "$LOADGEN_CPU" perf record -e "$PERF_EVENT" --call-graph "$PERF_CALLGRAPH" -F "$PERF_FREQ" \
    -o "$data" -p "$pids" -- sleep "$((DURATION + 1))"
perf_pid=$LAST_PID
sleep 0.5
kill -0 "$perf_pid" 2>/dev/null || { cat "$RUN_DIR/perf.log" >&2; die "perf record failed to start"; }

line="$(wrk_run "$RUN_DIR/wrk.txt" "$CONNS" "$DURATION" "$url")"
log "wrk: ${line#RESULT }"
wait "$perf_pid" || { cat "$RUN_DIR/perf.log" >&2; die "perf record failed"; }
[[ -s "$data" ]] || die "perf wrote no data"

if command -v swift-demangle >/dev/null; then
    demangle() { swift-demangle --simplified; }
elif command -v swift >/dev/null; then
    demangle() { swift demangle --simplified; }
else
    demangle() { cat; }
fi

mkdir -p "$(dirname "$OUT")"
{
    echo "# perf profile of $PROFILE_TARGET ($(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sr), nproc $(nproc))"
    echo "# wrk -t1 -c$CONNS -d${DURATION}s (post.lua) -> $url"
    echo "# ${line}"
    echo "# perf record -e $PERF_EVENT --call-graph $PERF_CALLGRAPH -F $PERF_FREQ -p $pids"
    echo
    echo "## 1. perf report --stdio --no-children | head -80"
    echo
    perf report -i "$data" --stdio --no-children 2>/dev/null | demangle | head -n 80 || true
    echo
    echo "## 2. hottest symbols over all threads, flat (perf report --no-children -g none --sort dso,sym)"
    echo
    perf report -i "$data" --stdio --no-children -g none --sort dso,sym --percent-limit 0.3 2>/dev/null \
        | grep -v '^$' | demangle | head -n 70 || true
    echo
    echo "## 3. by shared object (perf report --sort dso)"
    echo
    perf report -i "$data" --stdio --no-children -g none --sort dso 2>/dev/null | grep -v '^$' | head -n 30 || true
    echo
    echo "## 4. by thread name (perf report --sort comm): NIO event loop vs Swift concurrency pool"
    echo
    perf report -i "$data" --stdio --no-children -g none --sort comm 2>/dev/null | grep -v '^$' | head -n 20 || true
} >"$OUT"
if [[ "${KEEP_PERF_DATA:-0}" == 1 ]]; then
    cp -- "$data" "${OUT%.txt}.perf.data"
    log "perf.data kept: ${OUT%.txt}.perf.data"
fi
log "profile written to $OUT"
sed -n '1,/^## 2\./p' "$OUT" | head -n 60
