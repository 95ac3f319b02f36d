"""`page_data`: the one call pages/ringkasan.py makes per render; everything it draws except
the small map (a gema.ui widget)."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import agenda, peringatan
from gema.core import i18n
from gema.core.figures import ranking_bar
from gema.core.filters import Filters
from gema.core.kpi import Change, Kpi
from gema.core.presence import has_data
from gema.ringkasan import data, figures
from gema.ringkasan.changes import changes


@dataclass
class PageData:
    """What Ringkasan shows; with no posts and no feedback at all only `present` is filled."""

    present: dict[str, bool]
    alerts: pd.DataFrame = field(default_factory=pd.DataFrame)
    headline: list[Kpi] = field(default_factory=list)  # large, in HEADLINE_KPIS order
    more: list[Kpi] = field(default_factory=list)  # the rest, in a smaller row
    changes: list[Change] = field(default_factory=list)
    trend: go.Figure | None = None
    top_campaigns: go.Figure | None = None
    top_topics: go.Figure | None = None

    @property
    def empty(self) -> bool:
        # an office that uploads only SKM still gets its IKM card, not "nothing here yet"
        return not any(self.present.get(k) for k in ("posts", "feedback", "skm"))


def page_data(
    conn: duckdb.DuckDBPyConnection, f: Filters, lang: str = i18n.DEFAULT_LANG
) -> PageData:
    """The overview for the filters: alerts, KPIs (headline and the rest), what changed, the
    weekly trend with agenda events, top campaigns and topics."""
    present = has_data(conn)
    out = PageData(present)
    if out.empty:
        return out
    out.alerts = peringatan.stored(conn, f.end, f.kabkota)
    all_kpis = data.kpis(conn, f)
    out.headline = [k for key in data.HEADLINE_KPIS for k in all_kpis if k.key == key]
    out.more = [k for k in all_kpis if k not in out.headline]
    out.changes = changes(conn, f)
    events = agenda.events_for(conn, f)
    out.trend = agenda.add_event_markers(
        figures.weekly_trend(
            data.weekly_trend(conn, f),
            lang,
            start=None if f.period == "all" else f.start,
            end=f.end,
        ),
        events,
        lang,
    )
    out.top_campaigns = ranking_bar(
        data.top_campaigns(conn, f),
        "campaign",
        "reach",
        lang,
        value_label=i18n.t("dash.chart.reach", lang),
    )
    out.top_topics = figures.topics_chart(data.top_topics(conn, f, lang=lang), lang)
    return out
