"""`python -m gema batches [--json]`: the upload history, oldest first."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pandas as pd

from gema.core import i18n, store

_JSON_COLUMNS = ("mapping", "constants", "region_choices", "notes")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("batches", help="riwayat batch impor (terlama dulu)")
    p.add_argument("--json", action="store_true", help="cetak daftar JSON")
    p.set_defaults(handler=handle)


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Batches as plain JSON-ready dicts (timestamps ISO, JSON columns parsed)."""
    out = []
    for row in df.to_dict(orient="records"):
        item: dict[str, Any] = {}
        for key, value in row.items():
            if key in _JSON_COLUMNS and isinstance(value, str):
                value = json.loads(value)
            elif isinstance(value, pd.Timestamp):
                value = value.isoformat()
            elif value is not None and not isinstance(value, (list, dict)) and pd.isna(value):
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            item[key] = value
        out.append(item)
    return out


def handle(args: argparse.Namespace) -> int:
    from gema import ingest

    conn = store.connect()
    try:
        df = ingest.list_batches(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(records(df), ensure_ascii=False, default=str))
        return 0
    if df.empty:
        print(i18n.t("ingest.cli.no_batches"))
        return 0
    for r in df.itertuples(index=False):
        print(
            f"{r.batch_id:>5}  {r.kind:<10} {r.status:<7} {i18n.fmt_datetime(r.imported_at)}  "
            f"{i18n.fmt_int(r.rows_loaded):>9} dimuat  {i18n.fmt_int(r.rows_rejected):>7} ditolak  "
            f"{i18n.fmt_int(r.rows_duplicate):>7} duplikat  {r.imported_by}  {r.file_name}"
        )
    return 0
