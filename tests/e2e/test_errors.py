"""Error mapping: OpenAI-shaped bodies with the gateway's taxonomy codes and the right statuses."""

from __future__ import annotations

import json

import openai
import pytest

from fake_upstream import RATE_LIMIT_RETRY_AFTER
from gai_helpers import assert_error_body, assert_uuid7, httpx, user

CHAT = "/v1/chat/completions"
JSON_HEADERS = {"content-type": "application/json"}


def _assert_json_error(r, status: int, code: str) -> dict:
    assert r.status_code == status, f"expected {status}, got {r.status_code}: {r.text[:500]}"
    assert r.headers.get("content-type", "").startswith("application/json"), r.headers
    assert r.headers.get("x-request-id"), "error responses must carry x-request-id too"
    return assert_error_body(r.json(), code)


def test_health_endpoints(http):
    assert http.get("/health/live").status_code == 200
    assert http.get("/health/ready").status_code == 200


# --- unknown model ----------------------------------------------------------------


def test_unknown_model(client, upstream):
    with pytest.raises(openai.NotFoundError) as ei:
        client.chat.completions.create(model="no-such-model", messages=user("hi"))
    e = ei.value
    assert e.status_code == 404
    assert e.code == "not_found"
    assert_error_body({"error": e.body}, "not_found")
    assert_uuid7(e.request_id)
    assert upstream.requests == [], "an unknown model must not reach any upstream"


def test_unknown_model_streaming(client, upstream):
    with pytest.raises(openai.NotFoundError) as ei:
        client.chat.completions.create(model="no-such-model", messages=user("hi"), stream=True)
    assert ei.value.code == "not_found"


def test_unknown_model_embeddings(client):
    with pytest.raises(openai.NotFoundError) as ei:
        client.embeddings.create(model="no-such-model", input="hi", encoding_format="float")
    assert ei.value.code == "not_found"


def test_unknown_model_raw(http):
    r = http.post(CHAT, json={"model": "no-such-model", "messages": user("hi")})
    _assert_json_error(r, 404, "not_found")


# --- invalid requests -------------------------------------------------------------


def test_empty_messages(client, upstream):
    with pytest.raises(openai.BadRequestError) as ei:
        client.chat.completions.create(model="gpt-4o-mini", messages=[])
    e = ei.value
    assert e.status_code == 400
    assert e.code == "invalid_request"
    err = assert_error_body({"error": e.body}, "invalid_request")
    assert "messages" in err["message"], err
    assert upstream.requests == []


def test_missing_model(http, upstream):
    r = http.post(CHAT, json={"messages": user("hi")})
    err = _assert_json_error(r, 400, "invalid_request")
    assert "model" in err["message"], err
    assert upstream.requests == []


@pytest.mark.parametrize(
    "raw",
    [
        b'{"model": "gpt-4o-mini", "messages": [',
        b"not json at all",
        b"",
        b'["model", "gpt-4o-mini"]',
    ],
    ids=["truncated", "garbage", "empty", "array"],
)
def test_malformed_json(http, upstream, raw):
    r = http.post(CHAT, content=raw, headers=JSON_HEADERS)
    _assert_json_error(r, 400, "invalid_request")
    assert upstream.requests == []


@pytest.mark.parametrize(
    "patch, field",
    [
        ({"messages": "hi"}, "messages"),
        ({"temperature": "hot"}, "temperature"),
        ({"model": 42}, "model"),
        ({"stream": "yes"}, "stream"),
    ],
    ids=["messages-string", "temperature-string", "model-number", "stream-string"],
)
def test_wrong_types_name_the_field(http, upstream, patch, field):
    body = {"model": "gpt-4o-mini", "messages": user("hi")}
    body.update(patch)
    r = http.post(CHAT, content=json.dumps(body).encode(), headers=JSON_HEADERS)
    err = _assert_json_error(r, 400, "invalid_request")
    assert field in err["message"], f"message does not name {field!r}: {err['message']!r}"
    assert upstream.requests == []


def test_wrong_type_via_sdk(client):
    with pytest.raises(openai.BadRequestError) as ei:
        client.chat.completions.create(model="gpt-4o-mini", messages=user("hi"), extra_body={"temperature": "hot"})
    assert ei.value.code == "invalid_request"
    assert "temperature" in ei.value.message


def test_oversized_body(http, upstream):
    body = {"model": "gpt-4o-mini", "messages": user("x" * 100_000)}
    try:
        r = http.post(CHAT, content=json.dumps(body).encode(), headers=JSON_HEADERS)
    except httpx.TransportError as e:
        pytest.fail(
            f"no 413 response: the gateway broke the connection ({e!r}); it must answer 413 before closing "
            "(e.g. reply, then drain or half-close, instead of closing with unread request bytes)"
        )
    _assert_json_error(r, 413, "invalid_request")
    assert upstream.requests == []


def test_oversized_body_sdk(client):
    with pytest.raises(openai.APIStatusError) as ei:
        client.chat.completions.create(model="mock-echo", messages=user("y" * 70_000))
    assert ei.value.status_code == 413
    assert ei.value.code == "invalid_request"


# --- upstream errors --------------------------------------------------------------


def test_rate_limited(client, upstream):
    with pytest.raises(openai.RateLimitError) as ei:
        client.chat.completions.create(model="rate-limited", messages=user("hi"))
    e = ei.value
    assert e.status_code == 429
    assert e.code == "rate_limited"
    assert_error_body({"error": e.body}, "rate_limited")
    assert e.response.headers.get("retry-after") == RATE_LIMIT_RETRY_AFTER
    assert_uuid7(e.request_id)
    rec = upstream.last_request(CHAT)
    assert rec is not None and rec.json["model"] == "fail-429"
    assert len(upstream.requests_to(CHAT)) == 1, "the gateway should not retry a single-deployment 429 here"


def test_rate_limited_raw(http):
    r = http.post(CHAT, json={"model": "rate-limited", "messages": user("hi")})
    _assert_json_error(r, 429, "rate_limited")
    assert r.headers.get("retry-after") == RATE_LIMIT_RETRY_AFTER


def test_rate_limited_streaming(client):
    """Assumption: an upstream 429 before any stream byte is an HTTP 429, not an SSE error event."""
    with pytest.raises(openai.RateLimitError) as ei:
        client.chat.completions.create(model="rate-limited", messages=user("hi"), stream=True)
    assert ei.value.status_code == 429
    assert ei.value.response.headers.get("retry-after") == RATE_LIMIT_RETRY_AFTER
