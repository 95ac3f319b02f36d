"""`python -m gema init [--demo]`: create or migrate the database, optionally with demo data."""

from __future__ import annotations

import argparse

from gema import store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help="buat atau migrasikan basis data (GEMA_DB)")
    p.add_argument(
        "--demo", action="store_true", help="muat data contoh (tidak menggandakan bila diulang)"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    conn = store.connect()
    print(f"Basis data siap: {store.db_path()}")
    if args.demo:
        from gema import demo

        summary = demo.load_demo(conn)
        print(summary)
    conn.close()
    return 0
