"""`python -m gema peringatan [--date YYYY-MM-DD] [--json]`: the early-warning alerts of one day.

Without --date: the latest day with feedback (on or before today). Exit 0 also when there is
none (an empty list with --json)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from gema.cli import UsageError
from gema.core import i18n, store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("peringatan", help="peringatan dini: lonjakan aspirasi per hari")
    p.add_argument("--date", help="hari yang diperiksa (YYYY-MM-DD); bawaan: hari terakhir berdata")
    p.add_argument("--json", action="store_true", help="cetak daftar JSON")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from gema import peringatan

    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError as exc:
            raise UsageError(f"--date harus YYYY-MM-DD, bukan {args.date!r}") from exc
    conn = store.connect()
    try:
        day = day or peringatan.latest_day(conn)
        found = peringatan.compute(conn, day) if day is not None else None
        items = peringatan.records(found) if found is not None else []
    finally:
        conn.close()
    if args.json:
        print(json.dumps(items, ensure_ascii=False))
        return 0
    if not items:
        when = i18n.fmt_date(day) if day else "—"
        print(f"Tidak ada peringatan untuk {when}.")
        return 0
    for item in items:
        print(f"{item['date']}  {item['kabkota']}  {item['explanation']}")
    return 0
