"""`python -m gema sentimen [--batch N] [--ulang]`: label feedback that has no sentiment/topic
yet, or (--ulang) compute computed labels again after data/sentiment or data/topics was edited."""

from __future__ import annotations

import argparse

from gema import i18n, sentiment, store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sentimen", help="hitung label sentimen dan topik aspirasi yang belum berlabel"
    )
    p.add_argument("--batch", type=int, default=None, metavar="N", help="hanya batch impor N")
    p.add_argument(
        "--ulang",
        action="store_true",
        help="hitung ulang label hasil hitungan (label unggahan dan koreksi staf tetap)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    conn = store.connect()
    try:
        if args.ulang:
            n = sentiment.relabel_computed(conn, batch_id=args.batch)
        else:
            n = sentiment.label_feedback(conn, batch_id=args.batch)
    finally:
        conn.close()
    print(f"{i18n.fmt_int(n)} baris aspirasi diberi label sentimen/topik.")
    return 0
