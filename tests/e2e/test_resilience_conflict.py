"""Resilience behaviours that need their own gateway settings: `idempotency.in_flight: conflict`
(409 while the first request runs), a breaker that half-opens after a short cool-down, a DLQ kept
in memory, and an admin API that is disabled because no admin key is set.
"""

from __future__ import annotations

import threading
import time

import pytest

from conftest import _free_port, start_gai, stop_gai
from gai_helpers import httpx, user

CHAT = "/v1/chat/completions"


@pytest.fixture(scope="module")
def conflict_gai(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("gai-conflict")
    port = _free_port()
    config_text = (
        f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
data_dir: {workdir / "data"}
idempotency: {{ in_flight: conflict }}
dlq: {{ store: memory }}
chaos: {{ enabled: true }}
providers:
  - {{ name: slow, kind: mock, stream_delay_ms: 0, faults: {{ latency_ms: 400 }} }}
  - {{ name: quick, kind: mock, stream_delay_ms: 0 }}
models:
  - name: slow
    deployments: [ {{ provider: slow, model: slow }} ]
  - name: brittle
    retry: {{ max_attempts: 1 }}
    breaker: {{ consecutive_failures: 2, cooldown_ms: 300 }}
    deployments: [ {{ provider: quick, model: brittle }} ]
"""
    )
    proc = start_gai(workdir, port, config_text)
    base = f"http://127.0.0.1:{port}"
    yield base
    stop_gai(proc)


def test_duplicate_gets_409_while_the_first_runs_then_the_replay(conflict_gai):
    body = {"model": "slow", "messages": user("once")}
    headers = {"Idempotency-Key": "conflict-1"}
    first: dict[str, httpx.Response] = {}

    def send_first():
        first["r"] = httpx.post(f"{conflict_gai}{CHAT}", json=body, headers=headers, timeout=10, trust_env=False)

    thread = threading.Thread(target=send_first)
    thread.start()
    time.sleep(0.15)  # the first request is (normally) inside its 400 ms of injected latency
    second = httpx.post(f"{conflict_gai}{CHAT}", json=body, headers=headers, timeout=10, trust_env=False)
    thread.join()
    # Whichever arrived first ran (200); the other one, sent while it ran, got 409.
    ran, refused = sorted([first["r"], second], key=lambda r: r.status_code)
    assert (ran.status_code, refused.status_code) == (200, 409), refused.text
    assert refused.json()["error"]["code"] == "invalid_request"
    assert refused.headers["retry-after"] == "1"
    third = httpx.post(f"{conflict_gai}{CHAT}", json=body, headers=headers, timeout=10, trust_env=False)
    assert third.status_code == 200
    assert third.headers["idempotent-replayed"] == "true"
    assert third.content == ran.content


def test_breaker_half_opens_after_the_cool_down_and_a_good_probe_closes_it(conflict_gai):
    with httpx.Client(base_url=conflict_gai, timeout=10, trust_env=False) as h:
        for _ in range(2):
            r = h.post(CHAT, json={"model": "brittle", "messages": user("x")},
                       headers={"x-gai-fault": "error=provider_unavailable;id=brittle"})
            assert r.headers["x-gai-attempts"] == "1"
        assert h.post(CHAT, json={"model": "brittle", "messages": user("x")}).headers["x-gai-attempts"] == "0"
        time.sleep(0.5)  # past the 300 ms cool-down
        probe = h.post(CHAT, json={"model": "brittle", "messages": user("back")})
        assert probe.status_code == 200
        assert probe.headers["x-gai-attempts"] == "1"
        assert h.post(CHAT, json={"model": "brittle", "messages": user("x")}).status_code == 200


def test_admin_api_is_disabled_without_an_admin_key(conflict_gai):
    r = httpx.get(f"{conflict_gai}/admin/dlq", headers={"Authorization": "Bearer anything-at-all-1234"}, trust_env=False)
    assert r.status_code == 403
    assert "GAI_ADMIN_KEY" in r.json()["error"]["message"]
