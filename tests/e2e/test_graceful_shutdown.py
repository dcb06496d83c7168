"""A stream in flight when gai gets SIGTERM finishes; new connections are refused; exit code 0.

Uses its own gai process (the session one is stopped by test_zz_lifecycle), serving the mock
provider with a slow stream so the signal arrives mid-stream.
"""

from __future__ import annotations

import signal
import subprocess
import threading
import time

import pytest

from conftest import _free_port, _gai_bin
from gai_helpers import SHUTDOWN_TIMEOUT_S, parse_sse

try:  # openai 3.x ships the httpx API as httpx2
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]


WORDS = "one two three four five six seven eight"


def test_in_flight_stream_finishes_after_sigterm(tmp_path):
    port = _free_port()
    config = tmp_path / "graceful.yaml"
    config.write_text(
        f"""
server: {{ host: 127.0.0.1, port: {port}, threads: 1, shutdown_grace_ms: 20000 }}
providers:
  - {{ name: mock, kind: mock, stream_delay_ms: 150 }}
models:
  - name: slow
    deployments: [ {{ provider: mock, model: slow }} ]
"""
    )
    log = (tmp_path / "gai.log").open("w")
    proc = subprocess.Popen([str(_gai_bin()), "serve", "--config", str(config)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "gai did not become ready"
            time.sleep(0.05)

        first_chunk = threading.Event()
        body: dict[str, str] = {}

        def stream() -> None:
            payload = {"model": "slow", "stream": True, "messages": [{"role": "user", "content": WORDS}]}
            with httpx.stream("POST", f"{base}/v1/chat/completions", json=payload, timeout=30) as response:
                text = ""
                for piece in response.iter_text():
                    text += piece
                    first_chunk.set()
                body["text"] = text

        reader = threading.Thread(target=stream)
        reader.start()
        assert first_chunk.wait(10), "the stream never started"
        proc.send_signal(signal.SIGTERM)

        # While draining, the listener is closed: a new connection is refused.
        time.sleep(0.2)
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{base}/health/live", timeout=1)

        reader.join(30)
        assert not reader.is_alive(), "the in-flight stream did not finish"
        events = parse_sse(body["text"])
        assert events[-1] == "[DONE]", f"the stream was cut short: {events[-3:]}"
        assert proc.wait(timeout=SHUTDOWN_TIMEOUT_S) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
        log.close()
