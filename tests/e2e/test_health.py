"""Health probes and the admin's debug stats: `/health/live`, `/health/startup`,
`/health/ready` (per-check JSON; 503 once a model has no deployment outside an open breaker)
and `/debug/stats`."""

from __future__ import annotations

import json
import time

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
        # The breaker's opening is an observability event (and a log line).
        events_path = tmp_path / "data" / "events.jsonl"
        deadline = time.monotonic() + 10
        opened = []
        while not opened and time.monotonic() < deadline:
            if events_path.exists():
                opened = [e for e in map(json.loads, events_path.read_text().splitlines()) if e["type"] == "breaker_opened"]
            time.sleep(0.05)
        assert opened and opened[0]["payload"] == {"deployment": "down/doomed", "cool_down_ms": 600000}
        assert "circuit breaker opened" in (tmp_path / "gai.log").read_text()
    finally:
        stop_gai(proc)


def test_observability_events_are_written_sanitized_with_the_request_id(tmp_path):
    import json
    import time

    port = _free_port()
    proc = start_gai(tmp_path, port, f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
data_dir: {tmp_path / "data"}
chaos: {{ enabled: true }}
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
models:
  - {{ name: echo, deployments: [ {{ provider: mock, model: echo }} ] }}
""")
    try:
        base = f"http://127.0.0.1:{port}"
        retried = httpx.post(f"{base}/v1/chat/completions", json={"model": "echo", "messages": [{"role": "user", "content": "x"}]},
                             headers={"x-gai-fault": "error=provider_unavailable;status=503;first_n=1"}, trust_env=False)
        assert retried.status_code == 200
        leaked = "sk-proj-leak0123456789abcdef"
        missing = httpx.post(f"{base}/v1/chat/completions", json={"model": leaked, "messages": [{"role": "user", "content": "x"}]},
                             trust_env=False)
        assert missing.status_code == 404
        path = tmp_path / "data" / "events.jsonl"
        deadline = time.monotonic() + 5
        while True:
            lines = path.read_text().splitlines() if path.exists() else []
            events = [json.loads(line) for line in lines]
            ids = {e["correlation_id"] for e in events if e["type"] == "response_completed"}
            if {retried.headers["x-request-id"], missing.headers["x-request-id"]} <= ids:
                break
            assert time.monotonic() < deadline, lines
            time.sleep(0.05)
        mine = [e for e in events if e["correlation_id"] == retried.headers["x-request-id"]]
        assert {e["type"] for e in mine} == {"request_received", "attempt_failed", "retry_scheduled", "response_completed"}
        assert all(e["schema_version"] == 1 for e in mine)
        failed = next(e for e in mine if e["type"] == "attempt_failed")
        assert failed["parent_span_id"] == next(e for e in mine if e["type"] == "response_completed")["span_id"]
        assert failed["payload"]["outcome"] == "provider_unavailable"
        assert leaked not in path.read_text(), "client input that looks like a key is redacted"
        errors = [e for e in events if e["correlation_id"] == missing.headers["x-request-id"] and e["type"] == "error_occurred"]
        assert errors and set(errors[0]["payload"]) >= {"error_type", "error_message", "stack_frames", "component", "input_preview"}
        metrics = httpx.get(f"{base}/metrics", trust_env=False).text
        assert "gai_events_dropped_total 0" in metrics
        assert "gai_log_lines_dropped 0" in metrics
    finally:
        stop_gai(proc)
