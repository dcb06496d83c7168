"""Self-tests of the fake upstream, talking to it directly (no gai needed).

They pin the behaviour the gateway tests rely on, so a failure here points at the test
plumbing rather than at Gai. Run just these with `pytest tests/e2e -k selftest`.
"""

from __future__ import annotations

import json
import socket

import openai
import pytest

from fake_upstream import (
    CHAT_USAGE,
    EMBEDDING_VALUES,
    EXPECTED_API_KEY,
    HELLO_TEXT,
    PARTIAL_PIECES,
    RATE_LIMIT_RETRY_AFTER,
    TOOL_CALL_ID,
    decode_base64_embedding,
)
from gai_helpers import REQUEST_TIMEOUT_S, httpx, parse_sse, user

TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]


@pytest.fixture
def direct(upstream):
    http_client = httpx.Client(trust_env=False, timeout=REQUEST_TIMEOUT_S)
    c = openai.OpenAI(
        base_url=upstream.base_url, api_key=EXPECTED_API_KEY, max_retries=0, timeout=5, http_client=http_client
    )
    yield c
    c.close()


@pytest.fixture
def raw(upstream):
    with httpx.Client(
        base_url=upstream.base_url,
        headers={"authorization": f"Bearer {EXPECTED_API_KEY}"},
        timeout=REQUEST_TIMEOUT_S,
        trust_env=False,
    ) as h:
        yield h


def test_selftest_chat_and_record(direct, upstream):
    r = direct.chat.completions.create(model="fake-gpt", messages=user("hi"), extra_body={"gai_test_passthrough": {"a": 1}})
    assert r.choices[0].message.content == HELLO_TEXT
    assert {k: getattr(r.usage, k) for k in CHAT_USAGE} == CHAT_USAGE
    assert r.model == "fake-gpt" and r.id.startswith("chatcmpl-fake")
    rec = upstream.last_request("/v1/chat/completions")
    assert rec.headers["authorization"] == f"Bearer {EXPECTED_API_KEY}"
    assert rec.json["gai_test_passthrough"] == {"a": 1}


def test_selftest_stream(direct):
    chunks = list(
        direct.chat.completions.create(
            model="fake-gpt", messages=user("hi"), stream=True, stream_options={"include_usage": True}
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == HELLO_TEXT
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 16
    plain = list(direct.chat.completions.create(model="fake-gpt", messages=user("hi"), stream=True))
    assert all(c.choices and c.usage is None for c in plain)


def test_selftest_tools(direct):
    r = direct.chat.completions.create(model="fake-gpt", messages=user("hi"), tools=TOOLS)
    call = r.choices[0].message.tool_calls[0]
    assert r.choices[0].finish_reason == "tool_calls" and r.choices[0].message.content is None
    assert (call.id, call.function.name, json.loads(call.function.arguments)) == (
        TOOL_CALL_ID,
        "get_weather",
        {"city": "Paris"},
    )
    args, finish = "", None
    for c in direct.chat.completions.create(model="fake-gpt", messages=user("hi"), tools=TOOLS, stream=True):
        for ch in c.choices:
            finish = ch.finish_reason or finish
            for d in ch.delta.tool_calls or []:
                args += (d.function.arguments or "") if d.function else ""
    assert finish == "tool_calls" and json.loads(args) == {"city": "Paris"}


def test_selftest_embeddings(direct, upstream, raw):
    assert direct.embeddings.create(model="fake-embed", input="x", encoding_format="float").data[0].embedding == EMBEDDING_VALUES
    r = direct.embeddings.create(model="fake-embed", input=["a", "b"])
    assert upstream.last_request().json["encoding_format"] == "base64"
    assert [list(d.embedding) for d in r.data] == [EMBEDDING_VALUES] * 2
    b = raw.post("/embeddings", json={"model": "fake-embed", "input": "x", "encoding_format": "base64"}).json()
    assert decode_base64_embedding(b["data"][0]["embedding"]) == EMBEDDING_VALUES


def test_selftest_models(direct):
    assert [m.id for m in direct.models.list().data] == ["fake-gpt", "fake-embed"]


def test_selftest_errors(direct, upstream):
    with pytest.raises(openai.RateLimitError) as ei:
        direct.chat.completions.create(model="fail-429", messages=user("hi"))
    assert ei.value.response.headers["retry-after"] == RATE_LIMIT_RETRY_AFTER
    assert ei.value.code == "rate_limit_exceeded"
    bad = openai.OpenAI(base_url=upstream.base_url, api_key="wrong", max_retries=0, timeout=5)
    with pytest.raises(openai.AuthenticationError) as ei:
        bad.chat.completions.create(model="fake-gpt", messages=user("hi"))
    assert ei.value.code == "invalid_api_key"
    bad.close()


def test_selftest_midstream_error(direct):
    got = []
    with pytest.raises(openai.APIError) as ei:
        for c in direct.chat.completions.create(model="midstream-error", messages=user("hi"), stream=True):
            got.append(c.choices[0].delta.content)
    assert got == PARTIAL_PIECES
    assert ei.value.type == "server_error"


def test_selftest_cutoff_has_no_done_and_no_terminator(upstream):
    body = json.dumps({"model": "cutoff", "messages": user("hi"), "stream": True}).encode()
    with socket.create_connection((upstream.host, upstream.port), timeout=5) as s:
        s.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
            b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
            % (EXPECTED_API_KEY.encode(), len(body), body)
        )
        buf = b""
        while chunk := s.recv(65536):
            buf += chunk
    head, _, payload = buf.partition(b"\r\n\r\n")
    assert b" 200 " in head.split(b"\r\n")[0] and b"chunked" in head.lower()
    assert b"[DONE]" not in payload and not payload.endswith(b"0\r\n\r\n")
    assert payload.count(b"data: ") == len(PARTIAL_PIECES)


def test_selftest_keepalive_and_chunked_request(raw, upstream):
    r1 = raw.post("/chat/completions", json={"model": "fake-gpt", "messages": user("hi")})
    r2 = raw.post("/chat/completions", json={"model": "fake-gpt", "messages": user("hi")})
    assert r1.status_code == r2.status_code == 200
    assert r1.headers["x-request-id"] != r2.headers["x-request-id"]

    def gen():
        yield b'{"model": "fake-gpt", '
        yield b'"messages": [{"role": "user", "content": "hi"}]}'

    r3 = raw.post("/chat/completions", content=gen(), headers={"content-type": "application/json"})
    assert r3.status_code == 200, r3.text
    assert "chunked" in upstream.last_request().headers.get("transfer-encoding", "")
    with raw.stream("POST", "/chat/completions", json={"model": "fake-gpt", "messages": user("hi"), "stream": True}) as s:
        events = parse_sse(s.read().decode())
    assert events[-1] == "[DONE]"
    assert raw.post("/chat/completions", content=b"{nope").status_code == 400
    assert raw.post("/chat/completions", json={"model": "nope", "messages": user("hi")}).status_code == 404
