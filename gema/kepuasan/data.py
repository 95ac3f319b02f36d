"""Kepuasan data: the named queries of queries/kepuasan/ turned into IKM tables.

The Kepuasan page, the CLI (`python -m gema ikm`), the overview card and the map all read IKM
through this module, and this module leaves every number to gema.kepuasan.ikm, so IKM is
defined once. No streamlit, no figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import duckdb
import pandas as pd

from gema.core import i18n, regions, store
from gema.core.filters import ALL_START
from gema.kepuasan import ikm, unknown

GROUPINGS = ("unit", "kabkota", "semester", "year", "all")


# The floor for a group whose number of service users (N) is unknown, so Krejcie-Morgan cannot
# be applied. 30 is the usual rule of thumb for a mean to be roughly normal, and Krejcie-Morgan
# itself asks for 28 of only 30 users: a unit with fewer than 30 respondents is too small in
# every case but the tiniest service. With 5-10 answers one respondent moves the IKM by several
# points and can change the mutu letter, so such a grade is marked, never shown bare.
MIN_RESPONDENTS = 30


def all_time(end: date | None = None) -> dict[str, Any]:
    """Parameters covering every SKM row up to `end` (default: far future), no kab/kota filter."""
    stop = datetime.combine((end or date(2999, 12, 31)) + timedelta(days=1), time.min)
    return {"start": datetime.combine(ALL_START, time.min), "end": stop, "kabkota": []}


def has_data(conn: duckdb.DuckDBPyConnection) -> bool:
    """Any respondent or recap row at all (filters aside): decides the empty state and whether
    the overview may show an IKM card."""
    row = store.run(conn, "kepuasan/data_count").iloc[0]
    return bool(row["responses"]) or bool(row["recap_rows"])


def group_label(by: str, key: object, lang: str = i18n.DEFAULT_LANG) -> str:
    """'2024-S1' → 'Semester I 2024'; '3673' → 'Kota Serang'; '-' → 'Luar Banten / tidak diketahui'."""
    text = "" if key is None or (isinstance(key, float) and pd.isna(key)) else str(key)
    if by == "kabkota":
        if text in ("", "-"):
            return i18n.t("common.outside_unknown", lang)
        return regions.label(text)
    if by == "semester" and "-S" in text:
        year, half = text.split("-S", 1)
        return i18n.t("ikm.semester_label", lang, n="I" if half == "1" else "II", year=year)
    if by == "all":
        return i18n.t("common.province", lang)
    return text


def base(conn: duckdb.DuckDBPyConnection, params: Mapping[str, Any]) -> pd.DataFrame:
    """The pooled SKM figures per unit, kab/kota, month and unsur (queries/kepuasan/base.sql): every
    grouping below is computed from this one result, so a page load runs one SQL pass."""
    return store.run(conn, "kepuasan/base", **params)


def _mode(values: pd.Series) -> Any:
    found = values.dropna()
    return found.mode().iloc[0] if not found.empty else None


def _group_keys(b: pd.DataFrame, by: str) -> pd.Series:
    if by == "unit":
        return b["unit"].astype(str)
    if by == "kabkota":
        return b["kabkota"].astype("object").fillna("-").astype(str)
    month = pd.to_datetime(b["month"])
    if by == "semester":
        half = month.dt.month.map(lambda m: "1" if m <= 6 else "2")
        return month.dt.year.astype(str) + "-S" + half
    if by == "year":
        return month.dt.year.astype(str)
    return pd.Series("36", index=b.index, dtype=str)


TABLE_COLUMNS = [
    "group", "label", "respondents", "nrr", "n_unsur", "weight", "ikm", "mutu", "kinerja",
    "weakest", "source", "kabkota",
]  # fmt: skip


def _long(b: pd.DataFrame, by: str) -> pd.DataFrame:
    """NRR per group per unsur: sum of scores / answers over the base rows of the group."""
    b = b.assign(group=_group_keys(b, by))
    long = (
        b.groupby(["group", "unsur"], sort=False)
        .agg(
            score_sum=("score_sum", "sum"),
            answers=("answers", "sum"),
            unsur_name=("unsur_name", _mode),
            source=("source", lambda v: "+".join(sorted(set(v)))),
        )
        .reset_index()
    )
    long["nrr"] = long["score_sum"] / long["answers"]
    return long


def table_from_base(
    b: pd.DataFrame, by: str = "unit", mode: ikm.WeightMode = "exact", lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """One row per group: respondents, NRR per unsur (dict), IKM (unrounded), mutu, kinerja,
    the weakest unsur, the sources used, the group's (most common) kab/kota."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; use one of {GROUPINGS}")
    if b.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    long = _long(b, by)
    scored = ikm.ikm_frame(long, ["group"], mode, lang)
    keyed = b.assign(group=_group_keys(b, by))
    people = (
        keyed.drop_duplicates(["unit", "kabkota", "month", "part"])
        .groupby("group")
        .agg(respondents=("respondents", "sum"), kabkota=("kabkota", _mode))
        .reset_index()
    )
    nrr_maps = {
        g: dict(sorted(zip(d["unsur"], d["nrr"], strict=True), key=lambda kv: ikm.unsur_sort_key(kv[0])))
        for g, d in long.groupby("group", sort=False)
    }  # fmt: skip
    sources = long.groupby("group")["source"].agg(
        lambda v: "+".join(sorted({p for x in v for p in str(x).split("+")}))
    )
    out = scored.merge(people, on="group", how="left")
    out["nrr"] = out["group"].map(nrr_maps)
    out["weakest"] = out["nrr"].map(ikm.weakest)
    out["source"] = out["group"].map(sources)
    out["label"] = [group_label(by, g, lang) for g in out["group"]]
    out["respondents"] = out["respondents"].fillna(0).astype(int)
    if by in ("semester", "year"):
        out = out.sort_values("group")
    else:
        out = out.sort_values(["ikm", "label"], ascending=[False, True])
    return out[TABLE_COLUMNS].reset_index(drop=True)


def table(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    by: str = "unit",
    mode: ikm.WeightMode = "exact",
    lang: str = i18n.DEFAULT_LANG,
) -> pd.DataFrame:
    """`table_from_base` for the filters in `params`. Empty when no SKM data falls inside."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; use one of {GROUPINGS}")
    return table_from_base(base(conn, params), by, mode, lang)


def unsur_from_base(
    b: pd.DataFrame, names: Mapping[str, str], mode: ikm.WeightMode = "exact"
) -> pd.DataFrame:
    """NRR per unsur over everything in the base, with its weighted NRR, the mutu of NRR x 25
    (the regulation's per-unsur interval) and the weakest unsur flagged."""
    cols = ["unsur", "unsur_name", "nrr", "answers", "weighted", "mutu", "weakest"]
    if b.empty:
        return pd.DataFrame(columns=cols)
    long = _long(b, "all").sort_values("unsur", key=lambda s: s.map(ikm.unsur_sort_key))
    w = ikm.unsur_weight(len(long), mode)
    out = long[["unsur", "unsur_name", "nrr", "answers"]].copy()
    out["unsur_name"] = out["unsur_name"].fillna(out["unsur"].map(dict(names)))
    out["unsur_name"] = out["unsur_name"].fillna(out["unsur"].map(ikm.STANDARD_UNSUR))
    out["weighted"] = out["nrr"] * w
    out["mutu"] = (out["nrr"] * ikm.CONVERSION).map(ikm.mutu)
    weakest = set(ikm.weakest(dict(zip(out["unsur"], out["nrr"], strict=True))))
    out["weakest"] = out["unsur"].isin(weakest)
    return out[cols].reset_index(drop=True)


def unsur_table(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    mode: ikm.WeightMode = "exact",
) -> pd.DataFrame:
    """`unsur_from_base` for the filters in `params`."""
    names = dict(store.run(conn, "kepuasan/unsur_names").itertuples(index=False, name=None))
    return unsur_from_base(base(conn, params), names, mode)


def adequacy(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    level: str = "unit",
    lang: str = i18n.DEFAULT_LANG,
    rows: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Sample adequacy per unit layanan (or summed per kab/kota) and service-user period:
    N, the Krejcie-Morgan size, respondents and the flag (True = enough). `rows`: the result
    of kepuasan/adequacy for these params when the caller has it already (both levels come
    from the same rows)."""
    df = (store.run(conn, "kepuasan/adequacy", **params) if rows is None else rows).copy()
    cols = ["label", "period", "service_users", "needed", "respondents", "adequate", "group"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    today = date.today()
    running = " " + i18n.t("ikm.period_running", lang)
    df["period"] = [
        i18n.fmt_period(s, e, lang) + (running if pd.Timestamp(e).date() >= today else "")
        for s, e in zip(df["period_start"], df["period_end"], strict=True)
    ]
    if level == "kabkota":
        df["kabkota"] = df["kabkota"].fillna("-")
        df = df.groupby(["kabkota", "period"], as_index=False).agg(
            service_users=("service_users", "sum"), respondents=("respondents", "sum")
        )
        df["label"] = [group_label("kabkota", k, lang) for k in df["kabkota"]]
        df["group"] = df["kabkota"].astype(str)
    else:
        df["label"] = (
            df["unit"].astype(str).str.strip()
            + " · "
            + [group_label("kabkota", k, lang) for k in df["kabkota"]]
        )
        df["group"] = df["unit"].astype(str)
    df["needed"] = df["service_users"].map(ikm.krejcie_morgan)
    df["adequate"] = [
        ikm.sample_adequate(r, n)
        for r, n in zip(df["respondents"], df["service_users"], strict=True)
    ]
    # the units short of respondents first, largest shortfall on top
    df["_short"] = df["needed"] - df["respondents"]
    df = df.sort_values(["adequate", "_short"], ascending=[True, False], na_position="last")
    return df[cols].reset_index(drop=True)


def _key(value: object) -> str:
    return str(value).strip().lower()


def sample_flags(table: pd.DataFrame, adequacy_df: pd.DataFrame) -> pd.DataFrame:
    """`table` (one row per unit or kab/kota) with `needed` and `short` (True = too few
    respondents to trust the grade). Where N is known for the group, its Krejcie-Morgan size
    decides (short when any of its periods falls short); otherwise MIN_RESPONDENTS does."""
    out = table.copy()
    if out.empty:
        return out.assign(needed=pd.Series(dtype="Int64"), short=pd.Series(dtype=bool))
    known = (
        adequacy_df.dropna(subset=["adequate"])
        if not adequacy_df.empty
        else pd.DataFrame(columns=["group", "needed", "adequate"])
    )
    by_group = {
        k: d for k, d in known.assign(_k=known["group"].map(_key)).groupby("_k", sort=False)
    }
    needed, short = [], []
    for group, respondents in zip(out["group"], out["respondents"], strict=True):
        rows = by_group.get(_key(group))
        if rows is not None and len(rows):
            needed.append(int(rows["needed"].max()))
            short.append(bool((rows["adequate"] == False).any()))  # noqa: E712
        else:
            needed.append(MIN_RESPONDENTS)
            short.append(int(respondents) < MIN_RESPONDENTS)
    out["needed"] = pd.array(needed, dtype="Int64")
    out["short"] = short
    return out


@dataclass(frozen=True)
class Overview:
    """The headline of the IKM: what the overview card and the page's first row show."""

    ikm: float
    mutu: str
    kinerja: str
    respondents: int
    units: int
    weakest: tuple[str, ...]


def overview_from_base(
    b: pd.DataFrame, mode: ikm.WeightMode = "exact", lang: str = i18n.DEFAULT_LANG
) -> Overview | None:
    """IKM of everything in the base (respondent-weighted pooling, see ikm/base), or None when
    there is no SKM data: the caller then shows no card rather than a made-up one."""
    total = table_from_base(b, "all", mode, lang)
    if total.empty or pd.isna(total.loc[0, "ikm"]):
        return None
    row = total.iloc[0]
    return Overview(
        ikm=float(row["ikm"]),
        mutu=str(row["mutu"]),
        kinerja=str(row["kinerja"]),
        respondents=int(row["respondents"]),
        units=int(b["unit"].nunique()),
        weakest=tuple(row["weakest"]),
    )


def overview(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    mode: ikm.WeightMode = "exact",
    lang: str = i18n.DEFAULT_LANG,
) -> Overview | None:
    """`overview_from_base` for the filters in `params`."""
    return overview_from_base(base(conn, params), mode, lang)


def by_kabkota(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    mode: ikm.WeightMode = "exact",
) -> pd.DataFrame:
    """kabkota, ikm, mutu, respondents for the 8 kab/kota (map metric); rows without a kab/kota
    are left out, kab/kota without SKM data are absent (no value rather than zero)."""
    df = table(conn, params, "kabkota", mode)
    df = df[df["group"].isin(list(regions.KODE_NAMA))]
    df = df.drop(columns="kabkota").rename(columns={"group": "kabkota"})
    return df[["kabkota", "ikm", "mutu", "respondents"]].reset_index(drop=True)


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The CLI's JSON contract: [{"group", "respondents", "nrr": {"U1": …}, "ikm", "mutu",
    "kinerja"}], IKM and NRR rounded to 4 decimals (bands were decided on the unrounded value)."""
    out = []
    for r in df.itertuples(index=False):
        out.append(
            {
                "group": str(r.group) if r.group is not None else None,
                "label": r.label,
                "respondents": int(r.respondents),
                "nrr": {k: round(float(v), 4) for k, v in r.nrr.items()},
                "ikm": None if pd.isna(r.ikm) else round(float(r.ikm), 4),
                "mutu": r.mutu,
                "kinerja": r.kinerja,
            }
        )
    return out


# --- the page's data in one call --------------------------------------------------------------


@dataclass
class PageData:
    """Everything the Kepuasan page shows for one set of filters and one weight mode."""

    overview: Overview | None
    units: pd.DataFrame
    kabkota: pd.DataFrame
    unsur: pd.DataFrame
    trend_semester: pd.DataFrame
    trend_year: pd.DataFrame
    adequacy_unit: pd.DataFrame
    adequacy_kabkota: pd.DataFrame
    unsur_names: dict[str, str]
    unknown_n: pd.DataFrame  # recaps without a respondent count, outside the pooled IKM


def page_data(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    mode: ikm.WeightMode = "exact",
    lang: str = i18n.DEFAULT_LANG,
) -> PageData:
    """The Kepuasan page's tables from two SQL passes (the filter range, and every period up to
    the filter's end for the trend, because a semester trend inside "90 hari terakhir" would be
    one point; the kab/kota filter applies to both)."""
    now = base(conn, params)
    history = base(conn, {**params, "start": datetime.combine(ALL_START, time.min)})
    names = dict(store.run(conn, "kepuasan/unsur_names").itertuples(index=False, name=None))
    unsur = unsur_from_base(now, names, mode)
    names.update({u: n for u, n in zip(unsur["unsur"], unsur["unsur_name"], strict=True) if n})
    rows = store.run(conn, "kepuasan/adequacy", **params)  # once for both levels
    adequacy_unit = adequacy(conn, params, "unit", lang, rows)
    adequacy_kabkota = adequacy(conn, params, "kabkota", lang, rows)
    return PageData(
        overview=overview_from_base(now, mode, lang),
        units=sample_flags(table_from_base(now, "unit", mode, lang), adequacy_unit),
        kabkota=sample_flags(table_from_base(now, "kabkota", mode, lang), adequacy_kabkota),
        unsur=unsur,
        trend_semester=table_from_base(history, "semester", mode, lang),
        trend_year=table_from_base(history, "year", mode, lang),
        adequacy_unit=adequacy_unit,
        adequacy_kabkota=adequacy_kabkota,
        unsur_names=names,
        unknown_n=unknown.unknown_n(conn, params, mode),
    )
