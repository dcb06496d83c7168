"""OpenTelemetry tracing end to end: a `gai` with `tracing.enabled` exports its spans over
OTLP/HTTP (protobuf) to a local receiver, which decodes them with OpenTelemetry's own protobuf
definitions. The client's `traceparent` is continued, the upstream receives the gateway's, and
the spans nest request → attempt → upstream HTTP call with the GenAI attributes. With tracing
off, the client's `traceparent` still reaches the upstream unchanged and its trace id is logged."""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import openai
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from conftest import _free_port, start_gai, stop_gai
from fake_upstream import EXPECTED_API_KEY
from gai_helpers import httpx


class OTLPReceiver:
    """A minimal OTLP/HTTP collector: POST /v1/traces with an ExportTraceServiceRequest body."""

    def __init__(self) -> None:
        self.spans: list[dict] = []
        self.resources: list[dict] = []
        self.content_types: list[str] = []
        self.collector_keys: list[str] = []
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                request = ExportTraceServiceRequest()
                request.ParseFromString(body)
                with owner.lock:
                    owner.content_types.append(self.headers.get("Content-Type", ""))
                    owner.collector_keys.append(self.headers.get("x-collector-key", ""))
                    for resource_spans in request.resource_spans:
                        resource = {a.key: _value(a.value) for a in resource_spans.resource.attributes}
                        owner.resources.append(resource)
                        for scope_spans in resource_spans.scope_spans:
                            for span in scope_spans.spans:
                                owner.spans.append({
                                    "name": span.name,
                                    "trace_id": span.trace_id.hex(),
                                    "span_id": span.span_id.hex(),
                                    "parent_span_id": span.parent_span_id.hex(),
                                    "kind": span.kind,
                                    "status": span.status.code,
                                    "start": span.start_time_unix_nano,
                                    "end": span.end_time_unix_nano,
                                    "attributes": {a.key: _value(a.value) for a in span.attributes},
                                })
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def wait_for(self, predicate, timeout: float = 15.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                found = [s for s in self.spans if predicate(s)]
            if found:
                return found
            time.sleep(0.05)
        with self.lock:
            raise AssertionError(f"no matching span within {timeout}s; got {[s['name'] for s in self.spans]}")

    def trace(self, trace_id: str, count: int, timeout: float = 15.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                found = [s for s in self.spans if s["trace_id"] == trace_id]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"trace {trace_id}: expected {count} spans, got {found}")


def _value(v):
    kind = v.WhichOneof("value")
    if kind == "array_value":
        return [_value(x) for x in v.array_value.values]
    return getattr(v, kind) if kind else None


SERVER, CLIENT = 2, 3  # SpanKind enum values in the OTLP protobuf


@pytest.fixture(scope="module")
def receiver():
    r = OTLPReceiver()
    r.thread.start()
    yield r
    r.server.shutdown()


@pytest.fixture(scope="module", params=["gai", "swift-otel"])
def traced_gai(request, tmp_path_factory, receiver, fake_upstream):
    """A traced gateway, once per tracing backend (the default `gai`, and `swift-otel`)."""
    backend = request.param
    workdir = tmp_path_factory.mktemp(f"traced-{backend}")
    port = _free_port()
    proc = start_gai(workdir, port, f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
data_dir: {workdir / "data"}
tracing: {{ enabled: true, backend: {backend}, otlp_endpoint: "{receiver.url}", service_name: gai-e2e, export_interval_ms: 50,
           headers: {{ x-collector-key: "collector-secret" }} }}
providers:
  - {{ name: fake, kind: openai, base_url: "{fake_upstream.base_url}", api_key: {EXPECTED_API_KEY} }}
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
models:
  - {{ name: traced, deployments: [ {{ provider: fake, model: fake-gpt }} ] }}
  - name: flaky-then-ok
    retry: {{ max_attempts: 1 }}
    deployments: [ {{ provider: fake, model: fail-429 }}, {{ provider: mock, model: backup }} ]
""", env={"OTEL_BSP_SCHEDULE_DELAY": "100"})
    yield f"http://127.0.0.1:{port}", workdir
    stop_gai(proc)


def _traceparent() -> tuple[str, str, str]:
    trace_id, parent_id = secrets.token_hex(16), secrets.token_hex(8)
    return f"00-{trace_id}-{parent_id}-01", trace_id, parent_id


def _client(base: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base}/v1", api_key="unused", http_client=httpx.Client(trust_env=False), max_retries=0)


def test_a_request_continues_the_clients_trace_with_genai_spans(traced_gai, receiver, upstream):
    base, workdir = traced_gai
    header, trace_id, client_parent = _traceparent()
    raw = _client(base).chat.completions.with_raw_response.create(
        model="traced", messages=[{"role": "user", "content": "hello"}], extra_headers={"traceparent": header})
    completion = raw.parse()
    request_id = raw.headers["x-request-id"]

    spans = receiver.trace(trace_id, 3)
    by_name = {s["name"]: s for s in spans}
    request_span = by_name["POST /v1/chat/completions"]
    attempt = by_name["chat fake-gpt"]
    http_call = by_name["POST"]
    assert request_span["kind"] == SERVER and attempt["kind"] == CLIENT and http_call["kind"] == CLIENT
    assert request_span["parent_span_id"] == client_parent, "the gateway's span continues the client's"
    assert attempt["parent_span_id"] == request_span["span_id"]
    assert http_call["parent_span_id"] == attempt["span_id"]
    assert request_span["start"] <= attempt["start"] <= http_call["start"] <= http_call["end"] <= attempt["end"] <= request_span["end"]

    attributes = request_span["attributes"]
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.provider.name"] == "openai"
    assert attributes["gen_ai.request.model"] == "traced"
    assert attributes["gen_ai.response.model"] == "fake-gpt"
    assert attributes["gen_ai.usage.input_tokens"] == completion.usage.prompt_tokens
    assert attributes["gen_ai.usage.output_tokens"] == completion.usage.completion_tokens
    assert attributes["gen_ai.response.finish_reasons"] == [completion.choices[0].finish_reason]
    assert attributes["http.response.status_code"] == 200
    assert attributes["gai.request_id"] == request_id
    assert attempt["attributes"]["gen_ai.request.model"] == "fake-gpt"
    assert attempt["attributes"]["gai.provider"] == "fake"
    assert http_call["attributes"]["http.response.status_code"] == 200
    assert http_call["attributes"]["url.full"] == f"{upstream.base_url}/chat/completions"
    assert receiver.resources and receiver.resources[0]["service.name"] == "gai-e2e"
    assert all("protobuf" in c for c in receiver.content_types)
    assert receiver.collector_keys and set(receiver.collector_keys) == {"collector-secret"}
    assert "collector-secret" not in (workdir / "gai.log").read_text(), "export headers are secrets"

    # The exporter's counters are on /metrics (gai backend).
    metrics = httpx.get(f"{base}/metrics", trust_env=False).text
    if "backend: gai" in (workdir / "gai.yaml").read_text():
        gauges = {line.split()[0]: float(line.split()[1]) for line in metrics.splitlines() if line.startswith("gai_spans_")}
        assert gauges.get("gai_spans_exported", 0) >= 3, metrics
        assert gauges.get("gai_spans_dropped") == 0 and gauges.get("gai_spans_export_failed") == 0

    # The upstream got the gateway's traceparent: same trace, the HTTP span as its parent.
    sent = upstream.last_request("/v1/chat/completions").headers["traceparent"]
    version, upstream_trace, upstream_parent, _ = sent.split("-")
    assert (version, upstream_trace, upstream_parent) == ("00", trace_id, http_call["span_id"])

    # The trace id is in the access log and on the request's events.
    log_lines = [json.loads(line) for line in (workdir / "gai.log").read_text().splitlines() if line.startswith("{")]
    access = [line for line in log_lines if line.get("request_id") == request_id and line.get("msg") == "request"]
    assert access and access[0]["trace_id"] == trace_id
    events_path = workdir / "data" / "events.jsonl"
    deadline = time.monotonic() + 10
    while True:
        events = [json.loads(line) for line in events_path.read_text().splitlines()] if events_path.exists() else []
        mine = [e for e in events if e["correlation_id"] == request_id]
        if {e["type"] for e in mine} >= {"request_received", "response_completed"} or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert mine and all(e["trace_id"] == trace_id for e in mine), mine


def test_a_stream_ends_its_spans_after_the_last_chunk(traced_gai, receiver):
    base, _ = traced_gai
    header, trace_id, _ = _traceparent()
    chunks = list(_client(base).chat.completions.create(
        model="traced", messages=[{"role": "user", "content": "stream please"}], stream=True,
        stream_options={"include_usage": True}, extra_headers={"traceparent": header}))
    assert chunks
    spans = receiver.trace(trace_id, 3)
    by_name = {s["name"]: s for s in spans}
    request_span, http_call = by_name["POST /v1/chat/completions"], by_name["POST"]
    assert request_span["attributes"]["gai.stream"] is True
    assert request_span["attributes"]["gen_ai.response.finish_reasons"] == ["stop"]
    assert request_span["attributes"]["gen_ai.usage.output_tokens"] > 0
    assert http_call["end"] <= request_span["end"]


def test_a_new_trace_per_request_without_traceparent_and_a_failed_attempt_is_marked(traced_gai, receiver):
    base, _ = traced_gai
    raw = _client(base).chat.completions.with_raw_response.create(model="flaky-then-ok", messages=[{"role": "user", "content": "x"}])
    request_id = raw.headers["x-request-id"]
    request_span = receiver.wait_for(lambda s: s["attributes"].get("gai.request_id") == request_id)[0]
    assert request_span["parent_span_id"] == ""
    spans = receiver.trace(request_span["trace_id"], 4)
    attempts = sorted((s for s in spans if s["name"].startswith("chat ")), key=lambda s: s["start"])
    assert [a["name"] for a in attempts] == ["chat fail-429", "chat backup"]
    assert attempts[0]["status"] == 2 and attempts[0]["attributes"]["error.type"] == "rate_limited"
    assert attempts[1]["status"] != 2
    assert all(a["parent_span_id"] == request_span["span_id"] for a in attempts)
    assert request_span["attributes"]["gai.attempts"] == 2


def test_with_tracing_off_the_clients_traceparent_reaches_the_upstream(gai, client, upstream):
    header, trace_id, _ = _traceparent()
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], extra_headers={"traceparent": header, "tracestate": "k=v"})
    request_id = raw.headers["x-request-id"]
    sent = upstream.last_request("/v1/chat/completions").headers
    assert sent["traceparent"] == header and sent["tracestate"] == "k=v"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        lines = [json.loads(line) for line in gai.log_text(tail_lines=None).splitlines() if line.startswith("{")]
        access = [line for line in lines if line.get("request_id") == request_id and line.get("msg") == "request"]
        if access:
            break
        time.sleep(0.05)
    assert access and access[0]["trace_id"] == trace_id


def test_a_malformed_traceparent_is_ignored(gai, client, upstream):
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], extra_headers={"traceparent": "00-zz-not-valid"})
    assert raw.http_response.status_code == 200
    assert "traceparent" not in upstream.last_request("/v1/chat/completions").headers
