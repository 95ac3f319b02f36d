"""The DuckDB store: one file, numbered migrations, and named queries from `queries/`.

Every SQL statement lives in `queries/`. Python calls them by name (aiosql-style):

    run(conn, "reference/regions")                  -> DataFrame
    run(conn, "dashboard/kpis", start=..., end=...) -> DataFrame
    execute(conn, "ingest/undo_posts", batch_id=3)  -> None

Parameters are always bound (`$name` in the SQL), never formatted into the text. A query whose
shape depends on the upload (a source column, a TEMP table) marks the identifier with
`{{ident:name}}` or `{{idents:name}}` and is called with `idents={"name": ...}`: the only text
ever substituted, quoted by `gema.core.sql` (see `sql.fill`):

    run(conn, "ingest/preview", idents={"table": raw.table, "cols": raw.columns}, limit=200)

With GEMA_LAKE set, the default store is a DuckLake instead of the file (gema.core.lake): the
same migrations (adapted there), the same named queries; writes on the lake run in transactions
that conflict with each other, so callers that load or undo wrap them in `retrying`.
"""

from __future__ import annotations

import os
import random
import re
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pandas as pd

from gema.core import lake, lakestore
from gema.core import sql as sql_mod

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "queries"
SCHEMA = QUERIES / "schema"
STAGING = QUERIES / "staging"
DATA = ROOT / "data"
REGIONS_CSV = DATA / "reference" / "regions.csv"
# Reference tables seeded from a CSV when the migration that creates them is applied:
# {migration name: [(seed query, CSV path)]}. The seed queries skip rows already present.
REFERENCE_SEEDS: dict[str, list[tuple[str, Path]]] = {
    "130_followup": [
        ("tindak_lanjut/seed_holidays", DATA / "reference" / "holidays.csv"),
        ("tindak_lanjut/seed_routing", DATA / "reference" / "opd_routing.csv"),
    ],
}

T = TypeVar("T")
_PARAM = re.compile(r"(?<![\w$])\$([A-Za-z_]\w*)")
_MIGRATION = re.compile(r"^(\d{3})_[\w-]+\.sql$")

_lock = threading.Lock()
_connections: dict[str, duckdb.DuckDBPyConnection] = {}


class QueryError(RuntimeError):
    """A named query is missing or was called with the wrong parameters."""


class DatabaseBusy(duckdb.IOException):
    """Another process held the database file for longer than we wait (GEMA_DB_WAIT seconds).

    A subclass of duckdb.IOException, so code that already treats a failed open as a DuckDB
    error keeps working; its message is a sentence for people, not a lock traceback."""


def db_path() -> Path:
    """The database file: env GEMA_DB, else data/gema.duckdb (relative paths from the repo root)."""
    raw = os.environ.get("GEMA_DB", "").strip()
    path = Path(raw) if raw else DATA / "gema.duckdb"
    return path if path.is_absolute() else ROOT / path


DEFAULT_WAIT_SECONDS = 60.0
_migrated: set[str] = set()  # files migrated by this process (the app reopens them often)
_wait_notice: Callable[[float], None] | None = None


def wait_seconds() -> float:
    """How long to wait for a database file another process holds: env GEMA_DB_WAIT, else 60."""
    try:
        return max(0.0, float(os.environ.get("GEMA_DB_WAIT", "").strip() or DEFAULT_WAIT_SECONDS))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


def is_lock_error(exc: BaseException) -> bool:
    """DuckDB's answer when another process holds the file ('Could not set lock on file')."""
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def set_wait_notice(notice: Callable[[float], None] | None) -> None:
    """What `connect` calls (with the seconds waited so far) while it waits for the file; the
    CLI installs `print_waiting`, so a scheduled job says why it pauses."""
    global _wait_notice
    _wait_notice = notice


def print_waiting(waited: float) -> None:
    """The CLI's notice: once at the start of a wait, then every 10 seconds."""
    if waited == 0 or int(waited) % 10 == 0:
        print(
            f"menunggu: basis data {db_path()} sedang dipakai proses lain (aplikasi atau impor "
            f"lain); sudah {int(waited)} detik, paling lama {int(wait_seconds())} detik",
            file=sys.stderr,
            flush=True,
        )


def connect(
    path: str | Path | None = None, *, read_only: bool = False, wait: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open (and migrate) a database file. ':memory:' gives a throw-away store for tests.

    The app and the CLI share the file, and DuckDB lets one process hold it at a time (the app
    holds it only while a page runs, see `lease`): when it is held, wait up to `wait` seconds
    (default GEMA_DB_WAIT, 60), then raise DatabaseBusy with a plain message."""
    if uses_lake(path):
        return lakestore.connect_lake(read_only=read_only)
    target = str(path) if path is not None else str(db_path())
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    limit = wait_seconds() if wait is None else wait
    started = time.monotonic()
    pause, last_notice = 0.05, -1
    while True:
        try:
            conn = duckdb.connect(target, read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            waited = time.monotonic() - started
            if waited >= limit:
                raise DatabaseBusy(
                    f"basis data {target} masih dipakai proses lain setelah {int(waited)} detik; "
                    "coba lagi sebentar lagi"
                ) from None
            if _wait_notice is not None and int(waited) != last_notice:
                last_notice = int(waited)
                _wait_notice(float(last_notice))
            time.sleep(min(pause, max(0.0, limit - waited)))
            pause = min(pause * 1.5, 0.5)
    key = _file_key(target)
    if not read_only and key not in _migrated:
        try:
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        if target != ":memory:":
            _migrated.add(key)
    return conn


def uses_lake(path: str | Path | None = None) -> bool:
    """Whether `connect(path)` opens the lake: GEMA_LAKE is set and `path` is the default store
    (None or GEMA_DB). Any other file, and ':memory:', stays an embedded DuckDB file."""
    if not lake.configured():
        return False
    if path is None:
        return True
    return str(path) != ":memory:" and Path(path).resolve() == db_path().resolve()


_lake_conns: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def load_lake_extensions(conn: duckdb.DuckDBPyConnection) -> None:
    """LOAD the postgres and ducklake extensions from the pip packages' files (never INSTALL)."""
    for ext in lake.extension_files():
        conn.execute("LOAD " + _sql_literal(str(ext)))


def attach_lake(conn: duckdb.DuckDBPyConnection) -> None:
    """ATTACH the lake named by GEMA_LAKE / GEMA_LAKE_DATA as gema_lake (created when new)."""
    conn.execute(
        "ATTACH " + _sql_literal("ducklake:" + lake.catalog()) + " AS " + lake.ALIAS
        + " (DATA_PATH " + _sql_literal(lake.data_path()) + ")"
    )  # fmt: skip


SOURCE_ALIAS = "gema_src"  # an embedded file attached read-only (migrate-to-lake)


def attach_file_read_only(conn: duckdb.DuckDBPyConnection, path: str | Path) -> None:
    """Attach an embedded DuckDB file read-only as `gema_src` (migrate-to-lake reads it)."""
    conn.execute("ATTACH " + _sql_literal(str(path)) + " AS " + SOURCE_ALIAS + " (READ_ONLY)")


def cursor(conn: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A new cursor on `conn`'s database (use this, not `conn.cursor()`: a lake cursor needs the
    lake put in use and its key sequences)."""
    cur = conn.cursor()
    if conn in _lake_conns:
        lakestore.prepare_cursor(cur)
    return cur


def is_lake(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether `conn` is a lake connection or cursor made by this module."""
    return conn in _lake_conns


def _backoff(attempt: int) -> float:
    return min(2.0, 0.05 * 2**attempt) * (0.5 + random.random())


RETRY_ATTEMPTS = 12


def retrying(work: Callable[[], T], attempts: int = RETRY_ATTEMPTS) -> T:
    """Run `work` (one whole write transaction) again, with growing random pauses, when it lost a
    race against another writer on the lake (a DuckLake commit conflict). On the embedded file a
    conflict never reaches here (one writing process); other errors pass through at once."""
    for attempt in range(attempts):
        try:
            return work()
        except duckdb.Error as exc:
            if not lake.is_conflict(exc) or attempt == attempts - 1:
                raise
            time.sleep(_backoff(attempt))
    raise AssertionError("unreachable")


def _file_key(target: str) -> str:
    """Path and inode: a file deleted and created again (`gema init`) is migrated again."""
    try:
        return f"{target}#{os.stat(target).st_ino}"
    except OSError:
        return target


def shared_connection(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A connection of this process held open until `close_shared` (tests, benchmarks).

    The app does NOT use this any more: holding a connection locks the file against the CLI.
    Pages use `gema.ui.conn()`, which takes a `lease` for the length of one script run."""
    key = str(Path(path).resolve()) if path not in (None, ":memory:") else str(path or db_path())
    with _lock:
        conn = _connections.get(key)
        if conn is None:
            conn = connect(path)
            _connections[key] = conn
        return conn


def close_shared() -> None:
    """Close every shared connection and every leased one (tests, admin restore)."""
    with _lock:
        for conn in _connections.values():
            conn.close()
        _connections.clear()
    _pool.close_all()


# --- leases: the app's short-lived access to the shared file --------------------------------
LINGER_SECONDS = 0.25  # keep the file open this long after the last lease (back-to-back reruns)


class _Pool:
    """One DuckDB connection per file, opened on the first lease and closed shortly after the
    last lease is returned, so between a user's actions the app holds no lock on the file and
    `python -m gema import …` can run. Each lease is its own cursor (DuckDB connections are
    not shared across threads)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._db: dict[str, duckdb.DuckDBPyConnection] = {}
        self._users: dict[str, int] = {}
        self._idle_since: dict[str, float] = {}
        self._closer: threading.Thread | None = None

    def acquire(self, path: str, wait: float | None = None) -> duckdb.DuckDBPyConnection:
        with self._lock:
            db = self._db.get(path)
            if db is None:
                db = connect(path, wait=wait)
                self._db[path] = db
            self._users[path] = self._users.get(path, 0) + 1
            self._idle_since.pop(path, None)
            return cursor(db)

    def release(self, path: str, cursor: duckdb.DuckDBPyConnection) -> None:
        with self._lock:
            with suppress(duckdb.Error):
                cursor.close()
            left = max(0, self._users.get(path, 0) - 1)
            self._users[path] = left
            db = self._db.get(path)
            if left == 0 and (db is None or not is_lake(db)):  # the lake holds no file lock
                self._idle_since[path] = time.monotonic()
                self._start_closer()

    def _start_closer(self) -> None:
        if self._closer is None or not self._closer.is_alive():
            self._closer = threading.Thread(target=self._close_idle, name="gema-db-closer")
            self._closer.daemon = True
            self._closer.start()

    def _close_idle(self) -> None:
        while True:
            time.sleep(LINGER_SECONDS / 2)
            with self._lock:
                now = time.monotonic()
                for path, since in list(self._idle_since.items()):
                    if now - since >= LINGER_SECONDS and self._users.get(path, 0) == 0:
                        db = self._db.pop(path, None)
                        self._idle_since.pop(path, None)
                        if db is not None:
                            db.close()
                if not self._idle_since:
                    self._closer = None
                    return

    def is_open(self, path: str) -> bool:
        with self._lock:
            return path in self._db

    def close_all(self) -> None:
        with self._lock:
            for db in self._db.values():
                db.close()
            self._db.clear()
            self._users.clear()
            self._idle_since.clear()


_pool = _Pool()


def lease(path: str | Path | None = None, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A cursor on the shared file for one unit of work; give it back with `release`."""
    return _pool.acquire(str(path) if path is not None else str(db_path()), wait)


def release(cursor: duckdb.DuckDBPyConnection, path: str | Path | None = None) -> None:
    """Return a leased cursor; the file is closed LINGER_SECONDS after the last one."""
    _pool.release(str(path) if path is not None else str(db_path()), cursor)


def held_open(path: str | Path | None = None) -> bool:
    """Whether this process has the file open through leases right now (tests)."""
    return _pool.is_open(str(path) if path is not None else str(db_path()))


def migrations() -> list[tuple[int, str, Path]]:
    """Migration files in order: (version, name, path)."""
    found = []
    for path in SCHEMA.glob("*.sql"):
        m = _MIGRATION.match(path.name)
        if m:
            found.append((int(m.group(1)), path.stem, path))
    versions = [v for v, _, _ in found]
    if len(versions) != len(set(versions)):
        raise QueryError(f"duplicate migration numbers in {SCHEMA}")
    return sorted(found)


def migrate(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply each migration not yet recorded, each in its own transaction; return those applied."""
    if is_lake(conn):
        return lakestore.migrate_lake(conn)
    execute(conn, "store/ensure_migrations_table")
    done = set(run(conn, "store/applied_migrations")["version"].tolist())
    applied = []
    for version, name, path in migrations():
        if version in done:
            continue
        with transaction(conn):
            conn.execute(path.read_text(encoding="utf-8"))
            execute(conn, "store/record_migration", version=version, name=name)
            for query, csv_path in REFERENCE_SEEDS.get(name, []):
                execute(conn, query, path=str(csv_path))
        applied.append(name)
    apply_staging(conn)
    if applied or not _regions_seeded(conn):
        execute(conn, "reference/seed_regions", path=str(REGIONS_CSV))
    return applied


def apply_staging(conn: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the shared formulas in queries/staging/ (CREATE OR REPLACE, idempotent).

    Run after the numbered migrations on every writable connect, so editing a staging file
    needs no new migration and every query sees the one current definition."""
    if is_lake(conn):
        lakestore.apply_local(conn)
        return
    with transaction(conn):
        for path in sorted(STAGING.glob("*.sql")):
            conn.execute(path.read_text(encoding="utf-8"))


def _regions_seeded(conn: duckdb.DuckDBPyConnection) -> bool:
    return scalar(conn, "reference/region_count") > 0


_write_lock = threading.RLock()


@contextmanager
def snapshot(conn: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Read a whole page from one lake snapshot: every query sees the same committed data (a load
    committing meanwhile shows on the next page run, never half), and the lake's catalog is read
    once instead of once per query (each autocommit query on DuckLake starts a transaction and
    asks PostgreSQL for the latest snapshot). Reads only: a write inside fails. On the embedded
    file it changes nothing."""
    if not is_lake(conn):
        yield conn
        return
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    finally:
        with suppress(duckdb.Error):
            conn.execute("COMMIT")


_in_transaction: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()
_wrote: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()  # a named write ran


@contextmanager
def transaction(
    conn: duckdb.DuckDBPyConnection, *, keys: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT, or ROLLBACK on any exception: a write lands whole or not at all.

    Transactions of one process run one at a time (two staff uploading at the same moment in
    two browser sessions share the app process): DuckDB would otherwise abort one of two
    concurrent writers to the same table with a conflict.

    On the lake the transaction reads the key ledger first and, when it wrote (a named write or a
    key drawn), updates it last (`keys`), so it conflicts with any other writer that committed
    meanwhile: wrap it in `retrying`. A transaction that only read leaves no snapshot."""
    on_lake = keys and is_lake(conn)
    with _write_lock:
        conn.execute("BEGIN TRANSACTION")
        _in_transaction.add(conn)
        try:
            if on_lake:
                lakestore.set_key_base(conn)
            yield conn
            if on_lake and (conn in _wrote or scalar(conn, "store/lake_keys_drawn")):
                execute(conn, "store/lake_keys_commit")
        except BaseException:
            _in_transaction.discard(conn)
            _wrote.discard(conn)
            with suppress(duckdb.Error):
                conn.execute("ROLLBACK")
            raise
        _in_transaction.discard(conn)
        _wrote.discard(conn)
        conn.execute("COMMIT")


def write(conn: duckdb.DuckDBPyConnection, work: Callable[[], T]) -> T:
    """`work` as one write transaction, run again whole when it lost a race against another
    writer on the lake (two app servers saving a correction at the same moment). `work` must
    write only through `conn` inside the transaction: a retry starts after the rollback."""

    def once() -> T:
        with transaction(conn):
            return work()

    return retrying(once)


@cache
def load_query(name: str) -> str:
    """The text of queries/<name>.sql. Names may contain '/' for sub-folders."""
    if ".." in name or name.startswith("/"):
        raise QueryError(f"invalid query name {name!r}")
    path = QUERIES / f"{name}.sql"
    if not path.is_file():
        raise QueryError(f"no query named {name!r} ({path} not found)")
    return path.read_text(encoding="utf-8")


def query_params(name: str) -> set[str]:
    """The $parameters a named query uses (comments included are harmless: they must be passed)."""
    return set(_PARAM.findall(_strip_comments(load_query(name))))


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


def _bind(name: str, params: dict[str, Any]) -> dict[str, Any]:
    wanted = query_params(name)
    missing = wanted - params.keys()
    if missing:
        raise QueryError(f"query {name!r} needs parameters {sorted(missing)}")
    return {k: v for k, v in params.items() if k in wanted}


Idents = Mapping[str, "str | Iterable[str] | sql_mod.Chain"] | None


def query_text(name: str, idents: Idents = None) -> str:
    """The SQL of a named query with its identifier placeholders filled (quoted by
    `gema.core.sql`); a query with placeholders cannot run without them."""
    sql = load_query(name)
    if idents is None and "{{ident" not in sql:
        return sql
    try:
        return sql_mod.fill(sql, idents or {})
    except sql_mod.IdentError as exc:
        raise QueryError(f"query {name!r}: {exc}") from None


def chain_step(name: str, cte: str, idents: Idents = None) -> tuple[str, str]:
    """One step of a `{{with:…}}` chain (gema.core.sql.Chain): the named query `name`, a SELECT
    without $parameters, filled with its identifiers, as the CTE `cte`."""
    if query_params(name):
        raise QueryError(f"query {name!r} takes parameters: it cannot be a chain step")
    text = query_text(name, idents).rstrip().removesuffix(";").rstrip()
    return cte, text


def run(
    conn: duckdb.DuckDBPyConnection, name: str, /, *, idents: Idents = None, **params: Any
) -> pd.DataFrame:
    """Run a named query and return its result as a DataFrame. Extra params are ignored, so a
    page can pass its whole filter set to every query."""
    if is_lake(conn):
        return lakestore.execute_named(conn, name, idents, params).df()
    sql = query_text(name, idents)
    return conn.execute(sql, _bind(name, params) or None).df()


def execute(
    conn: duckdb.DuckDBPyConnection, name: str, /, *, idents: Idents = None, **params: Any
) -> duckdb.DuckDBPyConnection:
    """Run a named statement (INSERT/UPDATE/DELETE/CREATE) for its effect."""
    if is_lake(conn):
        return lakestore.execute_named(conn, name, idents, params)
    sql = query_text(name, idents)
    return conn.execute(sql, _bind(name, params) or None)


def scalar(
    conn: duckdb.DuckDBPyConnection, name: str, /, *, idents: Idents = None, **params: Any
) -> Any:
    """First column of the first row of a named query, or None."""
    row = execute(conn, name, idents=idents, **params).fetchone()
    return row[0] if row else None
