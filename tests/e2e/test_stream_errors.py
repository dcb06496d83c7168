"""Streams that fail after they started: an upstream error event, and an upstream cutoff."""

from __future__ import annotations

import openai
import pytest

from fake_upstream import PARTIAL_PIECES
from gai_helpers import assert_error_body, parse_sse, sse_json_events, user

CHAT = "/v1/chat/completions"
PARTIAL_TEXT = "".join(PARTIAL_PIECES)


def _iterate_until_error(client, model):
    received = []
    stream = client.chat.completions.create(model=model, messages=user("hi"), stream=True)
    with pytest.raises(openai.APIError) as ei:
        for chunk in stream:
            for choice in chunk.choices:
                if choice.delta.content:
                    received.append(choice.delta.content)
    e = ei.value
    # A proper in-band error event, not a transport failure between the SDK and the gateway.
    assert not isinstance(e, openai.APIConnectionError), f"gateway connection failed instead of an error event: {e!r}"
    return e, received


def _raw_stream(http, model):
    with http.stream("POST", CHAT, json={"model": model, "messages": user("hi"), "stream": True}) as r:
        assert r.status_code == 200
        assert r.headers.get("content-type", "").startswith("text/event-stream")
        text = r.read().decode()  # raises if the gateway itself cuts the connection
    return parse_sse(text)


def _assert_ends_with_error(events, code):
    assert events, "no events"
    assert "[DONE]" not in events, f"[DONE] sent on a failed stream: {events}"
    payloads = sse_json_events(events)
    last = payloads[-1]
    err = assert_error_body(last, code)
    assert err["param"] is None
    content = [p for p in payloads[:-1] if "error" not in p]
    assert len(content) == len(payloads) - 1, f"more than one error event: {payloads}"
    text = "".join(p["choices"][0]["delta"].get("content") or "" for p in content if p.get("choices"))
    assert text == PARTIAL_TEXT, f"content before the error: {text!r}"
    return err


def test_midstream_error_sdk(client, upstream):
    e, received = _iterate_until_error(client, "midstream-error")
    assert received, "the error was raised before any content arrived"
    assert received[0] == PARTIAL_PIECES[0]
    assert "".join(received) == PARTIAL_TEXT
    assert e.code == "provider_unavailable"
    assert isinstance(e.body, dict) and e.body.get("code") == "provider_unavailable"
    assert upstream.last_request(CHAT).json["model"] == "midstream-error"


def test_midstream_error_raw(http):
    err = _assert_ends_with_error(_raw_stream(http, "midstream-error"), "provider_unavailable")
    assert err["message"]


def test_cutoff_sdk(client, upstream):
    e, received = _iterate_until_error(client, "cutoff")
    assert "".join(received) == PARTIAL_TEXT
    assert e.code == "network"
    assert upstream.last_request(CHAT).json["model"] == "cutoff"


def test_cutoff_raw(http):
    _assert_ends_with_error(_raw_stream(http, "cutoff"), "network")
