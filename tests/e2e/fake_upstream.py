"""A small, dependency-free, OpenAI-compatible fake upstream for Gai's e2e tests.

Start it in-process::

    up = FakeUpstream()          # binds 127.0.0.1:0 (a free port)
    up.start()
    ... up.base_url ...          # "http://127.0.0.1:<port>/v1"
    up.requests                  # list[RecordedRequest], one per request received
    up.stop()

or on its own for manual poking::

    python tests/e2e/fake_upstream.py --port 8099

Behaviour is keyed by the ``model`` in the request body (see the module
constants below and ``_Handler``). Every request is recorded (method, path,
lower-cased headers, raw body, parsed JSON body) before anything else is done
with it, so tests can assert what the gateway forwarded.
"""

from __future__ import annotations

import argparse
import base64
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterable

EXPECTED_API_KEY = "sk-fake-upstream"

CHAT_MODEL = "fake-gpt"
EMBED_MODEL = "fake-embed"
RATE_LIMIT_MODEL = "fail-429"
MIDSTREAM_ERROR_MODEL = "midstream-error"
CUTOFF_MODEL = "cutoff"

HELLO_TEXT = "Hello from fake upstream"
HELLO_PIECES = ["Hello", " from", " fake", " upstream"]
CHAT_USAGE = {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16}

TOOL_CALL_ID = "call_fake_1"
TOOL_ARGUMENTS = '{"city":"Paris"}'  # non-streaming arguments
TOOL_ARGUMENT_FRAGMENTS = ['{"ci', 'ty": "Pa', 'ris"}']  # streaming; joins to '{"city": "Paris"}'

# The two content pieces sent by the midstream-error and cutoff models before failing.
PARTIAL_PIECES = ["Hello", " from"]

EMBEDDING_VALUES = [0.25, -0.5, 0.125, 1.0]  # all exactly representable as float32

RATE_LIMIT_RETRY_AFTER = "7"
RATE_LIMIT_ERROR = {
    "error": {
        "message": "Rate limit reached for requests",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }
}
UNAUTHORIZED_ERROR = {
    "error": {
        "message": "Incorrect API key provided",
        "type": "invalid_request_error",
        "param": None,
        "code": "invalid_api_key",
    }
}
MIDSTREAM_ERROR = {
    "error": {
        "message": "The server had an error while processing your request.",
        "type": "server_error",
        "param": None,
        "code": None,
    }
}

# A request field the fake honours on streams: milliseconds to sleep before each
# event after the first. Gai passes unknown fields through, so tests can use it to
# check that the gateway streams incrementally instead of buffering.
STREAM_DELAY_FIELD = "fake_stream_delay_ms"

# The header value the fake sends as its own request id. The gateway must replace
# it with its own x-request-id, so tests can check this never leaks through.
UPSTREAM_REQUEST_ID_PREFIX = "req_fakeupstream_"


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names; last value wins
    raw_body: bytes
    json: Any = None  # parsed body, or None if absent / not JSON
    received_at: float = field(default_factory=time.time)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, handler, owner: "FakeUpstream"):
        self.owner = owner
        super().__init__(addr, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients (the gateway) closing pooled keep-alive connections is normal; stay quiet.
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every non-stream response has Content-Length
    server_version = "FakeUpstream/1.0"
    sys_version = ""
    server: _Server

    # --- plumbing -------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        # Stream chunks must leave immediately, not wait for Nagle/delayed-ACK.
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.owner.verbose:
            super().log_message(format, *args)

    def _read_body(self) -> bytes:
        te = (self.headers.get("Transfer-Encoding") or "").lower()
        if "chunked" in te:
            out = bytearray()
            while True:
                line = self.rfile.readline(65537)
                if not line:
                    break
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # trailers until blank line
                    while True:
                        trailer = self.rfile.readline(65537)
                        if trailer in (b"\r\n", b"\n", b""):
                            break
                    break
                out += self.rfile.read(size)
                self.rfile.readline(3)  # CRLF after chunk data
            return bytes(out)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _record(self, body: bytes) -> RecordedRequest:
        parsed = None
        if body:
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = None
        rec = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            raw_body=body,
            json=parsed,
        )
        self.server.owner._add(rec)
        return rec

    def _request_id(self) -> str:
        return f"{UPSTREAM_REQUEST_ID_PREFIX}{self.server.owner._next_id()}"

    def _send_json(self, status: int, payload: Any, extra_headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", self._request_id())
        for k, v in (extra_headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _error(self, status: int, message: str, type_: str, code: str | None, param: str | None = None) -> None:
        self._send_json(status, {"error": {"message": message, "type": type_, "param": param, "code": code}})

    # SSE over chunked transfer encoding, one HTTP chunk per SSE event, flushed each time.

    def _start_stream(self, req: dict, close: bool = False) -> None:
        ms = req.get(STREAM_DELAY_FIELD)
        self._stream_delay = min(float(ms), 5000.0) / 1000.0 if isinstance(ms, (int, float)) and ms > 0 else 0.0
        self._events_sent = 0
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("x-request-id", self._request_id())
        self.end_headers()
        self.wfile.flush()

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _send_event(self, payload: Any) -> None:
        delay = getattr(self, "_stream_delay", 0.0)
        if delay and getattr(self, "_events_sent", 0) > 0:
            time.sleep(delay)
        self._events_sent = getattr(self, "_events_sent", 0) + 1
        text = payload if isinstance(payload, str) else json.dumps(payload)
        self._write_chunk(f"data: {text}\n\n".encode())

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _abort_connection(self) -> None:
        """Close the TCP connection without finishing the chunked body."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # --- routing --------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802
        self._record(b"")
        if not self._authorized():
            return
        path = self.path.split("?", 1)[0].rstrip("/")
        if path == "/v1/models":
            now = int(time.time())
            self._send_json(
                200,
                {
                    "object": "list",
                    "data": [
                        {"id": CHAT_MODEL, "object": "model", "created": now, "owned_by": "fake"},
                        {"id": EMBED_MODEL, "object": "model", "created": now, "owned_by": "fake"},
                    ],
                },
            )
        else:
            self._error(404, f"Unknown path {path}", "invalid_request_error", "unknown_url")

    def do_POST(self) -> None:  # noqa: N802
        body = self._read_body()
        rec = self._record(body)
        if not self._authorized():
            return
        if not isinstance(rec.json, dict):
            self._error(400, "We could not parse the JSON body of your request.", "invalid_request_error", None)
            return
        path = self.path.split("?", 1)[0].rstrip("/")
        if path == "/v1/chat/completions":
            self._chat(rec.json)
        elif path == "/v1/embeddings":
            self._embeddings(rec.json)
        else:
            self._error(404, f"Unknown path {path}", "invalid_request_error", "unknown_url")

    def _authorized(self) -> bool:
        if self.headers.get("Authorization") == f"Bearer {EXPECTED_API_KEY}":
            return True
        self._send_json(401, UNAUTHORIZED_ERROR)
        return False

    # --- chat -----------------------------------------------------------

    def _chat(self, req: dict) -> None:
        model = req.get("model")
        stream = bool(req.get("stream"))
        if model == RATE_LIMIT_MODEL:
            self._send_json(429, RATE_LIMIT_ERROR, {"retry-after": RATE_LIMIT_RETRY_AFTER})
            return
        if model == CHAT_MODEL:
            if stream:
                self._chat_stream(req)
            else:
                self._chat_once(req)
            return
        if model in (MIDSTREAM_ERROR_MODEL, CUTOFF_MODEL):
            self._failing_stream(req, model)
            return
        self._error(
            404,
            f"The model `{model}` does not exist or you do not have access to it.",
            "invalid_request_error",
            "model_not_found",
            "model",
        )

    def _completion_id(self) -> str:
        return f"chatcmpl-fake{self.server.owner._next_id()}"

    @staticmethod
    def _first_tool_name(req: dict) -> str | None:
        tools = req.get("tools")
        if not isinstance(tools, list) or not tools:
            return None
        first = tools[0]
        if isinstance(first, dict):
            fn = first.get("function")
            if isinstance(fn, dict) and isinstance(fn.get("name"), str):
                return fn["name"]
        return "unknown_tool"

    def _chat_once(self, req: dict) -> None:
        tool = self._first_tool_name(req)
        if tool is not None:
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": TOOL_CALL_ID,
                        "type": "function",
                        "function": {"name": tool, "arguments": TOOL_ARGUMENTS},
                    }
                ],
                "refusal": None,
            }
            finish = "tool_calls"
        else:
            message = {"role": "assistant", "content": HELLO_TEXT, "refusal": None}
            finish = "stop"
        self._send_json(
            200,
            {
                "id": self._completion_id(),
                "object": "chat.completion",
                "created": int(time.time()),
                "model": CHAT_MODEL,
                "system_fingerprint": "fp_fake",
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
                "usage": dict(CHAT_USAGE),
            },
        )

    def _chunk(self, cid: str, created: int, model: str, delta: dict, finish: str | None, include_usage: bool) -> dict:
        chunk = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": "fp_fake",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if include_usage:
            chunk["usage"] = None  # as OpenAI does on every non-final chunk when include_usage is set
        return chunk

    @staticmethod
    def _include_usage(req: dict) -> bool:
        so = req.get("stream_options")
        return isinstance(so, dict) and so.get("include_usage") is True

    def _chat_stream(self, req: dict) -> None:
        cid, created = self._completion_id(), int(time.time())
        inc = self._include_usage(req)
        tool = self._first_tool_name(req)
        deltas: list[tuple[dict, str | None]] = []
        if tool is not None:
            deltas.append(
                (
                    {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": TOOL_CALL_ID,
                                "type": "function",
                                "function": {"name": tool, "arguments": ""},
                            }
                        ],
                        "refusal": None,
                    },
                    None,
                )
            )
            for frag in TOOL_ARGUMENT_FRAGMENTS:
                deltas.append(({"tool_calls": [{"index": 0, "function": {"arguments": frag}}]}, None))
            deltas.append(({}, "tool_calls"))
        else:
            deltas.append(({"role": "assistant", "content": "", "refusal": None}, None))
            for piece in HELLO_PIECES:
                deltas.append(({"content": piece}, None))
            deltas.append(({}, "stop"))

        self._start_stream(req)
        for delta, finish in deltas:
            self._send_event(self._chunk(cid, created, CHAT_MODEL, delta, finish, inc))
        if inc:
            self._send_event(
                {
                    "id": cid,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": CHAT_MODEL,
                    "system_fingerprint": "fp_fake",
                    "choices": [],
                    "usage": dict(CHAT_USAGE),
                }
            )
        self._send_event("[DONE]")
        self._end_stream()

    def _failing_stream(self, req: dict, model: str) -> None:
        cid, created = self._completion_id(), int(time.time())
        inc = self._include_usage(req)
        self._start_stream(req, close=True)
        self._send_event(self._chunk(cid, created, model, {"role": "assistant", "content": PARTIAL_PIECES[0]}, None, inc))
        self._send_event(self._chunk(cid, created, model, {"content": PARTIAL_PIECES[1]}, None, inc))
        if model == MIDSTREAM_ERROR_MODEL:
            # An error event, a properly terminated body, then the connection is closed.
            self._send_event(MIDSTREAM_ERROR)
            self._end_stream()
            self.close_connection = True
        else:
            # Cutoff: no [DONE], no terminating zero-length chunk; just close the socket.
            # The pause lets the gateway forward what was sent before the close arrives:
            # AsyncHTTPClient drops body parts it had buffered but not yet handed out when the
            # connection fails in the same read (a transport limitation, noted in docs).
            time.sleep(0.05)
            self._abort_connection()

    # --- embeddings -----------------------------------------------------

    def _embeddings(self, req: dict) -> None:
        model = req.get("model")
        if model != EMBED_MODEL:
            self._error(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                "invalid_request_error",
                "model_not_found",
                "model",
            )
            return
        raw = req.get("input")
        inputs: list[Any]
        if isinstance(raw, str):
            inputs = [raw]
        elif isinstance(raw, list) and raw and all(isinstance(x, int) for x in raw):
            inputs = [raw]  # a single token array
        elif isinstance(raw, list) and raw:
            inputs = list(raw)
        else:
            self._error(400, "'input' must be a non-empty string or array", "invalid_request_error", None, "input")
            return
        fmt = req.get("encoding_format") or "float"
        if fmt not in ("float", "base64"):
            self._error(400, f"Invalid encoding_format {fmt!r}", "invalid_request_error", None, "encoding_format")
            return
        if fmt == "base64":
            vec: Any = base64.b64encode(struct.pack("<%df" % len(EMBEDDING_VALUES), *EMBEDDING_VALUES)).decode()
        else:
            vec = list(EMBEDDING_VALUES)
        tokens = 0
        for item in inputs:
            tokens += len(item.split()) if isinstance(item, str) else (len(item) if isinstance(item, list) else 1)
        tokens = max(tokens, 1)
        self._send_json(
            200,
            {
                "object": "list",
                "data": [{"object": "embedding", "index": i, "embedding": vec} for i in range(len(inputs))],
                "model": EMBED_MODEL,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            },
        )


class FakeUpstream:
    """Owns the server thread and the request record."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, verbose: bool = False):
        self.verbose = verbose
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._counter = 0
        self._server = _Server((host, port), _Handler, self)
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return self._server.server_address[0]

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> "FakeUpstream":
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="fake-upstream", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FakeUpstream":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # --- record ---------------------------------------------------------

    def _add(self, rec: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(rec)

    def _next_id(self) -> int:
        with self._lock:
            self._counter += 1
            return self._counter

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def last_request(self, path: str | None = None) -> RecordedRequest | None:
        reqs = self.requests if path is None else self.requests_to(path)
        return reqs[-1] if reqs else None

    def describe(self, limit: int = 20) -> str:
        lines = []
        for r in self.requests[-limit:]:
            body = r.raw_body[:300].decode("utf-8", "replace")
            lines.append(f"{r.method} {r.path} auth={r.headers.get('authorization')!r} body={body}")
        return "\n".join(lines) or "(no requests)"


def decode_base64_embedding(value: str) -> list[float]:
    raw = base64.b64decode(value)
    return list(struct.unpack("<%df" % (len(raw) // 4), raw))


def main(argv: Iterable[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args(list(argv) if argv is not None else None)
    up = FakeUpstream(args.host, args.port, verbose=True)
    print(f"fake upstream listening on {up.base_url}", flush=True)
    try:
        up._server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        up._server.server_close()


if __name__ == "__main__":
    main()
