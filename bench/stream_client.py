#!/usr/bin/env python3
"""Concurrent streaming (SSE) load client for the Gai benchmark (stdlib only).

    python3 bench/stream_client.py --url http://127.0.0.1:18082/v1/chat/completions \\
        --concurrency 32 --duration 10

Each of C workers keeps one HTTP/1.1 keep-alive connection and, until the
deadline, POSTs a chat completion with "stream": true and reads the Server-Sent
Events to the end. Per stream it records

    ttft    request sent -> first `data:` chunk (a chat.completion.chunk) received
    ttfc    request sent -> first chunk with non-empty `content` received (time to first
            content: what a user sees; a gateway that holds role-only chunks back until the
            first content, as Gai does for its failover commit point, has ttft == ttfc)
    gaps    time between two consecutive chunks (inter-chunk latency)
    total   request sent -> `data: [DONE]` and end of the response body

and checks that every chunk is a JSON chat.completion.chunk and that the
stream ends with `data: [DONE]` (nothing after it). A stream started before
the deadline is read to its end. Streams started during --warmup are checked
but not counted in the statistics.

It prints a human summary and one machine-readable line:

    RESULT streams=... streams_per_s=... chunks_per_s=... ttft_p50_ms=... ttft_p99_ms=...
           gap_p50_ms=... gap_p99_ms=... total_p50_ms=... total_p99_ms=...
           chunks_min=... chunks_max=... errors=...

Exit status: 0 if at least one stream completed and there was no error,
1 otherwise (2 for bad arguments).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import sys
import time
import urllib.parse

perf = time.perf_counter


class StreamError(Exception):
    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list (nan if empty)."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


class Stats:
    def __init__(self) -> None:
        self.ttft: list[float] = []
        self.ttfc: list[float] = []
        self.gaps: list[float] = []
        self.total: list[float] = []
        self.chunks: list[int] = []
        self.errors: collections.Counter[str] = collections.Counter()
        self.error_samples: list[str] = []
        self.warmup_streams = 0

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] += 1
        sample = detail if detail.startswith(f"{kind}:") else f"{kind}: {detail}"
        if len(self.error_samples) < 5 and sample not in self.error_samples:
            self.error_samples.append(sample)


class Conn:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    def close(self) -> None:
        try:
            self.writer.close()
        except Exception:  # noqa: BLE001 - best effort
            pass


async def read_body_parts(conn: Conn, headers: dict[str, str]):
    """Yield (timestamp, bytes) pieces of the response body as they arrive.

    Handles chunked, Content-Length and close-delimited bodies. A final
    (None, b"") is yielded when the body had explicit framing and ended
    cleanly (the connection can be reused); a close-delimited body ends
    without it.
    """
    reader = conn.reader
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size_line = await reader.readline()
            if not size_line:
                raise StreamError("protocol", "connection closed inside chunked body")
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)
            except ValueError as exc:
                raise StreamError("protocol", f"bad chunk size line {size_line[:40]!r}") from exc
            if size == 0:
                while True:
                    trailer = await reader.readline()
                    if trailer in (b"\r\n", b"\n"):
                        break
                    if not trailer:
                        raise StreamError("protocol", "connection closed in trailers")
                yield None, b""
                return
            data = await reader.readexactly(size + 2)
            yield perf(), data[:-2]
    elif "content-length" in headers:
        remaining = int(headers["content-length"])
        while remaining > 0:
            data = await reader.read(min(remaining, 1 << 16))
            if not data:
                raise StreamError("protocol", "connection closed before Content-Length bytes")
            remaining -= len(data)
            yield perf(), data
        yield None, b""
    else:
        while True:
            data = await reader.read(1 << 16)
            if not data:
                return  # body ended by close; connection not reusable
            yield perf(), data


async def one_stream(conn: Conn, request: bytes, timeout: float, validate: bool) -> tuple[float, float, list[float], float, int, bool]:
    """Run one streaming request; returns (ttft, ttfc, gaps, total, chunks, reusable)."""
    t0 = perf()
    conn.writer.write(request)
    await conn.writer.drain()
    reader = conn.reader
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        raise StreamError("protocol", "connection closed before response headers") from exc
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise StreamError("protocol", f"bad status line {lines[0][:60]!r}")
    status = int(parts[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    keep = headers.get("connection", "").lower() != "close"

    if status != 200:
        body = b""
        async for _, piece in read_body_parts(conn, headers):
            body += piece
        raise StreamError(f"http_{status}", body[:200].decode("utf-8", "replace"))
    ctype = headers.get("content-type", "")
    if not ctype.startswith("text/event-stream"):
        raise StreamError("protocol", f"content-type {ctype!r}, expected text/event-stream")

    buf = b""
    ttft = -1.0
    ttfc = -1.0
    last = 0.0
    gaps: list[float] = []
    chunks = 0
    done = False
    ended_cleanly = False
    async for ts, piece in read_body_parts(conn, headers):
        if ts is None:
            ended_cleanly = True
            break
        if done and piece.strip():
            raise StreamError("protocol", f"data after [DONE]: {piece[:60]!r}")
        buf += piece
        if b"\r" in buf:
            buf = buf.replace(b"\r\n", b"\n")
        while True:
            end = buf.find(b"\n\n")
            if end < 0:
                break
            event, buf = buf[:end], buf[end + 2 :]
            data_lines = [ln[5:].lstrip(b" ") for ln in event.split(b"\n") if ln.startswith(b"data:")]
            if not data_lines:
                continue  # comment / keep-alive / event-only block
            data = b"\n".join(data_lines)
            if done:
                raise StreamError("protocol", "event after [DONE]")
            if data == b"[DONE]":
                done = True
                continue
            if validate:
                try:
                    obj = json.loads(data)
                except ValueError as exc:
                    raise StreamError("bad_chunk", f"not JSON: {data[:80]!r}") from exc
                if not isinstance(obj, dict) or obj.get("object") != "chat.completion.chunk":
                    if isinstance(obj, dict) and "error" in obj:
                        raise StreamError("stream_error", json.dumps(obj["error"])[:200])
                    raise StreamError("bad_chunk", f"not a chat.completion.chunk: {data[:80]!r}")
            chunks += 1
            if ttfc < 0 and b'"content":"' in data and b'"content":""' not in data:
                ttfc = ts - t0
            if ttft < 0:
                ttft = ts - t0
            else:
                gaps.append(ts - last)
            last = ts
        if perf() - t0 > timeout:
            raise StreamError("timeout", f"stream longer than {timeout}s")
    if not done:
        raise StreamError("no_done", f"stream ended without data: [DONE] after {chunks} chunks")
    if buf.strip():
        raise StreamError("protocol", f"trailing bytes after last event: {buf[:60]!r}")
    if chunks == 0:
        raise StreamError("no_chunks", "stream had [DONE] but no chunk")
    total = perf() - t0
    return ttft, ttfc, gaps, total, chunks, keep and ended_cleanly


async def worker(args, host: str, port: int, request: bytes, stats: Stats, t_warm_end: float, deadline: float) -> None:
    conn: Conn | None = None
    try:
        while perf() < deadline:
            if args.max_streams and (len(stats.total) + stats.warmup_streams) >= args.max_streams:
                return
            started = perf()
            try:
                if conn is None:
                    try:
                        r, w = await asyncio.wait_for(asyncio.open_connection(host, port), args.timeout)
                    except (OSError, asyncio.TimeoutError) as exc:
                        raise StreamError("connect", str(exc) or type(exc).__name__) from exc
                    conn = Conn(r, w)
                ttft, ttfc, gaps, total, chunks, reusable = await asyncio.wait_for(
                    one_stream(conn, request, args.timeout, not args.no_validate), args.timeout
                )
            except (StreamError, asyncio.TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                kind = exc.kind if isinstance(exc, StreamError) else (
                    "timeout" if isinstance(exc, asyncio.TimeoutError) else "io")
                stats.error(kind, str(exc) or type(exc).__name__)
                if conn is not None:
                    conn.close()
                    conn = None
                await asyncio.sleep(0.01)  # do not spin on a dead target
                continue
            if not reusable:
                conn.close()
                conn = None
            if started < t_warm_end:
                stats.warmup_streams += 1
                continue
            stats.ttft.append(ttft)
            if ttfc >= 0:
                stats.ttfc.append(ttfc)
            stats.gaps.extend(gaps)
            stats.total.append(total)
            stats.chunks.append(chunks)
            if args.expect_chunks and chunks != args.expect_chunks:
                stats.error("chunk_count", f"got {chunks} chunks, expected {args.expect_chunks}")
    finally:
        if conn is not None:
            conn.close()


async def run(args) -> int:
    url = urllib.parse.urlsplit(args.url)
    if url.scheme != "http" or not url.hostname:
        print(f"stream_client: only http:// URLs are supported, got {args.url!r}", file=sys.stderr)
        return 2
    host, port = url.hostname, url.port or 80
    path = url.path or "/"
    if url.query:
        path += "?" + url.query
    payload = {
        "model": args.model,
        "messages": [{"role": "user", "content": "Say hello"}],
        "max_tokens": args.max_tokens,
        "stream": True,
    }
    if args.include_usage:
        payload["stream_options"] = {"include_usage": True}
    body = json.dumps(payload, separators=(",", ":")).encode()
    extra = "".join(f"{h}\r\n" for h in args.header)
    request = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Accept: text/event-stream\r\nAuthorization: Bearer {args.api_key}\r\n{extra}"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body

    stats = Stats()
    start = perf()
    t_warm_end = start + args.warmup
    deadline = t_warm_end + args.duration
    await asyncio.gather(*(worker(args, host, port, request, stats, t_warm_end, deadline)
                           for _ in range(args.concurrency)))
    elapsed = max(perf() - t_warm_end, 1e-9)

    ttft = sorted(stats.ttft)
    ttfc = sorted(stats.ttfc) or [0.0]
    gaps = sorted(stats.gaps)
    total = sorted(stats.total)
    n = len(total)
    n_chunks = sum(stats.chunks)
    n_errors = sum(stats.errors.values())
    ms = lambda v: f"{v * 1000:.3f}"  # noqa: E731

    print(f"stream_client: {args.url} concurrency={args.concurrency} duration={args.duration}s "
          f"warmup={args.warmup}s model={args.model}")
    print(f"  streams completed: {n} ({n / elapsed:.1f}/s), chunks: {n_chunks} ({n_chunks / elapsed:.0f}/s), "
          f"warm-up streams: {stats.warmup_streams}")
    if n:
        print(f"  chunks per stream: min {min(stats.chunks)} max {max(stats.chunks)}")
        print(f"  TTFT  ms: p50 {ms(percentile(ttft, 50))}  p90 {ms(percentile(ttft, 90))}  "
              f"p99 {ms(percentile(ttft, 99))}  max {ms(ttft[-1])}")
        print(f"  TTFC  ms: p50 {ms(percentile(ttfc, 50))}  p90 {ms(percentile(ttfc, 90))}  "
              f"p99 {ms(percentile(ttfc, 99))}  max {ms(ttfc[-1])}")
        if gaps:
            print(f"  gap   ms: p50 {ms(percentile(gaps, 50))}  p90 {ms(percentile(gaps, 90))}  "
                  f"p99 {ms(percentile(gaps, 99))}  max {ms(gaps[-1])}")
        print(f"  total ms: p50 {ms(percentile(total, 50))}  p90 {ms(percentile(total, 90))}  "
              f"p99 {ms(percentile(total, 99))}  max {ms(total[-1])}")
    if n_errors:
        print(f"  ERRORS: {n_errors} " + ", ".join(f"{k}={v}" for k, v in sorted(stats.errors.items())))
        for sample in stats.error_samples:
            print(f"    e.g. {sample}")
    print(
        "RESULT "
        f"streams={n} streams_per_s={n / elapsed:.1f} chunks_per_s={n_chunks / elapsed:.0f} "
        f"ttft_p50_ms={ms(percentile(ttft, 50))} ttft_p99_ms={ms(percentile(ttft, 99))} "
        f"ttfc_p50_ms={ms(percentile(ttfc, 50))} ttfc_p99_ms={ms(percentile(ttfc, 99))} "
        f"gap_p50_ms={ms(percentile(gaps, 50))} gap_p99_ms={ms(percentile(gaps, 99))} "
        f"total_p50_ms={ms(percentile(total, 50))} total_p99_ms={ms(percentile(total, 99))} "
        f"chunks_min={min(stats.chunks) if n else 0} chunks_max={max(stats.chunks) if n else 0} "
        f"errors={n_errors}",
        flush=True,
    )
    return 0 if n > 0 and n_errors == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description="Concurrent SSE chat-completion load client (stdlib only).")
    ap.add_argument("--url", required=True, help="http://host:port/v1/chat/completions")
    ap.add_argument("-c", "--concurrency", type=int, default=16, help="concurrent streams (default 16)")
    ap.add_argument("-d", "--duration", type=float, default=10.0, help="measured seconds (default 10)")
    ap.add_argument("--warmup", type=float, default=0.0, help="seconds of uncounted streams first (default 0)")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--api-key", default="bench")
    ap.add_argument("--include-usage", action="store_true", help='send stream_options {"include_usage": true}')
    ap.add_argument("--expect-chunks", type=int, default=0, help="error if a stream has another chunk count")
    ap.add_argument("--max-streams", type=int, default=0, help="stop after this many streams (0: no limit)")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-stream timeout in seconds (default 30)")
    ap.add_argument("--no-validate", action="store_true", help="do not JSON-parse every chunk")
    ap.add_argument("-H", "--header", action="append", default=[], help="extra request header 'Name: value'")
    args = ap.parse_args()
    if args.concurrency < 1 or args.duration <= 0:
        ap.error("--concurrency must be >= 1 and --duration > 0")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
