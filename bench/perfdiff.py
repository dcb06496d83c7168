#!/usr/bin/env python3
"""Where side B of a `PERF_DIR=DIR bench/ab.sh A.yaml B.yaml` run spends more CPU time per request
than side A: self samples by symbol (or by shared object with --dso), summed over all rounds,
per request, as percent of A's per-request total. Sampled time, not instructions: it shows what
callgrind cannot (atomics, cache misses, the kernel).

    bench/perfdiff.py DIR [N] [--dso]
"""
import collections
import glob
import os
import re
import subprocess
import sys


def requests(result_file):
    return float(re.search(r"requests=(\d+)", open(result_file).read()).group(1))


def samples(data_file, by_dso):
    sort = "dso" if by_dso else "dso,sym"
    report = subprocess.run(
        ["perf", "report", "-i", data_file, "--no-children", "--sort", sort, "--stdio", "-F", "sample," + sort, "-g", "none"],
        capture_output=True, text=True).stdout
    counts = collections.Counter()
    for line in report.splitlines():
        match = re.match(r"\s+(\d+)\s+(\S+)\s*(?:\[.\]\s+(.*))?$", line)
        if match:
            counts[(match.group(2), (match.group(3) or "").strip()[:120])] += int(match.group(1))
    return counts


def main():
    directory = sys.argv[1]
    limit = next((int(a) for a in sys.argv[2:] if a.isdigit()), 40)
    by_dso = "--dso" in sys.argv
    sides = {}
    for side in "ab":
        counts, total_requests = collections.Counter(), 0.0
        for data_file in sorted(glob.glob(f"{directory}/{side}-*.data")):
            result_file = data_file.replace(".data", ".result")
            if os.path.exists(result_file):
                counts += samples(data_file, by_dso)
                total_requests += requests(result_file)
        if total_requests == 0:
            sys.exit(f"no rounds for side {side} in {directory}")
        sides[side] = (counts, total_requests)
    (a, a_requests), (b, b_requests) = sides["a"], sides["b"]
    a_total, b_total = sum(a.values()), sum(b.values())
    base = a_total / a_requests
    print(f"A: {a_total} samples, {a_requests:.0f} requests; B: {b_total} samples, {b_requests:.0f} requests; "
          f"B/A per request {(b_total / b_requests) / base:.4f}")
    rows = sorted(
        (((b[k] / b_requests - a[k] / a_requests) / base * 100, a[k] / a_requests / base * 100, b[k] / b_requests / base * 100, k)
         for k in set(a) | set(b)), reverse=True)
    print("delta%    A%     B%   (percent of A's per-request samples)")
    for delta, share_a, share_b, (dso, symbol) in rows[:limit]:
        print(f"{delta:+6.2f} {share_a:6.2f} {share_b:6.2f}  {dso[:18]:18} {symbol}")
    print("...")
    for delta, share_a, share_b, (dso, symbol) in rows[-8:]:
        print(f"{delta:+6.2f} {share_a:6.2f} {share_b:6.2f}  {dso[:18]:18} {symbol}")


if __name__ == "__main__":
    main()
