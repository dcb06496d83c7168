"""Limits that hold across replicas: three `gai` processes sharing one real Redis (`limits.store:
redis`), and what happens when that Redis dies (`limits.on_store_failure`)."""

from __future__ import annotations

import itertools
import time

import pytest

import servers
from conftest import _free_port, start_gai, stop_gai
from gai_helpers import httpx

CHAT = "/v1/chat/completions"


@pytest.fixture
def redis_server(tmp_path):
    with servers.redis_server(tmp_path) as server:
        yield server


def _start_gai(tmp_path, name: str, redis_port: int, on_failure: str = "fail_open", rules: str = ""):
    port = _free_port()
    workdir = tmp_path / name
    workdir.mkdir()
    proc = start_gai(workdir, port, f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
data_dir: {workdir / "data"}
stores: {{ redis_url: "redis://127.0.0.1:{redis_port}" }}
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
models:
  - name: limited
    deployments: [ {{ provider: mock, model: limited }} ]
  - name: token-limited
    deployments: [ {{ provider: mock, model: tokens }} ]
limits:
  store: redis
  on_store_failure: {on_failure}
  store_timeout_ms: 1000
  rules:
    # An hour window: a minute window aligned to the clock could roll over mid-test.
    - {{ scope: model, model: limited, rph: 10, algorithm: fixed_window }}
    - {{ scope: model, model: token-limited, tpm: 1000, algorithm: token_bucket }}
{rules}""")
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture
def replicas(tmp_path, redis_server):
    _, redis_port = redis_server
    started = [_start_gai(tmp_path, f"replica{i}", redis_port) for i in range(3)]
    yield [base for _, base in started]
    for proc, _ in started:
        stop_gai(proc)


def test_request_limit_is_exact_across_three_replicas(replicas):
    bases = itertools.cycle(replicas)
    statuses = [httpx.post(f"{next(bases)}{CHAT}", json={"model": "limited", "messages": [{"role": "user", "content": "x"}]},
                           timeout=10, trust_env=False).status_code for _ in range(30)]
    assert statuses.count(200) == 10, statuses
    assert statuses.count(429) == 20


def test_token_limit_is_exact_across_three_replicas(replicas):
    # Each request reserves body/4 + max_tokens and gives back what it does not use; with
    # max_tokens 400 at most two fit in the 1000-token bucket at once, so sequential requests
    # keep passing only because unused tokens come back — on whichever replica reserved them.
    bases = itertools.cycle(replicas)
    statuses = [httpx.post(f"{next(bases)}{CHAT}", json={"model": "token-limited", "max_tokens": 400,
                                                           "messages": [{"role": "user", "content": "x"}]},
                           timeout=10, trust_env=False).status_code for _ in range(9)]
    assert statuses == [200] * 9
    big = httpx.post(f"{replicas[0]}{CHAT}", json={"model": "token-limited", "max_tokens": 2000,
                                                    "messages": [{"role": "user", "content": "x"}]}, timeout=10, trust_env=False)
    assert big.status_code == 429


def test_redis_down_fail_open_keeps_limiting_locally_and_fail_closed_refuses(tmp_path, redis_server):
    redis_proc, redis_port = redis_server
    open_proc, open_base = _start_gai(tmp_path, "open", redis_port, "fail_open")
    closed_proc, closed_base = _start_gai(tmp_path, "closed", redis_port, "fail_closed")
    try:
        redis_proc.kill()
        redis_proc.wait(timeout=5)
        body = {"model": "limited", "messages": [{"role": "user", "content": "x"}]}
        timings, statuses = [], []
        for _ in range(12):
            started = time.monotonic()
            statuses.append(httpx.post(f"{open_base}{CHAT}", json=body, timeout=10, trust_env=False).status_code)
            timings.append(time.monotonic() - started)
        assert statuses.count(200) == 10 and statuses.count(429) == 2, statuses
        assert max(timings) < 2.0, f"no request waits on a dead Redis: {timings}"
        started = time.monotonic()
        refused = httpx.post(f"{closed_base}{CHAT}", json=body, timeout=10, trust_env=False)
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"]["code"] == "provider_unavailable"
        assert time.monotonic() - started < 2.0
    finally:
        for proc in (open_proc, closed_proc):
            proc.terminate()
            proc.wait(timeout=15)
