"""Real Redis and PostgreSQL servers on free loopback ports, for the tests of shared stores.

Both are started from the binaries `scripts/test` installs (`redis-server`, PostgreSQL's
`initdb`/`postgres`), owned by the test, and killed at its end. PostgreSQL refuses to run as
root, so under root it runs as the `postgres` system user the Debian package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def redis_server(workdir: Path) -> Iterator[tuple[subprocess.Popen, int]]:
    """A `redis-server` without persistence; yields (process, port)."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is not installed (scripts/test installs it)"
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=workdir)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            assert proc.poll() is None, "redis-server exited"
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)
        yield proc, port
    finally:
        proc.kill()
        proc.wait(timeout=5)


def _postgres_bin(name: str) -> str:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if candidates:
        return candidates[-1]
    found = shutil.which(name)
    assert found, f"PostgreSQL's {name} is not installed (scripts/test installs the postgresql package)"
    return found


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster (fsync off); yields the URL of its `gai` database."""
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="gai-e2e-pg-"))
    data, sockets = base / "data", base / "sockets"
    sockets.mkdir()
    os.chmod(base, 0o755)
    if as_root:
        shutil.chown(base, "postgres", "postgres")
        shutil.chown(sockets, "postgres", "postgres")
    subprocess.run(prefix + [_postgres_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "gai", "--no-sync", "-E", "UTF8"],
                   check=True, capture_output=True)
    port = free_port()
    log = (base / "postgres.log").open("w")
    if as_root:
        shutil.chown(base / "postgres.log", "postgres", "postgres")
    proc = subprocess.Popen(prefix + [_postgres_bin("postgres"), "-D", str(data), "-p", str(port), "-k", str(sockets),
                                      "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                                      "-c", "full_page_writes=off", "-c", "max_connections=200"],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            ready = subprocess.run([_postgres_bin("pg_isready"), "-h", "127.0.0.1", "-p", str(port), "-U", "gai"], capture_output=True)
            if ready.returncode == 0:
                break
            assert proc.poll() is None, (base / "postgres.log").read_text()
            assert time.monotonic() < deadline, "postgres did not start"
            time.sleep(0.1)
        subprocess.run([_postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "gai", "gai"], check=True, capture_output=True)
        yield f"postgres://gai@127.0.0.1:{port}/gai"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        shutil.rmtree(base, ignore_errors=True)
