"""`python -m gema undo BATCH_ID`: delete every row one upload brought and mark it undone."""

from __future__ import annotations

import argparse
import json
import sys

from gema.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from gema.core import i18n, store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("undo", help="batalkan satu batch impor (hapus semua barisnya)")
    p.add_argument("batch_id", metavar="BATCH_ID", type=int)
    p.add_argument("--user", default="cli", help="akun yang ada; tercatat sebagai 'NAMA (via CLI)'")
    p.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from gema import ingest
    from gema.core import auth
    from gema.ingest.pipeline import IngestError

    try:
        actor = auth.cli_actor(args.user)
    except ValueError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    conn = store.connect()
    try:
        exists = not store.run(conn, "ingest/batch_get", batch_id=args.batch_id).empty
        try:
            result = ingest.undo(conn, args.batch_id, actor)
            deleted = result.deleted
        except IngestError as exc:
            print(f"galat: {exc}", file=sys.stderr)
            if args.json:
                print(json.dumps({"batch_id": args.batch_id, "undone": False, "message": str(exc)}))
            return EXIT_REFUSED if exists else EXIT_USAGE
    finally:
        conn.close()
    if args.json:
        print(
            json.dumps(
                {"batch_id": args.batch_id, "undone": True, "deleted": deleted, "kept": result.kept}
            )
        )
    else:
        rows = ", ".join(f"{t} {i18n.fmt_int(n)}" for t, n in deleted.items()) or "0"
        print(i18n.t("ingest.cli.undone", batch=args.batch_id, rows=rows))
        if result.kept_total:
            print(i18n.t("rel.undo_kept", n=i18n.fmt_int(result.kept_total)))
    return EXIT_OK
