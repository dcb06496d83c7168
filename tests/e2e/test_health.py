"""Health probes and the admin's debug stats: `/health/live`, `/health/startup`,
`/health/ready` (per-check JSON; 503 once a model has no deployment outside an open breaker)
and `/debug/stats`."""

from __future__ import annotations

from conftest import ADMIN_KEY, _free_port, start_gai, stop_gai
from gai_helpers import httpx


def test_probes_on_a_healthy_gateway(gai):
    assert httpx.get(f"{gai.base_url}/health/live", trust_env=False).status_code == 200
    assert httpx.get(f"{gai.base_url}/health/startup", trust_env=False).json() == {"status": "started"}
    ready = httpx.get(f"{gai.base_url}/health/ready", trust_env=False)
    assert ready.status_code == 200
    body = ready.json()
    assert body["status"] in ("healthy", "degraded")
    assert body["checks"]["config"]["status"] == "healthy"
    assert "deployments" in body["checks"]


def test_debug_stats_need_the_admin_key(gai):
    assert httpx.get(f"{gai.base_url}/debug/stats", trust_env=False).status_code == 401
    stats = httpx.get(f"{gai.base_url}/debug/stats", headers={"Authorization": f"Bearer {ADMIN_KEY}"}, trust_env=False).json()
    assert stats["uptime_s"] >= 0 and stats["rss_bytes"] > 1_000_000
    assert stats["in_flight_requests"] >= 0
    assert "dlq" in stats["queues"] and "usage_ledger" in stats["queues"]
    assert isinstance(stats["breakers"], dict)


def test_ready_turns_503_when_a_model_has_every_breaker_open(tmp_path):
    port = _free_port()
    proc = start_gai(tmp_path, port, f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
data_dir: {tmp_path / "data"}
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
  - {{ name: down, kind: mock, faults: {{ error: provider_unavailable, status: 503 }} }}
models:
  - {{ name: fine, deployments: [ {{ provider: mock, model: fine }} ] }}
  - name: doomed
    retry: {{ max_attempts: 1 }}
    breaker: {{ consecutive_failures: 2, cooldown_ms: 600000 }}
    deployments: [ {{ provider: down, model: doomed }} ]
""")
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(2):
            r = httpx.post(f"{base}/v1/chat/completions", json={"model": "doomed", "messages": [{"role": "user", "content": "x"}]},
                           trust_env=False)
            assert r.status_code == 503
        ready = httpx.get(f"{base}/health/ready", trust_env=False)
        assert ready.status_code == 503
        body = ready.json()
        assert body["status"] == "unhealthy"
        assert body["checks"]["deployments"]["status"] == "unhealthy"
        assert "doomed" in body["checks"]["deployments"]["detail"]
        assert httpx.get(f"{base}/health/live", trust_env=False).status_code == 200, "alive, just not ready"
    finally:
        stop_gai(proc)
