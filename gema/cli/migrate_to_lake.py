"""`python -m gema migrate-to-lake [--from FILE] [--json]`: copy the embedded DuckDB file's
tables into the DuckLake named by GEMA_LAKE / GEMA_LAKE_DATA (docs/skala.md).

The lake is created and migrated first; then every table of the file is copied, keys included,
in ONE transaction (one lake snapshot: all or nothing), and each key sequence continues after
the copied keys. Only an empty lake is filled (no upload yet): running it twice is refused.
The file is opened read-only and left as it is: keep it as the backup of the move.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import duckdb

from gema.cli import EXIT_OK, UsageError
from gema.core import lake, lakestore, rollups, store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "migrate-to-lake",
        help="salin isi basis data berkas (GEMA_DB) ke DuckLake (GEMA_LAKE, GEMA_LAKE_DATA)",
    )
    p.add_argument("--from", dest="source", metavar="FILE", help="berkas DuckDB (bawaan GEMA_DB)")
    p.add_argument("--json", action="store_true", help="ringkasan sebagai satu objek JSON")
    p.set_defaults(handler=handle)


def copy_file(conn: duckdb.DuckDBPyConnection, source: Path) -> dict[str, int]:
    """Copy every table of `source` into the lake `conn`; {table: rows copied}."""
    if store.scalar(conn, "store/lake_loaded_batches"):
        raise UsageError(
            "DuckLake tujuan sudah berisi unggahan; migrate-to-lake hanya mengisi lake kosong"
        )
    store.attach_file_read_only(conn, source)
    copied: dict[str, int] = {}

    def work() -> None:
        copied.clear()
        with store.transaction(conn):
            for table, columns in store.run(conn, "store/file_tables").itertuples(index=False):
                lake_cols = set(store.run(conn, "store/lake_columns", table=table)["column_name"])
                cols = [c for c in columns if c in lake_cols]
                if not lake_cols or not cols:
                    continue  # a table the lake does not have (nothing to copy it into)
                store.execute(conn, "store/lake_clear_table", idents={"table": table})
                cur = store.execute(
                    conn, "store/lake_copy_table", idents={"table": table, "cols": cols}
                )
                copied[table] = int(cur.fetchone()[0])
            for key in lakestore.key_columns():
                store.execute(
                    conn, "store/lake_key_catch_up",
                    idents={"table": key.table, "column": key.column}, seq=key.sequence,
                )  # fmt: skip
            rollups.empty_on_lake(conn)  # the lake reads every row from the base tables

    store.retrying(work)
    return copied


def handle(args: argparse.Namespace) -> int:
    if not lake.configured():
        raise UsageError("GEMA_LAKE belum diisi (postgres:<conninfo>); lihat docs/skala.md")
    source = Path(args.source) if args.source else store.db_path()
    if not source.is_file():
        raise UsageError(f"basis data berkas tidak ditemukan: {source}")
    try:
        conn = store.connect()
    except lake.LakeConfigError as exc:
        raise UsageError(str(exc)) from exc
    try:
        copied = copy_file(conn, source)
    finally:
        conn.close()
    if args.json:
        print(json.dumps({"source": str(source), "lake": lake.describe(), "tables": copied}))
    else:
        print(f"Disalin dari {source} ke DuckLake {lake.describe()}:")
        for table, n in copied.items():
            print(f"  {table}: {n:,}".replace(",", "."))
    return EXIT_OK
