"""Jangkauan's data: the content KPIs, reach and engagements over time, the campaign table, the
creator leaderboard, the platform mix, the top content and the daily account trend, computed in
DuckDB by queries/jangkauan/.

Formulas (also shown to users in the KPI tooltips):
- engagements      = likes + comments + shares + saves
- views            = impressions where the platform reports them, else video views
- engagement rate  = engagements ÷ reach, over posts that report reach
"""

from __future__ import annotations

from typing import Literal

import duckdb
import pandas as pd

from gema.core import i18n, rollups, store
from gema.core.figures import label_series
from gema.core.filters import Filters
from gema.core.kpi import Kpi, as_float, ratio

DEFAULT_MIN_POSTS = 3  # creators need this many posts in the period to be ranked


def _row(df: pd.DataFrame, period: str) -> dict[str, object]:
    rows = df[df["period"] == period]
    return rows.iloc[0].to_dict() if len(rows) else {}


def content_kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """Reach, views, engagements, engagement rate, posts, active accounts."""
    df = store.run(conn, "jangkauan/kpi_posts", **f.params())
    cur, prev = _row(df, "cur"), _row(df, "prev")
    has_prev = bool(prev)

    def pair(col: str, default: float | None = 0.0) -> tuple[float | None, float | None]:
        now = as_float(cur.get(col)) if cur else None
        before = as_float(prev.get(col)) if has_prev else None
        return (now if now is not None else default), (
            before if before is not None or not has_prev else default
        )

    out = []
    for key in ("reach", "views", "engagements"):
        now, before = pair(key)
        out.append(Kpi(key, f"dash.kpi.{key}", f"dash.kpi.{key}.help", now, before))
    er_now = ratio(cur.get("er_numerator"), cur.get("er_denominator"))
    er_prev = ratio(prev.get("er_numerator"), prev.get("er_denominator"))
    out.append(Kpi("engagement_rate", "dash.kpi.er", "dash.kpi.er.help", er_now, er_prev, "ratio"))
    for key in ("posts", "active_accounts"):
        now, before = pair(key)
        out.append(Kpi(key, f"dash.kpi.{key}", f"dash.kpi.{key}.help", now, before))
    return out


def reach_over_time(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    by: Literal["campaign", "platform"] = "campaign",
    top: int = 6,
    lang: str = i18n.DEFAULT_LANG,
    with_none: bool = True,
) -> pd.DataFrame:
    """week, series, reach, engagements: per campaign (largest `top`, rest as 'Lainnya', posts
    without a campaign as 'Tanpa kampanye' unless `with_none` is False) or per platform."""
    if by == "platform":
        df = store.run(conn, "jangkauan/reach_by_platform_week", **f.params())
        return df.rename(columns={"platform": "series"})
    df = store.run(conn, "jangkauan/reach_by_campaign_week", **f.params(), top=top)
    if not with_none:
        df = df[df["kind"] != "none"].reset_index(drop=True)
    return label_series(df, lang, "dash.no_campaign").drop(columns="kind")


def campaign_table(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Campaign comparison; cost and cost per engagement are NULL where no cost was reported."""
    return store.run(conn, "jangkauan/campaign_table", **f.params())


def creator_leaderboard(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    min_posts: int = DEFAULT_MIN_POSTS,
    limit: int = 50,
    icn_only: bool = False,
) -> pd.DataFrame:
    """Accounts with at least `min_posts` posts, by reach; `eligible`/`all_accounts` columns say
    how many were ranked out of all posting accounts."""
    return store.run(
        conn,
        "jangkauan/creators",
        **f.params(),
        min_posts=max(1, int(min_posts)),
        limit=limit,
        icn_only=icn_only,
    )


def platform_mix(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """platform, posts, reach, views, engagements and their shares of the total."""
    return store.run(conn, "jangkauan/platform_mix", **f.params())


def content_table(conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 100) -> pd.DataFrame:
    """The `limit` posts with the largest reach, with links. Without kab/kota, campaign or
    platform filters (the default view) the same rows come from the per-day candidates of the
    roll-ups (issue 17: 100 rows a day instead of every post of the period)."""
    plain = not (f.kabkota or f.campaign or f.platform) and limit <= rollups.TOP_POSTS_PER_DAY
    name = "jangkauan/content_table_top" if plain else "jangkauan/content_table"
    return store.run(conn, name, **f.params(), limit=limit)


MEASURES = ("followers_gained", "views")


def daily_trend(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """date, platform, accounts, followers_gained, followers, views (one row per day × platform)."""
    return store.run(conn, "jangkauan/account_daily_trend", **f.params())


def summary(df: pd.DataFrame) -> tuple[int, int]:
    """(accounts, days) behind the trend, for its caption."""
    if df.empty:
        return 0, 0
    return int(df["accounts"].max()), int(df["date"].nunique())
