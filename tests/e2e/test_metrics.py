"""`GET /metrics` read by Prometheus's own text-format parser (prometheus_client), after real
traffic through the session gateway: requests, latencies, tokens, cost, retries, breakers and
rate-limit refusals, with labels only from fixed vocabularies; and `x-gai-overhead-ms`."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from gai_helpers import httpx

CHAT = "/v1/chat/completions"


def scrape(gai) -> dict:
    r = httpx.get(f"{gai.base_url}/metrics", timeout=10, trust_env=False)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain; version=0.0.4")
    return {family.name: family for family in text_string_to_metric_families(r.text)}


def value(families: dict, name: str, sample: str | None = None, **labels) -> float:
    family = families.get(name)
    if family is None:
        return 0.0
    total = 0.0
    for s in family.samples:
        if sample is not None and s.name != sample:
            continue
        if all(s.labels.get(k) == v for k, v in labels.items()):
            total += s.value
    return total


def test_requests_latency_tokens_and_cost_are_counted(gai):
    before = scrape(gai)
    for _ in range(3):
        r = httpx.post(f"{gai.base_url}{CHAT}", json={"model": "mock-echo", "messages": [{"role": "user", "content": "count me"}]},
                       timeout=10, trust_env=False)
        assert r.status_code == 200
        overhead = float(r.headers["x-gai-overhead-ms"])
        assert 0 <= overhead < 1000
    after = scrape(gai)
    # prometheus_client names a counter family without its `_total` suffix.
    assert value(after, "gai_requests", "gai_requests_total", model="mock-echo", status="200", code="none") \
        - value(before, "gai_requests", "gai_requests_total", model="mock-echo", status="200", code="none") == 3
    assert after["gai_request_duration_seconds"].type == "histogram"
    assert value(after, "gai_request_duration_seconds", "gai_request_duration_seconds_count", model="mock-echo") \
        - value(before, "gai_request_duration_seconds", "gai_request_duration_seconds_count", model="mock-echo") == 3
    assert value(after, "gai_tokens", "gai_tokens_total", model="mock-echo", type="output") \
        > value(before, "gai_tokens", "gai_tokens_total", model="mock-echo", type="output")
    assert after["gai_overhead_seconds"].type == "histogram"
    assert after["gai_upstream_duration_seconds"].type == "histogram"
    assert value(after, "gai_in_flight_requests") == 0
    assert "gai_events_dropped" in after


def test_a_retry_a_breaker_and_an_unknown_model_keep_labels_bounded(gai):
    from test_resilience import fault  # the x-gai-fault header helper
    r = httpx.post(f"{gai.base_url}{CHAT}", json={"model": "mock-echo", "messages": [{"role": "user", "content": "x"}]},
                   headers=fault("error=provider_unavailable;status=503;first_n=1"), timeout=10, trust_env=False)
    assert r.status_code == 200 and r.headers["x-gai-attempts"] == "2"
    missing = httpx.post(f"{gai.base_url}{CHAT}", json={"model": "no-such-model-7f3a", "messages": [{"role": "user", "content": "x"}]},
                         timeout=10, trust_env=False)
    assert missing.status_code == 404
    direct = httpx.post(f"{gai.base_url}{CHAT}", json={"model": "mock/free-form-7f3a", "messages": [{"role": "user", "content": "x"}]},
                        timeout=10, trust_env=False)
    assert direct.status_code == 200
    families = scrape(gai)
    assert value(families, "gai_retries", "gai_retries_total", model="mock-echo") >= 1
    models = {s.labels.get("model") for s in families["gai_requests"].samples}
    assert "no-such-model-7f3a" not in models and "unknown" in models, "client input never becomes a label value"
    deployments = {s.labels.get("deployment") for s in families["gai_requests"].samples}
    assert "mock/echo" in deployments and "mock/*" in deployments
    assert not any("7f3a" in (d or "") for d in deployments), "a direct route's model is not a label value"
    assert all(s.value in (0, 1, 2) for s in families["gai_breaker_state"].samples)


def test_a_streams_inter_chunk_gaps_are_a_histogram(gai):
    before = scrape(gai)
    with httpx.stream("POST", f"{gai.base_url}{CHAT}", timeout=10, trust_env=False,
                      json={"model": "mock-echo", "stream": True, "messages": [{"role": "user", "content": "one two three four five"}]}) as r:
        assert r.status_code == 200
        body = "".join(r.iter_text())
    assert "[DONE]" in body
    after = scrape(gai)
    assert after["gai_inter_chunk_seconds"].type == "histogram"
    gaps = value(after, "gai_inter_chunk_seconds", "gai_inter_chunk_seconds_count") \
        - value(before, "gai_inter_chunk_seconds", "gai_inter_chunk_seconds_count")
    assert gaps >= 3, "one observation per gap between the upstream's chunks"


def test_metrics_enabled_false_turns_the_endpoint_off(tmp_path):
    from conftest import _free_port, start_gai, stop_gai
    port = _free_port()
    proc = start_gai(tmp_path, port, f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
data_dir: {tmp_path / "data"}
metrics: {{ enabled: false }}
events: {{ sink: none }}
providers: [ {{ name: mock, kind: mock, stream_delay_ms: 0 }} ]
models: [ {{ name: m, deployments: [ {{ provider: mock, model: m }} ] }} ]
""")
    try:
        base = f"http://127.0.0.1:{port}"
        r = httpx.post(f"{base}{CHAT}", json={"model": "m", "messages": [{"role": "user", "content": "x"}]}, trust_env=False)
        assert r.status_code == 200 and "x-gai-overhead-ms" in r.headers
        assert httpx.get(f"{base}/metrics", trust_env=False).status_code == 404
        assert not (tmp_path / "data" / "events.jsonl").exists(), "events.sink: none writes no events"
    finally:
        stop_gai(proc)
