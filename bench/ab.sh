#!/usr/bin/env bash
# A/B load benchmark: two gai processes with different configurations, run AT THE SAME TIME on
# the same core, each loaded by its own wrk. The kernel gives both the same CPU time, so the
# ratio of their request rates is the ratio of their CPU cost per request — and a slowdown of
# this noisy VM hits both alike, which back-to-back runs cannot promise.
#
#   GAI_BIN=.build-release/release/gai bench/ab.sh A.yaml B.yaml
#
# GAI_BIN_B (default: GAI_BIN) runs side B on another binary, to compare two builds of one
# configuration side by side: GAI_BIN=old GAI_BIN_B=new bench/ab.sh off.yaml off.yaml
#
# Each YAML must serve gpt-4o-mini from the upstream at http://127.0.0.1:$UPSTREAM_PORT/v1; its
# server.port is replaced by the harness (A: $GAI_PORT, B: $GAI_PORT_B).
#
# Environment: ROUNDS (5), DURATION (8 s), WARMUP (2 s), CONNS (32 per side), the ports and
# CPUs of run.sh. Prints one line per round and the median B/A ratio (exit 1 on any error).
#
# PERF_DIR=dir also records each side with `perf record -e cpu-clock` during every measured
# window (dir/a-N.data, dir/b-N.data, with the rounds' results); bench/perfdiff.py dir prints
# where B spends more time per request than A, by symbol. perf must be installed.
#
# RESTART=1 starts both processes afresh for every round (and swaps their ports each round). A
# process's speed depends on where its code and data happened to land in memory (address-space
# layout, cache aliasing): two instances of one binary can differ by a few per cent for their
# whole life. Without RESTART every round of a sitting compares the same two instances, so that
# bias is in all of them; with it each round draws new ones and the median averages it out.
set -euo pipefail

# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

[[ $# -eq 2 ]] || die "usage: bench/ab.sh A.yaml B.yaml"
CONFIG_A=$1
CONFIG_B=$2
ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-8}"
WARMUP="${WARMUP:-2}"
CONNS="${CONNS:-32}"
GAI_PORT_B="${GAI_PORT_B:-18085}"
[[ -n "${GAI_BIN:-}" && -x "$GAI_BIN" ]] || die "set GAI_BIN to a gai binary (release)"
GAI_BIN_B="${GAI_BIN_B:-$GAI_BIN}"
[[ -x "$GAI_BIN_B" ]] || die "GAI_BIN_B is not an executable: $GAI_BIN_B"

bench_init
ensure_tools
[[ -z "${PERF_DIR:-}" ]] || ensure_tools perf:linux-perf
check_ports_free "$UPSTREAM_PORT" "$GAI_PORT" "$GAI_PORT_B"
start_upstream_nginx

# start_side NAME CONFIG PORT BINARY: a gai on the server-under-test CPU, fresh data_dir; its pid in
# SIDE_PID (no command substitution: the subshell would keep the server's pipe open).
start_side() {
    local name=$1 config=$2 port=$3 binary=$4 dir="$RUN_DIR/$1"
    mkdir -p "$dir"
    config_for "$config" "$port" "$dir"
    start_bg "gai-$name" "$SUT_CPU" env NIO_SINGLETON_GROUP_LOOP_COUNT=1 "$binary" serve --config "$dir/gai.yaml"
    local pid=$LAST_PID
    wait_http "gai-$name" "$pid" "http://127.0.0.1:$port/health/ready" 60
    check_chat "gai-$name" "http://127.0.0.1:$port/v1/chat/completions"
    SIDE_PID=$pid
}

RESTART="${RESTART:-0}"
PORT_A=$GAI_PORT
PORT_B=$GAI_PORT_B
# start_pair [b-first]: both sides, A first unless asked otherwise.
start_pair() {
    if [[ "${1:-}" == b-first ]]; then
        start_side b "$CONFIG_B" "$PORT_B" "$GAI_BIN_B"
        PID_B=$SIDE_PID
    fi
    start_side a "$CONFIG_A" "$PORT_A" "$GAI_BIN"
    PID_A=$SIDE_PID
    if [[ "${1:-}" != b-first ]]; then
        start_side b "$CONFIG_B" "$PORT_B" "$GAI_BIN_B"
        PID_B=$SIDE_PID
    fi
}
[[ "$RESTART" == 1 ]] || start_pair

ratios=()
for round in $(seq 1 "$ROUNDS"); do
    if [[ "$RESTART" == 1 ]]; then
        # Alternate the ports and which side starts first too, so neither configuration always
        # gets the same one.
        rm -rf "$RUN_DIR/a" "$RUN_DIR/b"
        if ((round % 2 == 0)); then
            PORT_A=$GAI_PORT_B PORT_B=$GAI_PORT
            start_pair b-first
        else
            PORT_A=$GAI_PORT PORT_B=$GAI_PORT_B
            start_pair
        fi
    fi
    if [[ "$WARMUP" != 0 ]]; then
        wrk_run "$RUN_DIR/warm-a.txt" "$CONNS" "$WARMUP" "http://127.0.0.1:$PORT_A/v1/chat/completions" >/dev/null &
        other=$!
        wrk_run "$RUN_DIR/warm-b.txt" "$CONNS" "$WARMUP" "http://127.0.0.1:$PORT_B/v1/chat/completions" >/dev/null
        wait "$other"  # only the other wrk: the servers are background jobs too
    fi
    if [[ -n "${PERF_DIR:-}" ]]; then
        # CPU-clock samples of each side for the measured window (bench/perfdiff.py compares them).
        mkdir -p "$PERF_DIR"
        perf record -q -e cpu-clock -F 2000 -g -p "$PID_A" -o "$PERF_DIR/a-$round.data" -- sleep "$DURATION" >/dev/null 2>&1 &
        perf record -q -e cpu-clock -F 2000 -g -p "$PID_B" -o "$PERF_DIR/b-$round.data" -- sleep "$DURATION" >/dev/null 2>&1 &
    fi
    wrk_run "$RUN_DIR/a-$round.txt" "$CONNS" "$DURATION" "http://127.0.0.1:$PORT_A/v1/chat/completions" >"$RUN_DIR/a-$round.result" &
    other=$!
    wrk_run "$RUN_DIR/b-$round.txt" "$CONNS" "$DURATION" "http://127.0.0.1:$PORT_B/v1/chat/completions" >"$RUN_DIR/b-$round.result"
    wait "$other"
    if [[ -n "${PERF_DIR:-}" ]]; then
        sleep 2  # perf writes its file after the window
        cp "$RUN_DIR/a-$round.result" "$RUN_DIR/b-$round.result" "$PERF_DIR/"
    fi
    a=$(field "$(cat "$RUN_DIR/a-$round.result")" rps)
    b=$(field "$(cat "$RUN_DIR/b-$round.result")" rps)
    for side in a b; do
        line=$(cat "$RUN_DIR/$side-$round.result")
        [[ "$(field "$line" errors)" == 0 && "$(field "$line" non2xx)" == 0 ]] || die "round $round, side $side: $line"
    done
    ratio=$(python3 -c "print(f'{$b / $a:.3f}')")
    ratios+=("$ratio")
    printf 'round %d  A %s req/s  B %s req/s  B/A %s\n' "$round" "$a" "$b" "$ratio"
    if [[ "$RESTART" == 1 ]]; then
        stop_pid "$PID_A" || true
        stop_pid "$PID_B" || true
    fi
done
median=$(printf '%s\n' "${ratios[@]}" | python3 -c "import sys, statistics; print(f'{statistics.median(float(x) for x in sys.stdin):.3f}')")
printf 'median B/A over %d rounds: %s  (A: %s, B: %s)\n' "$ROUNDS" "$median" "$CONFIG_A" "$CONFIG_B"
stop_pid "$PID_A" || true
stop_pid "$PID_B" || true
