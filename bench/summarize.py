#!/usr/bin/env python3
"""Turn the raw TSVs of bench/run.sh into a Markdown report (stdout).

    python3 bench/summarize.py RUN_DIR

RUN_DIR holds wrk.tsv, stream.tsv, rss.tsv and env.tsv as written by run.sh
(bench/results/bench-STAMP-*.tsv are copies: pass a directory holding files
named like that with --prefix bench-STAMP-). Exit status 1 when any run had
socket errors, non-2xx responses or stream errors.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys

LABEL = {
    "direct": "direct (wrk → upstream nginx)",
    "gai": "**gai** (wrk → gai → upstream)",
    "nginx": "nginx proxy (wrk → nginx → upstream)",
}
STREAM_LABEL = {
    "direct": "direct (→ stream upstream)",
    "gai": "**gai** (→ gai → stream upstream)",
    "nginx": "nginx proxy, buffering off",
}


def read_tsv(path: str) -> list[dict[str, str]]:
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def num(v: str | None) -> float | None:
    try:
        return float(v) if v not in (None, "", "?") else None
    except ValueError:
        return None


def med(values) -> float | None:
    vals = [v for v in values if v is not None]
    return statistics.median(vals) if vals else None


def fmt(v: float | None, digits: int = 2) -> str:
    if v is None:
        return "–"
    return f"{v:,.{digits}f}"


def lg_bound(target: str, conns: int, lg_pct: float | None, server_pct: float | None) -> bool:
    """True when the load-generator core, not the server under test, limited a proxied run."""
    if target == "direct" or conns < 2 or lg_pct is None:
        return False  # direct is the load generator's ceiling by definition; c=1 is about latency
    return lg_pct >= 95 and (server_pct is None or server_pct < 90)


def foreign_load(target: str, core_pct: float | None, server_pct: float | None) -> bool:
    """True when the server core was busier than the server under test explains."""
    if core_pct is None:
        return False
    own = server_pct if (server_pct is not None and target != "direct") else 0.0
    return core_pct - own > 15


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--prefix", default="")
    args = ap.parse_args()
    p = lambda name: os.path.join(args.dir, args.prefix + name)  # noqa: E731

    env: dict[str, str] = {}
    if os.path.exists(p("env.tsv")):
        with open(p("env.tsv")) as f:
            for line in f:
                k, _, v = line.rstrip("\n").partition("\t")
                env[k] = v
    wrk = read_tsv(p("wrk.tsv"))
    streams = read_tsv(p("stream.tsv"))
    rss = read_tsv(p("rss.tsv"))
    failed = False
    saturated: list[str] = []
    disturbed: list[str] = []
    lg_name = f"CPU {env.get('loadgen_cpu', '?')}"
    sut_name = f"CPU {env.get('sut_cpu', '?')}"
    out: list[str] = []
    w = out.append

    w(f"## Gai load benchmark — {env.get('date', '?')}")
    w("")
    w("| Environment | |")
    w("| --- | --- |")
    for key, label in (
        ("host", "kernel"), ("os", "OS"), ("cpu", "CPU"), ("nproc", "nproc"), ("memory", "memory"),
        ("swift", "Swift"), ("gai", "gai commit"), ("nginx", "nginx"), ("wrk", "wrk"), ("python", "Python"),
        ("cpus", "pinning"), ("background", "background load"), ("params", "parameters"),
    ):
        if key in env:
            w(f"| {label} | {env[key]} |")
    w("")

    if wrk:
        rounds = len({r["round"] for r in wrk})
        w("### Non-streaming: `POST /v1/chat/completions`, canned ~600 B chat.completion")
        w("")
        w(f"wrk -t1, Lua POST script, median of {rounds} round(s) (req/s range in brackets). "
          "Server CPU = CPU time of the server under test (gai or the proxy nginx) during the measured run, "
          "on its own core.")
        w("")
        w("| Target | Conns | req/s | p50 ms | p90 ms | p99 ms | server CPU % | server CPU µs/req "
          f"| {lg_name} busy % | {sut_name} busy % | errors |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        groups: dict[tuple[str, str], list[dict[str, str]]] = {}
        for r in wrk:
            groups.setdefault((r["target"], r["conns"]), []).append(r)
        order = {"direct": 0, "gai": 1, "nginx": 2}
        agg = {}
        for (target, conns), rows in sorted(groups.items(), key=lambda kv: (-int(kv[0][1]), order.get(kv[0][0], 9))):
            rps = [num(r["rps"]) for r in rows]
            cpu_pct, cpu_us = [], []
            for r in rows:
                cpu, wall, req = num(r["cpu_s"]), num(r["wall_s"]), num(r["requests"])
                if cpu is not None and wall:
                    cpu_pct.append(100 * cpu / wall)
                if cpu is not None and req:
                    cpu_us.append(1e6 * cpu / req)
            errs = sum(int(num(r["errors"]) or 0) + int(num(r["non2xx"]) or 0) for r in rows)
            if errs or any(num(r["rps"]) is None for r in rows):
                failed = True
            a = {
                "rps": med(rps), "p50": med(num(r["p50_ms"]) for r in rows),
                "p90": med(num(r["p90_ms"]) for r in rows), "p99": med(num(r["p99_ms"]) for r in rows),
                "cpu_pct": med(cpu_pct), "cpu_us": med(cpu_us), "errors": errs,
            }
            a["lg"] = med(num(r.get("lg_core_pct")) for r in rows)
            a["sut"] = med(num(r.get("sut_core_pct")) for r in rows)
            agg[(target, conns)] = a
            if lg_bound(target, int(conns), a["lg"], a["cpu_pct"]):
                saturated.append(f"{target} c={conns}")
            if foreign_load(target, a["sut"], a["cpu_pct"]):
                disturbed.append(f"{target} c={conns}")
            valid = [v for v in rps if v is not None]
            rng = f" [{min(valid):,.0f}–{max(valid):,.0f}]" if len(valid) > 1 else ""
            w(f"| {LABEL.get(target, target)} | {conns} | {fmt(a['rps'], 0)}{rng} | {fmt(a['p50'], 3)} | "
              f"{fmt(a['p90'], 3)} | {fmt(a['p99'], 3)} | {fmt(a['cpu_pct'], 0)} | {fmt(a['cpu_us'], 1)} | "
              f"{fmt(a['lg'], 0)} | {fmt(a['sut'], 0)} | {errs} |")
        w("")
        notes = []
        conns_values = sorted({c for _, c in agg}, key=int)
        for conns in conns_values:
            d, g, n = agg.get(("direct", conns)), agg.get(("gai", conns)), agg.get(("nginx", conns))
            parts = []
            if d and g and d["p50"] is not None and g["p50"] is not None:
                parts.append(f"gai adds {g['p50'] - d['p50']:+.3f} ms at p50 over direct")
            if d and n and d["p50"] is not None and n["p50"] is not None:
                parts.append(f"nginx proxy adds {n['p50'] - d['p50']:+.3f} ms")
            if g and n and g["rps"] and n["rps"]:
                parts.append(f"gai req/s = {100 * g['rps'] / n['rps']:.0f}% of nginx proxy")
            if g and n and g["cpu_us"] and n["cpu_us"]:
                parts.append(f"gai CPU/request = {g['cpu_us'] / n['cpu_us']:.1f}× nginx proxy")
            if parts:
                notes.append(f"- c={conns}: " + "; ".join(parts) + ".")
        if notes:
            w("\n".join(notes))
            w("")

    if streams:
        s0 = streams[0]
        w(f"### Streaming: SSE `stream: true`, {env.get('stream_chunks', '?')} chunks per stream "
          f"{env.get('stream_delay_ms', '?')} ms apart, {s0['concurrency']} concurrent streams")
        w("")
        w("stream_client.py (stdlib asyncio) on the load-generator core; TTFT = request sent → first chunk; "
          "first content = request sent → first chunk with text; gap = between consecutive chunks.")
        w("")
        w("| Target | streams/s | chunks/s | TTFT p50 ms | TTFT p99 ms | first content p50 ms | gap p50 ms | gap p99 ms | total p50 ms | "
          f"chunks/stream | server CPU µs/stream | {lg_name} busy % | {sut_name} busy % | errors |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in streams:
            n_streams = num(r["streams"])
            cpu = num(r["cpu_s"])
            cpu_us = 1e6 * cpu / n_streams if cpu is not None and n_streams else None
            wall = num(r.get("wall_s"))
            lg, sut = num(r.get("lg_core_pct")), num(r.get("sut_core_pct"))
            if lg_bound(r["target"], 2, lg, 100 * cpu / wall if cpu is not None and wall else None):
                saturated.append(f"streaming {r['target']}")
            if foreign_load(r["target"], sut, 100 * cpu / wall if cpu is not None and wall else None):
                disturbed.append(f"streaming {r['target']}")
            errs = r["errors"] if r["errors"] not in ("", "?") else "?"
            if r["exit"] != "0" or errs != "0":
                failed = True
            chunks = r["chunks_min"] if r["chunks_min"] == r["chunks_max"] else f"{r['chunks_min']}–{r['chunks_max']}"
            w(f"| {STREAM_LABEL.get(r['target'], r['target'])} | {fmt(num(r['streams_per_s']), 1)} | "
              f"{fmt(num(r['chunks_per_s']), 0)} | {fmt(num(r['ttft_p50_ms']), 3)} | {fmt(num(r['ttft_p99_ms']), 3)} | "
              f"{fmt(num(r.get('ttfc_p50_ms')), 3)} | {fmt(num(r['gap_p50_ms']), 3)} | {fmt(num(r['gap_p99_ms']), 3)} | {fmt(num(r['total_p50_ms']), 1)} | "
              f"{chunks} | {fmt(cpu_us, 0)} | {fmt(lg, 0)} | {fmt(sut, 0)} | {errs} |")
        w("")
        w("The stream upstream spaces chunks by STREAM_DELAY_MS, so gap and total mostly measure it; "
          "the gateway's cost shows in TTFT, in the gap's p99 and in server CPU per stream.")
        w("")

    if rss:
        w("### gai memory (from /proc/PID/status)")
        w("")
        w("| When | VmRSS MiB | VmHWM (peak) MiB |")
        w("| --- | ---: | ---: |")
        for r in rss:
            w(f"| {r['phase']} | {fmt((num(r['vmrss_kb']) or 0) / 1024, 1)} | {fmt((num(r['vmhwm_kb']) or 0) / 1024, 1)} |")
        w("")

    if wrk:
        w("<details><summary>Every measured wrk run</summary>")
        w("")
        w("| Round | Target | Conns | req/s | p50 ms | p90 ms | p99 ms | mean ms | errors | non-2xx | requests | server CPU s |")
        w("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in wrk:
            w(f"| {r['round']} | {r['target']} | {r['conns']} | {r['rps']} | {r['p50_ms']} | {r['p90_ms']} | "
              f"{r['p99_ms']} | {r['mean_ms']} | {r['errors']} | {r['non2xx']} | {r['requests']} | {r['cpu_s'] or '–'} |")
        w("")
        w("</details>")
        w("")

    if saturated or disturbed:
        w("**Warnings**")
        w("")
        if saturated:
            w(f"- {lg_name} (load generator + upstream) was ≥95% busy while the server under test "
              f"was not (<90%) in: {', '.join(saturated)}. There the throughput is bounded by the load generator, "
              "not by the server under test: compare server CPU per request instead of req/s.")
        if disturbed:
            w(f"- {sut_name} was busier than the server under test accounts for (by >15 points) in: "
              f"{', '.join(disturbed)}. Something else ran on the server core (a build?): those results are "
              "disturbed; rerun on an idle machine.")
        w("")
    if failed:
        w("**Some runs had errors (socket errors, non-2xx responses or stream errors): see the tables.**")
        w("")
    sys.stdout.write("\n".join(out) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
