"""Gateway keys end to end: a gateway with `auth: keys`, keys created and revoked with the `gai keys`
CLI, used by the official openai and anthropic SDKs; stored only as SHA-256 hashes."""

from __future__ import annotations

import os
import subprocess

import anthropic
import openai
import pytest

from conftest import _free_port, _gai_bin, start_gai, stop_gai
from gai_helpers import httpx

ADMIN_KEY = "keys-e2e-admin-0123456789"


@pytest.fixture(scope="module")
def keyed_gai(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("gai-keys")
    port = _free_port()
    config_text = (
        f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
admin_key: {ADMIN_KEY}
data_dir: {workdir / "data"}
auth_cache_ttl_ms: 200
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
  - {{ name: slow, kind: mock, stream_delay_ms: 0, faults: {{ latency_ms: 400 }} }}
models:
  - name: allowed-model
    deployments: [ {{ provider: mock, model: a }} ]
  - name: other-model
    deployments: [ {{ provider: mock, model: b }} ]
  - name: three-rpm
    deployments: [ {{ provider: mock, model: c }} ]
  - name: token-model
    deployments: [ {{ provider: mock, model: d }} ]
  - name: one-at-a-time
    retry: {{ max_attempts: 1 }}
    deployments: [ {{ provider: slow, model: e }} ]
  - name: priced-model
    deployments: [ {{ provider: mock, model: priced }} ]
prices:
  - {{ model: priced, input_per_million: 1000000, output_per_million: 1000000 }}   # 1 USD a token
limits:
  rules:
    - {{ scope: model, model: three-rpm, rpm: 3, algorithm: fixed_window }}
    - {{ scope: model, model: token-model, tpm: 300, algorithm: sliding_window }}
    - {{ scope: model, model: one-at-a-time, max_concurrent: 1 }}
"""
    )
    proc = start_gai(workdir, port, config_text)
    base = f"http://127.0.0.1:{port}"
    yield base, workdir
    stop_gai(proc)


def cli(base: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(_gai_bin()), "keys", *args, "--url", base], env={**os.environ, "GAI_ADMIN_KEY": ADMIN_KEY},
                          capture_output=True, text=True, timeout=30)


def sdk(base: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0, timeout=10,
                         http_client=httpx.Client(trust_env=False))


def test_missing_or_wrong_key_is_401_with_one_message(keyed_gai):
    base, _ = keyed_gai
    missing = httpx.post(f"{base}/v1/chat/completions", json={"model": "allowed-model", "messages": []}, trust_env=False)
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "unauthorized"
    with pytest.raises(openai.AuthenticationError) as ei:
        sdk(base, "gai-notarealkey0000000000000000000000000000").chat.completions.create(
            model="allowed-model", messages=[{"role": "user", "content": "hi"}])
    assert ei.value.body["message"] == missing.json()["error"]["message"], "no oracle about which keys exist"
    assert httpx.get(f"{base}/health/live", trust_env=False).status_code == 200, "probes need no key"


def test_created_key_works_is_limited_to_its_models_and_stops_after_revocation(keyed_gai):
    base, workdir = keyed_gai
    created = cli(base, "create", "--name", "e2e", "--models", "allowed-model", "--user", "ada")
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip()
    assert key.startswith("gai-") and len(key) == 44

    client = sdk(base, key)
    answer = client.chat.completions.create(model="allowed-model", messages=[{"role": "user", "content": "hello key"}])
    assert answer.choices[0].message.content == "hello key"
    with pytest.raises(openai.PermissionDeniedError) as ei:
        client.chat.completions.create(model="other-model", messages=[{"role": "user", "content": "x"}])
    assert ei.value.body["code"] == "forbidden"

    claude = anthropic.Anthropic(base_url=base, api_key=key, max_retries=0, timeout=10)
    message = claude.messages.create(model="allowed-model", max_tokens=16, messages=[{"role": "user", "content": "via x-api-key"}])
    assert message.content[0].text == "via x-api-key"

    listing = cli(base, "list")
    assert listing.returncode == 0, listing.stderr
    assert key[:8] in listing.stdout and key not in listing.stdout, "listings show the prefix, never the key"

    stored = (workdir / "data" / "keys.sqlite").read_bytes() + (workdir / "data" / "keys.sqlite-wal").read_bytes() \
        if (workdir / "data" / "keys.sqlite-wal").exists() else (workdir / "data" / "keys.sqlite").read_bytes()
    assert key.encode() not in stored, "only the hash is stored"

    key_id = next(line.split()[0] for line in listing.stdout.splitlines() if key[:8] in line)
    revoked = cli(base, "revoke", key_id)
    assert revoked.returncode == 0, revoked.stderr
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="allowed-model", messages=[{"role": "user", "content": "x"}])


def test_expired_key_is_refused(keyed_gai):
    base, _ = keyed_gai
    created = cli(base, "create", "--name", "short-lived", "--expires-in-days=-1")
    assert created.returncode == 0, created.stderr
    with pytest.raises(openai.AuthenticationError):
        sdk(base, created.stdout.strip()).chat.completions.create(
            model="allowed-model", messages=[{"role": "user", "content": "x"}])


def test_admin_key_api_validates_input(keyed_gai):
    base, _ = keyed_gai
    headers = {"Authorization": f"Bearer {ADMIN_KEY}"}
    r = httpx.post(f"{base}/admin/keys", json={"user": "nobody"}, headers=headers, trust_env=False)
    assert r.status_code == 400 and r.json()["error"]["param"] == "name"
    r = httpx.post(f"{base}/admin/keys", json={"name": "x", "limits": {"rpm": 0}}, headers=headers, trust_env=False)
    assert r.status_code == 400
    r = httpx.post(f"{base}/admin/keys", json={"name": "limited", "limits": {"rpm": 60, "tpm": 10000},
                                                "budget": {"usd": 5, "period": "monthly"}}, headers=headers, trust_env=False)
    assert r.status_code == 201
    body = r.json()
    assert body["limits"] == {"rpm": 60, "tpm": 10000} and body["budget"] == {"usd": 5, "period": "monthly"}
    assert "hash" not in body
    got = httpx.get(f"{base}/admin/keys/{body['id']}", headers=headers, trust_env=False).json()
    assert "key" not in got, "the key is shown once, at creation"
    patched = httpx.patch(f"{base}/admin/keys/{body['id']}", json={"name": "renamed"}, headers=headers, trust_env=False)
    assert patched.json()["name"] == "renamed"


def _key(base: str, *extra: str) -> str:
    created = cli(base, "create", "--name", "limits", *extra)
    assert created.returncode == 0, created.stderr
    return created.stdout.strip()


def test_request_limit_headers_and_429(keyed_gai):
    base, _ = keyed_gai
    key = _key(base)
    headers = {"Authorization": f"Bearer {key}"}
    body = {"model": "three-rpm", "messages": [{"role": "user", "content": "hi"}]}
    remaining = []
    for _ in range(3):
        r = httpx.post(f"{base}/v1/chat/completions", json=body, headers=headers, trust_env=False)
        assert r.status_code == 200, r.text
        assert r.headers["x-ratelimit-limit-requests"] == "3"
        assert "ratelimit-policy" in r.headers and "ratelimit" in r.headers
        remaining.append(int(r.headers["x-ratelimit-remaining-requests"]))
    assert remaining == [2, 1, 0]
    with pytest.raises(openai.RateLimitError) as ei:
        sdk(base, key).chat.completions.create(**body)
    assert ei.value.body["code"] == "rate_limited"
    assert "model 'three-rpm'" in ei.value.body["message"]
    assert 0 < int(ei.value.response.headers["retry-after"]) <= 60


def test_key_limit_from_the_admin_api(keyed_gai):
    base, _ = keyed_gai
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    created = httpx.post(f"{base}/admin/keys", json={"name": "two-rpm", "limits": {"rpm": 2}}, headers=admin, trust_env=False).json()
    client = sdk(base, created["key"])
    for _ in range(2):
        client.chat.completions.create(model="allowed-model", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.RateLimitError) as ei:
        client.chat.completions.create(model="allowed-model", messages=[{"role": "user", "content": "x"}])
    assert created["id"] in ei.value.body["message"]


@pytest.mark.parametrize("limits", [
    {"rph": 2, "algorithm": "fixed_window"},
    {"rpd": 2, "algorithm": "sliding_window"},
    {"rps": 2, "rpm": 100, "algorithm": "gcra"},
])
def test_every_key_limit_and_algorithm_from_the_admin_api(keyed_gai, limits):
    base, _ = keyed_gai
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    created = httpx.post(f"{base}/admin/keys", json={"name": "limits", "limits": limits}, headers=admin, trust_env=False).json()
    assert created["limits"] == limits
    statuses = [httpx.post(f"{base}/v1/chat/completions", json={"model": "allowed-model", "messages": [{"role": "user", "content": "x"}]},
                           headers={"Authorization": f"Bearer {created['key']}"}, trust_env=False).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_key_limit_with_an_unknown_algorithm_is_refused(keyed_gai):
    base, _ = keyed_gai
    r = httpx.post(f"{base}/admin/keys", json={"name": "x", "limits": {"rpm": 5, "algorithm": "fastest"}},
                   headers={"Authorization": f"Bearer {ADMIN_KEY}"}, trust_env=False)
    assert r.status_code == 400 and r.json()["error"]["param"] == "limits.algorithm"


def test_token_reservations_are_reconciled_with_real_usage(keyed_gai):
    base, _ = keyed_gai
    client = sdk(base, _key(base))
    # Each request reserves ~210 of the 300 tokens per minute (prompt estimate + max_tokens 200)
    # but uses a handful: without giving the rest back, the second request would be refused.
    for _ in range(4):
        answer = client.chat.completions.create(model="token-model", max_tokens=200, messages=[{"role": "user", "content": "tiny"}])
        assert answer.usage.total_tokens < 20
    with pytest.raises(openai.RateLimitError) as ei:
        client.chat.completions.create(model="token-model", max_tokens=400, messages=[{"role": "user", "content": "x"}])
    assert "more than the limit allows" in ei.value.body["message"]


def test_concurrency_limit(keyed_gai):
    base, _ = keyed_gai
    key = _key(base)
    import concurrent.futures

    def send(_):
        return httpx.post(f"{base}/v1/chat/completions", json={"model": "one-at-a-time", "messages": [{"role": "user", "content": "x"}]},
                          headers={"Authorization": f"Bearer {key}"}, timeout=10, trust_env=False).status_code

    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        statuses = sorted(pool.map(send, range(3)))
    assert statuses[0] == 200 and 429 in statuses


def test_budget_is_enforced_and_spend_is_reported(keyed_gai):
    base, _ = keyed_gai
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    created = httpx.post(f"{base}/admin/keys", json={"name": "budgeted", "budget": {"usd": 40, "period": "monthly"}},
                         headers=admin, trust_env=False).json()
    client = sdk(base, created["key"])
    spent = 0
    refusal = None
    for _ in range(30):
        try:
            answer = client.chat.completions.create(model="priced-model", max_tokens=1, messages=[{"role": "user", "content": "x"}])
            spent += answer.usage.prompt_tokens + answer.usage.completion_tokens  # 1 USD a token
        except openai.RateLimitError as error:
            refusal = error
            break
    assert refusal is not None, "the budget must stop the key"
    assert "monthly budget of $40.0000" in refusal.body["message"]
    assert 0 < spent <= 40, "reservations keep the key from overspending"
    report = httpx.get(f"{base}/admin/spend?by=key", headers=admin, trust_env=False).json()
    row = next(r for r in report["data"] if r["subject"] == created["id"])
    assert row["cost_usd"] == pytest.approx(spent)
    cli_report = subprocess.run([str(_gai_bin()), "spend", "--url", base, "--by", "key"], env={**os.environ, "GAI_ADMIN_KEY": ADMIN_KEY},
                                capture_output=True, text=True, timeout=30)
    assert cli_report.returncode == 0 and created["id"] in cli_report.stdout


def test_refusals_are_counted_by_scope_in_metrics(keyed_gai):
    from prometheus_client.parser import text_string_to_metric_families
    base, _ = keyed_gai
    key = _key(base)
    statuses = [httpx.post(f"{base}/v1/chat/completions", json={"model": "three-rpm", "messages": [{"role": "user", "content": "m"}]},
                           headers={"Authorization": f"Bearer {key}"}, trust_env=False).status_code for _ in range(4)]
    assert 429 in statuses
    text = httpx.get(f"{base}/metrics", trust_env=False).text
    families = {f.name: f for f in text_string_to_metric_families(text)}
    refused = sum(s.value for s in families["gai_rate_limited"].samples if s.labels.get("scope") == "model")
    assert refused >= 1
    assert key not in text, "no key in metrics"
