"""Runs last (see the `late` marker): the gateway survived everything above, then stops cleanly on SIGTERM."""

from __future__ import annotations

import signal
import subprocess

import pytest

from fake_upstream import HELLO_TEXT
from gai_helpers import SHUTDOWN_TIMEOUT_S, assert_uuid7, user


@pytest.mark.late(1)
def test_gateway_still_serves_after_errors(gai, client, http, upstream):
    assert gai.proc.poll() is None, "gai is no longer running"
    assert http.get("/health/live").status_code == 200
    ready = http.get("/health/ready")
    # Earlier tests open breakers on purpose (cool-downs up to minutes): then, and only then,
    # readiness says so — the deployments check is unhealthy, every other check is fine.
    if ready.status_code != 200:
        assert ready.status_code == 503, ready.text
        checks = ready.json()["checks"]
        assert checks["deployments"]["status"] == "unhealthy", checks
        assert all(c["status"] != "unhealthy" for name, c in checks.items() if name != "deployments"), checks
    r = client.chat.completions.create(model="gpt-4o-mini", messages=user("still there?"))
    assert r.choices[0].message.content == HELLO_TEXT
    assert_uuid7(r._request_id)
    chunks = list(client.chat.completions.create(model="gpt-4o-mini", messages=user("stream?"), stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == HELLO_TEXT
    assert client.chat.completions.create(model="mock-echo", messages=user("ok")).choices[0].message.content == "ok"


@pytest.mark.late(2)
def test_sigterm_graceful_exit(gai):
    assert gai.proc.poll() is None, f"gai already exited with {gai.proc.returncode}"
    gai.exit_checked = True  # this test owns the shutdown check; the fixture teardown won't repeat it
    gai.proc.send_signal(signal.SIGTERM)
    try:
        code = gai.proc.wait(timeout=SHUTDOWN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        gai.proc.kill()
        gai.proc.wait(timeout=5)
        pytest.fail(f"gai did not exit within {SHUTDOWN_TIMEOUT_S:.0f}s of SIGTERM")
    assert code == 0, f"gai exited with {code} on SIGTERM (its output is attached below)"
