"""The lake half of the store (gema.core.store stays the one entry point): opening a DuckLake
connection, its macros and key sequences, migrations adapted by gema.core.lake, and named queries
with their lake variants (queries/lake/) and RETURNING answered. See gema/core/lake.py for why.
"""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from gema.core import lake, rollups, store

CONNECT_ATTEMPTS = 8


def connect_lake(read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached and in use, its macros in the memory catalog.
    Nothing is installed or fetched: the extensions are LOADed from the pip packages' files.
    Two processes creating or migrating the same new lake conflict: the loser tries again.
    After migrations ran, the connection is opened afresh (they leave TEMP macros behind)."""
    for attempt in range(CONNECT_ATTEMPTS):
        conn = duckdb.connect(":memory:", config=lake.duckdb_config())
        try:
            store.load_lake_extensions(conn)
            store.attach_lake(conn)
            store._lake_conns.add(conn)
            store.execute(conn, "store/lake_use")
            for key in key_columns():
                store.execute(conn, "store/lake_key_seq", idents={"seq": key.sequence})
            if not read_only and migrate_lake(conn):
                conn.close()
                continue
            apply_local(conn)
            prepare_cursor(conn)
            return conn
        except duckdb.Error as exc:
            conn.close()
            if not lake.is_conflict(exc) or attempt == CONNECT_ATTEMPTS - 1:
                raise
            time.sleep(store._backoff(attempt))
    raise AssertionError("unreachable")


def apply_local(conn: duckdb.DuckDBPyConnection) -> None:
    """The macros of every migration and of queries/staging/, in this connection's in-memory
    catalog, shared by its cursors (DuckLake keeps no macros we could replace on every connect)."""
    store.execute(conn, "store/lake_use_memory")
    try:
        with store.transaction(conn, keys=False):  # one lake snapshot for all the name look-ups
            for _, _, path in store.migrations():
                for stmt in lake.migration(path).local:
                    conn.execute(stmt)
            for path in sorted(store.STAGING.glob("*.sql")):
                conn.execute(path.read_text(encoding="utf-8"))
    finally:
        store.execute(conn, "store/lake_use")


@cache
def key_columns() -> list[lake.Key]:
    return lake.keys([p for _, _, p in store.migrations()])


def prepare_cursor(cur: duckdb.DuckDBPyConnection) -> None:
    """A lake cursor: the lake in use, the macros found, and its own TEMP key sequences."""
    store._lake_conns.add(cur)
    store.execute(cur, "store/lake_use")
    for key in key_columns():
        store.execute(cur, "store/lake_key_seq", idents={"seq": key.sequence})
    with store.transaction(
        cur, keys=False
    ):  # one lake snapshot: each autocommit read costs a round trip
        set_key_base(cur)


def set_key_base(conn: duckdb.DuckDBPyConnection) -> None:
    """Read the lake-wide last key per sequence into this session and restart the cursor's own
    sequences: keys drawn now continue from there (see gema.core.lake). Rows must be written
    through a transaction (`store.transaction`, or a named write outside one) to be counted."""
    base = dict(store.run(conn, "store/lake_keys").itertuples(index=False, name=None))
    names = [k.sequence for k in key_columns()]
    values = [int(base.get(n, 0)) for n in names]
    store.execute(conn, "store/lake_key_base", names=names, values=values)
    for seq in names:
        store.execute(conn, "store/lake_key_reset", idents={"seq": seq})


def migrate_lake(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """`store.migrate` on the lake: each migration adapted by gema.core.lake.split_migration, in its
    own transaction, its macros as TEMP macros meanwhile (later migrations' views use them)."""
    with store.transaction(conn, keys=False):
        store.execute(conn, "store/lake_ensure_tables")
    with store.transaction(conn, keys=False):
        store.execute(conn, "store/lake_keys_add", names=[k.sequence for k in key_columns()])
    done = set(store.run(conn, "store/applied_migrations")["version"].tolist())
    if all(version in done for version, _, _ in store.migrations()):
        return []
    applied = []
    for version, name, path in store.migrations():
        steps = lake.migration(path).ordered
        if version in done:
            for is_macro, stmt in steps:
                if is_macro:
                    conn.execute(stmt)
            continue
        with store.transaction(conn, keys=False):
            for _, stmt in steps:
                conn.execute(stmt)
            store.execute(conn, "store/record_migration", version=version, name=name)
            for query, csv_path in store.REFERENCE_SEEDS.get(name, []):
                store.execute(conn, query, path=str(csv_path))
        applied.append(name)
    if applied:  # a migration may fill roll-ups from data already there: not kept on a lake
        with store.transaction(conn, keys=False):
            rollups.empty_on_lake(conn)
    store.execute(conn, "reference/seed_regions", path=str(store.REGIONS_CSV))
    return applied


VARIANTS = (
    Path(__file__).resolve().parents[2] / "queries" / "lake"
)  # queries/lake/<name>.sql: a query's lake form (see README)


def variant(name: str) -> str | None:
    """The text of queries/lake/<name>.sql, when a query needs its own lake form (an upsert)."""
    path = VARIANTS / f"{name}.sql"
    return path.read_text(encoding="utf-8") if path.is_file() else None


@cache
def _lake_query_cached(name: str) -> lake.LakeQuery:
    store.load_query(name)  # the name must exist in queries/ all the same
    return lake.adapt_query(variant(name) or store.query_text(name))


def execute_named(
    conn: duckdb.DuckDBPyConnection, name: str, idents: store.Idents, params: dict[str, Any]
) -> duckdb.DuckDBPyConnection:
    """A named query on the lake: adapted (gema.core.lake.adapt_query); a write outside any
    transaction gets its own (so it draws keys and conflicts like every lake write); a RETURNING
    the lake cannot run is answered after the statement (`_lake_answer`)."""
    q = (
        _lake_query_cached(name)
        if idents is None
        else lake.adapt_query(store.query_text(name, idents))
    )
    bound = store._bind(name, params) or None
    if q.writes and conn not in store._in_transaction:

        def write() -> int:
            with store.transaction(conn):
                row = conn.execute(q.sql, bound).fetchone()
            return int(row[0]) if row else 0

        changed = store.retrying(write)
        if q.returning is None:
            return store.execute(conn, "store/lake_count", n=changed)
        return _lake_answer(conn, q.returning, changed)
    if q.writes:
        store._wrote.add(conn)
    cur = conn.execute(q.sql, bound)
    if q.returning is None:
        return cur
    row = cur.fetchone()
    return _lake_answer(conn, q.returning, int(row[0]) if row else 0)


def _lake_answer(
    conn: duckdb.DuckDBPyConnection, returning: lake.Returning, changed: int
) -> duckdb.DuckDBPyConnection:
    """RETURNING on the lake: the key a one-row INSERT drew, else one row per changed row."""
    col = returning.columns[0]
    key = next((k for k in key_columns() if k.table == returning.insert_table), None)
    if key is not None and key.column == col:
        return store.execute(conn, "store/lake_last_key", idents={"col": col}, seq=key.sequence)
    return store.execute(conn, "store/lake_changed_rows", idents={"col": col}, n=changed)
