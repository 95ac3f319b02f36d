"""One writer at a time for loads and undo, across threads and processes.

The "same file already loaded" refusal and the natural-key de-duplication must see every batch
committed before them, or two overlapping uploads (two staff pressing "Muat" within a second, an
upload and a CLI import, a load and an undo) each decide "not a duplicate" and both insert. So a
load re-checks both *inside* its write transaction, and the check-then-insert runs under this
lock: a process-wide re-entrant lock (threads, Streamlit sessions) plus an exclusive `flock` on
`<database>.writer.lock` (other processes on the same file, e.g. a CLI import while the app
runs). Holding both makes any interleaving equal to some serial order.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from gema.core import store

_THREAD_LOCK = threading.RLock()


def database_file(conn: duckdb.DuckDBPyConnection) -> Path | None:
    """The file behind `conn`'s current database, or None for an in-memory store or the lake
    (whose write transactions conflict and are retried instead, see gema.core.lake)."""
    if store.is_lake(conn):
        return None
    row = conn.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return Path(row[0]).resolve() if row and row[0] else None


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".writer.lock")


@contextmanager
def file_lock(db_file: Path | None) -> Iterator[None]:
    """Both halves for a database file: the process-wide lock, then an exclusive `flock` (taken
    once per process: nested holds by the same thread only count). A process that has not opened
    the database yet, such as a CLI import waiting for another to let go of the file, can hold it
    too."""
    with _THREAD_LOCK:
        if db_file is None or _HELD.get(db_file):
            _HELD[db_file] = _HELD.get(db_file, 0) + 1
            try:
                yield
            finally:
                _HELD[db_file] -= 1
            return
        fd = os.open(lock_path(db_file), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            _HELD[db_file] = 1
            try:
                yield
            finally:
                _HELD[db_file] = 0
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


@contextmanager
def writer(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Hold the writer lock of `conn`'s database (re-entrant within one thread)."""
    with file_lock(database_file(conn)):
        yield


_HELD: dict[Path | None, int] = {}
