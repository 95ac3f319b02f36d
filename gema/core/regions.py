"""Any spelling or code of a Banten kab/kota → its kode, or an explicit verdict.

Staff data names places in every way: `3674`, `36.74`, `KOTA TANGERANG SELATAN`, `Tangsel`,
`Kota Tangerang, Banten`, `Cilegon, Indonesia`. A wrong guess would silently move figures to the
wrong kab/kota, so "Tangerang" or "Serang" alone is `ambiguous`, a place we know to lie outside
Banten is `outside`, anything else unmatched is `unknown`; callers must ask the user for those.
Aliases and outside places are data (data/reference/*.csv), not code.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import pandas as pd

from gema.core.store import DATA

Status = Literal["ok", "province", "ambiguous", "outside", "unknown", "empty"]

# Kemendagri/BPS codes and names (DEVELOPERS.md "Banten reference data").
KODE_NAMA: dict[str, str] = {
    "3601": "Kab. Pandeglang",
    "3602": "Kab. Lebak",
    "3603": "Kab. Tangerang",
    "3604": "Kab. Serang",
    "3671": "Kota Tangerang",
    "3672": "Kota Cilegon",
    "3673": "Kota Serang",
    "3674": "Kota Tangerang Selatan",
}
PROVINCE_KODE = "36"
OUTSIDE = "-"  # what a user chooses for "luar Banten / tidak diketahui"

_BASE = {  # base name → {jenis: kode}
    "pandeglang": {"kab": "3601"},
    "lebak": {"kab": "3602"},
    "tangerang": {"kab": "3603", "kota": "3671"},
    "serang": {"kab": "3604", "kota": "3673"},
    "cilegon": {"kota": "3672"},
    "tangerang selatan": {"kota": "3674"},
}
_KAB_WORDS = ("kabupaten", "kab", "kb")
_KOTA_WORDS = ("kotamadya", "kodya", "kota", "kt")
_NOISE = ("provinsi", "prov", "propinsi", "indonesia", "republik", "ri", "wilayah")
_CODE = re.compile(r"^\s*(?:id[-.]?)?36[.\s-]?(\d{2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RegionMatch:
    """The verdict for one raw value. `kode` is set only when status is 'ok'."""

    status: Status
    kode: str | None = None
    candidates: tuple[str, ...] = field(default=())

    @property
    def resolved(self) -> bool:
        return self.status in ("ok", "province", "empty")


def normalise_text(value: str) -> str:
    """Lower case, no accents, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


@cache
def _aliases() -> dict[str, str]:
    with open(DATA / "reference" / "region_aliases.csv", encoding="utf-8") as fh:
        return {normalise_text(r["alias"]): r["kode"] for r in csv.DictReader(fh)}


@cache
def _outside() -> frozenset[str]:
    with open(DATA / "reference" / "places_outside_banten.csv", encoding="utf-8") as fh:
        return frozenset(normalise_text(r["place"]) for r in csv.DictReader(fh))


def _match_part(part: str) -> RegionMatch | None:
    """Match one comma-separated part of a place text; None when it says nothing."""
    words = [w for w in part.split() if w not in _NOISE]
    if not words:
        return None
    jenis = None
    if words[0] in _KAB_WORDS:
        jenis, words = "kab", words[1:]
    elif words[0] in _KOTA_WORDS:
        jenis, words = "kota", words[1:]
    name = " ".join(words)
    if not name:
        return None
    if name == "banten":
        return RegionMatch("province", None) if jenis is None else None
    if name in _BASE:
        options = _BASE[name]
        if jenis in options:
            return RegionMatch("ok", options[jenis])
        if len(options) == 1:  # e.g. 'Kota Pandeglang' (the town) lies in the only Pandeglang
            return RegionMatch("ok", next(iter(options.values())))
        return RegionMatch("ambiguous", None, tuple(sorted(options.values())))
    full = " ".join(([jenis] if jenis else []) + words)
    for key in (full, name):
        if key in _aliases():
            return RegionMatch("ok", _aliases()[key])
    if name in _outside() or full in _outside():
        return RegionMatch("outside")
    return RegionMatch("unknown")


@cache
def match(value: str | None) -> RegionMatch:
    """Match one raw value. Cached: a column has few distinct values, so this is cheap."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return RegionMatch("empty")
    raw = str(value).strip()
    if not raw or raw in ("-", "--", "n/a", "N/A", "#N/A"):
        return RegionMatch("empty")
    code = _CODE.match(raw)
    if code:
        kode = "36" + code.group(1)
        return RegionMatch("ok", kode) if kode in KODE_NAMA else RegionMatch("unknown")
    if raw.strip() in ("36", "36.00", "3600"):
        return RegionMatch("province")
    verdicts = [v for v in (_match_part(normalise_text(p)) for p in raw.split(",")) if v]
    if not verdicts:
        return RegionMatch("unknown")
    for wanted in ("ok", "ambiguous", "outside"):
        found = [v for v in verdicts if v.status == wanted]
        if found:
            return found[0]
    if any(v.status == "province" for v in verdicts):
        return RegionMatch("province")
    return RegionMatch("unknown")


def match_series(values: pd.Series) -> pd.DataFrame:
    """Vectorised over distinct values: one row per input row with status, kode, candidates."""
    uniques = pd.Series(values.dropna().unique())
    table = pd.DataFrame(
        {
            "raw": uniques,
            "status": [match(str(u)).status for u in uniques],
            "kode": [match(str(u)).kode for u in uniques],
            "candidates": [",".join(match(str(u)).candidates) for u in uniques],
        }
    )
    out = pd.DataFrame({"raw": values.astype("object")}).merge(table, on="raw", how="left")
    out["status"] = out["status"].fillna("empty")
    out.index = values.index
    return out


def unresolved(values: pd.Series, choices: dict[str, str] | None = None) -> dict[str, int]:
    """Raw values still needing a user decision (ambiguous, outside, unknown), with row counts.
    `choices` maps raw value → kode or '-' (luar Banten / tidak diketahui)."""
    choices = choices or {}
    m = match_series(values)
    need = m[m["status"].isin(["ambiguous", "outside", "unknown"]) & ~m["raw"].isin(choices)]
    counts = need["raw"].astype(str).value_counts()
    return {str(k): int(v) for k, v in counts.items()}


def resolve(values: pd.Series, choices: dict[str, str] | None = None) -> pd.Series:
    """Kode per row: matched or chosen; '-' for chosen-outside; NA where still unresolved.
    Province-wide and empty values give NA too (callers decide what NA means for their table)."""
    choices = {str(k): v for k, v in (choices or {}).items()}
    m = match_series(values)
    kode = m["kode"].astype("object")
    chosen = m["raw"].astype("object").map(choices)
    kode = chosen.where(chosen.notna(), kode)
    return kode.astype("string")


def label(kode: str | None) -> str:
    """Display name for a kode ('Seluruh Banten' for the province, '—' for none)."""
    if kode is None or kode == "" or (isinstance(kode, float) and pd.isna(kode)):
        return "—"
    if kode == PROVINCE_KODE:
        return "Seluruh Banten"
    return KODE_NAMA.get(str(kode), str(kode))
