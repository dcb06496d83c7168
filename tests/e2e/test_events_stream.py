"""`x-gai-stream: gai.events.v1` over SSE and NDJSON against a running gai (raw HTTP)."""

from __future__ import annotations

import json

from fake_upstream import HELLO_TEXT
from gai_helpers import parse_sse, user


def _events_from_sse(text: str) -> list[dict]:
    return [json.loads(data) for data in parse_sse(text)]


def test_events_over_sse(http):
    body = {"model": "gpt-4o-mini", "stream": True, "messages": user("hi")}
    r = http.post("/v1/chat/completions", json=body, headers={"x-gai-stream": "gai.events.v1"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = _events_from_sse(r.text)
    assert [e["schema"] for e in events] == ["gai.events.v1"] * len(events)
    assert events[0]["type"] == "stream.start" and events[0]["provider"] == "fake" and events[0]["model"] == "fake-gpt"
    assert events[-1]["type"] == "stream.finish" and events[-1]["finish_reason"] == "stop"
    assert "".join(e["text"] for e in events if e["type"] == "text.delta") == HELLO_TEXT
    assert [e["seq"] for e in events] == list(range(len(events)))
    assert all(e["request_id"] == r.headers["x-request-id"] for e in events)
    assert "id: 0\n" in r.text


def test_tool_call_events_over_ndjson(http):
    body = {
        "model": "gpt-4o-mini",
        "stream": True,
        "messages": user("weather?"),
        "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}],
    }
    r = http.post(
        "/v1/chat/completions", json=body, headers={"x-gai-stream": "gai.events.v1", "accept": "application/x-ndjson"}
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/x-ndjson")
    events = [json.loads(line) for line in r.text.splitlines()]
    ends = [e for e in events if e["type"] == "tool_call.end"]
    assert len(ends) == 1 and ends[0]["name"] == "get_weather"
    assert json.loads(ends[0]["arguments"]) == {"city": "Paris"}
    fragments = "".join(e["arguments"] for e in events if e["type"] == "tool_call.delta")
    assert fragments == ends[0]["arguments"]
    assert events[-1]["finish_reason"] == "tool_calls"


def test_midstream_failure_is_an_error_event(http):
    body = {"model": "cutoff", "stream": True, "messages": user("hi")}
    r = http.post("/v1/chat/completions", json=body, headers={"x-gai-stream": "gai.events.v1"})
    events = _events_from_sse(r.text)
    assert events[-1]["type"] == "error"
    assert events[-1]["code"] == "network"
    assert not any(e["type"] == "stream.finish" for e in events)


def test_unknown_stream_format_is_a_400(http):
    body = {"model": "gpt-4o-mini", "stream": True, "messages": user("hi")}
    r = http.post("/v1/chat/completions", json=body, headers={"x-gai-stream": "nope"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_request"
