"""Chat completions through the gateway to the fake upstream: non-streaming, streaming, request ids."""

from __future__ import annotations

import json
import time

import pytest

from fake_upstream import (
    CHAT_USAGE,
    EXPECTED_API_KEY,
    HELLO_TEXT,
    STREAM_DELAY_FIELD,
    UPSTREAM_REQUEST_ID_PREFIX,
)
from gai_helpers import assert_uuid7, parse_sse, sse_json_events, user

CHAT = "/v1/chat/completions"


def test_chat_non_streaming(client, upstream):
    r = client.chat.completions.create(model="gpt-4o-mini", messages=user("Say hello"))
    assert r.object == "chat.completion"
    assert r.id.startswith("chatcmpl-fake")
    assert r.model == "fake-gpt"  # the upstream's response body passes through
    assert len(r.choices) == 1
    assert r.choices[0].message.role == "assistant"
    assert r.choices[0].message.content == HELLO_TEXT
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None
    assert (r.usage.prompt_tokens, r.usage.completion_tokens, r.usage.total_tokens) == (
        CHAT_USAGE["prompt_tokens"],
        CHAT_USAGE["completion_tokens"],
        CHAT_USAGE["total_tokens"],
    )
    # The gateway's own request id (UUID v7), never the upstream's.
    assert_uuid7(r._request_id)
    assert not r._request_id.startswith(UPSTREAM_REQUEST_ID_PREFIX)
    assert len(upstream.requests_to(CHAT)) == 1


def test_request_ids_are_unique(client, upstream):
    ids = {client.chat.completions.create(model="gpt-4o-mini", messages=user("hi"))._request_id for _ in range(3)}
    assert len(ids) == 3, ids
    for rid in ids:
        assert_uuid7(rid)


def test_upstream_receives_rewritten_request(client, upstream):
    messages = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Hello?"},
    ]
    client.chat.completions.create(
        model="gpt-4o-mini",
        messages=messages,
        temperature=0.5,
        max_tokens=32,
        extra_body={"gai_test_passthrough": {"a": 1}},
    )
    rec = upstream.last_request(CHAT)
    assert rec is not None, "the upstream received no chat request"
    assert rec.method == "POST"
    assert rec.headers.get("authorization") == f"Bearer {EXPECTED_API_KEY}"
    assert rec.json["model"] == "fake-gpt"
    assert rec.json["messages"] == messages
    assert rec.json["temperature"] == 0.5
    assert rec.json["max_tokens"] == 32
    assert rec.json["gai_test_passthrough"] == {"a": 1}
    assert rec.headers.get("x-request-id"), f"no x-request-id forwarded upstream: {rec.headers}"


def test_passthrough_field_reaches_upstream_when_streaming(client, upstream):
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=user("hi"),
        stream=True,
        extra_body={"gai_test_passthrough": {"nested": [1, "two", None, {"x": True}]}},
    )
    for _ in stream:
        pass
    rec = upstream.last_request(CHAT)
    assert rec.json["model"] == "fake-gpt"
    assert rec.json["stream"] is True
    assert rec.json["gai_test_passthrough"] == {"nested": [1, "two", None, {"x": True}]}


def test_provider_slash_model_routes_directly(client, upstream):
    r = client.chat.completions.create(model="fake/fake-gpt", messages=user("hi"))
    assert r.choices[0].message.content == HELLO_TEXT
    rec = upstream.last_request(CHAT)
    assert rec.json["model"] == "fake-gpt"
    assert rec.headers.get("authorization") == f"Bearer {EXPECTED_API_KEY}"


# --- x-request-id -------------------------------------------------------------------


def test_client_request_id_is_echoed_raw(http, upstream):
    rid = "e2e-client-req-0001"
    r = http.post(CHAT, json={"model": "gpt-4o-mini", "messages": user("hi")}, headers={"x-request-id": rid})
    assert r.status_code == 200, r.text
    assert r.headers.get("x-request-id") == rid


def test_client_request_id_is_echoed_sdk(client, upstream):
    rid = "e2e-client-req-0002"
    r = client.chat.completions.create(model="gpt-4o-mini", messages=user("hi"), extra_headers={"x-request-id": rid})
    assert r._request_id == rid


def test_request_id_forwarded_upstream_matches_response(http, upstream):
    """Assumption: the id forwarded upstream is the request's id (the one returned to the client)."""
    rid = "e2e-client-req-0003"
    r = http.post(CHAT, json={"model": "gpt-4o-mini", "messages": user("hi")}, headers={"x-request-id": rid})
    assert r.status_code == 200, r.text
    assert upstream.last_request(CHAT).headers.get("x-request-id") == rid
    r = http.post(CHAT, json={"model": "gpt-4o-mini", "messages": user("hi")})
    assert upstream.last_request(CHAT).headers.get("x-request-id") == r.headers.get("x-request-id")


def test_request_id_of_128_chars_is_echoed(http):
    rid = "r" * 120 + "-1234567"
    assert len(rid) == 128
    r = http.post(CHAT, json={"model": "mock-echo", "messages": user("hi")}, headers={"x-request-id": rid})
    assert r.status_code == 200, r.text
    assert r.headers.get("x-request-id") == rid


def test_overlong_request_id_is_replaced(http):
    rid = "x" * 129
    r = http.post(CHAT, json={"model": "mock-echo", "messages": user("hi")}, headers={"x-request-id": rid})
    assert r.status_code == 200, r.text
    assert_uuid7(r.headers.get("x-request-id"))


# --- streaming ----------------------------------------------------------------------


def test_stream_with_include_usage(client, upstream):
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=user("Say hello"),
        stream=True,
        stream_options={"include_usage": True},
    )
    assert_uuid7(stream.response.headers.get("x-request-id"))
    chunks = list(stream)
    assert chunks, "no chunks"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == HELLO_TEXT
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    last = chunks[-1]
    assert last.choices == []
    assert last.usage is not None
    assert last.usage.total_tokens == CHAT_USAGE["total_tokens"]
    assert last.usage.prompt_tokens == CHAT_USAGE["prompt_tokens"]
    assert last.usage.completion_tokens == CHAT_USAGE["completion_tokens"]
    for c in chunks:
        assert c.object == "chat.completion.chunk"
    # the client's stream_options reached the upstream
    assert upstream.last_request(CHAT).json.get("stream_options") == {"include_usage": True}


def test_stream_without_include_usage(client, upstream):
    chunks = list(client.chat.completions.create(model="gpt-4o-mini", messages=user("Say hello"), stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == HELLO_TEXT
    assert all(c.choices for c in chunks), "a chunk with empty choices (usage chunk) was sent"
    assert all(c.usage is None for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_stream_raw_sse_format(http, upstream):
    body = {"model": "gpt-4o-mini", "messages": user("hi"), "stream": True}
    with http.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        assert r.headers.get("content-type", "").startswith("text/event-stream"), r.headers
        assert_uuid7(r.headers.get("x-request-id"))
        text = r.read().decode()
    events = parse_sse(text)
    assert events, f"no SSE events in {text!r}"
    assert events[-1] == "[DONE]", f"stream did not end with [DONE]: {events[-3:]}"
    assert events.count("[DONE]") == 1
    payloads = sse_json_events(events)
    assert all(p.get("object") == "chat.completion.chunk" for p in payloads), payloads
    assert "".join(p["choices"][0]["delta"].get("content") or "" for p in payloads if p["choices"]) == HELLO_TEXT
    # every data line is `data: <one-line json>` followed by a blank line
    for line in text.replace("\r\n", "\n").split("\n"):
        assert line == "" or line.startswith("data:") or line.startswith(":"), f"unexpected SSE line {line!r}"


def test_stream_is_incremental(client, upstream):
    """Chunks reach the client as the upstream sends them (the gateway does not buffer the stream)."""
    delay_ms = 250
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=user("hi"),
        stream=True,
        extra_body={STREAM_DELAY_FIELD: delay_ms},
    )
    arrivals = []
    text = ""
    for c in stream:
        arrivals.append(time.monotonic())
        if c.choices:
            text += c.choices[0].delta.content or ""
    assert text == HELLO_TEXT
    # The fake sleeps delay_ms before each of its 5 later events; if the gateway forwarded them as they
    # came, the first and the last chunk are >= 5 * delay apart. Allow generous slack for slow machines.
    spread = arrivals[-1] - arrivals[0]
    assert spread >= 4 * delay_ms / 1000.0 * 0.8, f"chunks arrived together ({spread:.3f}s apart): buffered?"


@pytest.mark.parametrize("model", ["gpt-4o-mini", "fake/fake-gpt"])
def test_stream_chunks_are_upstream_json(http, upstream, model):
    """Chunk bodies pass through: the `model` and `id` are the upstream's."""
    body = {"model": model, "messages": user("hi"), "stream": True, "stream_options": {"include_usage": True}}
    with http.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        text = r.read().decode()
    payloads = sse_json_events(parse_sse(text))
    assert payloads
    assert {p["model"] for p in payloads} == {"fake-gpt"}
    assert len({p["id"] for p in payloads}) == 1
    assert payloads[-1]["choices"] == [] and payloads[-1]["usage"] == CHAT_USAGE
    assert json.loads(upstream.last_request(CHAT).raw_body)["model"] == "fake-gpt"
