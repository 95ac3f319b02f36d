"""`python -m gema audit --verify`: check the audit trail's hash chain (exit 1 when tampered)."""

from __future__ import annotations

import argparse
import json

from gema.cli import EXIT_OK, EXIT_REFUSED
from gema.core import i18n, store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("audit", help="periksa keutuhan jejak audit (rantai hash)")
    p.add_argument("--verify", action="store_true", help="periksa rantai hash (bawaan)")
    p.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from gema.core import audit

    conn = store.connect()
    try:
        report = audit.verify(conn)
    finally:
        conn.close()
    if args.json:
        print(
            json.dumps(
                {
                    "intact": report.intact,
                    "checked": report.checked,
                    "unsealed": report.unsealed,
                    "altered": report.altered,
                    "broken_links": report.broken_links,
                }
            )
        )
    elif report.intact:
        print(i18n.t("rel.audit.intact", checked=report.checked, unsealed=report.unsealed))
    else:
        print(
            i18n.t(
                "rel.audit.tampered",
                altered=", ".join(map(str, report.altered)) or "-",
                broken=", ".join(map(str, report.broken_links)) or "-",
            )
        )
    return EXIT_OK if report.intact else EXIT_REFUSED
