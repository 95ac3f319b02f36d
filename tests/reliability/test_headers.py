"""Frame protection (issue 16, item 8): `python -m gema serve` answers with X-Frame-Options and
CSP frame-ancestors. A real server on 127.0.0.1, bounded wait, stopped at the end."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_served_pages_refuse_foreign_frames(tmp_path):
    port = _free_port()
    env = {**os.environ, "GEMA_DB": str(tmp_path / "g.duckdb"),
           "GEMA_USERS": str(tmp_path / "users.json")}  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "gema", "serve", "--", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        response = None
        while time.monotonic() < deadline:
            try:
                response = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except OSError:
                time.sleep(0.5)
        assert response is not None, "server did not start"
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
        assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
        health = urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5)
        assert health.headers["X-Frame-Options"] == "SAMEORIGIN"
    finally:
        proc.terminate()
        proc.wait(30)
