"""The in-process mock provider (`mock-echo`): echo chat, word-chunk streaming, deterministic embeddings."""

from __future__ import annotations

import math

import pytest

from gai_helpers import assert_uuid7, parse_sse, sse_json_events, user

ECHO_TEXT = "The quick brown fox jumps over the lazy dog."


def test_mock_echo_chat(client, upstream):
    messages = [
        {"role": "system", "content": "You are an echo."},
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "first answer"},
        {"role": "user", "content": ECHO_TEXT},
    ]
    r = client.chat.completions.create(model="mock-echo", messages=messages)
    assert r.object == "chat.completion"
    assert r.choices[0].message.role == "assistant"
    assert r.choices[0].message.content == ECHO_TEXT
    assert r.choices[0].finish_reason == "stop"
    u = r.usage
    assert u is not None
    assert u.prompt_tokens > 0 and u.completion_tokens > 0 and u.total_tokens > 0
    assert u.total_tokens == u.prompt_tokens + u.completion_tokens
    assert u.completion_tokens == len(ECHO_TEXT.split())
    assert_uuid7(r._request_id)
    assert upstream.requests == [], "the mock provider must not call the fake upstream"


@pytest.mark.parametrize("text", ["Hello", "Grüße aus Köln — 世界, ok?"], ids=["one-word", "unicode"])
def test_mock_echo_verbatim(client, text):
    r = client.chat.completions.create(model="mock-echo", messages=user(text))
    assert r.choices[0].message.content == text


def test_mock_echo_stream_with_usage(client, upstream):
    stream = client.chat.completions.create(
        model="mock-echo", messages=user(ECHO_TEXT), stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert "".join(pieces) == ECHO_TEXT
    assert len(pieces) > 1, f"reply was not split into word chunks: {pieces}"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    last = chunks[-1]
    assert last.choices == []
    assert last.usage is not None
    assert last.usage.completion_tokens == len(ECHO_TEXT.split())
    assert last.usage.total_tokens == last.usage.prompt_tokens + last.usage.completion_tokens > 0
    assert sum(1 for c in chunks if c.usage is not None) == 1
    assert upstream.requests == []


def test_mock_echo_stream_without_usage(client):
    chunks = list(client.chat.completions.create(model="mock-echo", messages=user(ECHO_TEXT), stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ECHO_TEXT
    assert all(c.choices for c in chunks)
    assert all(c.usage is None for c in chunks)


def test_mock_echo_stream_raw_ends_with_done(http):
    body = {"model": "mock-echo", "messages": user("one two three"), "stream": True}
    with http.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        assert r.headers.get("content-type", "").startswith("text/event-stream")
        events = parse_sse(r.read().decode())
    assert events and events[-1] == "[DONE]"
    payloads = sse_json_events(events)
    assert "".join(p["choices"][0]["delta"].get("content") or "" for p in payloads if p["choices"]) == "one two three"


def test_mock_embeddings(client, upstream):
    a1 = client.embeddings.create(model="mock-echo", input="deterministic input", encoding_format="float")
    a2 = client.embeddings.create(model="mock-echo", input="deterministic input", encoding_format="float")
    assert len(a1.data) == 1
    v = a1.data[0].embedding
    assert len(v) == 8
    assert all(isinstance(x, float) and math.isfinite(x) for x in v)
    assert a2.data[0].embedding == v, "mock embeddings are not deterministic"
    assert a1.usage.prompt_tokens > 0
    many = client.embeddings.create(model="mock-echo", input=["deterministic input", "other"], encoding_format="float")
    assert [d.index for d in many.data] == [0, 1]
    assert many.data[0].embedding == v
    assert all(len(d.embedding) == 8 for d in many.data)
    assert upstream.requests == []


def test_mock_embeddings_default_encoding(client):
    """SDK default (base64 requested, decoded by the SDK) gives the same 8 values (up to float32 rounding)."""
    f = client.embeddings.create(model="mock-echo", input="same text", encoding_format="float").data[0].embedding
    d = list(client.embeddings.create(model="mock-echo", input="same text").data[0].embedding)
    assert len(d) == 8
    assert all(math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-6) for x, y in zip(d, f)), (d, f)


def test_under_limit_body_is_accepted(http):
    """A body just under max_body_bytes (65536) is served."""
    text = "w " * 30000  # ~60 KB of content
    r = http.post("/v1/chat/completions", json={"model": "mock-echo", "messages": user(text)})
    assert r.status_code == 200, r.text[:500]
    assert r.json()["choices"][0]["message"]["content"] == text
