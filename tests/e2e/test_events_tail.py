"""Observability events end to end: the live tail (`GET /admin/events` over SSE and the
`gai events tail` CLI) and the sinks other than the default file (SQLite, stdout, none)."""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import threading
import time
import uuid
from pathlib import Path

import openai
import pytest

import servers
from conftest import _free_port, _gai_bin, start_gai, stop_gai
from gai_helpers import READY_TIMEOUT_S, httpx

ADMIN_KEY = "events-e2e-admin-0123456789"
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}


def _config(port: int, workdir: Path, events: str = "") -> str:
    return f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1 }}
admin_key: {ADMIN_KEY}
auth: none
data_dir: {workdir / "data"}
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 0 }}
models:
  - {{ name: echo, deployments: [ {{ provider: mock, model: echo }} ] }}
{events}
"""


def _sdk(base: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base}/v1", api_key="unused", max_retries=0, timeout=10,
                         http_client=httpx.Client(trust_env=False))


def _complete(base: str, request_id: str | None = None) -> str:
    """One chat completion through the openai SDK; returns its x-request-id."""
    headers = {"x-request-id": request_id} if request_id else {}
    raw = _sdk(base).chat.completions.with_raw_response.create(
        model="echo", messages=[{"role": "user", "content": "hello events"}], extra_headers=headers)
    assert raw.parse().choices[0].message.content
    return raw.headers["x-request-id"]


class Tail:
    """`GET /admin/events` read in a thread: every SSE frame as (event, data), comments as
    (":", text). `opened` is set once the stream answered (its first comment arrived)."""

    def __init__(self, base: str, params: dict[str, str] | list[tuple[str, str]]):
        self.frames: queue.Queue[tuple[str, str]] = queue.Queue()
        self.opened = threading.Event()
        self.ended = threading.Event()
        self.status: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(base, params), daemon=True)
        self._thread.start()
        assert self.opened.wait(10), "the tail did not open"

    def _run(self, base, params):
        try:
            with httpx.Client(trust_env=False, timeout=httpx.Timeout(10, read=30)) as client:
                with client.stream("GET", f"{base}/admin/events", params=params, headers=AUTH) as response:
                    self.status = response.status_code
                    self.content_type = response.headers.get("content-type", "")
                    event, data = None, []
                    for line in response.iter_lines():
                        if line.startswith(":"):
                            self.frames.put((":", line[1:].strip()))
                            self.opened.set()
                        elif line.startswith("event:"):
                            event = line[len("event:"):].strip()
                        elif line.startswith("data:"):
                            data.append(line[len("data:"):].lstrip(" "))
                        elif line == "" and data:
                            self.frames.put((event or "message", "\n".join(data)))
                            event, data = None, []
                        if self._stop.is_set():
                            return
        except httpx.HTTPError:
            pass
        finally:
            self.opened.set()
            self.ended.set()

    def events(self, until, timeout: float = 10.0) -> list[dict]:
        """Parsed events (skipping comments) until `until(events)` holds."""
        got: list[dict] = []
        deadline = time.monotonic() + timeout
        while not until(got):
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"the tail did not deliver in time; got {got}"
            try:
                kind, data = self.frames.get(timeout=remaining)
            except queue.Empty:
                continue
            if kind == ":":
                continue
            event = json.loads(data)
            assert kind == event["type"], "the SSE event name is the event's type"
            got.append(event)
        return got

    def close(self):
        self._stop.set()


@pytest.fixture(scope="module")
def file_gai(tmp_path_factory):
    """A gateway with the default sink (JSON lines in <data_dir>/events.jsonl)."""
    workdir = tmp_path_factory.mktemp("gai-events")
    port = _free_port()
    proc = start_gai(workdir, port, _config(port, workdir))
    yield f"http://127.0.0.1:{port}", workdir, proc
    if proc.poll() is None:
        stop_gai(proc)


def test_the_tail_needs_the_admin_key_and_known_types(file_gai):
    base, _, _ = file_gai
    assert httpx.get(f"{base}/admin/events", trust_env=False).status_code == 401
    wrong = httpx.get(f"{base}/admin/events", headers={"Authorization": "Bearer nope"}, trust_env=False)
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"
    bad = httpx.get(f"{base}/admin/events", params={"type": "response_completed,bogus"}, headers=AUTH, trust_env=False)
    assert bad.status_code == 400
    error = bad.json()["error"]
    assert error["type"] == "invalid_request_error" and error["param"] == "type"
    assert "bogus" in error["message"] and "response_completed" in error["message"] and "attempt_failed" in error["message"]


def test_a_completion_reaches_the_tail_with_its_request_id(file_gai):
    base, workdir, _ = file_gai
    tail = Tail(base, {"type": "response_completed"})
    try:
        assert tail.status == 200 and tail.content_type.startswith("text/event-stream")
        request_id = _complete(base)
        events = tail.events(lambda got: any(e["correlation_id"] == request_id for e in got))
        mine = [e for e in events if e["correlation_id"] == request_id]
        assert [e["type"] for e in mine] == ["response_completed"]
        assert all(e["type"] == "response_completed" for e in events), "the type filter holds"
        assert mine[0]["schema_version"] == 1 and mine[0]["payload"]["status"] == 200
        # The same event, as the file sink stored it.
        path = workdir / "data" / "events.jsonl"
        deadline = time.monotonic() + 5
        while request_id not in (path.read_text() if path.exists() else ""):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        tail.close()


def test_repeated_type_and_request_id_filters(file_gai):
    base, _, _ = file_gai
    wanted = f"tail-{uuid.uuid4()}"
    tail = Tail(base, [("type", "response_completed"), ("type", "error_occurred"), ("request_id", wanted)])
    try:
        other = _complete(base)
        _complete(base, wanted)
        events = tail.events(lambda got: len(got) >= 1)
        assert [(e["type"], e["correlation_id"]) for e in events] == [("response_completed", wanted)]
        assert other != wanted
    finally:
        tail.close()


def _reader(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def run():
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=run, daemon=True).start()
    return lines


def test_the_cli_prints_one_request_s_events_as_json_lines(file_gai):
    base, _, _ = file_gai
    request_id = f"cli-{uuid.uuid4()}"
    cli = subprocess.Popen([str(_gai_bin()), "events", "tail", "--request-id", request_id, "--url", base],
                           env={**os.environ, "GAI_ADMIN_KEY": ADMIN_KEY}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        lines = _reader(cli.stdout)
        _complete(base)  # another request: never printed
        # The CLI says nothing until an event arrives: send the request until it has subscribed.
        printed: list[dict] = []
        deadline = time.monotonic() + 15
        while not printed:
            assert cli.poll() is None, cli.stderr.read()
            assert time.monotonic() < deadline, "the CLI printed nothing"
            _complete(base, request_id)
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            printed.append(json.loads(line))
        time.sleep(0.3)
        while not lines.empty():
            line = lines.get()
            if line:
                printed.append(json.loads(line))
        assert {e["correlation_id"] for e in printed} == {request_id}
        assert "response_completed" in {e["type"] for e in printed}
    finally:
        cli.send_signal(signal.SIGINT)
        cli.wait(timeout=10)

    refused = subprocess.run([str(_gai_bin()), "events", "tail", "--url", base, "--type", "bogus"],
                             env={**os.environ, "GAI_ADMIN_KEY": ADMIN_KEY}, capture_output=True, text=True, timeout=30)
    assert refused.returncode == 1 and "bogus" in refused.stderr and "HTTP 400" in refused.stderr
    unauthorized = subprocess.run([str(_gai_bin()), "events", "tail", "--url", base],
                                  env={**os.environ, "GAI_ADMIN_KEY": "wrong"}, capture_output=True, text=True, timeout=30)
    assert unauthorized.returncode == 1 and "HTTP 401" in unauthorized.stderr


@pytest.mark.late(1)
def test_an_open_tail_does_not_hold_up_shutdown(file_gai):
    base, _, proc = file_gai
    tail = Tail(base, {})
    started = time.monotonic()
    stop_gai(proc)  # exit code 0, well within the 30 s shutdown grace
    assert time.monotonic() - started < 10
    assert tail.ended.wait(5), "the stream ended with the server"


def test_the_sqlite_sink_stores_rows_by_request(tmp_path):
    port = _free_port()
    proc = start_gai(tmp_path, port, _config(port, tmp_path, "events: { sink: sqlite, max_rows: 1000 }"))
    try:
        base = f"http://127.0.0.1:{port}"
        request_id = _complete(base)
        path = tmp_path / "data" / "events.sqlite"
        deadline = time.monotonic() + 5
        rows = []
        while not rows:
            assert time.monotonic() < deadline, "no row for the request"
            if path.exists():
                with sqlite3.connect(path) as db:
                    rows = db.execute(
                        "SELECT schema_version, type, timestamp, correlation_id, span_id, payload, line FROM events "
                        "WHERE correlation_id = ? ORDER BY id", (request_id,)).fetchall()
                if not any(row[1] == "response_completed" for row in rows):
                    rows = []
            time.sleep(0.05)
        assert [row[1] for row in rows] == ["request_received", "response_completed"]
        version, type_, timestamp, correlation_id, span_id, payload, line = rows[-1]
        assert (version, correlation_id) == (1, request_id)
        assert abs(timestamp / 1000 - time.time()) < 60
        assert json.loads(payload)["status"] == 200
        assert json.loads(line)["payload"] == json.loads(payload) and json.loads(line)["span_id"] == span_id
        assert not (tmp_path / "data" / "events.jsonl").exists(), "the file sink is not used"
    finally:
        stop_gai(proc)


def test_the_postgres_sink_stores_rows_with_a_jsonb_payload(tmp_path):
    with servers.postgres_server() as postgres_url:
        port = _free_port()
        events = f"stores: {{ postgres_url: {postgres_url} }}\nevents: {{ sink: postgres }}"
        proc = start_gai(tmp_path, port, _config(port, tmp_path, events))
        try:
            request_id = _complete(f"http://127.0.0.1:{port}")
            query = ("SELECT type, payload->>'status', (line::jsonb)->>'correlation_id' FROM gai_events "
                     f"WHERE correlation_id = '{request_id}' ORDER BY id")
            deadline = time.monotonic() + 5
            while True:
                out = subprocess.run([servers._postgres_bin("psql"), postgres_url, "-At", "-F", "|", "-c", query],
                                     capture_output=True, text=True, check=True).stdout.split()
                if any(row.startswith("response_completed|") for row in out):
                    break
                assert time.monotonic() < deadline, out
                time.sleep(0.1)
            assert out == [f"request_received||{request_id}", f"response_completed|200|{request_id}"]
            assert not (tmp_path / "data" / "events.jsonl").exists()
        finally:
            stop_gai(proc)


def test_the_stdout_sink_writes_json_lines_on_standard_output(tmp_path):
    port = _free_port()
    config = tmp_path / "gai.yaml"
    config.write_text(_config(port, tmp_path, "events: { sink: stdout }"))
    stdout_path, stderr_path = tmp_path / "stdout", tmp_path / "stderr"
    with open(stdout_path, "w") as out, open(stderr_path, "w") as err:
        proc = subprocess.Popen([str(_gai_bin()), "serve", "--config", str(config)], stdout=out, stderr=err, cwd=tmp_path)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            try:
                if httpx.get(f"{base}/health/ready", timeout=1, trust_env=False).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, stderr_path.read_text()
            time.sleep(0.05)
        request_id = _complete(base)
        deadline = time.monotonic() + 5
        while True:
            # gai's log lines share standard output; events are the lines with a schema_version.
            lines = [json.loads(line) for line in stdout_path.read_text().splitlines() if line.strip()]
            events = [e for e in lines if "schema_version" in e and e.get("correlation_id") == request_id]
            if any(e["type"] == "response_completed" for e in events):
                break
            assert time.monotonic() < deadline, stdout_path.read_text()
            time.sleep(0.05)
        assert [e["type"] for e in events] == ["request_received", "response_completed"]
        assert not (tmp_path / "data" / "events.jsonl").exists()
    finally:
        stop_gai(proc)


def test_with_events_off_the_tail_is_404(tmp_path):
    port = _free_port()
    proc = start_gai(tmp_path, port, _config(port, tmp_path, "events: { sink: none }"))
    try:
        base = f"http://127.0.0.1:{port}"
        _complete(base)
        r = httpx.get(f"{base}/admin/events", headers=AUTH, trust_env=False)
        assert r.status_code == 404
        assert "events.sink: none" in r.json()["error"]["message"]
        time.sleep(0.2)
        assert not (tmp_path / "data" / "events.jsonl").exists()
    finally:
        stop_gai(proc)
