"""`page_data`: the one call pages/aspirasi.py makes per render (its widget choices passed in).
Label corrections and follow-up actions are separate write calls from gema.ui's panels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import agenda, sentimen
from gema import tindak_lanjut as followup
from gema.aspirasi import data, figures, frames
from gema.core import i18n
from gema.core.figures import ranking_bar
from gema.core.filters import Filters
from gema.core.kpi import Kpi
from gema.core.presence import has_data


@dataclass
class PageData:
    """What Aspirasi shows; without feedback only `has_feedback` is filled."""

    has_feedback: bool
    followup: pd.DataFrame = field(default_factory=pd.DataFrame)
    kpis: list[Kpi] = field(default_factory=list)
    volume: go.Figure | None = None
    sentiment: go.Figure | None = None
    accuracy_caption: str = ""
    languages: go.Figure | None = None
    language_caption: str = ""
    grid: pd.DataFrame = field(default_factory=pd.DataFrame)  # kab/kota × topic counts
    heatmap: go.Figure | None = None
    heatmap_topics: int = 0  # topics drawn as columns
    grid_table: pd.DataFrame = field(default_factory=pd.DataFrame)
    ratings: pd.DataFrame = field(default_factory=pd.DataFrame)  # display frame; empty: none
    rating_week: go.Figure | None = None
    deadlines: followup.Deadlines | None = None
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)  # the searched feedback rows
    by_opd: pd.DataFrame = field(default_factory=pd.DataFrame)


def page_data(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    lang: str = i18n.DEFAULT_LANG,
    *,
    by: Literal["channel", "topic"] = "channel",
    q: str = "",
    status: Sequence[str] = (),
    sentiment: Sequence[str] = (),
    overdue_only: bool = False,
    topic: str = "",
) -> PageData:
    """Everything Aspirasi draws for the filters and the page's widget choices."""
    out = PageData(has_data(conn)["feedback"])
    if not out.has_feedback:
        return out
    out.followup = data.followup_summary(conn, f)
    out.kpis = data.feedback_kpis(conn, f)
    out.volume = agenda.add_event_markers(
        figures.stacked_bars_by_series(
            data.feedback_over_time(conn, f, by=by, lang=lang),
            "feedback",
            lang,
            y_label=i18n.t("dash.chart.feedback", lang),
            start=None if f.period == "all" else f.start,
            end=f.end,
        ),
        agenda.events_for(conn, f),
        lang,
    )
    out.sentiment = figures.sentiment_chart(data.sentiment_split(conn, f), lang)
    out.accuracy_caption = sentimen.accuracy_caption(conn, lang)
    out.languages = ranking_bar(
        sentimen.language_mix(conn, f, lang),
        "label",
        "feedback",
        lang,
        value_label=i18n.t("dash.chart.feedback", lang),
        compact=False,
    )
    out.language_caption = sentimen.language_caption(lang)
    grid = data.kabkota_topic(conn, f, lang=lang)
    unknown = i18n.t("common.outside_unknown", lang)
    out.grid = grid
    out.heatmap = figures.kabkota_topic_heatmap(grid, lang, last_row=unknown)
    out.heatmap_topics = min(figures.TOP_TOPICS, grid["topic"].nunique()) if len(grid) else 0
    out.grid_table = frames.kabkota_topic_frame(grid, unknown, lang)
    rated = data.ratings_by_kabkota(conn, f)
    if not rated.empty:  # only files with a rating column (app reviews, complaint logs) have any
        out.ratings = frames.ratings_frame(rated, lang)
        out.rating_week = figures.rating_week_figure(data.ratings_by_week(conn, f), lang)
    out.deadlines = followup.Deadlines.from_store(conn)
    out.rows = data.search_feedback(
        conn, f, q=q, status=status, sentiment=sentiment, overdue_only=overdue_only, topic=topic
    )
    out.by_opd = followup.by_opd(conn, f)
    return out
