"""Indeks Kepuasan Masyarakat (IKM) exactly as PermenPANRB No. 14 Tahun 2017 defines it.

Pure functions, no database: the importer, the named queries, the page and the CLI all hand
their numbers to this module so that there is one definition of NRR, IKM, mutu and sample size.

Sources (cited at each number below):
- [P14] Peraturan Menteri PANRB No. 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan
  Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran (Bab II unsur; Bab III pengolahan:
  "NRR per unsur = jumlah nilai per unsur / jumlah kuesioner yang terisi", "NRR tertimbang =
  NRR per unsur x bobot", "IKM unit pelayanan = jumlah NRR tertimbang x 25"; table "Nilai
  persepsi, nilai interval, nilai interval konversi, mutu pelayanan dan kinerja unit
  pelayanan"; the sample-size table after Krejcie & Morgan).
- [KM70] Krejcie, R. V. & Morgan, D. W. (1970). Determining sample size for research
  activities. Educational and Psychological Measurement, 30(3), 607-610.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

import pandas as pd

# The nine standard unsur [P14, Lampiran Bab II "Ruang lingkup"]. Agencies may use more or fewer
# (11 is seen in Banten); the importer then takes the names from the upload.
STANDARD_UNSUR: dict[str, str] = {
    "U1": "Persyaratan",
    "U2": "Sistem, mekanisme, dan prosedur",
    "U3": "Waktu penyelesaian",
    "U4": "Biaya/tarif",
    "U5": "Produk spesifikasi jenis pelayanan",
    "U6": "Kompetensi pelaksana",
    "U7": "Perilaku pelaksana",
    "U8": "Penanganan pengaduan, saran dan masukan",
    "U9": "Sarana dan prasarana",
}

# Each answer is a perception value 1..4 [P14, Lampiran: "nilai persepsi 1, 2, 3, 4"].
SCORE_MIN, SCORE_MAX = 1, 4
# IKM = 25 x sum(NRR x weight): the conversion factor 25 maps the 1..4 mean to 25..100 [P14].
CONVERSION = 25

# Weight of each unsur. [P14] defines "bobot nilai rata-rata tertimbang = jumlah bobot / jumlah
# unsur = 1/n"; its worked example for nine unsur prints that weight rounded, as 0,111, and many
# agency spreadsheets multiply by the printed figure (0,111) or by 0,11. A rounded weight makes
# n x weight differ from 1, so the index no longer spans 25..100: all answers 4 gives 99,90 with
# 0,111 and 99,00 with 0,11 (and 100,10 with 0,091 for eleven unsur). Gema defaults to the exact
# 1/n and offers the rounded weights only as explicit, labelled options for reconciling figures
# with reports made that way.
WeightMode = Literal["exact", "round3", "round2"]
WEIGHT_MODES: tuple[WeightMode, ...] = ("exact", "round3", "round2")

Letter = Literal["A", "B", "C", "D"]


@dataclass(frozen=True)
class Band:
    """One row of the [P14] conversion table: mutu letter, kinerja label, printed interval."""

    letter: Letter
    kinerja: str  # Bahasa Indonesia, as printed in the regulation
    kinerja_en: str
    low: float  # printed lower bound of the interval (two decimals)
    high: float  # printed upper bound of the interval (two decimals)


# [P14, Lampiran, table "Nilai persepsi, nilai interval (NI), nilai interval konversi (NIK), mutu
# pelayanan dan kinerja unit pelayanan"]: NIK 25,00-64,99 D Tidak Baik; 65,00-76,60 C Kurang
# Baik; 76,61-88,30 B Baik; 88,31-100,00 A Sangat Baik.
BANDS: tuple[Band, ...] = (
    Band("A", "Sangat Baik", "Very good", 88.31, 100.00),
    Band("B", "Baik", "Good", 76.61, 88.30),
    Band("C", "Kurang Baik", "Poor", 65.00, 76.60),
    Band("D", "Tidak Baik", "Very poor", 25.00, 64.99),
)
BAND_BY_LETTER: dict[str, Band] = {b.letter: b for b in BANDS}

# Krejcie-Morgan constants [KM70, formula on p. 607; the size the issue asks to check against]:
# chi-square for 1 degree of freedom at 95 % confidence, population proportion, margin of error.
KM_CHI2 = 3.841
KM_P = 0.5
KM_D = 0.05

# Float noise guard: IKM values are sums of means of integers, so binary arithmetic can return
# 88.30000000000001 for a value that is exactly 88,30. Values are rounded to this many decimals
# before being compared with a band edge; no real difference is that small.
_EDGE_DECIMALS = 9


def unsur_weight(n: int, mode: WeightMode = "exact") -> float:
    """The weight of each of `n` unsur: exactly 1/n [P14], or 1/n rounded to 3 or 2 decimals
    (0,111 / 0,11 for nine unsur) when reconciling with reports that compute that way."""
    if n < 1:
        raise ValueError("at least one unsur is needed")
    if mode == "exact":
        return 1 / n
    if mode == "round3":
        return round(1 / n, 3)
    if mode == "round2":
        return round(1 / n, 2)
    raise ValueError(f"unknown weight mode {mode!r}; use one of {WEIGHT_MODES}")


def weight_text(n: int, mode: WeightMode) -> str:
    """The weight as a report prints it: '1/9' (exact) or '0,111' / '0,11' (rounded)."""
    if mode == "exact":
        return f"1/{n}"
    digits = 3 if mode == "round3" else 2
    return f"{unsur_weight(n, mode):.{digits}f}".replace(".", ",")


def nrr(scores: Mapping[str, Iterable[float | int | None]]) -> dict[str, float]:
    """NRR per unsur = sum of the scores / number of answered questionnaires [P14]. Missing
    answers (None/NaN) are left out of both sums, as the regulation's "kuesioner yang terisi"."""
    out: dict[str, float] = {}
    for unsur, values in scores.items():
        valid = [float(v) for v in values if v is not None and not _isnan(v)]
        if not valid:
            continue
        for v in valid:
            if not SCORE_MIN <= v <= SCORE_MAX:
                raise ValueError(f"score {v} of {unsur} outside {SCORE_MIN}..{SCORE_MAX}")
        out[unsur] = sum(valid) / len(valid)
    return out


def ikm(nrr_by_unsur: Mapping[str, float], mode: WeightMode = "exact") -> float:
    """IKM = 25 x sum(NRR_i x weight) [P14], n = the number of unsur with an NRR. Unrounded."""
    values = [float(v) for v in nrr_by_unsur.values() if v is not None and not _isnan(v)]
    if not values:
        return math.nan
    w = unsur_weight(len(values), mode)
    return CONVERSION * sum(v * w for v in values)


def band(value: float | None) -> Band | None:
    """The mutu/kinerja band of an unrounded IKM (or of NRR x 25 for one unsur).

    The regulation prints intervals with two decimals (…-88,30 B; 88,31-… A), leaving gaps such
    as 88,305 unassigned. Gema reads the table as edges with no gaps:
        D < 65,00 <= C <= 76,60 < B <= 88,30 < A
    so the UNROUNDED value is compared with the edge, not its two-decimal display: 88,305 is
    above 88,30 and therefore A, although it would be displayed as "88,31" or "88,30" depending
    on the rounding rule; 76,605 is B; 64,995 is D (below 65,00). Only float noise is removed
    before the comparison (`_EDGE_DECIMALS`). Values below 25 (possible only with a rounded
    weight) are D and values above 100 (possible with 0,091 for eleven unsur) are A.
    """
    if value is None or _isnan(value):
        return None
    v = round(float(value), _EDGE_DECIMALS)
    if v > 88.30:
        return BAND_BY_LETTER["A"]
    if v > 76.60:
        return BAND_BY_LETTER["B"]
    if v >= 65.00:
        return BAND_BY_LETTER["C"]
    return BAND_BY_LETTER["D"]


def mutu(value: float | None) -> str | None:
    """The mutu letter (A/B/C/D) of an unrounded IKM, or None when there is no value."""
    b = band(value)
    return b.letter if b else None


def kinerja(value: float | None, lang: str = "id") -> str | None:
    """The kinerja label (Sangat Baik … Tidak Baik) of an unrounded IKM."""
    b = band(value)
    if b is None:
        return None
    return b.kinerja_en if lang == "en" else b.kinerja


def fmt_ikm(value: float | None) -> str:
    """Two decimals with the Indonesian comma (88,31), rounded half up as the spreadsheets behind
    agency reports do (86,625 → 86,63; Python's own rounding would give 86,62 here). The band is
    decided on the unrounded value (see `band`), so 88,304 shows as 88,30 yet is A."""
    if value is None or _isnan(value):
        return "—"
    exact = Decimal(repr(round(float(value), _EDGE_DECIMALS)))
    return str(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)).replace(".", ",")


def fmt_nrr(value: float | None) -> str:
    """NRR with three decimals (3,532): the regulation's interval table uses up to four, reports
    commonly print two or three; three keeps the differences between unsur visible."""
    if value is None or _isnan(value):
        return "—"
    return f"{float(value):.3f}".replace(".", ",")


def krejcie_morgan(population: int) -> int:
    """Minimum sample size for `population` service users [KM70]:
    s = chi2 N P(1-P) / (d^2 (N-1) + chi2 P(1-P)), rounded up to a whole respondent
    (N = 100 -> 80, 1.000 -> 278, 10.000 -> 370, as in Table 1 of KM70)."""
    n = int(population)
    if n <= 0:
        return 0
    pq = KM_P * (1 - KM_P)
    s = KM_CHI2 * n * pq / (KM_D**2 * (n - 1) + KM_CHI2 * pq)
    return math.ceil(round(s, _EDGE_DECIMALS))


def sample_adequate(respondents: int | None, population: int | None) -> bool | None:
    """True when the respondent count reaches the Krejcie-Morgan size for the service users;
    None when the number of service users is unknown (no flag is better than a false one)."""
    if population is None or _isnan(population) or int(population) <= 0:
        return None
    if respondents is None or _isnan(respondents):
        return False
    return int(respondents) >= krejcie_morgan(int(population))


def weakest(nrr_by_unsur: Mapping[str, float]) -> list[str]:
    """The unsur with the lowest NRR (all of them on a tie): the first place to improve."""
    valid = {k: float(v) for k, v in nrr_by_unsur.items() if v is not None and not _isnan(v)}
    if not valid:
        return []
    low = min(valid.values())
    return sorted((k for k, v in valid.items() if abs(v - low) < 1e-12), key=unsur_sort_key)


def unsur_sort_key(code: str) -> tuple[int, str]:
    """'U2' < 'U10': unsur codes sort by their number."""
    digits = "".join(ch for ch in str(code) if ch.isdigit())
    return (int(digits) if digits else 10**6, str(code))


def ikm_frame(
    long: pd.DataFrame,
    group_cols: Sequence[str],
    mode: WeightMode = "exact",
    lang: str = "id",
) -> pd.DataFrame:
    """Per group: the IKM from a long table of NRR per unsur (columns `group_cols…, unsur, nrr`).

    Column-wise (no loop per row): one pivot, one weighted sum. n per group is the number of
    unsur with an NRR in that group, so an 11-unsur unit and a 9-unsur unit can share a table.
    """
    cols = list(group_cols)
    if long.empty:
        return pd.DataFrame(columns=[*cols, "n_unsur", "weight", "ikm", "mutu", "kinerja"])
    data = long.dropna(subset=["nrr"])
    key = cols if cols else None
    if key:
        grouped = data.groupby(key, dropna=False, sort=False)
        out = grouped["nrr"].agg(nrr_sum="sum", n_unsur="count").reset_index()
    else:
        out = pd.DataFrame({"nrr_sum": [data["nrr"].sum()], "n_unsur": [data["nrr"].count()]})
    n = out["n_unsur"].astype(float)
    if mode == "exact":
        out["weight"] = 1 / n
    else:
        digits = 3 if mode == "round3" else 2
        out["weight"] = (1 / n).round(digits)
    out["ikm"] = CONVERSION * out["nrr_sum"] * out["weight"]
    out.loc[out["n_unsur"] == 0, "ikm"] = math.nan
    out["mutu"] = out["ikm"].map(mutu)
    out["kinerja"] = out["ikm"].map(lambda v: kinerja(v, lang))
    return out.drop(columns="nrr_sum")


def _isnan(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
