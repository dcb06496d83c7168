#!/usr/bin/env python3
"""OpenAI-compatible *streaming* upstream for the Gai load benchmark (stdlib only).

    python3 bench/stream_upstream.py --port 18084

POST /v1/chat/completions with "stream": true answers with Server-Sent Events,
the way OpenAI does: HTTP/1.1 200, Content-Type text/event-stream, chunked
transfer encoding, then

    data: {chat.completion.chunk}\\n\\n      x STREAM_CHUNKS, STREAM_DELAY_MS apart
    data: {usage chunk}\\n\\n                 only with stream_options.include_usage
    data: [DONE]\\n\\n

The first chunk (role) goes out right after the headers, so a client's time to
first chunk through a gateway is the gateway's own overhead plus one round trip.
The last content chunk carries finish_reason "stop". Without "stream": true the
same canned chat.completion as the nginx upstream is returned. Connections are
kept alive (HTTP/1.1) until the client closes them.

Environment (flags override):
    STREAM_CHUNKS     number of chat.completion.chunk events per stream (default 50, >= 2)
    STREAM_DELAY_MS   delay between two chunks in milliseconds (default 5)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys

MODEL = "gpt-4o-mini-2024-07-18"
CREATED = 1741569952
FINGERPRINT = "fp_06737a9306"
STREAM_ID = "chatcmpl-B9MHDbslfQfxGiZG6vXR6CsL2TJnB"

CANNED_COMPLETION = json.dumps(
    {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": CREATED,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Hello! How can I assist you today?",
                    "refusal": None,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 19,
            "completion_tokens": 10,
            "total_tokens": 29,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    },
    separators=(",", ":"),
).encode()

WORDS = ("Hello", "!", " How", " can", " I", " assist", " you", " today", "?", " I")


def _chunk(delta: dict, finish_reason, *, choices=True, usage=None) -> dict:
    obj = {
        "id": STREAM_ID,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": MODEL,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "choices": (
            [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]
            if choices
            else []
        ),
    }
    if usage is not None:
        obj["usage"] = usage
    return obj


def _frame(payload: bytes) -> bytes:
    """One HTTP/1.1 chunk carrying `payload`."""
    return b"%x\r\n%s\r\n" % (len(payload), payload)


def _sse(obj) -> bytes:
    data = obj if isinstance(obj, str) else json.dumps(obj, separators=(",", ":"))
    return b"data: " + data.encode() + b"\n\n"


def build_stream_frames(n_chunks: int) -> tuple[list[bytes], bytes, bytes]:
    """Pre-encode every chunk once, so serving a stream costs only writes and sleeps."""
    events = [_sse(_chunk({"role": "assistant", "content": "", "refusal": None}, None))]
    for i in range(1, n_chunks - 1):
        events.append(_sse(_chunk({"content": WORDS[(i - 1) % len(WORDS)]}, None)))
    events.append(_sse(_chunk({}, "stop")))
    usage = _sse(
        _chunk(
            {},
            None,
            choices=False,
            usage={
                "prompt_tokens": 9,
                "completion_tokens": n_chunks - 2,
                "total_tokens": 9 + n_chunks - 2,
                "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                "completion_tokens_details": {
                    "reasoning_tokens": 0,
                    "audio_tokens": 0,
                    "accepted_prediction_tokens": 0,
                    "rejected_prediction_tokens": 0,
                },
            },
        )
    )
    done = _sse("[DONE]")
    return [_frame(e) for e in events], _frame(usage), _frame(done) + b"0\r\n\r\n"


class Upstream:
    def __init__(self, n_chunks: int, delay_ms: float) -> None:
        self.delay = delay_ms / 1000.0
        self.frames, self.usage_frame, self.done_frame = build_stream_frames(n_chunks)
        self.streams = 0
        self.requests = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                except asyncio.LimitOverrunError:
                    await self._simple(writer, 431, b'{"error":{"message":"headers too large"}}', close=True)
                    return
                lines = head.decode("latin-1").split("\r\n")
                try:
                    method, target, version = lines[0].split(" ", 2)
                except ValueError:
                    await self._simple(writer, 400, b'{"error":{"message":"bad request line"}}', close=True)
                    return
                headers = {}
                for line in lines[1:]:
                    if not line:
                        continue
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await self._read_body(reader, headers)
                if body is None:
                    await self._simple(writer, 400, b'{"error":{"message":"bad body framing"}}', close=True)
                    return
                self.requests += 1
                close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
                path = target.split("?", 1)[0]
                if method == "POST" and path == "/v1/chat/completions":
                    try:
                        req = json.loads(body or b"{}")
                    except ValueError:
                        await self._simple(writer, 400, b'{"error":{"message":"invalid JSON body","type":"invalid_request_error"}}', close)
                    else:
                        if isinstance(req, dict) and req.get("stream") is True:
                            opts = req.get("stream_options") or {}
                            include_usage = isinstance(opts, dict) and opts.get("include_usage") is True
                            await self._stream(writer, include_usage, close)
                        else:
                            await self._simple(writer, 200, CANNED_COMPLETION, close)
                elif method == "GET" and path in ("/health", "/v1/health"):
                    await self._simple(writer, 200, b'{"status":"ok"}', close)
                elif method == "GET" and path == "/v1/models":
                    await self._simple(
                        writer, 200,
                        b'{"object":"list","data":[{"id":"gpt-4o-mini","object":"model","created":1721172741,"owned_by":"system"}]}',
                        close,
                    )
                else:
                    await self._simple(writer, 404, b'{"error":{"message":"Unknown request URL","type":"invalid_request_error","code":"unknown_url"}}', close)
                if close:
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            writer.close()

    @staticmethod
    async def _read_body(reader: asyncio.StreamReader, headers: dict) -> bytes | None:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            parts = []
            while True:
                size_line = await reader.readline()
                try:
                    size = int(size_line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    return None
                if size == 0:
                    # trailers until blank line
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(await reader.readexactly(size))
                await reader.readexactly(2)
        length = headers.get("content-length")
        if length is None:
            return b""
        try:
            n = int(length)
        except ValueError:
            return None
        return await reader.readexactly(n) if n > 0 else b""

    @staticmethod
    async def _simple(writer: asyncio.StreamWriter, status: int, body: bytes, close: bool) -> None:
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 431: "Request Header Fields Too Large"}[status]
        writer.write(
            b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s"
            % (status, reason.encode(), len(body), b"Connection: close\r\n" if close else b"", body)
        )
        await writer.drain()

    async def _stream(self, writer: asyncio.StreamWriter, include_usage: bool, close: bool) -> None:
        self.streams += 1
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            b"Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n%s\r\n"
            % (b"Connection: close\r\n" if close else b"")
            + self.frames[0]
        )
        await writer.drain()
        for frame in self.frames[1:]:
            await asyncio.sleep(self.delay)
            writer.write(frame)
            await writer.drain()
        writer.write((self.usage_frame if include_usage else b"") + self.done_frame)
        await writer.drain()


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=int(os.environ.get("STREAM_PORT", "18084")))
    ap.add_argument("--chunks", type=int, default=int(os.environ.get("STREAM_CHUNKS", "50")))
    ap.add_argument("--delay-ms", type=float, default=float(os.environ.get("STREAM_DELAY_MS", "5")))
    args = ap.parse_args()
    if args.chunks < 2:
        ap.error("--chunks must be >= 2")
    up = Upstream(args.chunks, args.delay_ms)
    server = await asyncio.start_server(up.handle, args.host, args.port, backlog=4096, limit=1 << 20)
    print(
        f"stream_upstream listening on http://{args.host}:{args.port} "
        f"chunks={args.chunks} delay_ms={args.delay_ms}",
        flush=True,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    # Do not wait for idle keep-alive connections (Python >= 3.12 would); just stop.
    server.close()
    print(f"stream_upstream: served requests={up.requests} streams={up.streams}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
