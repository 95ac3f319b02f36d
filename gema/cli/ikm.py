"""`python -m gema ikm FILE …` and `python -m gema ikm --from-db …`: the IKM per group (issue 4).

FILE mode computes straight from the file WITHOUT loading it: the file goes through the same
reader, mapping, normalisation and validation as `import`, into a throw-away in-memory store,
and the same report code as the Kepuasan page computes from there. `--from-db` reads the store.

Exit codes: 0 computed; 1 refused (invalid rows, unresolved kab/kota, no SKM data in range);
2 usage error or unreadable file. `--json` prints exactly one JSON list:
[{"group", "label", "respondents", "nrr": {"U1": …}, "ikm", "mutu", "kinerja"}], mutu the letter.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from gema.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, UsageError
from gema.core import i18n, store
from gema.kepuasan import data as kepuasan_data
from gema.kepuasan import ikm

BY = {"unit": "unit", "kabkota": "kabkota", "period": "semester", "semester": "semester",
      "year": "year", "all": "all"}  # fmt: skip
SHOWN_ERRORS = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "ikm",
        help="hitung IKM (PermenPANRB 14/2017) dari berkas SKM atau dari basis data",
        description=(
            "Hitung Indeks Kepuasan Masyarakat per unit layanan, kab/kota atau periode. "
            "Dengan FILE: dihitung langsung dari berkas tanpa memuatnya ke basis data. "
            "Dengan --from-db: dari data SKM yang sudah dimuat."
        ),
    )
    p.add_argument("file", metavar="FILE", nargs="?", help="berkas SKM (CSV/TSV/XLSX)")
    p.add_argument("--from-db", action="store_true", help="hitung dari basis data (GEMA_DB)")
    p.add_argument(
        "--by",
        choices=("unit", "kabkota", "period", "semester", "year", "all"),
        default="unit",
        help="kelompok: unit layanan, kab/kota, period (= semester), year, all",
    )
    p.add_argument(
        "--rounded-weight",
        action="store_true",
        help="pakai bobot dibulatkan seperti sebagian laporan (0,111 untuk 9 unsur); "
        "bawaan: bobot tepat 1/n",
    )
    p.add_argument(
        "--weight-decimals",
        type=int,
        choices=(3, 2),
        default=3,
        help="desimal bobot dibulatkan: 3 (0,111) atau 2 (0,11)",
    )
    p.add_argument(
        "--kind",
        choices=("auto", "skm", "skm_recap"),
        default="auto",
        help="jenis berkas: jawaban responden (skm) atau rekap NRR (skm_recap); bawaan: otomatis",
    )
    p.add_argument("--from", dest="date_from", metavar="DATE", help="mulai tanggal (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="sampai tanggal (YYYY-MM-DD)")
    p.add_argument(
        "--kabkota", action="append", default=[], metavar="KODE", help="batasi ke kab/kota (kode)"
    )
    p.add_argument("--map", action="append", default=[], metavar="SOURCE_COLUMN=FIELD")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--region", action="append", default=[], metavar="VALUE=KODE")
    p.add_argument(
        "--sheet",
        metavar="NAME|all",
        help="lembar XLSX; 'all' = semua lembar (rekap: nama lembar = periode)",
    )
    p.add_argument("--skip-invalid", action="store_true", help="hitung hanya dari baris valid")
    p.add_argument("--json", action="store_true", help="cetak satu daftar JSON")
    p.set_defaults(handler=handle)


def _mode(args: argparse.Namespace) -> ikm.WeightMode:
    if not args.rounded_weight:
        return "exact"
    return "round3" if args.weight_decimals == 3 else "round2"


def _date(text: str | None, flag: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(i18n.t("ikm.cli.bad_date", flag=flag, value=text)) from exc


def _params(args: argparse.Namespace) -> dict[str, Any]:
    start = _date(args.date_from, "--from")
    end = _date(args.date_to, "--to")
    params = kepuasan_data.all_time(end)
    if start is not None:
        params["start"] = datetime.combine(start, time.min)
    if end is not None:
        params["end"] = datetime.combine(end + timedelta(days=1), time.min)
    params["kabkota"] = list(args.kabkota)
    return params


def handle(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.from_db):
        print(f"galat: {i18n.t('ikm.cli.file_or_db')}", file=sys.stderr)
        return EXIT_USAGE
    try:
        params = _params(args)
    except UsageError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.from_db:
        conn = store.connect()
        try:
            return _report(conn, args, params)
        finally:
            conn.close()
    if not Path(args.file).is_file():
        print(f"galat: {i18n.t('ikm.cli.no_file', path=args.file)}", file=sys.stderr)
        if args.json:
            print("[]")
        return EXIT_USAGE
    if args.kind == "skm_recap":
        from gema.cli import ikm_recap

        return ikm_recap.run(args)
    conn = store.connect(":memory:")
    try:
        status = _load_file(conn, args)
        if status is not None:
            return status
        return _report(conn, args, params)
    finally:
        conn.close()


def _load_file(conn: Any, args: argparse.Namespace) -> int | None:
    """Import FILE into the throw-away store; an exit code when refused, None when loaded."""
    from gema import ingest
    from gema.ingest.pipeline import IngestError, parse_pairs
    from gema.ingest.read import ReadError

    try:
        mapping = parse_pairs(args.map, "--map", last=True)
        constants = parse_pairs(args.set, "--set")
        region_choices = parse_pairs(args.region, "--region", last=True)
        kinds = ("skm", "skm_recap") if args.kind == "auto" else (args.kind,)
        first = None
        upload = ingest.UploadSession.from_path(args.file, keep_reads=len(kinds) > 1)
        for kind in kinds:
            result = ingest.import_file(
                conn,
                kind,
                upload,
                mapping=mapping,
                constants=constants,
                regions=region_choices,
                sheet=args.sheet,
                skip_invalid=args.skip_invalid,
                user="cli-ikm",
            )
            if result.loaded:
                return None
            first = first or result
            if result.prepared is not None and result.prepared.problems:
                continue  # wrong kind for these headers: try the next one
            break
    except (IngestError, ReadError, OSError) as exc:
        print(f"galat: {exc}", file=sys.stderr)
        if args.json:
            print("[]")
        return EXIT_USAGE
    assert first is not None
    print(i18n.t("ingest.cli.refused", reason=first.refusal), file=sys.stderr)
    if args.kind == "auto":  # an agency recap workbook is read by the recap path (issue 11)
        print(i18n.t("recap.cli.hint"), file=sys.stderr)
    for value, n in first.unresolved_regions.items():
        print(f"  {value!r}: {i18n.fmt_int(n)}", file=sys.stderr)
    for err in first.errors[:SHOWN_ERRORS]:
        print(f"  - {err['message']}", file=sys.stderr)
    if args.json:
        print("[]")
    return EXIT_REFUSED


def _report(conn: Any, args: argparse.Namespace, params: dict[str, Any]) -> int:
    by = BY[args.by]
    mode = _mode(args)
    df = kepuasan_data.table(conn, params, by, mode)
    if args.json:
        print(json.dumps(kepuasan_data.records(df), ensure_ascii=False))
    if df.empty:
        print(i18n.t("ikm.cli.no_data"), file=sys.stderr)
        return EXIT_REFUSED
    if not args.json:
        _print_table(df, by, mode)
    return EXIT_OK


def _print_table(df: Any, by: str, mode: ikm.WeightMode) -> None:
    """A plain-text table in Bahasa Indonesia, IKM with two decimals and a comma."""
    head = i18n.t(f"ikm.by.{by}")
    rows = [
        (
            str(r.label),
            i18n.fmt_int(r.respondents),
            ikm.fmt_ikm(r.ikm),
            str(r.mutu or "—"),
            str(r.kinerja or "—"),
            ", ".join(r.weakest),
        )
        for r in df.itertuples(index=False)
    ]
    titles = (
        head,
        i18n.t("ikm.col.respondents"),
        "IKM",
        i18n.t("ikm.col.mutu"),
        i18n.t("ikm.col.kinerja"),
        i18n.t("ikm.col.weakest"),
    )
    widths = [max(len(t), *(len(r[i]) for r in rows)) for i, t in enumerate(titles)]
    print("  ".join(t.ljust(w) for t, w in zip(titles, widths, strict=True)))
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))
    n = int(df["n_unsur"].max())
    print(i18n.t("ikm.cli.weight", weight=ikm.weight_text(n, mode)))
