"""`storyline serve` in its own process on a free loopback port: the one way tests start a real server."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

# Seconds to wait for the server's first answer: imports and opening the store take a few
# seconds on CI, more while other tests load the machine.
SERVER_START_TIMEOUT = 60
# Seconds a stopped server has to exit before it is killed.
SERVER_STOP_TIMEOUT = 10


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_store(path: Path) -> Iterator[str]:
    """The base URL of `storyline serve --db path` (no token), once it answers; stopped on exit."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "STORYLINE_TOKEN"}
    # The server's log goes to a file, not a pipe nobody reads while it runs (a full pipe would
    # block it); the file is shown when the server does not start.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(path), "--port", str(port)],
                                env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(base, proc, log)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=SERVER_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_for(base: str, proc: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        try:
            if httpx.get(base + "/api/stories", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            pytest.fail(f"server did not start: {log.read().decode(errors='replace')}")
        time.sleep(0.2)
