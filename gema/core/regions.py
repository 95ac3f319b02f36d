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


# --- kecamatan and desa/kelurahan (data/reference/kecamatan.csv, desa.csv; ODbL, see
# data/reference/SOURCE-wilayah.md). Complaint and incident logs (112, LAPOR!) often name only
# the kecamatan or desa; a name found in more than one kab/kota is `ambiguous`, never guessed.

_KEC_WORDS = ("kecamatan", "kec", "kc")
_DESA_WORDS = ("desa", "ds", "kelurahan", "kel", "kel desa", "desa kel")
# Kemendagri codes only: 360101 / 36.01.01 (kecamatan), 3601012001 / 36.01.01.2001 (desa).
# BPS's 7-digit kecamatan codes (e.g. 3601010) number kecamatan in another order and the repo
# holds no BPS↔Kemendagri table, so they are `unknown`, never converted by guesswork.
_KEC_CODE = re.compile(r"^\s*(36)[.\s-]?(\d{2})[.\s-]?(\d{2})\s*$")
_DESA_CODE = re.compile(r"^\s*(36)[.\s-]?(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{4})\s*$")


@dataclass(frozen=True)
class AreaMatch:
    """The verdict for a kecamatan or desa value: the matching kecamatan/desa codes (several =
    the name repeats) and the kab/kota they lie in. `kabkota` is set only when it is one."""

    status: Status
    codes: tuple[str, ...] = ()
    kabkota: tuple[str, ...] = ()

    @property
    def kode(self) -> str | None:
        return self.kabkota[0] if self.status == "ok" else None


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / "reference" / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@cache
def _kecamatan() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(kode → kab/kota kode, normalised name → kecamatan codes)."""
    kab: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for r in _read("kecamatan.csv"):
        kab[r["kode"]] = r["kabkota"]
        names.setdefault(normalise_text(r["nama"]), []).append(r["kode"])
    return kab, {k: tuple(v) for k, v in names.items()}


@cache
def _desa() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(kode → kecamatan kode, normalised name → desa codes)."""
    kec: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for r in _read("desa.csv"):
        kec[r["kode"]] = r["kecamatan"]
        names.setdefault(normalise_text(r["nama"]), []).append(r["kode"])
    return kec, {k: tuple(v) for k, v in names.items()}


def _strip_words(text: str, words: tuple[str, ...]) -> str:
    """'kec cibeber' → 'cibeber' (the longest leading prefix word(s) dropped once)."""
    for w in sorted(words, key=len, reverse=True):
        if text == w:
            return ""
        if text.startswith(w + " "):
            return text[len(w) + 1 :]
    return text


def _code_text(value: object) -> str:
    """'360101.0' (a code a spreadsheet stored as a number) → '360101'."""
    text = str(value).strip()
    return text[:-2] if re.fullmatch(r"\d+\.0", text) else text


def _area(status: Status, codes: list[str] | tuple[str, ...], kab_of: dict[str, str]) -> AreaMatch:
    kabs = tuple(sorted({kab_of[c] for c in codes}))
    if not codes:
        return AreaMatch(status)
    return AreaMatch("ok" if len(kabs) == 1 else "ambiguous", tuple(sorted(codes)), kabs)


def _blank(value: object) -> bool:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return True
    return str(value).strip() in ("", "-", "--", "—", "n/a", "N/A", "#N/A")


@cache
def match_kecamatan(value: str | None) -> AreaMatch:
    """A kecamatan name ('Kec. Curug', 'KECAMATAN  cipocok jaya') or Kemendagri code ('360101',
    '36.01.01') → its kecamatan code(s) and kab/kota; 'ambiguous' when in several kab/kota."""
    if _blank(value):
        return AreaMatch("empty")
    kab_of, names = _kecamatan()
    code = _KEC_CODE.match(_code_text(value))
    if code:
        kode = "".join(code.groups())
        return _area("unknown", [kode] if kode in kab_of else [], kab_of)
    name = _strip_words(normalise_text(str(value)), _KEC_WORDS)
    return _area("unknown", names.get(name, ()), kab_of)


@cache
def match_desa(value: str | None, kecamatan: str | None = None) -> AreaMatch:
    """A desa/kelurahan name or code ('3601012001', '36.01.01.2001') → desa code(s) and kab/kota.
    The name may carry its kecamatan ('Sukamaju, Kec. Cibeber' or 'Sukamaju (Cibeber)'), or the
    row's kecamatan is passed: only the desa in that kecamatan count. A name in several kab/kota
    is 'ambiguous'; a desa not in the given kecamatan is 'unknown'."""
    if _blank(value):
        return AreaMatch("empty")
    kec_of, names = _desa()
    kab_of = {k: kab for k, kab in ((d, _kecamatan()[0][c]) for d, c in kec_of.items())}
    code = _DESA_CODE.match(_code_text(value))
    if code:
        kode = "".join(code.groups())
        return _area("unknown", [kode] if kode in kec_of else [], kab_of)
    text = str(value)
    qualifier = None
    inner = re.match(r"^(.*?)\((.*)\)\s*$", text)
    if inner:
        text, qualifier = inner.group(1), inner.group(2)
    elif "," in text:
        text, qualifier = text.split(",", 1)
    name = _strip_words(normalise_text(text), _DESA_WORDS)
    codes = list(names.get(name, ()))
    for kec in (qualifier, kecamatan):
        if codes and not _blank(kec):
            within = match_kecamatan(str(kec))
            if within.codes:
                codes = [c for c in codes if kec_of[c] in within.codes]
    return _area("unknown", codes, kab_of)


def kecamatan_name(kode: str) -> str | None:
    """The kecamatan's name for a 6-digit code (for messages); None when not in Banten."""
    for r in _read("kecamatan.csv"):
        if r["kode"] == kode:
            return r["nama"]
    return None


@dataclass(frozen=True)
class RowArea:
    """What a row's kecamatan/desa say about its kab/kota, given its own kab/kota (if any).

    status: 'none' (nothing usable), 'ok' (`kode` fills an empty kab/kota or agrees with it),
    'ambiguous' (the user must choose for `value`), 'conflict' (the row's kab/kota is not where
    its kecamatan/desa lie). `field` is the field that decided ('kecamatan' or 'desa') and
    `value` the user's own text of it."""

    status: Literal["none", "ok", "ambiguous", "conflict"]
    kode: str | None = None
    field: str | None = None
    value: str | None = None
    candidates: tuple[str, ...] = ()
    chosen: bool = False  # settled by the user's choice for `value`


def resolve_area(
    kabkota: str | None,
    kecamatan: str | None,
    desa: str | None,
    choices: dict[str, str] | None = None,
) -> RowArea:
    """One row: `kabkota` is the kode already read from the row's kab/kota column (None when the
    column is missing or empty). A kecamatan/desa never overrides it; a disagreement is a
    'conflict'. Without it, a unique kecamatan/desa gives the kab/kota; a name in several
    kab/kota is 'ambiguous' unless `choices` ({value: kode or '-'}) settles it."""
    kec = match_kecamatan(kecamatan)
    d = match_desa(desa, kecamatan) if not _blank(desa) else AreaMatch("empty")
    if d.status in ("ok", "ambiguous"):
        verdict, fname, value = d, "desa", str(desa)
    elif kec.status in ("ok", "ambiguous"):
        verdict, fname, value = kec, "kecamatan", str(kecamatan)
    else:
        return RowArea("none")
    if kabkota:
        if kabkota in verdict.kabkota:
            return RowArea("ok", kabkota, fname, value, verdict.kabkota)
        return RowArea("conflict", None, fname, value, verdict.kabkota)
    chosen = (choices or {}).get(value)
    if chosen is not None:
        kode = None if chosen == OUTSIDE else chosen
        return RowArea("ok", kode, fname, value, verdict.kabkota, chosen=True)
    if verdict.status == "ok":
        return RowArea("ok", verdict.kabkota[0], fname, value, verdict.kabkota)
    return RowArea("ambiguous", None, fname, value, verdict.kabkota)
