"""Peta data: the metrics the Banten map can colour by, and the kab/kota profile opened from
the map.

The registry is a plain tuple, `METRICS`. Another area adds a metric with ONE entry, e.g. IKM:

    MapMetric("ikm", "ikm.map.metric", "ikm.map.metric.help", "kepuasan/by_kabkota", "ikm",
              decimals=2, missing_is_zero=False, available_query="kepuasan/data_count")

The named query must accept the shared filter parameters it needs (extra ones are ignored by
`store.run`) and return one row per kab/kota with a `kode` column and the value column; rows
for kab/kota without data may be left out: `values()` always returns all kab/kota of the regions
table, with 0 (counts) or NaN (rates, scores) for the missing ones. `available_query`, if set, is
a named query whose first value is > 0 when the metric has any data; until then the metric is
left out of the selector (never shown with invented values).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from gema.core import i18n, store


@dataclass(frozen=True)
class MapMetric:
    """One colourable figure per kab/kota.

    `diverging` metrics (net sentiment) get a diverging colour scale centred at 0; the others a
    sequential one starting at 0. `decimals` is used for hover, labels and the colour bar."""

    key: str
    label_key: str  # i18n key: selector and colour-bar title
    help_key: str  # i18n key: what it measures and the formula
    query: str  # named query: one row per kab/kota, columns kode + `column`
    column: str
    decimals: int = 0
    diverging: bool = False
    missing_is_zero: bool = True  # a kab/kota without rows has 0 (counts) or no value (rates)
    available_query: str | None = None

    def label(self, lang: str = i18n.DEFAULT_LANG) -> str:
        return i18n.t(self.label_key, lang)

    def help(self, lang: str = i18n.DEFAULT_LANG) -> str:
        return i18n.t(self.help_key, lang)

    def fmt(self, value: object, lang: str = i18n.DEFAULT_LANG) -> str:
        """Indonesian number format (1.234.567; 12,5); a sign on diverging metrics."""
        if value is None or pd.isna(value):  # type: ignore[call-overload]
            return i18n.t("map.no_value", lang)
        v = float(value)  # type: ignore[arg-type]
        text = i18n.fmt_int(v) if self.decimals == 0 else i18n.fmt_num(v, self.decimals)
        if self.diverging and v > 0:
            text = "+" + text
        return text


METRICS: tuple[MapMetric, ...] = (
    MapMetric("reach", "map.metric.reach", "map.metric.reach.help", "peta/values", "reach"),
    MapMetric(
        "reach_per_1000",
        "map.metric.reach_per_1000",
        "map.metric.reach_per_1000.help",
        "peta/values",
        "reach_per_1000",
        decimals=1,
        missing_is_zero=False,
    ),
    MapMetric(
        "engagements",
        "map.metric.engagements",
        "map.metric.engagements.help",
        "peta/values",
        "engagements",
    ),
    MapMetric(
        "feedback", "map.metric.feedback", "map.metric.feedback.help", "peta/values", "feedback"
    ),
    MapMetric(
        "feedback_per_100k",
        "map.metric.feedback_per_100k",
        "map.metric.feedback_per_100k.help",
        "peta/values",
        "feedback_per_100k",
        decimals=1,
        missing_is_zero=False,
    ),
    MapMetric(
        "net_sentiment",
        "map.metric.net_sentiment",
        "map.metric.net_sentiment.help",
        "peta/values",
        "net_sentiment",
        decimals=1,
        diverging=True,
        missing_is_zero=False,
    ),
    # --- metrics added by other areas (one MapMetric entry each) ---
    MapMetric(  # issue 4: IKM (PermenPANRB 14/2017), offered only when the period has SKM data
        "ikm",
        "ikm.map.metric",
        "ikm.map.help",
        "kepuasan/by_kabkota",
        "ikm",
        decimals=2,
        missing_is_zero=False,
        available_query="kepuasan/available",
    ),
    MapMetric(  # issue 14: ICN creators' share of the reach naming each kab/kota
        "porsi_icn",
        "kreator.map.metric",
        "kreator.map.help",
        "kreator/sov_kabkota",
        "icn_share_pct",
        decimals=1,
        missing_is_zero=False,
        available_query="kreator/porsi_icn_available",
    ),
)
DEFAULT_METRIC = "reach"
ALL_VALUES_QUERY = "peta/values"  # every base figure per kab/kota in one row


def get(key: str) -> MapMetric:
    """The metric with this key (KeyError for an unknown key)."""
    for metric in METRICS:
        if metric.key == key:
            return metric
    raise KeyError(key)


def available(conn: duckdb.DuckDBPyConnection, **params: Any) -> list[MapMetric]:
    """Metrics to offer in the selector: those without an availability query, and those whose
    query (given the filter parameters, if it uses any) reports data."""
    out = []
    for metric in METRICS:
        if metric.available_query is not None:
            try:
                if not (store.scalar(conn, metric.available_query, **params) or 0) > 0:
                    continue
            except duckdb.Error:
                continue
        out.append(metric)
    return out


def regions(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The regions reference table (kode, nama, population, …)."""
    return store.run(conn, "reference/regions")


def values(
    conn: duckdb.DuckDBPyConnection,
    metric: MapMetric | str,
    figures: pd.DataFrame | None = None,
    **params: Any,
) -> pd.DataFrame:
    """kode, nama, value for every kab/kota of the regions table, under the shared filters.

    The kab/kota filter is ignored on purpose (the map always shows all 8 and marks the filtered
    ones); pass `Filters.params()` as keyword arguments. A page that already holds
    `all_values(...)` for the same filters passes it as `figures`: a metric of `peta/values` is
    then taken from it instead of running the query a second time."""
    metric = get(metric) if isinstance(metric, str) else metric
    params = {**params, "kabkota": []}
    if figures is not None and metric.query == ALL_VALUES_QUERY:
        raw = figures
    else:
        raw = store.run(conn, metric.query, **params)
    base = regions(conn)[["kode", "nama"]]
    got = raw[["kode", metric.column]].rename(columns={metric.column: "value"})
    out = base.merge(got, on="kode", how="left")
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    if metric.missing_is_zero:
        out["value"] = out["value"].fillna(0.0)
    out["value"] = out["value"].replace([np.inf, -np.inf], np.nan)
    return out.reset_index(drop=True)


def all_values(conn: duckdb.DuckDBPyConnection, **params: Any) -> pd.DataFrame:
    """Every base figure per kab/kota (the `peta/values` row): for the profile and the table."""
    return store.run(conn, ALL_VALUES_QUERY, **{**params, "kabkota": []})


def unmapped(conn: duckdb.DuckDBPyConnection, **params: Any) -> dict[str, float]:
    """Province-wide posts (count, reach) and feedback of unknown place in the period."""
    row = store.run(conn, "peta/unmapped", **params).iloc[0]
    return {k: float(row[k]) for k in ("posts", "reach", "feedback")}


@dataclass(frozen=True)
class Profile:
    """What the map page shows for one kab/kota."""

    kode: str
    nama: str
    figures: dict[str, Any]  # the peta/values row: reach, posts, feedback, net_sentiment, …
    topics: pd.DataFrame
    creators: pd.DataFrame
    feedback: pd.DataFrame

    @property
    def empty(self) -> bool:
        return not (self.figures.get("posts") or self.figures.get("feedback"))


def profile(
    conn: duckdb.DuckDBPyConnection,
    kode: str,
    limit: int = 5,
    feedback_limit: int = 10,
    figures: pd.DataFrame | None = None,
    **params: Any,
) -> Profile:
    """KPIs, top topics, top creators and recent feedback of one kab/kota under the filters
    (period, campaign, platform, channel; the kab/kota is `kode`). `figures`: the page's
    `all_values(...)` for the same filters, so it is not computed again."""
    figures = all_values(conn, **params) if figures is None else figures
    row = figures[figures["kode"] == kode]
    data: dict[str, Any] = row.iloc[0].to_dict() if len(row) else {"kode": kode, "nama": kode}
    p = {**params, "kode": kode}
    return Profile(
        kode=kode,
        nama=str(data.get("nama", kode)),
        figures=data,
        topics=store.run(conn, "peta/profile_topics", **p, limit=limit),
        creators=store.run(conn, "peta/profile_creators", **p, limit=limit),
        feedback=store.run(conn, "peta/profile_feedback", **p, limit=feedback_limit),
    )
