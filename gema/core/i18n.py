"""One catalogue for every UI and message text, Bahasa Indonesia first, English second;
Indonesian number and date formats (1.234.567; 1 Juli 2024) regardless of the chosen language,
because the figures are read side by side with Indonesian government reports.

The texts live in per-area modules under gema/core/catalogue/ (merged into the one CATALOG here,
a key defined twice raises at import); add keys to your area's module and keep keys `area.thing`
in lower snake case.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd

from gema.core import catalogue as _catalogue

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

# key → (Bahasa Indonesia, English), merged from the area modules in gema/core/catalogue/.
# Placeholders use str.format names: {n}, {name}.
CATALOG: dict[str, tuple[str, str]] = _catalogue.CATALOG


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
    """Large figures for cards: 1.234.567 → '1,2 jt' (id) / '1,2 M' (en); 12.400 → '12,4 rb'.
    The decimal comma stays in English too: figures are read beside Indonesian reports."""
    if _is_missing(value):
        return "—"
    v = float(value)
    units = (
        [(1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")]
        if lang != "en"
        else [(1e12, " T"), (1e9, " B"), (1e6, " M"), (1e3, " K")]
    )
    for size, suffix in units:
        if abs(v) >= size:
            num = v / size
            text = f"{num:.1f}" if abs(num) < 100 else f"{num:.0f}"
            return text.replace(".", ",") + suffix
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
