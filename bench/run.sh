#!/usr/bin/env bash
# Gai load benchmark: one command, see bench/README.md.
#
#   bench/run.sh                       # build gai (release) and run everything
#   GAI_BIN=.build/release/gai bench/run.sh
#   DURATION=5 ROUNDS=1 bench/run.sh   # quicker
#
# Measures requests/s and latency of POST /v1/chat/completions (canned ~600 B
# chat.completion from nginx) for
#   direct  wrk -> upstream nginx
#   gai     wrk -> gai -> upstream nginx
#   nginx   wrk -> nginx reverse proxy -> upstream nginx
# with the server under test alone on CPU $SUT_CPU (1) and wrk + upstream on
# CPU $LOADGEN_CPU (0); then SSE streaming (stream_upstream.py) direct, through
# gai and through nginx; then prints a Markdown summary.
#
# Environment:
#   GAI_BIN             gai binary to use (skips `swift build -c release --product gai`)
#   GAI_ARGS            extra arguments after `gai serve --config FILE`
#   GAI_CONFIG          YAML config to use instead of the generated one (must listen
#                       on GAI_PORT and serve gpt-4o-mini and gpt-4o-mini-stream)
#   DURATION            seconds per measured wrk run (10)
#   WARMUP              seconds of the unmeasured wrk run before each one (3; 0: none)
#   ROUNDS              rounds; each runs every target, order rotated per round (2)
#   CONNS               wrk connection counts (“64 1”)
#   TARGETS             subset of “direct gai nginx” (all)
#   STREAM              1: run the streaming section, 0: skip it (1)
#   STREAM_TARGETS      subset of “direct gai nginx” for streaming (all)
#   STREAM_CONCURRENCY  concurrent streams (32)
#   STREAM_DURATION     measured seconds per streaming run (DURATION)
#   STREAM_CHUNKS       chunks per stream (50); STREAM_DELAY_MS gap between them (5)
#   UPSTREAM_PORT GAI_PORT PROXY_PORT STREAM_PORT   18081 18082 18083 18084
#   LOADGEN_CPU SUT_CPU 0 1
#   RESULTS_DIR         where the Markdown and raw TSVs are written (bench/results)
#   KEEP_RUN_DIR=1      keep the scratch directory (configs, logs, wrk outputs)
#
# Exit status: 0 when every run completed without socket errors or non-2xx
# responses, 1 otherwise (the summary is still printed).
set -euo pipefail

# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-3}"
ROUNDS="${ROUNDS:-2}"
CONNS="${CONNS:-64 1}"
TARGETS="${TARGETS:-direct gai nginx}"
STREAM="${STREAM:-1}"
STREAM_TARGETS="${STREAM_TARGETS:-direct gai nginx}"
STREAM_CONCURRENCY="${STREAM_CONCURRENCY:-32}"
STREAM_DURATION="${STREAM_DURATION:-$DURATION}"
STREAM_WARMUP="${STREAM_WARMUP:-2}"
export STREAM_CHUNKS="${STREAM_CHUNKS:-50}"
export STREAM_DELAY_MS="${STREAM_DELAY_MS:-5}"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results}"

read -r -a TARGET_LIST <<<"$TARGETS"
read -r -a STREAM_TARGET_LIST <<<"$STREAM_TARGETS"
read -r -a CONN_LIST <<<"$CONNS"
for t in "${TARGET_LIST[@]}" "${STREAM_TARGET_LIST[@]}"; do
    [[ "$t" =~ ^(direct|gai|nginx)$ ]] || die "unknown target '$t' (direct, gai, nginx)"
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer"

need_gai=0
[[ " $TARGETS " == *" gai "* ]] && need_gai=1
[[ "$STREAM" == 1 && " $STREAM_TARGETS " == *" gai "* ]] && need_gai=1

bench_init
# shellcheck disable=SC2119 # no extra tools needed here
ensure_tools
if ((need_gai)); then build_gai; fi
check_ports_free "$UPSTREAM_PORT" "$GAI_PORT" "$PROXY_PORT" "$STREAM_PORT"

log "measuring background CPU load (2 s)"
BACKGROUND="$(background_load 2)"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
WRK_TSV="$RUN_DIR/wrk.tsv"
STREAM_TSV="$RUN_DIR/stream.tsv"
RSS_TSV="$RUN_DIR/rss.tsv"
ENV_TSV="$RUN_DIR/env.tsv"
printf 'round\ttarget\tconns\trps\tp50_ms\tp90_ms\tp99_ms\tmean_ms\terrors\tnon2xx\trequests\tcpu_s\twall_s\tlg_core_pct\tsut_core_pct\n' >"$WRK_TSV"
printf 'target\tconcurrency\tstreams\tstreams_per_s\tchunks_per_s\tttft_p50_ms\tttft_p99_ms\tttfc_p50_ms\tgap_p50_ms\tgap_p99_ms\ttotal_p50_ms\ttotal_p99_ms\tchunks_min\tchunks_max\terrors\texit\tcpu_s\twall_s\tlg_core_pct\tsut_core_pct\n' >"$STREAM_TSV"
printf 'phase\tvmrss_kb\tvmhwm_kb\n' >"$RSS_TSV"

# ------------------------------------------------------------- environment --
{
    printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'host\t%s\n' "$(uname -srm)"
    printf 'cpu\t%s\n' "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    printf 'nproc\t%s\n' "$(nproc)"
    printf 'memory\t%s\n' "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    printf 'os\t%s\n' "$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-?}")"
    printf 'swift\t%s\n' "$( (swift --version 2>/dev/null || echo n/a) | head -n1)"
    printf 'nginx\t%s\n' "$(nginx -v 2>&1 | sed 's/^nginx version: //')"
    printf 'wrk\t%s\n' "$( (wrk -v 2>&1 || true) | head -n1 | awk '{ print $1, $2 }')"
    printf 'python\t%s\n' "$(python3 --version 2>&1)"
    printf 'gai\t%s\n' "$( ((need_gai)) && { git -C "$REPO_ROOT" describe --always --dirty 2>/dev/null || echo 'no commit'; } || echo 'not run')"
    printf 'gai_bin\t%s\n' "${GAI_BIN:-}"
    printf 'background\t%s\n' "$BACKGROUND"
    printf 'loadgen_cpu\t%s\nsut_cpu\t%s\n' "$LOADGEN_CPU" "$SUT_CPU"
    printf 'cpus\tload generator + upstreams on CPU %s, server under test on CPU %s\n' "$LOADGEN_CPU" "$SUT_CPU"
    printf 'params\tDURATION=%ss WARMUP=%ss ROUNDS=%s CONNS=%s STREAM_CONCURRENCY=%s STREAM_CHUNKS=%s STREAM_DELAY_MS=%s\n' \
        "$DURATION" "$WARMUP" "$ROUNDS" "$CONNS" "$STREAM_CONCURRENCY" "$STREAM_CHUNKS" "$STREAM_DELAY_MS"
    printf 'stream_chunks\t%s\nstream_delay_ms\t%s\n' "$STREAM_CHUNKS" "$STREAM_DELAY_MS"
} >"$ENV_TSV"

# ----------------------------------------------------------------- servers --
start_upstream_nginx
if [[ "$STREAM" == 1 ]]; then start_stream_upstream; fi
if ((need_gai)); then
    start_gai
    printf 'after start (idle)\t%s\t%s\n' "$(rss_kb "$GAI_PID" VmRSS)" "$(rss_kb "$GAI_PID" VmHWM)" >>"$RSS_TSV"
fi

# measure_begin PID-or-empty / measure_end: CPU time of the server under test,
# wall time and busy % of both cores around one measured run. measure_end
# prints "cpu_s<TAB>wall_s<TAB>lg_core_pct<TAB>sut_core_pct" (cpu_s empty
# when there is no server under test, i.e. direct).
M_PID="" M_C0="" M_W0="" M_LG0="" M_SUT0=""
measure_begin() {
    M_PID=$1
    M_C0=0
    [[ -z "$M_PID" ]] || M_C0="$(cpu_ticks "$M_PID")"
    M_LG0="$(core_sample "$LOADGEN_CPU")"
    M_SUT0="$(core_sample "$SUT_CPU")"
    M_W0="$(date +%s.%N)"
}
measure_end() {
    local w1 c1=0 lg1 sut1 cpu=""
    w1="$(date +%s.%N)"
    lg1="$(core_sample "$LOADGEN_CPU")"
    sut1="$(core_sample "$SUT_CPU")"
    if [[ -n "$M_PID" ]]; then
        c1="$(cpu_ticks "$M_PID")"
        cpu="$(awk -v a="$M_C0" -v b="$c1" -v hz="$TICK_HZ" 'BEGIN { printf "%.2f", (b - a) / hz }')"
    fi
    printf '%s\t%s\t%s\t%s\n' "$cpu" "$(awk -v a="$M_W0" -v b="$w1" 'BEGIN { printf "%.2f", b - a }')" \
        "$(core_pct "$M_LG0" "$lg1")" "$(core_pct "$M_SUT0" "$sut1")"
}
TICK_HZ="$(getconf CLK_TCK)"

# tsv_row FIELD...: one tab-separated line.
tsv_row() { local IFS=$'\t'; printf '%s\n' "$*"; }

# ---------------------------------------------------------- non-streaming --
wrk_target() {
    local round=$1 target=$2 url pid="" conns line k m vals
    case $target in
        direct) url="http://127.0.0.1:$UPSTREAM_PORT/v1/chat/completions" ;;
        gai) url="http://127.0.0.1:$GAI_PORT/v1/chat/completions"; pid=$GAI_PID ;;
        nginx)
            start_proxy_nginx "$UPSTREAM_PORT" on
            url="http://127.0.0.1:$PROXY_PORT/v1/chat/completions"
            pid=$PROXY_PID
            check_chat "nginx proxy" "$url"
            ;;
    esac
    for conns in "${CONN_LIST[@]}"; do
        if [[ "$WARMUP" != 0 ]]; then
            wrk_run "$RUN_DIR/wrk-r$round-$target-c$conns-warmup.txt" "$conns" "$WARMUP" "$url" >/dev/null
        fi
        measure_begin "$pid"
        line="$(wrk_run "$RUN_DIR/wrk-r$round-$target-c$conns.txt" "$conns" "$DURATION" "$url")"
        m="$(measure_end)"
        [[ -z "$pid" ]] || kill -0 "$pid" 2>/dev/null || die "$target died during the run (see $RUN_DIR/*.log)"
        vals=("$round" "$target" "$conns")
        for k in rps p50_ms p90_ms p99_ms mean_ms errors non2xx requests; do
            vals+=("$(field "$line" "$k")")
        done
        printf '%s\t%s\n' "$(tsv_row "${vals[@]}")" "$m" >>"$WRK_TSV"
        log "round $round $target c=$conns: ${line#RESULT } | server_cpu_s,wall_s,core${LOADGEN_CPU}%,core${SUT_CPU}%: ${m//$'\t'/,}"
    done
    if [[ $target == nginx ]]; then stop_proxy_nginx; fi
}

n=${#TARGET_LIST[@]}
for ((round = 1; round <= ROUNDS; round++)); do
    for ((i = 0; i < n; i++)); do
        wrk_target "$round" "${TARGET_LIST[(i + round - 1) % n]}"
    done
done
if ((need_gai)) && [[ " $TARGETS " == *" gai "* ]]; then
    printf 'after non-streaming runs\t%s\t%s\n' "$(rss_kb "$GAI_PID" VmRSS)" "$(rss_kb "$GAI_PID" VmHWM)" >>"$RSS_TSV"
fi

# -------------------------------------------------------------- streaming --
stream_target() {
    local target=$1 url model=gpt-4o-mini pid="" out rc line k m vals
    case $target in
        direct) url="http://127.0.0.1:$STREAM_PORT/v1/chat/completions" ;;
        gai) url="http://127.0.0.1:$GAI_PORT/v1/chat/completions"; model=gpt-4o-mini-stream; pid=$GAI_PID ;;
        nginx)
            start_proxy_nginx "$STREAM_PORT" off
            url="http://127.0.0.1:$PROXY_PORT/v1/chat/completions"
            pid=$PROXY_PID
            ;;
    esac
    out="$RUN_DIR/stream-$target.txt"
    rc=0
    measure_begin "$pid"
    taskset -c "$LOADGEN_CPU" python3 "$BENCH_DIR/stream_client.py" --url "$url" --model "$model" \
        --concurrency "$STREAM_CONCURRENCY" --duration "$STREAM_DURATION" --warmup "$STREAM_WARMUP" \
        >"$out" 2>&1 || rc=$?
    m="$(measure_end)"
    if [[ $target == nginx ]]; then stop_proxy_nginx; fi
    sed 's/^/    /' "$out" >&2
    line="$(grep -m1 '^RESULT ' "$out" || true)"
    [[ -n "$line" ]] || { log "stream_client printed no RESULT for $target (exit $rc)"; line="RESULT errors=1"; }
    vals=("$target" "$STREAM_CONCURRENCY")
    for k in streams streams_per_s chunks_per_s ttft_p50_ms ttft_p99_ms ttfc_p50_ms gap_p50_ms gap_p99_ms total_p50_ms \
        total_p99_ms chunks_min chunks_max errors; do
        vals+=("$(field "$line" "$k")")
    done
    vals+=("$rc")
    printf '%s\t%s\n' "$(tsv_row "${vals[@]}")" "$m" >>"$STREAM_TSV"
}

if [[ "$STREAM" == 1 ]]; then
    for target in "${STREAM_TARGET_LIST[@]}"; do
        log "streaming: $target, $STREAM_CONCURRENCY concurrent streams, ${STREAM_DURATION}s"
        stream_target "$target"
    done
    if ((need_gai)) && [[ " $STREAM_TARGETS " == *" gai "* ]]; then
        printf 'after streaming runs\t%s\t%s\n' "$(rss_kb "$GAI_PID" VmRSS)" "$(rss_kb "$GAI_PID" VmHWM)" >>"$RSS_TSV"
    fi
fi

# ----------------------------------------------------------------- summary --
mkdir -p "$RESULTS_DIR"
md="$RESULTS_DIR/bench-$STAMP.md"
status=0
python3 "$BENCH_DIR/summarize.py" "$RUN_DIR" >"$md" || status=$?
for f in wrk.tsv stream.tsv rss.tsv env.tsv; do cp -- "$RUN_DIR/$f" "$RESULTS_DIR/bench-$STAMP-$f"; done
cat "$md"
log "summary written to $md (raw data: $RESULTS_DIR/bench-$STAMP-*.tsv)"
if ((status != 0)); then log "some runs had errors, failed or were skipped (see above)"; fi
exit "$status"
