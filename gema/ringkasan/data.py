"""Ringkasan's data: every overview KPI (from the features that own them), the weekly trend and
the top campaigns and topics, as small frames computed in DuckDB by queries/ringkasan/.

Formulas (also shown to users in the KPI tooltips) live with their owners: reach, engagements
and the engagement rate in gema.jangkauan, feedback and net sentiment in gema.aspirasi, the IKM
card in gema.kepuasan.kpi.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pandas as pd

from gema import topics
from gema.aspirasi.data import feedback_kpis
from gema.core import i18n, store
from gema.core.filters import Filters
from gema.core.kpi import Kpi
from gema.jangkauan.data import content_kpis
from gema.kepuasan.kpi import ikm_kpis

# The overview shows the KPIs of these providers, in this order. Other areas (e.g. the IKM card)
# add their own provider function here: (conn, filters) -> list[Kpi]; a provider with no data
# for the period returns [] so the card is absent rather than faked.
KPI_PROVIDERS: list[Callable[[duckdb.DuckDBPyConnection, Filters], list[Kpi]]] = [
    content_kpis,
    feedback_kpis,
    ikm_kpis,
]

# The 4–6 numbers the overview shows first and large; the rest follow in a smaller row.
HEADLINE_KPIS = ("reach", "engagements", "feedback", "net_sentiment", "engagement_rate", "ikm")


def kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """Every overview KPI, in display order."""
    return [k for provider in KPI_PROVIDERS for k in provider(conn, f)]


def weekly_trend(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """week, reach, posts, feedback (one row per week with data)."""
    return store.run(conn, "ringkasan/weekly_trend", **f.params())


def top_campaigns(conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 5) -> pd.DataFrame:
    """campaign, posts, reach, engagements, engagement_rate (engagements ÷ reach)."""
    df = store.run(conn, "ringkasan/top_campaigns", **f.params(), limit=limit)
    df["engagement_rate"] = df["engagements"] / df["reach"].where(df["reach"] > 0)
    return df


def top_topics(
    conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 8, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """topic (display label), feedback, feedback_prev, negatif, positif, negative_share."""
    df = store.run(conn, "ringkasan/top_topics", **f.params(), limit=limit)
    df["topic"] = pd.Series(topics.labels(df["topic"], lang), index=df.index, dtype="object").where(
        df["topic"].notna(), i18n.t("dash.no_topic", lang)
    )
    df["negative_share"] = df["negatif"] / df["feedback"].where(df["feedback"] > 0)
    return df
