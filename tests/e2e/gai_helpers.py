"""Shared helpers for Gai's e2e tests (not a test module)."""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

try:  # openai>=3 depends on httpx2 (same API as httpx); older openai pulls httpx.
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]

__all__ = [
    "httpx",
    "CONFIGURED_MODELS",
    "ERROR_CODES",
    "UUID7_RE",
    "assert_uuid7",
    "parse_sse",
    "sse_json_events",
    "assert_error_body",
    "user",
]

READY_TIMEOUT_S = 30.0  # gai serve -> GET /health/ready == 200
SHUTDOWN_TIMEOUT_S = 10.0  # SIGTERM -> exit
REQUEST_TIMEOUT_S = 10.0  # every HTTP request the tests make
MAX_BODY_BYTES = 65536  # server.max_body_bytes in the e2e config

# The model names the e2e config defines (conftest.CONFIG_TEMPLATE).
CONFIGURED_MODELS = [
    "gpt-4o-mini",
    "text-embedding-3-small",
    "rate-limited",
    "midstream-error",
    "cutoff",
    "mock-echo",
    "flaky",
    "no-budget",
    "failover",
    "fragile",
    "fastest",
    "long-context",
    "short-context",
    "paced",
    "dead",
]

# The gateway's error taxonomy (the `code` of every error it returns).
ERROR_CODES = {
    "invalid_request",
    "unauthorized",
    "forbidden",
    "not_found",
    "rate_limited",
    "overloaded",
    "timeout",
    "network",
    "provider_unavailable",
    "context_length_exceeded",
    "content_filtered",
    "unsupported",
    "internal",
}

UUID7_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", re.IGNORECASE)


def assert_uuid7(value: str | None, *, max_skew_s: float = 300.0) -> None:
    """`value` is a canonical UUID v7 (version nibble 7, RFC variant) whose timestamp is about now."""
    assert value, f"expected a UUID v7 request id, got {value!r}"
    assert UUID7_RE.match(value), f"not a UUID v7: {value!r}"
    u = uuid.UUID(value)
    assert u.version == 7, f"UUID version is {u.version}, not 7: {value!r}"
    ms = u.int >> 80  # unix_ts_ms is the top 48 bits
    skew = abs(ms / 1000.0 - time.time())
    assert skew < max_skew_s, f"UUID v7 timestamp is {skew:.0f}s away from now: {value!r}"


def parse_sse(text: str) -> list[str]:
    """The `data` payloads of the server-sent events in `text`, in order."""
    events: list[str] = []
    data: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line == "":
            if data:
                events.append("\n".join(data))
                data = []
            continue
        if line.startswith(":"):
            continue  # comment / keep-alive
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            data.append(value)
    if data:
        events.append("\n".join(data))
    return events


def sse_json_events(events: list[str]) -> list[Any]:
    """Parse every event except a `[DONE]` sentinel as JSON (failing loudly if one isn't)."""
    out = []
    for ev in events:
        if ev == "[DONE]":
            continue
        try:
            out.append(json.loads(ev))
        except ValueError as e:  # pragma: no cover - assertion path
            raise AssertionError(f"SSE data is not JSON: {ev!r}") from e
    return out


def assert_error_body(body: Any, code: str) -> dict:
    """`body` is `{"error": {"message", "type", "param", "code"}}` with the given taxonomy code."""
    assert isinstance(body, dict) and isinstance(body.get("error"), dict), f"not an OpenAI error body: {body!r}"
    err = body["error"]
    for key in ("message", "type", "param", "code"):
        assert key in err, f"error body lacks {key!r}: {body!r}"
    assert isinstance(err["message"], str) and err["message"], f"empty error message: {body!r}"
    assert isinstance(err["type"], str) and err["type"], f"empty error type: {body!r}"
    assert err["param"] is None or isinstance(err["param"], str), f"bad param: {body!r}"
    assert err["code"] in ERROR_CODES, f"code {err['code']!r} not in the taxonomy: {body!r}"
    assert err["code"] == code, f"expected code {code!r}, got {err['code']!r}: {body!r}"
    return err


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]
