"""Aspirasi's data: the feedback KPIs, volume by channel or topic, the sentiment split, the
kab/kota × topic grid, star ratings, the follow-up summary and the searchable feedback table,
computed in DuckDB by queries/aspirasi/.

Formulas (also shown to users in the KPI tooltips):
- net sentiment    = (positif − negatif) ÷ labelled feedback × 100, from −100 to +100
- overdue          = open (baru, diverifikasi, diteruskan, ditindaklanjuti) and past the
                     working-day deadline of its stage (forward 3 / act 5 / close 10 working
                     days after receipt by default, as in SP4N-LAPOR!; gema.tindak_lanjut)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

import duckdb
import pandas as pd

from gema import topics
from gema.core import i18n, store
from gema.core.figures import label_series
from gema.core.filters import Filters
from gema.core.kpi import Kpi, net_sentiment, ratio
from gema.core.regions import KODE_NAMA


def _row(df: pd.DataFrame, period: str) -> dict[str, object]:
    rows = df[df["period"] == period]
    return rows.iloc[0].to_dict() if len(rows) else {}


def feedback_kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """Feedback count, % positive, % negative (of labelled feedback), net sentiment."""
    df = store.run(conn, "aspirasi/kpi_feedback", **f.params())
    cur, prev = _row(df, "cur"), _row(df, "prev")

    def get(row: dict[str, object], col: str) -> float:
        return float(row.get(col) or 0)

    def share(row: dict[str, object], col: str) -> float | None:
        return ratio(get(row, col), get(row, "labelled")) if row else None

    def net(row: dict[str, object]) -> float | None:
        if not row:
            return None
        return net_sentiment(get(row, "positif"), get(row, "negatif"), get(row, "labelled"))

    return [
        Kpi(
            "feedback",
            "dash.kpi.feedback",
            "dash.kpi.feedback.help",
            get(cur, "feedback"),
            get(prev, "feedback") if prev else None,
            better=None,
        ),
        Kpi(
            "positive_share",
            "dash.kpi.positive",
            "dash.kpi.positive.help",
            share(cur, "positif"),
            share(prev, "positif"),
            "ratio",
        ),
        Kpi(
            "negative_share",
            "dash.kpi.negative",
            "dash.kpi.negative.help",
            share(cur, "negatif"),
            share(prev, "negatif"),
            "ratio",
            better="down",
        ),
        Kpi(
            "net_sentiment",
            "dash.kpi.net",
            "dash.kpi.net.help",
            net(cur),
            net(prev),
            "index",
        ),
    ]


def feedback_over_time(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    by: Literal["channel", "topic"] = "channel",
    top: int = 8,
    lang: str = i18n.DEFAULT_LANG,
) -> pd.DataFrame:
    """week, series, feedback: per channel or per topic (largest `top`, rest as 'Lainnya')."""
    if by == "channel":
        df = store.run(conn, "aspirasi/feedback_by_channel_week", **f.params())
        return df.rename(columns={"channel": "series"})
    df = store.run(conn, "aspirasi/feedback_by_topic_week", **f.params(), top=top)
    df["series"] = topics.labels(df["series"], lang)
    return label_series(df, lang, "dash.no_topic").drop(columns="kind")


def sentiment_split(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """channel, sentiment (NULL = not labelled), feedback."""
    return store.run(conn, "aspirasi/sentiment_by_channel", **f.params())


def kabkota_topic(
    conn: duckdb.DuckDBPyConnection, f: Filters, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """kabkota (kode), kabkota_name, topic (label), feedback, negatif."""
    df = store.run(conn, "aspirasi/kabkota_topic", **f.params())
    df["kabkota_name"] = [
        KODE_NAMA.get(k, k) if isinstance(k, str) else i18n.t("common.outside_unknown", lang)
        for k in df["kabkota"]
    ]
    df["topic"] = pd.Series(topics.labels(df["topic"], lang), index=df.index, dtype="object").where(
        df["topic"].notna(), i18n.t("dash.no_topic", lang)
    )
    return df


def followup_summary(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    today: date | None = None,
    sla_days: int | None = None,
) -> pd.DataFrame:
    """status, feedback, overdue, median_age_days (open feedback only). Overdue uses the
    working-day deadlines of gema.tindak_lanjut; `sla_days`, when given, replaces the close deadline."""
    from gema.tindak_lanjut import Deadlines

    deadlines = Deadlines.from_store(conn).params()
    if sla_days is not None:
        deadlines["close_days"] = int(sla_days)
    return store.run(
        conn,
        "aspirasi/followup_summary",
        **f.params(),
        today=today or date.today(),
        **deadlines,
    )


def search_feedback(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    q: str = "",
    status: Sequence[str] = (),
    sentiment: Sequence[str] = (),
    overdue_only: bool = False,
    today: date | None = None,
    sla_days: int | None = None,
    limit: int = 500,
    topic: str = "",
) -> pd.DataFrame:
    """Feedback rows matching the filters and the search text (a literal substring, bound as a
    parameter). `sentiment` may contain '-' for 'not labelled'; `topic` narrows to one topic
    (an alert's link). `df.attrs["matches"]` holds the number of matching rows (the frame has
    at most `limit`). Overdue: working-day deadlines (gema.tindak_lanjut); `sla_days`, when given,
    replaces the close deadline."""
    from gema.tindak_lanjut import Deadlines

    deadlines = Deadlines.from_store(conn).params()
    if sla_days is not None:
        deadlines["close_days"] = int(sla_days)
    params = dict(
        f.params(),
        q=(q or "").strip(),
        status=list(status),
        sentiment=list(sentiment),
        overdue_only=overdue_only,
        today=today or date.today(),
        limit=limit,
        topic=topic or "",
        **deadlines,
    )
    # Not narrowed (the default view): the newest rows are picked before the follow-up columns
    # are worked out, and the count comes from the roll-up (issue 17); same rows, same count.
    narrowed = bool(params["q"] or status or sentiment or overdue_only or params["topic"])
    table = "aspirasi/feedback_table" if narrowed else "aspirasi/feedback_table_recent"
    df = store.run(conn, table, **params)
    count_query = "aspirasi/feedback_table_count" if narrowed else "aspirasi/feedback_count"
    df.attrs["matches"] = (
        len(df) if len(df) < limit else int(store.scalar(conn, count_query, **params))
    )
    return df


def ratings_by_kabkota(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """kabkota, rating (mean), rated (rows with a rating)."""
    return store.run(conn, "aspirasi/rating_by_kabkota", **f.params())


def ratings_by_week(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """week, channel, rating (mean), rated."""
    return store.run(conn, "aspirasi/rating_by_week", **f.params())
