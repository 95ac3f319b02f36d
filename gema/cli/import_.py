"""`python -m gema import KIND FILE …`: import one export file (issue 2, item 4).

Exit codes: 0 loaded (or a dry run that would load), 1 refused with nothing written (validation,
unresolved kab/kota, file already loaded), 2 usage error or unreadable file. With --json exactly
one JSON object is printed on stdout (gema.ingest.ImportResult.to_json), whatever the outcome.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from gema.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from gema.core import i18n, store
from gema.ingest.fields import kinds

SHOWN_ERRORS = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="impor berkas ekspor (CSV/TSV/XLSX) ke basis data",
        description="Impor satu berkas: dimuat utuh atau tidak sama sekali.",
    )
    p.add_argument("kind", metavar="KIND", choices=sorted(kinds()), help=", ".join(sorted(kinds())))
    p.add_argument("file", metavar="FILE", help="berkas CSV, TSV, TXT atau XLSX")
    p.add_argument("--preset", metavar="NAME", help="preset pemetaan tersimpan")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SOURCE_COLUMN=FIELD",
        help="petakan kolom berkas ke kolom kanonik ('-' = tidak dipakai)",
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="nilai tetap untuk semua baris",
    )
    p.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="VALUE=KODE",
        help="tentukan kab/kota untuk nilai ambigu/tak dikenal ('-' = luar Banten / tidak diketahui)",
    )
    p.add_argument(
        "--sheet", metavar="NAME", help="lembar XLSX (bawaan: lembar pertama berisi data)"
    )
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="urutan tanggal bila ambigu: dmy = hari/bulan, mdy = bulan/hari",
    )
    p.add_argument("--skip-invalid", action="store_true", help="muat hanya baris yang valid")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, jangan tulis apa pun")
    p.add_argument("--save-preset", metavar="NAME", help="simpan pemetaan ini sebagai preset")
    p.add_argument(
        "--user",
        default="cli",
        help="akun yang ada; tercatat sebagai 'NAMA (via CLI)' di batch dan audit",
    )
    p.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="bilah kemajuan dengan jumlah baris di stderr (bawaan: bila stderr terminal)",
    )
    p.set_defaults(handler=handle)


def _usage(args: argparse.Namespace, message: str) -> int:
    if args.json:
        print(json.dumps(_empty(args.kind, message), ensure_ascii=False))
    print(f"galat: {message}", file=sys.stderr)
    return EXIT_USAGE


def _empty(kind: str, message: str) -> dict[str, Any]:
    return {
        "batch_id": None,
        "kind": kind,
        "rows_read": 0,
        "rows_loaded": 0,
        "rows_rejected": 0,
        "rows_duplicate": 0,
        "errors": [{"row": None, "column": None, "value": None, "message": message}],
        "unmapped_columns": [],
        "unresolved_regions": {},
    }


def _show_progress(args: argparse.Namespace) -> bool:
    return sys.stderr.isatty() if args.progress is None else bool(args.progress)


def handle(args: argparse.Namespace) -> int:
    from gema import ingest
    from gema.ingest import limits, progress_bar
    from gema.ingest.pipeline import IngestError, parse_pairs
    from gema.ingest.read import ReadError

    try:
        mapping = parse_pairs(args.map, "--map", last=True)
        constants = parse_pairs(args.set, "--set")
        region_choices = parse_pairs(args.region, "--region", last=True)
    except IngestError as exc:
        return _usage(args, str(exc))
    from gema.core import auth

    try:
        actor = auth.cli_actor(args.user)
    except ValueError as exc:
        return _usage(args, str(exc))
    dayfirst = None if args.date_order is None else args.date_order == "dmy"
    conn = store.connect()
    conn.execute("SET enable_progress_bar = false")  # stdout carries exactly one JSON object
    try:
        with limits.command_line_import(conn, args.file):  # memory capped by file size
            result = ingest.import_file(
                conn,
                args.kind,
                ingest.UploadSession.from_path(args.file),
                preset=args.preset,
                mapping=mapping,
                constants=constants,
                regions=region_choices,
                sheet=args.sheet,
                dayfirst=dayfirst,
                skip_invalid=args.skip_invalid,
                dry_run=args.dry_run,
                user=actor,
                save_preset_as=args.save_preset,
                progress=progress_bar.stderr_bar() if _show_progress(args) else None,
            )
    except (IngestError, ReadError) as exc:
        progress_bar.end_line()
        return _usage(args, str(exc))
    finally:
        conn.close()
    progress_bar.end_line()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, default=str))
    else:
        _report(result, args)
    if result.refusal:
        if args.json:
            print(i18n.t("ingest.cli.refused", reason=result.refusal), file=sys.stderr)
        if hint := _year_hint(result, args.file):
            print(hint, file=sys.stderr if args.json else sys.stdout)
        return EXIT_REFUSED
    return EXIT_OK


def _report(result: Any, args: argparse.Namespace) -> None:
    """Human-readable outcome (Bahasa Indonesia)."""
    counts = {
        "read": i18n.fmt_int(result.rows_read),
        "loaded": i18n.fmt_int(result.rows_loaded),
        "rejected": i18n.fmt_int(result.rows_rejected),
        "duplicate": i18n.fmt_int(result.rows_duplicate),
    }
    for note in result.notes:
        print(f"· {note}")
    if result.refusal:
        print(i18n.t("ingest.cli.refused", reason=result.refusal))
    elif result.dry_run:
        print(i18n.t("ingest.cli.dry_run", **counts))
    else:
        print(i18n.t("ingest.cli.loaded", batch=result.batch_id, **counts))
        if args.save_preset:
            print(i18n.t("ingest.cli.preset_saved", name=args.save_preset))
    if result.unresolved_regions:
        print(i18n.t("ingest.cli.unresolved"))
        for value, n in result.unresolved_regions.items():
            print(f"  {value!r}: {i18n.fmt_int(n)}")
    for err in result.errors[:SHOWN_ERRORS]:
        print(f"  - {err['message']}")
    if len(result.errors) > SHOWN_ERRORS:
        print(i18n.t("ingest.cli.more_errors", n=i18n.fmt_int(len(result.errors) - SHOWN_ERRORS)))


def _year_hint(result: Any, file: str) -> str | None:
    """For days without a year: the year the file name mentions, offered (never applied)."""
    from gema.ingest.account_daily import missing_year, year_from_name

    year = year_from_name(Path(file).name)
    if year is None or not missing_year(result.errors):
        return None
    return i18n.t("ad.hint.year_from_name", year=year)
