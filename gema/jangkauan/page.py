"""`page_data`: the one call pages/jangkauan.py makes per render (its widget choices passed in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import agenda
from gema.core import i18n
from gema.core.filters import Filters
from gema.core.kpi import Kpi
from gema.core.presence import has_data
from gema.jangkauan import data, figures, frames

OVER_TIME_SERIES = 5  # campaigns drawn over time; the rest as one grey 'Lainnya' line


@dataclass
class PageData:
    """What Jangkauan shows. Without posts only `has_posts`, `daily` and `account_figures` are
    filled (the account trend still shows)."""

    has_posts: bool
    lang: str
    daily: pd.DataFrame
    account_accounts: int = 0
    account_days: int = 0
    account_figures: dict[str, go.Figure] = field(default_factory=dict)
    kpis: list[Kpi] = field(default_factory=list)
    series: pd.DataFrame = field(default_factory=pd.DataFrame)
    measure: str = "reach"
    suggested_view: str = "count"
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    start: date | None = None
    end: date | None = None
    campaigns: pd.DataFrame = field(default_factory=pd.DataFrame)  # display frame (frames.py)
    creators: pd.DataFrame = field(default_factory=pd.DataFrame)  # display frame
    creators_shown: int = 0
    creators_eligible: int = 0
    mix: go.Figure | None = None
    content: pd.DataFrame = field(default_factory=pd.DataFrame)  # display frame
    content_link: str = ""  # the content frame's link column

    def series_figure(self, view: str) -> go.Figure:
        """The over-time chart in the chosen view ('count', 'share', 'log'), with agenda events;
        drawn from the loaded series (the view widget's default depends on that data)."""
        return agenda.add_event_markers(
            figures.lines_by_series(
                self.series,
                self.measure,
                self.lang,
                y_label=i18n.t(f"dash.chart.{self.measure}", self.lang),
                view=view,
                start=self.start,
                end=self.end,
            ),
            self.events,
            self.lang,
        )


def page_data(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    lang: str = i18n.DEFAULT_LANG,
    *,
    by: Literal["campaign", "platform"] = "campaign",
    measure: str = "reach",
    min_posts: int = data.DEFAULT_MIN_POSTS,
    icn_only: bool = False,
) -> PageData:
    """Everything Jangkauan draws for the filters and the page's widget choices."""
    daily = data.daily_trend(conn, f)
    out = PageData(has_data(conn)["posts"], lang, daily)
    out.account_accounts, out.account_days = data.summary(daily)
    if not daily.empty:
        out.account_figures = {
            m: figures.account_trend_figure(daily, m, lang) for m in data.MEASURES
        }
    if not out.has_posts:
        return out
    out.kpis = data.content_kpis(conn, f)
    out.measure = measure
    out.series = data.reach_over_time(
        conn, f, by=by, top=OVER_TIME_SERIES, lang=lang, with_none=False
    )
    # one viral week would flatten every other line: then the view opens as share (%)
    out.suggested_view = figures.suggested_view(out.series, measure)
    out.events = agenda.events_for(conn, f)
    out.start = None if f.period == "all" else f.start
    out.end = f.end
    camp = data.campaign_table(conn, f)
    out.campaigns = frames.campaign_frame(camp, lang) if not camp.empty else camp
    creators = data.creator_leaderboard(conn, f, min_posts=int(min_posts), icn_only=icn_only)
    out.creators_shown = len(creators)
    out.creators_eligible = int(creators["eligible"].iloc[0]) if len(creators) else 0
    out.creators = frames.creator_frame(creators, lang) if not creators.empty else creators
    out.mix = figures.mix_chart(data.platform_mix(conn, f), lang)
    out.content, out.content_link = frames.content_frame(
        data.content_table(conn, f, limit=100), lang
    )
    return out
