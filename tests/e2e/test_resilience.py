"""Resilience end to end: retries, retry budget, breakers, fallback and balancing, the stream
commit point, idempotency keys (replay, 422, 50-way coalescing, resume) and the dead-letter queue.

Faults are injected with the `x-gai-fault` header into the built-in mock providers (the e2e
config enables `chaos`). Each test gives its plan a unique `id`, so `first_n` counts only its own
calls. Breaker cool-downs and the conflict mode are covered in-process with an injected clock
(Tests/GaiGatewayTests/ResilienceTests.swift).
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import uuid

import openai
import pytest

from conftest import ADMIN_KEY, _gai_bin
from gai_helpers import httpx, parse_sse, sse_json_events, user

CHAT = "/v1/chat/completions"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def fault(plan: str) -> dict[str, str]:
    return {"x-gai-fault": f"{plan};id={uuid.uuid4()}"}


def test_two_503s_then_success_is_200_after_3_attempts(http):
    r = http.post(CHAT, json={"model": "flaky", "messages": user("hello again")},
                  headers=fault("error=provider_unavailable;status=503;first_n=2"))
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == "hello again"
    assert r.headers["x-gai-attempts"] == "3"
    assert r.headers["x-gai-deployment"] == "mock-a/echo"


def test_sdk_sees_a_plain_success_after_retries(client):
    completion = client.chat.completions.with_raw_response.create(
        model="flaky", messages=user("via sdk"), extra_headers=fault("error=overloaded;first_n=1"))
    assert completion.headers["x-gai-attempts"] == "2"
    assert completion.parse().choices[0].message.content == "via sdk"


def test_permanent_error_is_not_retried_and_says_so(http):
    r = http.post(CHAT, json={"model": "flaky", "messages": user("x")}, headers=fault("error=unauthorized"))
    assert r.status_code == 401
    assert r.headers["x-gai-attempts"] == "1"
    assert r.headers["x-should-retry"] == "false"


def test_spent_retry_budget_fails_fast_with_the_upstream_error(http):
    r = http.post(CHAT, json={"model": "no-budget", "messages": user("x")},
                  headers=fault("error=provider_unavailable;status=503"))
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "provider_unavailable"
    assert r.headers["x-gai-attempts"] == "1", "no retry without budget"
    assert r.headers["x-should-retry"] == "false"


def test_exhausted_retries_tell_the_client_not_to_retry(client):
    with pytest.raises(openai.APIStatusError) as ei:
        client.chat.completions.create(model="flaky", messages=user("x"), extra_headers=fault("error=overloaded"))
    assert ei.value.status_code == 503
    assert ei.value.response.headers["x-gai-attempts"] == "3"
    assert ei.value.response.headers["x-should-retry"] == "false"


def test_priority_fallback_to_the_second_provider(http):
    r = http.post(CHAT, json={"model": "failover", "messages": user("fall over")},
                  headers=fault("error=provider_unavailable;provider=mock-a"))
    assert r.status_code == 200, r.text
    assert r.headers["x-gai-deployment"] == "mock-b/second"
    assert r.headers["x-gai-attempts"] == "3", "two attempts on mock-a, then mock-b"
    assert r.json()["choices"][0]["message"]["content"] == "fall over"


def test_on_error_switches_to_the_mapped_model(http):
    r = http.post(CHAT, json={"model": "short-context", "messages": user("too long")},
                  headers=fault("error=context_length_exceeded;provider=mock-a"))
    assert r.status_code == 200, r.text
    assert r.headers["x-gai-deployment"] == "mock-b/long"


def test_breaker_opens_after_n_failures_and_skips_the_deployment(http, gai):
    for _ in range(2):
        r = http.post(CHAT, json={"model": "fragile", "messages": user("x")}, headers=fault("error=provider_unavailable"))
        assert r.status_code in (502, 503)
        assert r.headers["x-gai-attempts"] == "1"
    # Open now: no call is made, even though this request would succeed.
    r = http.post(CHAT, json={"model": "fragile", "messages": user("x")})
    assert r.status_code == 503, r.text
    assert r.headers["x-gai-attempts"] == "0"
    assert "circuit breaker" in r.json()["error"]["message"]
    assert int(r.headers["retry-after"]) > 0
    report = http.get("/admin/resilience", headers=ADMIN).json()
    states = {b["deployment"]: b["state"] for b in report["breakers"]}
    assert states["mock-b/fragile"] == "open"


def test_latency_strategy_prefers_the_faster_deployment(http):
    seen = [http.post(CHAT, json={"model": "fastest", "messages": user("x")}).headers["x-gai-deployment"] for _ in range(8)]
    assert set(seen[:2]) == {"mock-slow/slow", "mock-a/fast"}, "both are measured first"
    assert seen[2:] == ["mock-a/fast"] * 6


def _stream_text(client, model, headers):
    text = ""
    with client.chat.completions.create(model=model, messages=user("one two three four five"), stream=True,
                                        extra_headers=headers) as stream:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                text += chunk.choices[0].delta.content
    return text


def test_stream_failover_before_the_commit_point_is_invisible(client):
    # mock-a fails when the stream opens, then (second attempt) cuts it before any content.
    assert _stream_text(client, "failover", fault("error=provider_unavailable;provider=mock-a;first_n=1")) \
        == "one two three four five"
    assert _stream_text(client, "failover", fault("cut_after_chunks=1;provider=mock-a")) == "one two three four five"


def test_stream_failure_after_the_commit_point_is_a_terminal_error_event(http):
    with http.stream("POST", CHAT, json={"model": "flaky", "messages": user("a b c d e"), "stream": True},
                     headers=fault("cut_after_chunks=3")) as r:
        assert r.status_code == 200
        body = r.read().decode()
    events = sse_json_events(parse_sse(body))
    assert "[DONE]" not in parse_sse(body)
    assert events[-1]["error"]["code"] == "network"
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events[:-1] if e.get("choices"))
    assert text == "a b", "the words before the cut, once"


def test_idempotent_replay_conflict_and_mismatch(http, upstream):
    key = str(uuid.uuid4())
    body = {"model": "gpt-4o-mini", "messages": user("pay once")}
    first = http.post(CHAT, json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 200
    assert "idempotent-replayed" not in first.headers
    again = http.post(CHAT, json=body, headers={"Idempotency-Key": key})
    assert again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content
    assert len(upstream.requests_to(CHAT)) == 1
    other = http.post(CHAT, json={"model": "gpt-4o-mini", "messages": user("something else")}, headers={"Idempotency-Key": key})
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "invalid_request"


def test_fifty_concurrent_duplicates_call_upstream_exactly_once(gai, upstream):
    key = str(uuid.uuid4())
    body = {"model": "gpt-4o-mini", "messages": user("fifty at once")}

    def send(_):
        with httpx.Client(base_url=gai.base_url, timeout=10, trust_env=False) as h:
            return h.post(CHAT, json=body, headers={"Idempotency-Key": key})

    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(send, range(50)))
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1, "every duplicate gets the same answer"
    assert len(upstream.requests_to(CHAT)) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in responses) == 49


def test_idempotent_stream_is_replayed_and_resumed_with_last_event_id(gai):
    key = str(uuid.uuid4())
    body = {"model": "paced", "messages": user("alpha beta gamma delta epsilon zeta"), "stream": True}
    headers = {"Idempotency-Key": key}
    ids, payloads = [], []
    with httpx.Client(base_url=gai.base_url, timeout=10, trust_env=False) as h:
        with h.stream("POST", CHAT, json=body, headers=headers) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("id: "):
                    ids.append(int(line[4:]))
                if line.startswith("data: "):
                    payloads.append(line[6:])
                if len(payloads) == 3:
                    break  # the client goes away mid-stream
    assert ids == [0, 1, 2]
    with httpx.Client(base_url=gai.base_url, timeout=10, trust_env=False) as h:
        resumed = h.post(CHAT, json=body, headers={**headers, "Last-Event-ID": "2"})
        full = h.post(CHAT, json=body, headers=headers)
    assert resumed.headers["idempotent-replayed"] == "true"
    rest = parse_sse(resumed.text)
    everything = parse_sse(full.text)
    assert everything[:3] == payloads
    assert everything[3:] == rest, "resumed exactly after event 2, nothing repeated or lost"
    assert rest[-1] == "[DONE]"
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in sse_json_events(everything) if e.get("choices"))
    assert text == "alpha beta gamma delta epsilon zeta"


def test_failed_request_goes_to_the_dlq_and_is_retried_through_the_admin_api(http, gai):
    key = str(uuid.uuid4())
    r = http.post(CHAT, json={"model": "dead", "messages": user("rescue me")},
                  headers={**fault("error=provider_unavailable"), "Idempotency-Key": key, "Authorization": "Bearer sk-secret-123456789012345678901234"})
    assert r.status_code in (502, 503)
    assert r.headers["x-gai-attempts"] == "4"
    listing = http.get("/admin/dlq", headers=ADMIN).json()
    entry = next(e for e in listing["data"] if e["idempotency_key"] == key)
    assert entry["model"] == "dead"
    assert entry["error"]["code"] == "provider_unavailable"
    assert [a["deployment"] for a in entry["attempts"]] == ["mock-a/dead-1"] * 2 + ["mock-b/dead-2"] * 2
    assert json.loads(entry["request_body"])["messages"][0]["content"] == "rescue me"
    assert "sk-secret" not in json.dumps(entry)
    assert entry["first_failure_at"] <= entry["last_failure_at"]
    shown = http.get(f"/admin/dlq/{entry['id']}", headers=ADMIN).json()
    assert shown["id"] == entry["id"]

    cli = subprocess.run([str(_gai_bin()), "dlq", "list", "--url", gai.base_url, "--json"],
                         env={**os.environ, "GAI_ADMIN_KEY": ADMIN_KEY}, capture_output=True, text=True, timeout=30)
    assert cli.returncode == 0, cli.stderr
    assert entry["id"] in cli.stdout

    retried = http.post(f"/admin/dlq/{entry['id']}/retry", headers=ADMIN)
    assert retried.status_code == 200, retried.text
    assert retried.json()["status"] == "succeeded"
    assert retried.json()["response"]["choices"][0]["message"]["content"] == "rescue me"
    assert http.get(f"/admin/dlq/{entry['id']}", headers=ADMIN).status_code == 404


def test_admin_api_needs_the_admin_key(http):
    assert http.get("/admin/dlq").status_code == 401
    assert http.get("/admin/dlq", headers={"Authorization": "Bearer wrong-key-0123456789"}).status_code == 401
    assert http.get("/admin/resilience", headers=ADMIN).status_code == 200


def test_anthropic_sdk_gets_failover_replay_and_anthropic_errors(gai):
    import anthropic

    claude = anthropic.Anthropic(base_url=gai.base_url, api_key="x", max_retries=0, timeout=20)
    key = str(uuid.uuid4())
    raw = claude.messages.with_raw_response.create(
        model="failover", max_tokens=32, messages=[{"role": "user", "content": "bonjour"}],
        extra_headers={**fault("error=overloaded;provider=mock-a"), "Idempotency-Key": key})
    assert raw.headers["x-gai-deployment"] == "mock-b/second"
    first = raw.parse()
    assert first.content[0].text == "bonjour"
    again = claude.messages.with_raw_response.create(
        model="failover", max_tokens=32, messages=[{"role": "user", "content": "bonjour"}],
        extra_headers={"Idempotency-Key": key})
    assert again.headers["idempotent-replayed"] == "true"
    assert again.parse().id == first.id
    with pytest.raises(anthropic.APIStatusError) as ei:
        claude.messages.create(model="flaky", max_tokens=32, messages=[{"role": "user", "content": "x"}],
                               extra_headers=fault("error=overloaded"))
    assert ei.value.response.headers["x-should-retry"] == "false"
    assert ei.value.body["type"] == "error"
