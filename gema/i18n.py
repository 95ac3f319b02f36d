"""One catalogue for every UI and message text, Bahasa Indonesia first, English second;
Indonesian number and date formats (1.234.567; 1 Juli 2024) regardless of the chosen language,
because the figures are read side by side with Indonesian government reports.

Add keys inside your area's section below; keep keys `area.thing` in lower snake case.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd

LANGS = ("id", "en")
DEFAULT_LANG = "id"

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# key → (Bahasa Indonesia, English). Placeholders use str.format names: {n}, {name}.
CATALOG: dict[str, tuple[str, str]] = {
    # --- app / shell -------------------------------------------------------------------------
    "app.title": ("Gema Banten", "Gema Banten"),
    "app.tagline": (
        "Jangkauan komunikasi publik dan suara masyarakat Provinsi Banten",
        "Reach of public communication and the public's voice in Banten Province",
    ),
    "app.language": ("Bahasa", "Language"),
    "app.demo_banner": (
        "Data contoh: angka di halaman ini berasal dari data demo, bukan data sebenarnya.",
        "Sample data: the figures on this page come from demo data, not real data.",
    ),
    "app.section.dashboard": ("Dasbor", "Dashboards"),
    "app.section.data": ("Data", "Data"),
    "app.section.fgd": ("FGD", "FGD"),
    "app.section.admin": ("Admin", "Admin"),
    "nav.ringkasan": ("Ringkasan", "Overview"),
    "nav.peta": ("Peta Banten", "Banten map"),
    "nav.jangkauan": ("Jangkauan", "Reach"),
    "nav.aspirasi": ("Aspirasi", "Public feedback"),
    "nav.kepuasan": ("Kepuasan (IKM)", "Satisfaction (IKM)"),
    "nav.presentasi": ("Presentasi", "Presentation"),
    "nav.fgd": ("Catat FGD", "FGD capture"),
    "nav.dinding": ("Dinding aspirasi", "Aspiration wall"),
    "nav.unggah": ("Unggah data", "Upload data"),
    "nav.referensi": ("Data referensi", "Reference data"),
    "nav.pengguna": ("Pengguna", "Users"),
    "nav.audit": ("Jejak audit", "Audit trail"),
    # --- filters -----------------------------------------------------------------------------
    "filter.title": ("Filter", "Filters"),
    "filter.period": ("Periode", "Period"),
    "filter.period.7d": ("7 hari terakhir", "Last 7 days"),
    "filter.period.30d": ("30 hari terakhir", "Last 30 days"),
    "filter.period.90d": ("90 hari terakhir", "Last 90 days"),
    "filter.period.month": ("Bulan ini", "This month"),
    "filter.period.year": ("Tahun ini", "This year"),
    "filter.period.all": ("Semua data", "All data"),
    "filter.period.custom": ("Pilih tanggal", "Custom dates"),
    "filter.kabkota": ("Kabupaten/Kota", "Regency/City"),
    "filter.campaign": ("Kampanye", "Campaign"),
    "filter.platform": ("Platform", "Platform"),
    "filter.channel": ("Kanal aspirasi", "Feedback channel"),
    "filter.all": ("Semua", "All"),
    "filter.reset": ("Atur ulang filter", "Reset filters"),
    # --- common ------------------------------------------------------------------------------
    "common.province": ("Seluruh Banten", "All of Banten"),
    "common.none": ("—", "—"),
    "common.outside_unknown": ("Luar Banten / tidak diketahui", "Outside Banten / unknown"),
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    "common.download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "common.no_data": (
        "Belum ada data untuk filter ini.",
        "No data for these filters yet.",
    ),
    # --- ingest (issue 2) --------------------------------------------------------------------
    # --- dashboards (issue 3) ----------------------------------------------------------------
    # --- map (issue 3) -----------------------------------------------------------------------
    # --- sentiment (issue 3) -----------------------------------------------------------------
    # --- kepuasan / IKM (issue 4) ------------------------------------------------------------
    # --- presentation, FGD, exports (issue 5) ------------------------------------------------
    # --- access, audit (issue 6) -------------------------------------------------------------
}


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    """The text for `key` in `lang`; a missing key shows itself so it is noticed, never crashes."""
    pair = CATALOG.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def fmt_int(value: object) -> str:
    """1234567 → '1.234.567'."""
    if _is_missing(value):
        return "—"
    return f"{round(float(value)):,}".replace(",", ".")


def fmt_num(value: object, decimals: int = 1) -> str:
    """1234.5 → '1.234,5' (Indonesian separators)."""
    if _is_missing(value) or (isinstance(value, float) and math.isinf(value)):
        return "—"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_pct(value: object, decimals: int = 1, signed: bool = False) -> str:
    """0.1234 → '12,3%' (value is a fraction)."""
    if _is_missing(value):
        return "—"
    text = fmt_num(float(value) * 100, decimals)
    if signed and float(value) > 0:
        text = "+" + text
    return text + "%"


def fmt_compact(value: object, lang: str = DEFAULT_LANG) -> str:
    """Large figures for cards: 1.234.567 → '1,2 jt' (id) / '1.2M' (en); 12.400 → '12,4 rb'."""
    if _is_missing(value):
        return "—"
    v = float(value)
    units = (
        [(1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")]
        if lang != "en"
        else [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
    )
    for size, suffix in units:
        if abs(v) >= size:
            num = v / size
            text = f"{num:.1f}" if abs(num) < 100 else f"{num:.0f}"
            return (text.replace(".", ",") if lang != "en" else text) + suffix
    return fmt_int(v)


def fmt_date(
    value: date | datetime | pd.Timestamp | None, lang: str = DEFAULT_LANG, short: bool = False
) -> str:
    """date(2024, 7, 1) → '1 Juli 2024' ('1 Jul 2024' when short)."""
    if _is_missing(value):
        return "—"
    d = pd.Timestamp(value)
    months = BULAN_SINGKAT if short else (MONTHS_EN if lang == "en" else BULAN)
    return f"{d.day} {months[d.month - 1]} {d.year}"


def fmt_datetime(value: date | datetime | pd.Timestamp | None, lang: str = DEFAULT_LANG) -> str:
    """'1 Juli 2024 14.05' (Indonesian writes the time with a dot)."""
    if _is_missing(value):
        return "—"
    d = pd.Timestamp(value)
    sep = ":" if lang == "en" else "."
    return f"{fmt_date(d, lang)} {d.hour:02d}{sep}{d.minute:02d}"


def fmt_period(start: date | None, end: date | None, lang: str = DEFAULT_LANG) -> str:
    """'1 Juli 2024 – 30 September 2024'."""
    return f"{fmt_date(start, lang)} – {fmt_date(end, lang)}"
