# shellcheck shell=bash
# Shared helpers for bench/run.sh and bench/profile.sh. Source it; do not run it.
#
# Everything a script starts goes through start_bg, which records the pid in
# BENCH_PIDS; bench_cleanup (installed as an EXIT trap by bench_init) stops
# exactly those pids, newest first, and removes the scratch directory.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"

# Ports (all on 127.0.0.1) and CPUs. Override through the environment.
UPSTREAM_PORT="${UPSTREAM_PORT:-18081}"   # nginx fixed-response upstream
GAI_PORT="${GAI_PORT:-18082}"             # gai under test
PROXY_PORT="${PROXY_PORT:-18083}"         # nginx plain reverse proxy under test
STREAM_PORT="${STREAM_PORT:-18084}"       # stream_upstream.py (SSE upstream)
LOADGEN_CPU="${LOADGEN_CPU:-0}"           # wrk, stream_client, upstreams
SUT_CPU="${SUT_CPU:-1}"                   # the server under test (gai or nginx proxy)

BENCH_PIDS=()
RUN_DIR=""
GAI_PID=""
UPSTREAM_PID=""
PROXY_PID=""
STREAM_PID=""
LAST_PID=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- lifecycle --

bench_cleanup() {
    local rc=$? i
    trap - EXIT INT TERM
    for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
        stop_pid "${BENCH_PIDS[i]}"
    done
    if [[ -n "$RUN_DIR" && -d "$RUN_DIR" ]]; then
        if [[ "${KEEP_RUN_DIR:-0}" == 1 || $rc -ne 0 ]]; then
            log "scratch directory kept: $RUN_DIR"
        else
            rm -rf -- "$RUN_DIR"
        fi
    fi
    exit "$rc"
}

bench_init() {
    RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/gai-bench.XXXXXX")"
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    local ncpu
    ncpu="$(nproc)"
    if ((ncpu < 2)); then
        log "WARNING: only $ncpu CPU; load generator and server under test share CPU 0"
        LOADGEN_CPU=0
        SUT_CPU=0
    fi
}

# start_bg NAME CPU CMD...: start CMD pinned to CPU, output to $RUN_DIR/NAME.log.
# Sets LAST_PID (taskset execs CMD, so this is the server's own pid).
start_bg() {
    local name=$1 cpu=$2
    shift 2
    taskset -c "$cpu" "$@" >"$RUN_DIR/$name.log" 2>&1 &
    LAST_PID=$!
    BENCH_PIDS+=("$LAST_PID")
    log "started $name (pid $LAST_PID, CPU $cpu)"
}

# stop_pid PID: SIGTERM, wait up to 5 s, then SIGKILL. Only ever our own pids.
stop_pid() {
    local pid=$1 i
    [[ -n "$pid" ]] || return 0
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid did not stop on SIGTERM; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

# ------------------------------------------------------------------- tools --

APT_UPDATED=0
apt_install() {
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || die "need root or sudo to install: $*"
        sudo=(sudo)
    fi
    if [[ $APT_UPDATED == 0 ]]; then
        log "apt-get update"
        "${sudo[@]}" apt-get update -qq
        APT_UPDATED=1
    fi
    log "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# ensure_tools [extra...]: nginx, wrk, curl, taskset, pgrep, python3, plus extras
# given as CMD:PACKAGE (e.g. perf:linux-perf).
ensure_tools() {
    local spec cmd pkg
    [[ ":$PATH:" == *:/usr/sbin:* ]] || PATH="$PATH:/usr/sbin"
    if ! command -v nginx >/dev/null; then
        apt_install nginx-light || apt_install nginx
        command -v nginx >/dev/null || die "nginx not found after installing nginx-light/nginx"
    fi
    for spec in wrk:wrk curl:curl taskset:util-linux pgrep:procps python3:python3 "$@"; do
        cmd=${spec%%:*}
        pkg=${spec#*:}
        command -v "$cmd" >/dev/null || apt_install "$pkg"
        command -v "$cmd" >/dev/null || die "$cmd not found after installing $pkg"
    done
}

# port_free PORT: true when nothing listens on 127.0.0.1:PORT.
port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

check_ports_free() {
    local p
    for p in "$@"; do
        port_free "$p" || die "port $p on 127.0.0.1 is in use (override with *_PORT env)"
    done
}

# render TEMPLATE OUT KEY=VALUE...: replace each literal ${KEY} with VALUE.
render() {
    local tmpl=$1 out=$2 kv key val
    shift 2
    local args=()
    for kv in "$@"; do
        key=${kv%%=*}
        val=${kv#*=}
        val=${val//\\/\\\\}
        val=${val//|/\\|}
        val=${val//&/\\&}
        args+=(-e "s|\\\${$key}|$val|g")
    done
    sed "${args[@]}" "$tmpl" >"$out"
    # shellcheck disable=SC2016 # a literal ${NAME} is what we look for
    if grep -q '\${[A-Z_]*}' "$out"; then
        # shellcheck disable=SC2016
        die "unfilled placeholder in $out: $(grep -o '\${[A-Z_]*}' "$out" | sort -u | tr '\n' ' ')"
    fi
}

# ------------------------------------------------------------------ probes --

# http_code METHOD URL [BODY]: print the status code (000 when unreachable).
http_code() {
    local method=$1 url=$2 body=${3:-}
    local args=(-s -o /dev/null -w '%{http_code}' --max-time 5 -X "$method")
    [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' -H 'Authorization: Bearer bench' --data "$body")
    curl "${args[@]}" "$url" 2>/dev/null || true
}

# wait_http NAME PID URL [TIMEOUT_S]: wait for GET URL to answer 200 while PID lives.
wait_http() {
    local name=$1 pid=$2 url=$3 timeout=${4:-30} i code=""
    for ((i = 0; i < timeout * 10; i++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 30 "$RUN_DIR/$name.log" >&2 || true
            die "$name exited before becoming ready"
        fi
        code="$(http_code GET "$url")"
        [[ "$code" == 200 ]] && return 0
        sleep 0.1
    done
    tail -n 30 "$RUN_DIR/$name.log" >&2 || true
    die "$name not ready after ${timeout}s ($url last answered $code)"
}

CHAT_BODY='{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say hello"}],"max_tokens":16}'

# check_chat NAME URL [MODEL]: one POST must return 200 with a chat.completion.
check_chat() {
    local name=$1 url=$2 model=${3:-gpt-4o-mini} out
    out="$(curl -s --max-time 10 -w '\n%{http_code}' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer ${BENCH_KEY:-bench}" --data "${CHAT_BODY/gpt-4o-mini/$model}" "$url" 2>&1 || true)"
    if [[ "${out##*$'\n'}" != 200 || "$out" != *'"chat.completion"'* || "$out" != *'"choices"'* ]]; then
        printf '%s\n' "$out" | head -c 2000 >&2
        echo >&2
        die "$name: POST $url did not return a 200 chat.completion"
    fi
}

# cpu_ticks PID: utime+stime (clock ticks) of PID and its direct children
# (nginx workers), all threads included.
cpu_ticks() {
    local pid=$1 total=0 p line rest
    local -a f
    for p in "$pid" $(pgrep -P "$pid" 2>/dev/null || true); do
        line="$(cat "/proc/$p/stat" 2>/dev/null)" || continue
        rest=${line##*) }   # drop "pid (comm) ", comm may contain spaces
        read -r -a f <<<"$rest"
        # after comm: f[0]=state ... utime is field 14 overall -> f[11], stime f[12]
        total=$((total + f[11] + f[12]))
    done
    echo "$total"
}

# core_sample CPU: "busy total" jiffies of one CPU from /proc/stat.
core_sample() {
    awk -v c="cpu$1" '$1 == c { b = $2 + $3 + $4 + $7 + $8 + $9; print b, b + $5 + $6 }' /proc/stat
}

# core_pct "BUSY0 TOTAL0" "BUSY1 TOTAL1": busy % of a CPU between two samples.
core_pct() {
    awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); dt = y[2] - x[2];
        printf "%.0f", (dt > 0 ? 100 * (y[1] - x[1]) / dt : 0) }'
}

# background_load SECONDS: busy % of the load-generator and SUT CPUs while
# nothing of ours runs; warns when another workload (a build...) is using them.
background_load() {
    local a0 b0 a1 b1 lg sut
    a0="$(core_sample "$LOADGEN_CPU")"
    b0="$(core_sample "$SUT_CPU")"
    sleep "$1"
    a1="$(core_sample "$LOADGEN_CPU")"
    b1="$(core_sample "$SUT_CPU")"
    lg="$(core_pct "$a0" "$a1")"
    sut="$(core_pct "$b0" "$b1")"
    if ((lg > 10 || sut > 10)); then
        log "WARNING: the machine is busy before the benchmark (CPU $LOADGEN_CPU ${lg}%, CPU $SUT_CPU ${sut}%); results will be noisy"
    fi
    echo "CPU $LOADGEN_CPU ${lg}%, CPU $SUT_CPU ${sut}% busy before start"
}

# rss_kb PID FIELD: VmRSS / VmHWM in kB from /proc/PID/status.
rss_kb() {
    awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status" 2>/dev/null || echo "?"
}

# ---------------------------------------------------------------- servers --

start_upstream_nginx() {
    local dir="$RUN_DIR/upstream"
    mkdir -p "$dir"
    render "$BENCH_DIR/nginx-upstream.conf.template" "$dir/nginx.conf" \
        "UPSTREAM_PORT=$UPSTREAM_PORT" "RUN_DIR=$dir"
    nginx -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "upstream nginx config invalid"
    start_bg upstream "$LOADGEN_CPU" nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf"
    UPSTREAM_PID=$LAST_PID
    wait_http upstream "$UPSTREAM_PID" "http://127.0.0.1:$UPSTREAM_PORT/health"
    check_chat upstream "http://127.0.0.1:$UPSTREAM_PORT/v1/chat/completions"
}

# start_proxy_nginx UPSTREAM_PORT BUFFERING(on|off)
start_proxy_nginx() {
    local up=$1 buffering=$2 dir="$RUN_DIR/proxy"
    mkdir -p "$dir"
    render "$BENCH_DIR/nginx-proxy.conf.template" "$dir/nginx.conf" \
        "PROXY_PORT=$PROXY_PORT" "UPSTREAM_PORT=$up" "RUN_DIR=$dir" "PROXY_BUFFERING=$buffering"
    nginx -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "proxy nginx config invalid"
    check_ports_free "$PROXY_PORT"
    start_bg proxy "$SUT_CPU" nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf"
    PROXY_PID=$LAST_PID
    local i
    for ((i = 0; i < 100; i++)); do
        ! port_free "$PROXY_PORT" && break
        kill -0 "$PROXY_PID" 2>/dev/null || die "proxy nginx exited: $(tail -n 5 "$dir/error.log" "$RUN_DIR/proxy.log" 2>/dev/null)"
        sleep 0.05
    done
}

stop_proxy_nginx() {
    stop_pid "$PROXY_PID"
    PROXY_PID=""
}

start_stream_upstream() {
    start_bg stream_upstream "$LOADGEN_CPU" python3 "$BENCH_DIR/stream_upstream.py" \
        --port "$STREAM_PORT" --chunks "${STREAM_CHUNKS:-50}" --delay-ms "${STREAM_DELAY_MS:-5}"
    STREAM_PID=$LAST_PID
    wait_http stream_upstream "$STREAM_PID" "http://127.0.0.1:$STREAM_PORT/health"
}

# build_gai: sets GAI_BIN (builds the release binary unless GAI_BIN is set).
build_gai() {
    if [[ -n "${GAI_BIN:-}" ]]; then
        [[ -x "$GAI_BIN" ]] || die "GAI_BIN=$GAI_BIN is not an executable"
        log "using GAI_BIN=$GAI_BIN (no build)"
        return 0
    fi
    command -v swift >/dev/null || die "swift not found; install the toolchain or set GAI_BIN"
    log "swift build -c release --product gai (in $REPO_ROOT)"
    (cd "$REPO_ROOT" && swift build -c release --product gai) >&2
    GAI_BIN="$(cd "$REPO_ROOT" && swift build -c release --show-bin-path)/gai"
    [[ -x "$GAI_BIN" ]] || die "build did not produce $GAI_BIN"
}

write_gai_config() {
    local file=$1
    if [[ -n "${GAI_CONFIG:-}" ]]; then
        cp -- "$GAI_CONFIG" "$file"
        return 0
    fi
    cat >"$file" <<EOF
# Generated by bench/lib.sh for the load benchmark.
server: { host: 127.0.0.1, port: $GAI_PORT, threads: 1 }
providers:
  - { name: upstream, kind: openai, base_url: "http://127.0.0.1:$UPSTREAM_PORT/v1", api_key: bench, timeout_ms: 30000 }
  - { name: stream, kind: openai, base_url: "http://127.0.0.1:$STREAM_PORT/v1", api_key: bench, timeout_ms: 30000 }
models:
  - name: gpt-4o-mini
    deployments: [ { provider: upstream, model: gpt-4o-mini } ]
  - name: gpt-4o-mini-stream
    deployments: [ { provider: stream, model: gpt-4o-mini } ]
EOF
}

# config_for CONFIG PORT DIR: CONFIG with its server port set to PORT and its data_dir to
# DIR/data (added when it has none), written to DIR/gai.yaml (bench/ab.sh, bench/callgrind.sh).
config_for() {
    local config=$1 port=$2 dir=$3
    sed -E "s/port: [0-9]+/port: $port/; s#data_dir: .*#data_dir: $dir/data#" "$config" >"$dir/gai.yaml"
    grep -q '^data_dir:' "$dir/gai.yaml" || echo "data_dir: $dir/data" >>"$dir/gai.yaml"
}

start_gai() {
    local cfg="$RUN_DIR/gai.yaml" extra=()
    write_gai_config "$cfg"
    # GAI_ARGS: extra arguments after `serve --config FILE` (word-split on purpose).
    if [[ -n "${GAI_ARGS:-}" ]]; then
        read -r -a extra <<<"$GAI_ARGS"
    fi
    start_bg gai "$SUT_CPU" env NIO_SINGLETON_GROUP_LOOP_COUNT=1 "$GAI_BIN" serve --config "$cfg" "${extra[@]}"
    GAI_PID=$LAST_PID
    wait_http gai "$GAI_PID" "http://127.0.0.1:$GAI_PORT/health/ready" 60
    check_chat gai "http://127.0.0.1:$GAI_PORT/v1/chat/completions"
}

# ------------------------------------------------------------------- load --

# wrk_run OUTFILE CONNS SECONDS URL: wrk pinned to the load-generator CPU.
# Prints the RESULT line (fails if wrk produced none).
wrk_run() {
    local out=$1 conns=$2 secs=$3 url=$4
    taskset -c "$LOADGEN_CPU" wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$BENCH_DIR/post.lua" "$url" \
        >"$out" 2>&1 || true
    grep -m1 '^RESULT ' "$out" || { cat "$out" >&2; die "wrk produced no RESULT line ($url)"; }
}

# field LINE KEY: value of KEY=... in a RESULT line.
field() {
    local word
    for word in $1; do
        [[ "$word" == "$2="* ]] && { echo "${word#*=}"; return 0; }
    done
    echo "?"
}
