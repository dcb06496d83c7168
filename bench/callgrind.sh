#!/usr/bin/env bash
# Instructions per request under callgrind: deterministic where wall time (bench/ab.sh) is not,
# so a change's effect on one function can be read off exactly. Not a speed measure by itself:
# instructions are not cycles (cache misses, locks and the kernel are not in them).
#
#   GAI_BIN=.build-release/release/gai bench/callgrind.sh CONFIG.yaml OUT_DIR
#
# Starts the nginx upstream and gai (debug info stripped into the scratch directory: valgrind
# 3.19 cannot read Swift's DWARF 5) under `valgrind --tool=callgrind`, warms up for 5 s, zeroes
# the counters, runs `wrk -c$CONNS` for $DURATION s (defaults 4 and 10), dumps the counters to
# OUT_DIR/callgrind.out.1 and prints instructions per request. Compare two dumps function by
# function with `callgrind_annotate`; the totals move by about ±3 k instructions per request
# with the request rate under valgrind (event-loop wake-ups per request).
#
# CALLGRIND_ARGS adds valgrind options, e.g. to count one function's subtree alone (exact, and
# free of that noise):
#   (symbol names change with signatures: find them with `nm $GAI_BIN | grep SpanQueue`)
#   CALLGRIND_ARGS='--toggle-collect=$s10GaiTracing9SpanQueueC6append5spans7staging_ySi_SbyAA0C6WriterVzXEtF' \
#     GAI_BIN=… bench/callgrind.sh bench/observability/tracing.yaml /tmp/cg-spans
set -euo pipefail

# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

[[ $# -eq 2 ]] || die "usage: bench/callgrind.sh CONFIG.yaml OUT_DIR"
CONFIG=$1
OUT=$2
DURATION="${DURATION:-10}"
CONNS="${CONNS:-4}"
[[ -n "${GAI_BIN:-}" && -x "$GAI_BIN" ]] || die "set GAI_BIN to a gai binary (release)"

bench_init
ensure_tools valgrind:valgrind objcopy:binutils
check_ports_free "$UPSTREAM_PORT" "$GAI_PORT"
start_upstream_nginx
mkdir -p "$OUT"
rm -f "$OUT"/callgrind.out*
dir="$RUN_DIR/gai"
mkdir -p "$dir"
objcopy --strip-debug "$GAI_BIN" "$dir/gai"
config_for "$CONFIG" "$GAI_PORT" "$dir"
start_bg gai "$SUT_CPU" env NIO_SINGLETON_GROUP_LOOP_COUNT=1 \
    valgrind --tool=callgrind ${CALLGRIND_ARGS:-} --callgrind-out-file="$OUT/callgrind.out" "$dir/gai" serve --config "$dir/gai.yaml"
pid=$LAST_PID
wait_http gai "$pid" "http://127.0.0.1:$GAI_PORT/health/ready" 180
check_chat gai "http://127.0.0.1:$GAI_PORT/v1/chat/completions"
wrk_run "$RUN_DIR/warm.txt" "$CONNS" 5 "http://127.0.0.1:$GAI_PORT/v1/chat/completions" >/dev/null
callgrind_control -z "$pid" >/dev/null 2>&1
wrk_run "$RUN_DIR/measured.txt" "$CONNS" "$DURATION" "http://127.0.0.1:$GAI_PORT/v1/chat/completions" >"$OUT/result"
callgrind_control -d "$pid" >/dev/null 2>&1
sleep 1
requests=$(field "$(cat "$OUT/result")" requests)
instructions=$(awk '/^summary:/ { print $2 }' "$OUT/callgrind.out.1")
python3 -c "print(f'{$instructions / $requests:,.0f} instructions per request ($requests requests, $CONFIG)')"
stop_pid "$pid" || true
