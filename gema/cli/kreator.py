"""`python -m gema kreator [--from D] [--to D] [--kabkota K] [--json]`: the creator scorecard.

Prints one entry per account with posts in the period (largest engagement first). With --json,
a list of {"handle", "platform", "account_type", "is_icn", "posts", "reach", "views",
"engagements", "engagement_rate", "er_basis", "cost", "cost_per_engagement",
"cost_per_1000_reach"}: `engagement_rate` is a fraction (0.055 = 5,5 %) on the platform's own
basis (er_basis: followers | views | impressions | null); figures that cannot be computed (no
basis, no known cost) are null, never 0. Without dates: the app's default period (90 days).
--kabkota takes a code (3602) or an unambiguous name ("Kab. Lebak"); "Tangerang" or "Serang"
alone is refused. The database is GEMA_DB, opened read-only.

Exit codes: 0 printed (also when empty: []); 2 usage error (bad date, unknown kab/kota, no
database).
"""

from __future__ import annotations

import argparse
import json
from datetime import date

import duckdb

from gema import kreator
from gema.cli import EXIT_OK, UsageError, iso_date, open_read_only
from gema.core import i18n, regions, store
from gema.core.filters import DEFAULT_PERIOD, Filters, period_range


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "kreator",
        help="kartu skor kreator/akun: tingkat interaksi per basis platform, biaya per hasil",
        description=(
            "Kartu skor per akun (kreator ICN, OPD, media) dari basis data (GEMA_DB): "
            "tingkat interaksi pada basis masing-masing platform dan biaya per hasil."
        ),
    )
    p.add_argument("--from", dest="start", metavar="D", help="tanggal awal (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="D", help="tanggal akhir (YYYY-MM-DD)")
    p.add_argument("--kabkota", metavar="K", help="kab/kota sasaran: kode (3602) atau nama")
    p.add_argument("--json", action="store_true", help="cetak daftar JSON")
    p.set_defaults(handler=run)


def _kabkota(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    m = regions.match(text)
    if m.status == "ok" and m.kode:
        return (m.kode,)
    if m.status == "ambiguous":
        options = ", ".join(f"{k} ({regions.KODE_NAMA[k]})" for k in m.candidates)
        raise UsageError(f"kab/kota {text!r} ambigu; pilih salah satu: {options}")
    raise UsageError(f"kab/kota tidak dikenal: {text!r} (contoh: 3602 atau 'Kab. Lebak')")


def filters_from_args(args: argparse.Namespace, today: date | None = None) -> Filters:
    """The filters the arguments describe; without dates, the app's default period."""
    today = today or date.today()
    start, end = iso_date(args.start, "--from"), iso_date(args.end, "--to")
    kab = _kabkota(args.kabkota)
    default_start, default_end = period_range(DEFAULT_PERIOD, today)
    if start is None and end is None:
        return Filters(period=DEFAULT_PERIOD, start=default_start, end=default_end, kabkota=kab)
    end = end or today
    start = start or (end - (default_end - default_start))
    if end < start:
        raise UsageError("--to lebih awal dari --from")
    return Filters(period="custom", start=start, end=end, kabkota=kab)


def run(args: argparse.Namespace) -> int:
    f = filters_from_args(args)
    path = store.db_path()
    conn = open_read_only(path, "buka halaman Kreator")
    try:
        rows = kreator.records(kreator.scorecard(conn, f))
    except duckdb.CatalogException as exc:  # a database from before migration 140
        raise UsageError(
            f"basis data {path} belum dimigrasikan; jalankan dulu `python -m gema init`"
        ) from exc
    finally:
        conn.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(i18n.t("kreator.cli.empty"))
        return EXIT_OK
    print(f"{i18n.fmt_period(f.start, f.end)}; {len(rows)} akun")
    for r in rows:
        basis = i18n.t(f"kreator.basis.{r['er_basis'] or 'none'}")
        cpe = r["cost_per_engagement"]
        cost = "biaya —" if cpe is None else f"Rp {i18n.fmt_num(cpe, 0)}/interaksi"
        print(
            f"{r['platform']:<10} @{r['handle']:<28} {r['account_type']:<8}"
            f"{i18n.fmt_int(r['posts']):>6} unggahan {i18n.fmt_int(r['engagements']):>12} interaksi"
            f"  {i18n.fmt_pct(r['engagement_rate'], 2):>7} {basis:<14} {cost}"
        )
    return EXIT_OK
