"""A throw-away PostgreSQL cluster on a local unix socket, for the lake's catalog in tests, CI
and the lake benchmark (PostgreSQL 15 from Debian: `make test` installs it when missing).

No TCP port is opened (listen_addresses ''), authentication is `trust` on the socket only, fsync
is off: never for real data. initdb refuses to run as root, so as root the cluster is created
and run as the `postgres` user (runuser), in a folder under /tmp that user owns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

PG_ROOT = Path("/usr/lib/postgresql")  # Debian: /usr/lib/postgresql/<major>/bin
USER = "gema"  # the cluster's superuser (no password; socket only)


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries (initdb, pg_ctl) on this machine."""


def bin_dir() -> Path:
    """The folder holding initdb and pg_ctl (env GEMA_PG_BIN, else Debian's newest major)."""
    env = os.environ.get("GEMA_PG_BIN")
    found = sorted(
        PG_ROOT.glob("*/bin"), key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0
    )
    for d in [Path(env)] if env else reversed(found):
        if (d / "initdb").is_file() and (d / "pg_ctl").is_file():
            return d
    raise PostgresMissing("PostgreSQL server binaries not found (apt-get install postgresql)")


def available() -> bool:
    try:
        bin_dir()
    except PostgresMissing:
        return False
    return True


class TempPostgres:
    """initdb + pg_ctl start in a fresh folder; `stop()` removes it all."""

    def __init__(self) -> None:
        self.bin = bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="gema-pg-"))
        self.data = self.root / "data"
        self.socket = self.root
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", USER, "-E", "UTF8",
            "--no-sync", "--locale=C",
        )  # fmt: skip
        opts = f"-k {self.socket} -c listen_addresses='' -c fsync=off -c max_connections=200"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "start"
        )

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=self.root)

    def createdb(self, name: str, template: str | None = None) -> None:
        """A new database; from `template` when given (retried while the template's last
        connections close)."""
        args = ["-h", str(self.socket), "-U", USER] + (["-T", template] if template else [])
        for attempt in range(50):
            try:
                self._run("createdb", *args, name)
                return
            except subprocess.CalledProcessError as exc:
                if "being accessed by other users" not in exc.stderr or attempt == 49:
                    raise
                time.sleep(0.1)

    def conninfo(self, dbname: str) -> str:
        """libpq conninfo for GEMA_LAKE ('postgres:' + this)."""
        return f"host={self.socket} dbname={dbname} user={USER}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
