"""Real IKM recaps (issue 11), the report side: our IKM beside the agency's published one, per unit, period or
kab/kota, and whether the two agree within rounding.

The contract of `python -m gema ikm FILE --kind skm_recap --json`, one dict per row:
    {"period", "group", "ikm", "mutu", "published_ikm", "published_mutu", "within_rounding",
     "respondents"}
- ikm: 25 x mean NRR over the unsur (weight exactly 1/n; PermenPANRB 14/2017), mutu its letter;
- published_ikm / published_mutu: what the file prints ('Nilai Indeks', 'Mutu Pelayanan'); for a
  period or kab/kota, the file's own total row (kabupaten name in 'No', empty unit);
- within_rounding: |ikm - published_ikm| <= the rounding the file's values allow: a weighted NRR
  printed to 2 decimals is off by up to 0,005 each, i.e. n x 0,005 x 25 points of IKM for n
  unsur (NRR printed to 2 decimals: 0,005 x 25), plus 0,005 for the printed index itself;
  None when the file publishes no index;
- respondents: the count when the file gives it for every unit in the group, else None
  ("n tidak diketahui": an unweighted mean of the units, as agency totals are computed).
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from gema.core import i18n, regions, store
from gema.kepuasan import ikm

BY = ("unit", "kabkota", "period")
KEYS = (
    "period",
    "group",
    "ikm",
    "mutu",
    "published_ikm",
    "published_mutu",
    "within_rounding",
    "respondents",
)
PRINT_SLACK = 0.005  # the published index itself is printed to two decimals


def tolerance(n_unsur: int, weighted: bool) -> float:
    """IKM points our figure may differ from the published one by rounding alone."""
    per_value = 0.005 * (n_unsur if weighted else 1)
    return per_value * ikm.CONVERSION + PRINT_SLACK


def recap_rows(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every loaded unit-period (and file total) with our IKM and the published one."""
    return store.run(conn, "skm/recap_report")


def nrr_dict(value: Any) -> dict[str, float]:
    if isinstance(value, dict):
        return {str(k): float(v) for k, v in value.items()}
    return {str(k): float(v) for k, v in zip(value["key"], value["value"], strict=True)}


def _within(ours: float | None, published: float | None, n: int, weighted: bool) -> bool | None:
    if ours is None or published is None or pd.isna(published) or pd.isna(ours):
        return None
    return bool(abs(float(ours) - float(published)) <= tolerance(n, weighted) + 1e-9)


def _published_mutu(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def _respondents(values: pd.Series) -> int | None:
    if values.isna().any() or values.empty:
        return None
    return int(values.sum())


def _aggregate(units: pd.DataFrame) -> tuple[float | None, int, bool]:
    """(IKM of the mean NRR per unsur over the units, n unsur, any weighted)."""
    per_unsur: dict[str, list[float]] = {}
    for value in units["nrr"]:
        for code, v in nrr_dict(value).items():
            per_unsur.setdefault(code, []).append(v)
    if not per_unsur:
        return None, 0, False
    means = {code: sum(vs) / len(vs) for code, vs in per_unsur.items()}
    weighted = bool((units["nrr_given"] == "weighted").any())
    return ikm.ikm(means), len(means), weighted


def _round(value: float | None) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), 4)


def report(conn: duckdb.DuckDBPyConnection, by: str = "unit") -> list[dict[str, Any]]:
    """The CLI contract rows (see the module docstring), ordered by period then IKM (highest
    first) for units, by period for the other groupings."""
    if by not in BY:
        raise ValueError(f"by must be one of {BY}")
    rows = recap_rows(conn)
    if rows.empty:
        return []
    units = rows[~rows["is_total"]]
    totals = rows[rows["is_total"]]
    out: list[dict[str, Any]] = []
    periods = list(dict.fromkeys(rows["period"]))
    for period in periods:
        p_units = units[units["period"] == period]
        p_totals = totals[totals["period"] == period]
        if by == "unit":
            for r in p_units.sort_values("ikm", ascending=False).itertuples(index=False):
                weighted = r.nrr_given == "weighted"
                out.append(
                    _row(period, r.unit, r.ikm, r.published_ikm, r.published_mutu, r.n_unsur,
                         weighted, None if pd.isna(r.respondents) else int(r.respondents))
                )  # fmt: skip
            continue
        if by == "period":
            ours, n, weighted = _aggregate(p_units)
            total = p_totals.iloc[0] if len(p_totals) == 1 else None
            pub = None if total is None else total["published_ikm"]
            if total is not None and (pub is None or pd.isna(pub)):
                pub = total["ikm"]  # the total row's own values, when it prints no index
            out.append(
                _row(period, period, ours, pub,
                     None if total is None else total["published_mutu"], n, weighted,
                     _respondents(p_units["respondents"]))
            )  # fmt: skip
            continue
        # kab/kota: units without one take the kab/kota the file's total row names
        fallback = None
        if len(p_totals) == 1:
            m = regions.match(str(p_totals.iloc[0]["unit"]))
            fallback = m.kode if m.status == "ok" else None
        kab = p_units["kabkota"].where(p_units["kabkota"].notna(), fallback)
        for kode in list(dict.fromkeys(kab)):
            part = p_units[kab.eq(kode) if kode is not None else kab.isna()]
            ours, n, weighted = _aggregate(part)
            total = p_totals.iloc[0] if fallback is not None and kode == fallback else None
            out.append(
                _row(period, kode, ours,
                     None if total is None else total["published_ikm"],
                     None if total is None else total["published_mutu"], n, weighted,
                     _respondents(part["respondents"]))
            )  # fmt: skip
    return out


def _row(
    period: str,
    group: Any,
    ours: float | None,
    published: Any,
    published_mutu: Any,
    n: int,
    weighted: bool,
    respondents: int | None,
) -> dict[str, Any]:
    pub = None if published is None or pd.isna(published) else float(published)
    return {
        "period": str(period),
        "group": None
        if group is None or (isinstance(group, float) and pd.isna(group))
        else str(group),
        "ikm": _round(ours),
        "mutu": ikm.mutu(ours),
        "published_ikm": _round(pub),
        "published_mutu": _published_mutu(published_mutu),
        "within_rounding": _within(ours, pub, int(n), weighted),
        "respondents": respondents,
    }


def text_table(records: list[dict[str, Any]], by: str, lang: str = i18n.DEFAULT_LANG) -> str:
    """The report as a plain-text table in Bahasa Indonesia (numbers with a decimal comma)."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    titles = (
        t("recap.col.period"),
        t(f"recap.col.{by}"),
        "IKM",
        t("recap.col.mutu"),
        t("recap.col.published"),
        t("recap.col.published_mutu"),
        t("recap.col.agree"),
        t("recap.col.respondents"),
    )
    body = []
    for r in records:
        group = r["group"]
        if by == "kabkota":
            group = regions.KODE_NAMA.get(group, t("common.outside_unknown")) if group else None
        body.append(
            (
                r["period"],
                str(group or "—"),
                ikm.fmt_ikm(r["ikm"]),
                r["mutu"] or "—",
                ikm.fmt_ikm(r["published_ikm"]) if r["published_ikm"] is not None else "—",
                r["published_mutu"] or "—",
                {True: t("recap.agree.yes"), False: t("recap.agree.no"), None: "—"}[
                    r["within_rounding"]
                ],
                i18n.fmt_int(r["respondents"])
                if r["respondents"] is not None
                else t("recap.n_unknown"),
            )
        )
    widths = [
        max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(titles)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(titles, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(b, widths, strict=True)) for b in body]
    return "\n".join(lines)
