"""Gateway keys end to end: a gateway with `auth: keys`, keys created and revoked with the `gai keys`
CLI, used by the official openai and anthropic SDKs; stored only as SHA-256 hashes."""

from __future__ import annotations

import os
import subprocess
import time

import anthropic
import openai
import pytest

from conftest import _free_port, _gai_bin
from gai_helpers import httpx

ADMIN_KEY = "keys-e2e-admin-0123456789"


@pytest.fixture(scope="module")
def keyed_gai(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("gai-keys")
    port = _free_port()
    config = workdir / "gai.yaml"
    config.write_text(
        f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
admin_key: {ADMIN_KEY}
data_dir: {workdir / "data"}
auth_cache_ttl_ms: 200
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
models:
  - name: allowed-model
    deployments: [ {{ provider: mock, model: a }} ]
  - name: other-model
    deployments: [ {{ provider: mock, model: b }} ]
"""
    )
    log = (workdir / "gai.log").open("w")
    proc = subprocess.Popen([str(_gai_bin()), "serve", "--config", str(config)], stdout=log, stderr=subprocess.STDOUT,
                            cwd=workdir)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/health/ready", timeout=1, trust_env=False).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert proc.poll() is None, (workdir / "gai.log").read_text()
        assert time.monotonic() < deadline, "gai did not become ready"
        time.sleep(0.05)
    yield base, workdir
    proc.terminate()
    assert proc.wait(timeout=15) == 0


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
