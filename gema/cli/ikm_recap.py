"""`python -m gema ikm FILE --kind skm_recap [--sheet NAME|all] [--by unit|kabkota|period] --json`
(issue 11): a real IKM recap computed WITHOUT loading it (a throw-away in-memory store), our IKM
beside the agency's published one. Not a command of its own: `gema.cli.ikm` hands over to `run`.

--json prints exactly one JSON list of
{"period", "group", "ikm", "mutu", "published_ikm", "published_mutu", "within_rounding",
 "respondents"} (gema.kepuasan.recap.report). Exit codes as `ikm`: 0 computed, 1 refused (invalid
rows, unresolved kab/kota, no recap rows), 2 usage error or unreadable file. Notes (the reading
assumed: weighted NRR or NRR; rows skipped for '-') go to stderr with --json, stdout without.
"""

from __future__ import annotations

import argparse
import json
import sys

from gema.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from gema.core import i18n, store
from gema.ingest import recaps as skm_recap
from gema.kepuasan import recap

SHOWN_ERRORS = 20


def run(args: argparse.Namespace) -> int:
    from gema.ingest.pipeline import IngestError, parse_pairs
    from gema.ingest.read import ReadError

    by = {"semester": "period"}.get(args.by, args.by)
    if by not in recap.BY:
        return _usage(args, i18n.t("recap.cli.by", by=args.by))
    conn = store.connect(":memory:")
    try:
        try:
            results, notes = skm_recap.import_recap(
                conn,
                args.file,
                sheet=args.sheet,
                mapping=parse_pairs(args.map, "--map", last=True),
                constants=parse_pairs(args.set, "--set"),
                regions_chosen=parse_pairs(args.region, "--region", last=True),
                skip_invalid=args.skip_invalid,
                user="cli-ikm",
            )
        except (IngestError, ReadError, OSError) as exc:
            return _usage(args, str(exc))
        out = sys.stderr if args.json else sys.stdout
        refused = next((r for _, r in results if r.refusal), None)
        if refused is not None:
            sheet = next(sh for sh, r in results if r is refused)
            if sheet:
                print(i18n.t("recap.cli.sheet", sheet=sheet), file=sys.stderr)
            print(i18n.t("ingest.cli.refused", reason=refused.refusal), file=sys.stderr)
            for value, n in refused.unresolved_regions.items():
                print(f"  {value!r}: {i18n.fmt_int(n)}", file=sys.stderr)
            for err in refused.errors[:SHOWN_ERRORS]:
                print(f"  - {err['message']}", file=sys.stderr)
            if args.json:
                print("[]")
            return EXIT_REFUSED
        for note in notes + _batch_notes(conn):
            print(f"· {note}", file=out)
        records = recap.report(conn, by)
        if args.json:
            print(json.dumps(records, ensure_ascii=False))
        if not records:
            print(i18n.t("ikm.cli.no_data"), file=sys.stderr)
            return EXIT_REFUSED
        if not args.json:
            print(recap.text_table(records, by))
        print(i18n.t("recap.cli.tolerance"), file=out)
        return EXIT_OK
    finally:
        conn.close()


def _batch_notes(conn: object) -> list[str]:
    """The notes of every batch loaded into the throw-away store (reader and recap notes)."""
    from gema import ingest

    notes: list[str] = []
    for value in ingest.list_batches(conn)["notes"]:
        for note in json.loads(value) if isinstance(value, str) and value else []:
            if note not in notes:
                notes.append(note)
    return notes


def _usage(args: argparse.Namespace, message: str) -> int:
    print(f"galat: {message}", file=sys.stderr)
    if args.json:
        print("[]")
    return EXIT_USAGE
