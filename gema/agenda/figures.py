"""Agenda events drawn on time charts: a dotted line per event day and a star whose hover gives
the titles."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n
from gema.core.regions import KODE_NAMA

MARKER_COLOUR = "#7A3E9D"  # a colour no series of the dashboards uses
MARKER_AXIS = "y9"  # a hidden 0–1 axis so the markers sit at the top whatever the data's scale


def add_event_markers(
    fig: go.Figure, events: pd.DataFrame, lang: str = i18n.DEFAULT_LANG
) -> go.Figure:
    """Draw agenda events on a time chart: a dotted vertical line per event day and a marker at
    the top whose hover lists the titles (escaped: Plotly renders HTML in labels). Returns the
    figure; a chart without data or an empty agenda is left as it is."""
    if events is None or events.empty or not fig.data:
        return fig
    by_day: dict[pd.Timestamp, list[str]] = {}
    for r in events.sort_values("date").itertuples(index=False):
        place = KODE_NAMA.get(r.kabkota, "") if isinstance(r.kabkota, str) else ""
        kind = i18n.t(f"agenda.kind.{r.kind}", lang)
        line = f"{html.escape(str(r.title))} ({kind}{', ' + place if place else ''})"
        by_day.setdefault(pd.Timestamp(r.date), []).append(line)
    days = sorted(by_day)
    for d in days:
        fig.add_shape(
            type="line", xref="x", yref="paper", x0=d, x1=d, y0=0, y1=1,
            line={"color": MARKER_COLOUR, "width": 1, "dash": "dot"}, layer="below",
        )  # fmt: skip
    name = i18n.t("agenda.marker", lang)
    fig.add_scatter(
        x=days,
        y=[0.97] * len(days),
        yaxis=MARKER_AXIS,
        mode="markers",
        name=name,
        marker={
            "symbol": "star",
            "size": 14,
            "color": MARKER_COLOUR,
            "line": {"width": 1, "color": "white"},
        },
        customdata=[f"<b>{i18n.fmt_date(d, lang)}</b><br>" + "<br>".join(by_day[d]) for d in days],
        hovertemplate="%{customdata}<extra>" + name + "</extra>",
        meta="agenda",
    )
    fig.update_layout(
        {
            f"yaxis{MARKER_AXIS[1:]}": {
                "overlaying": "y",
                "range": [0, 1],
                "visible": False,
                "fixedrange": True,
            }
        }
    )
    return fig


def marker_count(fig: go.Figure) -> int:
    """How many event days a figure marks (tests, exports)."""
    return sum(len(t.x) for t in fig.data if getattr(t, "meta", None) == "agenda")
