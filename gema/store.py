"""The DuckDB store: one file, numbered migrations, and named queries from `queries/`.

Every SQL statement lives in `queries/`. Python calls them by name (aiosql-style):

    run(conn, "reference/regions")                  -> DataFrame
    run(conn, "dashboard/kpis", start=..., end=...) -> DataFrame
    execute(conn, "ingest/undo_posts", batch_id=3)  -> None

Parameters are always bound (`$name` in the SQL), never formatted into the text.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
SCHEMA = QUERIES / "schema"
DATA = ROOT / "data"
REGIONS_CSV = DATA / "reference" / "regions.csv"
# Reference tables seeded from a CSV when the migration that creates them is applied:
# {migration name: [(seed query, CSV path)]}. The seed queries skip rows already present.
REFERENCE_SEEDS: dict[str, list[tuple[str, Path]]] = {
    "130_followup": [
        ("followup/seed_holidays", DATA / "reference" / "holidays.csv"),
        ("followup/seed_routing", DATA / "reference" / "opd_routing.csv"),
    ],
}

_PARAM = re.compile(r"(?<![\w$])\$([A-Za-z_]\w*)")
_MIGRATION = re.compile(r"^(\d{3})_[\w-]+\.sql$")

_lock = threading.Lock()
_connections: dict[str, duckdb.DuckDBPyConnection] = {}


class QueryError(RuntimeError):
    """A named query is missing or was called with the wrong parameters."""


def db_path() -> Path:
    """The database file: env GEMA_DB, else data/gema.duckdb (relative paths from the repo root)."""
    raw = os.environ.get("GEMA_DB", "").strip()
    path = Path(raw) if raw else DATA / "gema.duckdb"
    return path if path.is_absolute() else ROOT / path


def connect(
    path: str | Path | None = None, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open (and migrate) a database file. ':memory:' gives a throw-away store for tests."""
    target = str(path) if path is not None else str(db_path())
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(target, read_only=read_only)
    if not read_only:
        migrate(conn)
    return conn


def shared_connection(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """The one connection of this process for a given file; callers take a `.cursor()` per
    session or thread, because a DuckDB connection object is not safe to share across threads."""
    key = str(Path(path).resolve()) if path not in (None, ":memory:") else str(path or db_path())
    with _lock:
        conn = _connections.get(key)
        if conn is None:
            conn = connect(path)
            _connections[key] = conn
        return conn


def close_shared() -> None:
    """Close every shared connection (tests, admin restore)."""
    with _lock:
        for conn in _connections.values():
            conn.close()
        _connections.clear()


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
    if applied or not _regions_seeded(conn):
        execute(conn, "reference/seed_regions", path=str(REGIONS_CSV))
    return applied


def _regions_seeded(conn: duckdb.DuckDBPyConnection) -> bool:
    return scalar(conn, "reference/region_count") > 0


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT, or ROLLBACK on any exception: a write lands whole or not at all."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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


def run(conn: duckdb.DuckDBPyConnection, name: str, /, **params: Any) -> pd.DataFrame:
    """Run a named query and return its result as a DataFrame. Extra params are ignored, so a
    page can pass its whole filter set to every query."""
    sql = load_query(name)
    return conn.execute(sql, _bind(name, params) or None).df()


def execute(
    conn: duckdb.DuckDBPyConnection, name: str, /, **params: Any
) -> duckdb.DuckDBPyConnection:
    """Run a named statement (INSERT/UPDATE/DELETE/CREATE) for its effect."""
    sql = load_query(name)
    return conn.execute(sql, _bind(name, params) or None)


def scalar(conn: duckdb.DuckDBPyConnection, name: str, /, **params: Any) -> Any:
    """First column of the first row of a named query, or None."""
    row = execute(conn, name, **params).fetchone()
    return row[0] if row else None
