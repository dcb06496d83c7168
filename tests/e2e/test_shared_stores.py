"""Three `gai` replicas sharing one real PostgreSQL (`stores.durable: postgres`: keys, spend
ledger, DLQ) and one real Redis (limit and budget counters, idempotency records, key-change feed):
what a platform team runs behind a load balancer. Every check here would fail with per-replica
state: a key made on one replica works on all, a revocation reaches all within a second, a budget
and a limit hold exactly across all, duplicates coalesce into one upstream call, and the DLQ and
the ledger are one."""

from __future__ import annotations

import concurrent.futures
import itertools
import time
import uuid

import openai
import pytest

import servers
from conftest import ADMIN_KEY, _free_port, start_gai, stop_gai
from fake_upstream import EXPECTED_API_KEY, FakeUpstream
from gai_helpers import httpx

CHAT = "/v1/chat/completions"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def _config(port: int, workdir, redis_port: int, postgres_url: str, upstream: str, limits_store: str) -> str:
    return f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
admin_key: {ADMIN_KEY}
auth: keys
auth_cache_ttl_ms: 30000   # long on purpose: revocations must arrive through the Redis feed
data_dir: {workdir / "data"}
stores:
  redis_url: redis://127.0.0.1:{redis_port}
  postgres_url: {postgres_url}
  durable: postgres
idempotency: {{ store: redis }}
limits:
  store: {limits_store}
  rules:
    - {{ scope: model, model: limited, rph: 10, algorithm: fixed_window }}
providers:
  - {{ name: fake, kind: openai, base_url: "{upstream}", api_key: {EXPECTED_API_KEY}, timeout_ms: 5000 }}
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
  - {{ name: paced, kind: mock, stream_delay_ms: 30 }}
  - {{ name: broken, kind: mock, faults: {{ error: provider_unavailable, status: 503 }} }}
models:
  - {{ name: gpt-4o-mini, deployments: [ {{ provider: fake, model: fake-gpt }} ] }}
  - {{ name: priced-model, deployments: [ {{ provider: mock, model: priced }} ] }}
  - {{ name: limited, deployments: [ {{ provider: mock, model: limited }} ] }}
  - {{ name: paced, deployments: [ {{ provider: paced, model: paced }} ] }}
  - {{ name: broken, retry: {{ max_attempts: 1 }}, deployments: [ {{ provider: broken, model: broken }} ] }}
prices:
  - {{ model: priced, input_per_million: 1000000, output_per_million: 1000000 }}   # 1 USD a token
"""


class Cluster:
    def __init__(self, bases: list[str], upstream: FakeUpstream):
        self.bases = bases
        self.upstream = upstream

    def create_key(self, replica: int = 0, **fields) -> dict:
        r = httpx.post(f"{self.bases[replica]}/admin/keys", json={"name": "shared", **fields}, headers=ADMIN, trust_env=False)
        assert r.status_code == 201, r.text
        return r.json()


def _cluster(tmp_path_factory, limits_store: str):
    root = tmp_path_factory.mktemp(f"shared-{limits_store}")
    with servers.redis_server(root) as (_, redis_port), servers.postgres_server() as postgres_url, FakeUpstream() as upstream:
        started = []
        try:
            for index in range(3):
                port = _free_port()
                workdir = root / f"replica{index}"
                workdir.mkdir()
                proc = start_gai(workdir, port, _config(port, workdir, redis_port, postgres_url, upstream.base_url, limits_store))
                started.append((proc, f"http://127.0.0.1:{port}"))
            yield Cluster([base for _, base in started], upstream)
        finally:
            for proc, _ in started:
                stop_gai(proc)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    yield from _cluster(tmp_path_factory, "redis")


def _chat(base: str, key: str, model: str = "gpt-4o-mini", **extra) -> httpx.Response:
    return httpx.post(f"{base}{CHAT}", json={"model": model, "messages": [{"role": "user", "content": "x"}], **extra},
                      headers={"Authorization": f"Bearer {key}"}, timeout=10, trust_env=False)


def test_a_key_made_on_one_replica_works_on_every_replica(cluster):
    key = cluster.create_key(0)["key"]
    for base in cluster.bases:
        client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0, http_client=httpx.Client(trust_env=False))
        answer = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        assert answer.choices[0].message.content
    listed = httpx.get(f"{cluster.bases[2]}/admin/keys", headers=ADMIN, trust_env=False).json()["data"]
    assert any(k["key_prefix"] == key[:8] for k in listed)


def test_a_revocation_reaches_every_replica_within_a_second(cluster):
    created = cluster.create_key(0)
    for base in cluster.bases:  # every replica now has the key in its cache (TTL 30 s)
        assert _chat(base, created["key"]).status_code == 200
    revoked_at = time.monotonic()
    assert httpx.delete(f"{cluster.bases[1]}/admin/keys/{created['id']}", headers=ADMIN, trust_env=False).status_code == 200
    for base in cluster.bases:
        while _chat(base, created["key"]).status_code != 401:
            assert time.monotonic() - revoked_at < 2.0, f"{base} still accepts a revoked key"
            time.sleep(0.05)
    assert time.monotonic() - revoked_at < 2.0


def test_a_budget_holds_exactly_across_three_replicas(cluster):
    created = cluster.create_key(0, budget={"usd": 40, "period": "monthly"})
    spent, refusal = 0, None
    for base in itertools.islice(itertools.cycle(cluster.bases), 60):
        r = _chat(base, created["key"], model="priced-model", max_tokens=1)
        if r.status_code == 429:
            refusal = r.json()["error"]
            break
        assert r.status_code == 200, r.text
        usage = r.json()["usage"]
        spent += usage["prompt_tokens"] + usage["completion_tokens"]
    assert refusal is not None, "the budget must stop the key; per-replica budgets would allow $120"
    assert refusal["code"] == "rate_limited" and "monthly budget of $40.0000" in refusal["message"]
    # Refused once the next request's reservation (its body / 4 + max_tokens ≈ 22 tokens, $22)
    # no longer fits; never more than $40 in all.
    assert 40 - 25 < spent <= 40
    # The ledger is one PostgreSQL table: any replica reports what all of them recorded (each
    # replica writes its records within ~200 ms).
    # Reservations are settled off the request path, so the counter may lag for a moment.
    deadline = time.monotonic() + 5
    while True:
        report = httpx.get(f"{cluster.bases[2]}/admin/spend", params={"key": created["id"]}, headers=ADMIN, trust_env=False).json()
        rows, budget = report["data"], report["budgets"][0]
        if rows and rows[0]["cost_usd"] == pytest.approx(spent) and budget["reserved_usd"] == 0:
            break
        assert time.monotonic() < deadline, report
        time.sleep(0.1)
    assert budget["usd"] == 40 and budget["spent_usd"] == pytest.approx(spent)


def test_a_request_limit_holds_exactly_across_three_replicas(cluster):
    key = cluster.create_key(0)["key"]
    bases = itertools.cycle(cluster.bases)
    statuses = [_chat(next(bases), key, model="limited").status_code for _ in range(30)]
    assert statuses.count(200) == 10 and statuses.count(429) == 20, statuses


def test_duplicates_on_three_replicas_make_one_upstream_call(cluster):
    key = cluster.create_key(0)["key"]
    cluster.upstream.clear()
    idempotency_key = str(uuid.uuid4())
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "thirty at once"}]}

    def send(index: int) -> httpx.Response:
        return httpx.post(f"{cluster.bases[index % 3]}{CHAT}", json=body, timeout=10, trust_env=False,
                          headers={"Authorization": f"Bearer {key}", "Idempotency-Key": idempotency_key})

    with concurrent.futures.ThreadPoolExecutor(max_workers=30) as pool:
        responses = list(pool.map(send, range(30)))
    assert {r.status_code for r in responses} == {200}
    assert len({r.json()["id"] for r in responses}) == 1, "every duplicate gets the same answer"
    assert len(cluster.upstream.requests_to(CHAT)) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in responses) == 29
    other = httpx.post(f"{cluster.bases[1]}{CHAT}", json={**body, "temperature": 0.5}, timeout=10, trust_env=False,
                       headers={"Authorization": f"Bearer {key}", "Idempotency-Key": idempotency_key})
    assert other.status_code == 422


def _sse_events(response: httpx.Response) -> list[tuple[int, str]]:
    events, current_id = [], None
    for line in response.iter_lines():
        if line.startswith("id: "):
            current_id = int(line[4:])
        elif line.startswith("data: "):
            events.append((current_id, line[6:]))
    return events


def test_a_stream_recorded_on_one_replica_is_replayed_and_resumed_on_the_others(cluster):
    key = cluster.create_key(0)["key"]
    headers = {"Authorization": f"Bearer {key}", "Idempotency-Key": str(uuid.uuid4())}
    body = {"model": "paced", "stream": True, "messages": [{"role": "user", "content": "alpha beta gamma delta epsilon"}]}
    with httpx.Client(timeout=10, trust_env=False) as h:
        with h.stream("POST", f"{cluster.bases[0]}{CHAT}", json=body, headers=headers) as r:
            assert r.status_code == 200
            original = _sse_events(r)
        assert original[-1][1] == "[DONE]" and len(original) > 4
        with h.stream("POST", f"{cluster.bases[1]}{CHAT}", json=body, headers=headers) as r:
            assert r.status_code == 200 and r.headers.get("idempotent-replayed") == "true"
            assert _sse_events(r) == original
        with h.stream("POST", f"{cluster.bases[2]}{CHAT}", json=body, headers={**headers, "Last-Event-ID": str(original[2][0])}) as r:
            assert r.status_code == 200
            assert _sse_events(r) == original[3:]


def test_dead_letters_are_shared(cluster):
    key = cluster.create_key(0)["key"]
    failed = _chat(cluster.bases[0], key, model="broken")
    assert failed.status_code == 503
    request_id = failed.headers["x-request-id"]
    deadline = time.monotonic() + 5
    while True:
        entries = httpx.get(f"{cluster.bases[2]}/admin/dlq", headers=ADMIN, trust_env=False).json()["data"]
        if any(e["request_id"] == request_id for e in entries):
            break
        assert time.monotonic() < deadline, entries
        time.sleep(0.1)


@pytest.fixture(scope="module")
def postgres_limited(tmp_path_factory):
    yield from _cluster(tmp_path_factory, "postgres")


def test_limits_in_postgres_hold_exactly_across_three_replicas(postgres_limited):
    key = postgres_limited.create_key(0)["key"]
    bases = itertools.cycle(postgres_limited.bases)
    statuses = [_chat(next(bases), key, model="limited").status_code for _ in range(30)]
    assert statuses.count(200) == 10 and statuses.count(429) == 20, statuses
