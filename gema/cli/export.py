"""`python -m gema export pptx|pdf|xlsx|png OUT [--from DATE] [--to DATE] [--kabkota KODE …]`.

The same files as the download buttons of the Presentasi page, without a browser: the deck is
built by gema.presentasi.deck from the same filters (period, kab/kota, campaign, platform, channel), so a
file made here equals the one made on screen for those filters. OUT is a file name, or an
existing folder (the file is then named like the download, e.g.
gema-banten_presentasi_2024-07-01_2024-09-30.pptx). `png` writes a zip of one PNG per chart.

Exit codes: 0 written; 1 refused (nothing to present for the filters); 2 usage error.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from gema.cli import EXIT_OK, EXIT_REFUSED, UsageError, iso_date, open_read_only
from gema.core import i18n, store
from gema.core.filters import DEFAULT_PERIOD, Filters, period_range
from gema.core.regions import KODE_NAMA
from gema.presentasi import deck as slides
from gema.presentasi import export


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export",
        help="buat PPTX, PDF, XLSX atau PNG presentasi tanpa peramban",
        description=(
            "Buat berkas presentasi FGD dari basis data (GEMA_DB) dengan filter yang sama "
            "seperti halaman Presentasi."
        ),
    )
    p.add_argument("kind", choices=export.KINDS, help="jenis berkas")
    p.add_argument("out", metavar="OUT", help="nama berkas keluaran, atau folder yang sudah ada")
    p.add_argument("--from", dest="start", metavar="DATE", help="tanggal awal (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="tanggal akhir (YYYY-MM-DD)")
    p.add_argument("--kabkota", nargs="+", default=[], metavar="KODE", help="kode kab/kota")
    p.add_argument("--campaign", nargs="+", default=[], metavar="NAMA", help="nama kampanye")
    p.add_argument("--platform", nargs="+", default=[], metavar="NAMA", help="platform")
    p.add_argument("--channel", nargs="+", default=[], metavar="NAMA", help="kanal aspirasi")
    p.add_argument("--lang", choices=i18n.LANGS, default=i18n.DEFAULT_LANG, help="bahasa")
    p.add_argument("--db", help="berkas basis data (bawaan: GEMA_DB)")
    p.set_defaults(handler=run)


def filters_from_args(args: argparse.Namespace, today: date | None = None) -> Filters:
    """The filters the arguments describe; without dates, the app's default period."""
    today = today or date.today()
    start, end = iso_date(args.start, "--from"), iso_date(args.end, "--to")
    default_start, default_end = period_range(DEFAULT_PERIOD, today)
    unknown = [k for k in args.kabkota if k not in KODE_NAMA]
    if unknown:
        raise UsageError(f"kode kab/kota tidak dikenal: {', '.join(unknown)}")
    lists = {
        "kabkota": tuple(args.kabkota),
        "campaign": tuple(args.campaign),
        "platform": tuple(args.platform),
        "channel": tuple(args.channel),
    }
    if start is None and end is None:
        return Filters(period=DEFAULT_PERIOD, start=default_start, end=default_end, **lists)
    end = end or today
    start = start or (end - (default_end - default_start))
    if end < start:
        raise UsageError("--to lebih awal dari --from")
    return Filters(period="custom", start=start, end=end, **lists)


def run(args: argparse.Namespace) -> int:
    f = filters_from_args(args)
    path = Path(args.db) if args.db else store.db_path()
    conn = open_read_only(path, "unduh dari halaman Presentasi")
    try:
        deck = slides.build_deck(conn, f, args.lang)
    finally:
        conn.close()
    if not deck.has_data:
        print(i18n.t("pres.empty", args.lang))
        return EXIT_REFUSED
    data, name, _ = export.render(deck, args.kind)
    out = Path(args.out)
    if out.is_dir():
        out = out / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{out} ({i18n.fmt_int(len(data))} bita, {len(deck.slides)} slide)")
    return EXIT_OK
