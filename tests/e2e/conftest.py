"""Session fixtures for Gai's end-to-end tests.

* ``fake_upstream``: an in-process OpenAI-compatible fake (fake_upstream.py) on a free loopback port.
* ``gai``: the real ``gai serve`` binary (``$GAI_BIN``, default ``<repo>/.build/debug/gai``), configured
  to route to the fake, started once per session, SIGTERM'd at the end (exit code must be 0).
* ``client`` (openai SDK) and ``http`` (raw httpx) pointed at the gateway; ``upstream`` is the fake
  with its request record cleared for the test.

On any failing test the tail of gai's stdout/stderr and the fake's recent requests are attached
to the report.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import openai
import pytest

from fake_upstream import EXPECTED_API_KEY, FakeUpstream
from gai_helpers import MAX_BODY_BYTES, READY_TIMEOUT_S, REQUEST_TIMEOUT_S, SHUTDOWN_TIMEOUT_S, httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GAI_BIN = REPO_ROOT / ".build" / "debug" / "gai"


ADMIN_KEY = "e2e-admin-key-0123456789"

CONFIG_TEMPLATE = """\
server: {{ host: 127.0.0.1, port: 0, threads: 1, max_body_bytes: {max_body} }}
admin_key: ${{GAI_E2E_ADMIN_KEY}}
auth: none  # gateway keys are tested with their own gateway (test_keys.py)
data_dir: {data_dir}
chaos: {{ enabled: true }}
dlq: {{ store: sqlite, max_entries: 1000 }}
providers:
  - name: fake
    kind: openai
    base_url: {fake_base_url}
    api_key: ${{FAKE_UPSTREAM_KEY}}
    timeout_ms: 5000
  - name: mock
    kind: mock
    stream_delay_ms: 0
    embedding_dimensions: 8
  - {{ name: mock-a, kind: mock, stream_delay_ms: 0 }}
  - {{ name: mock-b, kind: mock, stream_delay_ms: 0 }}
  - {{ name: mock-slow, kind: mock, stream_delay_ms: 0, faults: {{ latency_ms: 60 }} }}
  - {{ name: mock-paced, kind: mock, stream_delay_ms: 40 }}
models:
  - name: gpt-4o-mini
    deployments: [ {{ provider: fake, model: fake-gpt }} ]
  - name: text-embedding-3-small
    deployments: [ {{ provider: fake, model: fake-embed }} ]
  - name: rate-limited
    retry: {{ max_attempts: 1 }}
    deployments: [ {{ provider: fake, model: fail-429 }} ]
  - name: midstream-error
    retry: {{ max_attempts: 1 }}
    deployments: [ {{ provider: fake, model: midstream-error }} ]
  - name: cutoff
    retry: {{ max_attempts: 1 }}
    deployments: [ {{ provider: fake, model: cutoff }} ]
  - name: mock-echo
    deployments: [ {{ provider: mock, model: echo }} ]
  # Resilience (test_resilience.py): faults come from the x-gai-fault header (chaos is enabled).
  - name: flaky
    retry: {{ max_attempts: 3, initial_delay_ms: 1, max_delay_ms: 5, jitter: 0 }}
    # Many tests fail this deployment on purpose: its breaker must not open between them.
    breaker: {{ consecutive_failures: 10000, min_requests: 10000 }}
    deployments: [ {{ provider: mock-a, model: echo }} ]
  - name: no-budget
    retry: {{ max_attempts: 3, initial_delay_ms: 1, max_delay_ms: 5 }}
    retry_budget: {{ ratio: 0, min_per_second: 0 }}
    deployments: [ {{ provider: mock-a, model: no-budget }} ]
  - name: failover
    strategy: priority
    retry: {{ max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }}
    deployments: [ {{ provider: mock-a, model: first }}, {{ provider: mock-b, model: second }} ]
  - name: fragile
    retry: {{ max_attempts: 1 }}
    breaker: {{ consecutive_failures: 2, cooldown_ms: 600000 }}
    deployments: [ {{ provider: mock-b, model: fragile }} ]
  - name: fastest
    strategy: latency
    deployments: [ {{ provider: mock-slow, model: slow }}, {{ provider: mock-a, model: fast }} ]
  - name: long-context
    deployments: [ {{ provider: mock-b, model: long }} ]
  - name: short-context
    retry: {{ max_attempts: 1 }}
    on_error: {{ context_length_exceeded: long-context }}
    deployments: [ {{ provider: mock-a, model: short }} ]
  - name: paced
    retry: {{ max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }}
    deployments: [ {{ provider: mock-paced, model: paced }} ]
  - name: dead
    retry: {{ max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }}
    deployments: [ {{ provider: mock-a, model: dead-1 }}, {{ provider: mock-b, model: dead-2 }} ]
"""

# Loopback traffic must never go through a proxy from the environment.
_no_proxy = {"127.0.0.1", "localhost"}
for _var in ("NO_PROXY", "no_proxy"):
    _cur = [p for p in os.environ.get(_var, "").split(",") if p]
    os.environ[_var] = ",".join(_cur + sorted(_no_proxy - set(_cur)))


@dataclass
class GaiProcess:
    proc: subprocess.Popen
    port: int
    config_path: Path
    log_path: Path
    argv: list[str]
    exit_checked: bool = field(default=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/v1"

    def log_text(self, tail_lines: int | None = 200) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError as e:
            return f"(could not read {self.log_path}: {e})"
        if tail_lines is not None:
            lines = text.splitlines()
            if len(lines) > tail_lines:
                text = "\n".join([f"... ({len(lines) - tail_lines} earlier lines in {self.log_path})"] + lines[-tail_lines:])
        return text or "(empty)"

    def assert_alive(self) -> None:
        code = self.proc.poll()
        if code is not None:
            pytest.fail(f"gai exited unexpectedly with code {code}.\n--- gai output ---\n{self.log_text()}", pytrace=False)

    def terminate(self, timeout: float = SHUTDOWN_TIMEOUT_S) -> int | None:
        """SIGTERM and wait; returns the exit code, or None if it had to be killed."""
        if self.proc.poll() is not None:
            return self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
            return None


_GAI_KEY = pytest.StashKey[GaiProcess]()
_UPSTREAM_KEY = pytest.StashKey[FakeUpstream]()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gai_bin() -> Path:
    raw = os.environ.get("GAI_BIN")
    path = Path(raw) if raw else DEFAULT_GAI_BIN
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(
            f"Gai binary not found or not executable: {path}\n"
            f"Build it first (`swift build` in {REPO_ROOT}) or set GAI_BIN to the built `gai` executable.",
            pytrace=False,
        )
    return path


def start_gai(workdir: Path, port: int, config_text: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """A `gai serve` of its own (for tests that need other settings than the session gateway):
    writes `config_text` (which listens on `port`) to `workdir/gai.yaml`, logs to
    `workdir/gai.log`, and returns once `/health/ready` answers. `env` adds environment variables."""
    config = workdir / "gai.yaml"
    config.write_text(config_text)
    log = workdir / "gai.log"
    proc = subprocess.Popen([str(_gai_bin()), "serve", "--config", str(config)], stdout=log.open("w"), stderr=subprocess.STDOUT,
                            cwd=workdir, env={**os.environ, **(env or {})})
    deadline = time.monotonic() + READY_TIMEOUT_S
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health/ready", timeout=1, trust_env=False).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        assert proc.poll() is None, log.read_text()
        assert time.monotonic() < deadline, f"gai did not become ready:\n{log.read_text()}"
        time.sleep(0.05)


def stop_gai(proc: subprocess.Popen) -> None:
    """SIGTERM, and the exit must be clean."""
    proc.terminate()
    assert proc.wait(timeout=SHUTDOWN_TIMEOUT_S + 5) == 0


# --- pytest hooks ---------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "late(n): run after all unmarked tests, in ascending n (used for the keeps-serving check and SIGTERM).",
    )


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        m = item.get_closest_marker("late")
        return int(m.args[0]) if m and m.args else (1 if m else 0)

    items.sort(key=rank)  # stable: unmarked tests keep their collection order


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if not report.failed:
        return
    gai = item.config.stash.get(_GAI_KEY, None)
    if gai is None or "gai" not in getattr(item, "fixturenames", ()):
        return
    state = "running" if gai.proc.poll() is None else f"exited with {gai.proc.returncode}"
    report.sections.append((f"gai output ({state}; {gai.log_path})", gai.log_text()))
    up = item.config.stash.get(_UPSTREAM_KEY, None)
    if up is not None:
        report.sections.append(("fake upstream: last requests", up.describe()))


# --- fixtures ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def fake_upstream(pytestconfig: pytest.Config):
    up = FakeUpstream().start()
    pytestconfig.stash[_UPSTREAM_KEY] = up
    try:
        yield up
    finally:
        up.stop()


@pytest.fixture(scope="session")
def gai(pytestconfig: pytest.Config, fake_upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory):
    binary = _gai_bin()
    workdir = tmp_path_factory.mktemp("gai")
    config_path = workdir / "gai.yaml"
    config_path.write_text(
        CONFIG_TEMPLATE.format(max_body=MAX_BODY_BYTES, fake_base_url=fake_upstream.base_url, data_dir=workdir / "data"))
    log_path = workdir / "gai.log"
    port = _free_port()
    argv = [str(binary), "serve", "--config", str(config_path), "--port", str(port), "--host", "127.0.0.1"]
    env = dict(os.environ)
    env["FAKE_UPSTREAM_KEY"] = EXPECTED_API_KEY
    env["GAI_E2E_ADMIN_KEY"] = ADMIN_KEY

    with open(log_path, "wb") as log:
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=workdir)
    g = GaiProcess(proc=proc, port=port, config_path=config_path, log_path=log_path, argv=argv)

    # Readiness: GET /health/ready == 200 within READY_TIMEOUT_S.
    deadline = time.monotonic() + READY_TIMEOUT_S
    last = "no attempt"
    ready = False
    with httpx.Client(timeout=1.0, trust_env=False) as h:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(
                    f"gai exited with code {proc.returncode} before becoming ready.\n"
                    f"argv: {' '.join(argv)}\n--- config ---\n{config_path.read_text()}\n--- gai output ---\n{g.log_text()}",
                    pytrace=False,
                )
            try:
                r = h.get(f"{g.base_url}/health/ready")
                last = f"HTTP {r.status_code}: {r.text[:200]}"
                if r.status_code == 200:
                    ready = True
                    break
            except httpx.HTTPError as e:
                last = f"{type(e).__name__}: {e}"
            time.sleep(0.1)
    if not ready:
        g.terminate()
        pytest.fail(
            f"gai did not become ready within {READY_TIMEOUT_S:.0f}s (last: {last}).\n"
            f"argv: {' '.join(argv)}\n--- gai output ---\n{g.log_text()}",
            pytrace=False,
        )

    # From here on, failing tests get gai's output attached (startup failures already include it).
    pytestconfig.stash[_GAI_KEY] = g
    try:
        yield g
    finally:
        if not g.exit_checked:
            was_running = proc.poll() is None
            code = g.terminate()
            g.exit_checked = True
            if code != 0:
                what = (
                    f"did not exit within {SHUTDOWN_TIMEOUT_S:.0f}s of SIGTERM (killed)"
                    if code is None
                    else f"exited with code {code}" + (" after SIGTERM" if was_running else " during the session")
                )
                pytest.fail(f"gai {what}.\n--- gai output ---\n{g.log_text()}", pytrace=False)


@pytest.fixture
def upstream(fake_upstream: FakeUpstream) -> FakeUpstream:
    """The fake upstream with its request record cleared for this test."""
    fake_upstream.clear()
    return fake_upstream


@pytest.fixture(scope="session")
def _sdk_client(gai: GaiProcess):
    http_client = httpx.Client(trust_env=False, timeout=REQUEST_TIMEOUT_S)
    c = openai.OpenAI(
        base_url=gai.api_base,
        api_key="anything",
        max_retries=0,
        timeout=REQUEST_TIMEOUT_S,
        http_client=http_client,
    )
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
def client(gai: GaiProcess, _sdk_client: openai.OpenAI) -> openai.OpenAI:
    """openai SDK client for the gateway (max_retries=0, bounded timeout)."""
    gai.assert_alive()
    return _sdk_client


@pytest.fixture(scope="session")
def _raw_client(gai: GaiProcess):
    with httpx.Client(base_url=gai.base_url, timeout=REQUEST_TIMEOUT_S, trust_env=False) as h:
        yield h


@pytest.fixture
def http(gai: GaiProcess, _raw_client) -> "httpx.Client":
    """Raw httpx client for the gateway; base_url is http://127.0.0.1:<port> (paths include /v1)."""
    gai.assert_alive()
    return _raw_client
