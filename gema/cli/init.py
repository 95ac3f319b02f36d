"""`python -m gema init [--demo]`: create or migrate the database, optionally with demo data."""

from __future__ import annotations

import argparse

from gema.cli import EXIT_OK, UsageError
from gema.core import store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help="buat atau migrasikan basis data (GEMA_DB)")
    p.add_argument(
        "--demo", action="store_true", help="muat data contoh (tidak menggandakan bila diulang)"
    )
    p.add_argument(
        "--demo-seed", type=int, default=None, metavar="N", help="seed data contoh (bawaan 2024)"
    )
    p.add_argument(
        "--demo-scale",
        type=float,
        default=1.0,
        metavar="X",
        help="pengali jumlah baris data contoh (bawaan 1,0: ±50.000 unggahan, ±30.000 aspirasi)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if args.demo_scale <= 0 or args.demo_scale > 20:
        raise UsageError("--demo-scale harus lebih dari 0 dan paling besar 20")
    conn = store.connect()
    print(f"Basis data siap: {store.db_path()}")
    if args.demo:
        from gema import demo

        seed = demo.DEFAULT_SEED if args.demo_seed is None else args.demo_seed
        try:
            # Real uploads present: nothing is loaded and that is said, like "already loaded";
            # not an error, so `make run` on a production store still starts the app.
            summary = demo.load_demo(conn, seed=seed, scale=args.demo_scale)
        except demo.DemoRefused as exc:
            summary = f"Data contoh tidak dimuat: {exc}"
        print(summary)
    conn.close()
    return EXIT_OK
