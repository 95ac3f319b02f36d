"""The one look of every Plotly figure, and the figure helpers several features share.

The Okabe-Ito colour-blind-safe palette, large fonts that read on a projector, Indonesian
separators (1.234.567; 12,5%) in ticks and hovers via `separators=",."`, and Indonesian month
names on date axes (explicit tick labels, since Plotly's own date locale would need a script from
the internet). Also: partial weeks drawn one way everywhere, series ordering with the grey
'Lainnya' last, and the ranking bars. No streamlit here: the exports reuse these functions.
Feature figures live in `gema/<feature>/figures.py` and build on these.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n

# Series colours: Okabe & Ito (2008), the colour-blind-safe qualitative palette, with its
# vermillion swapped for Tol's wine, because vermillion means "Negatif" (issue 12: TikTok was
# drawn in the Negatif colour). No series colour equals a sentiment colour (tested); yellow last
# (weak on white).
PALETTE = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#882255",  # wine (Tol)
    "#000000",  # black
    "#F0E442",  # yellow
)
SERIES_PALETTE = PALETTE  # the one palette for series (chartspec, PPTX, PDF)
OTHER_COLOUR = "#9E9E9E"
# Sentiment keeps its meaning colours, none of them in PALETTE: indigo / grey / vermillion
# (distinct for red-green colour-blind readers and in grey scale).
SENTIMENT_COLOURS = {
    "positif": "#332288",
    "netral": "#B8B8B8",
    "negatif": "#D55E00",
    None: "#E6E6E6",
}
# Sequential blues for counts (readable in grey scale and for colour-blind viewers).
SEQUENTIAL = [
    [0.0, "#F2F7FB"],
    [0.25, "#C6DBEF"],
    [0.5, "#6BAED6"],
    [0.75, "#2171B5"],
    [1.0, "#08306B"],
]
FONT_SIZE = 16
# Streamlit bundles "Source Sans"; "Source Sans Pro" is not installed offline (it fell back to Arial).
FONT_FAMILY = '"Source Sans", sans-serif'

PARTIAL_STYLES = ("pale", "omit")


def partial_style() -> str:
    """The one setting for partial periods: 'pale' (default) or 'omit' (env
    `GEMA_PARTIAL_PERIODS`), read by the dashboards' figures and by gema.presentasi.chartspec alike."""
    value = os.environ.get("GEMA_PARTIAL_PERIODS", "pale").strip().lower()
    return value if value in PARTIAL_STYLES else "pale"


def base_layout(fig: go.Figure, title: str | None = None, height: int = 420) -> go.Figure:
    """The common look: big fonts, Indonesian separators, legend on top, room for labels."""
    fig.update_layout(
        title={"text": title, "font": {"size": 20}} if title else None,
        separators=",.",
        font={"size": FONT_SIZE, "family": FONT_FAMILY},
        hoverlabel={"font": {"size": FONT_SIZE}},
        height=height,
        margin={"l": 10, "r": 10, "t": 60 if title else 30, "b": 10},
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.02,
            "xanchor": "left",
            "x": 0,
            "title": {"text": ""},
            "traceorder": "normal",
        },
        colorway=list(PALETTE),
        plot_bgcolor="white",
    )
    fig.update_xaxes(automargin=True, gridcolor="#EEEEEE")
    fig.update_yaxes(automargin=True, gridcolor="#EEEEEE", rangemode="tozero")
    return fig


def empty_figure(lang: str = i18n.DEFAULT_LANG, title: str | None = None) -> go.Figure:
    """A figure with no traces that says so, for an empty frame."""
    fig = go.Figure()
    fig.add_annotation(
        text=i18n.t("common.no_data", lang),
        showarrow=False,
        font={"size": 18, "color": "#666666"},
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, title, height=220)


def colours_for(names: Sequence[object]) -> dict[object, str]:
    """Stable colours per series name; 'other'/'none' labels get grey when passed as such."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


def week_label(value: object, lang: str = i18n.DEFAULT_LANG, with_year: bool = False) -> str:
    """'1 Jul' or '1 Jul 2024': short Indonesian month names for ticks."""
    d = pd.Timestamp(value)
    text = f"{d.day} {i18n.BULAN_SINGKAT[d.month - 1]}" if lang != "en" else d.strftime("%-d %b")
    return f"{text} {d.year}" if with_year else text


def date_ticks(fig: go.Figure, dates: Sequence[object], lang: str, max_ticks: int = 8) -> None:
    """Explicit date ticks in Indonesian (at most `max_ticks`, evenly spaced)."""
    uniq = sorted(pd.to_datetime(pd.Series(list(dates))).dropna().unique())
    if not uniq:
        return
    step = max(1, -(-len(uniq) // max_ticks))
    ticks = uniq[::step]
    span_years = pd.Timestamp(uniq[0]).year != pd.Timestamp(uniq[-1]).year
    text = [
        week_label(t, lang, with_year=span_years and (i == 0 or pd.Timestamp(t).month == 1))
        for i, t in enumerate(ticks)
    ]
    fig.update_xaxes(tickmode="array", tickvals=list(ticks), ticktext=text)


def week_hover(dates: pd.Series, lang: str) -> list[str]:
    return [i18n.t("dash.chart.week_of", lang, date=i18n.fmt_date(d, lang)) for d in dates]


def si_ticks(
    fig: go.Figure, values: pd.Series, axis: str, lang: str, compact: bool = True
) -> go.Figure:
    """Round ticks labelled '1,2 jt' / '500 rb' (compact) or '1.250' instead of d3's '1.2M' or
    odd values such as 273 that Plotly picks to align a second axis."""
    top = float(pd.to_numeric(pd.Series(values), errors="coerce").max() or 0)
    if top <= 0:
        fig.layout[axis].tickformat = ",d"
        return fig
    raw = top / 4
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    vals = [step * i for i in range(0, 7) if step * i <= top * 1.05]
    fmt = (lambda v: i18n.fmt_compact(v, lang)) if compact else i18n.fmt_int
    fig.layout[axis].update(
        tickmode="array", tickvals=vals, ticktext=[fmt(v) for v in vals], range=[0, top * 1.08]
    )
    return fig


def esc(value: object) -> str:
    """User text (campaign, topic, channel, platform names come from uploads) as plain text in a
    label or hover: Plotly renders HTML there, so '<a href=…>' must not become a link."""
    return html.escape(str(value), quote=False)


def wrap(text: str, width: int = 28) -> str:
    """Long category labels on two lines (Plotly does not wrap tick labels itself)."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    cut = cut if cut > 0 else width
    rest = text[cut:].strip()
    if len(rest) > width:
        rest = rest[: width - 1] + "…"
    return text[:cut] + "<br>" + rest


def series_order(df: pd.DataFrame, series: str, y: str, lang: str) -> list[object]:
    """Largest series first; 'Lainnya' / 'Tanpa kampanye' / 'Belum bertopik' always last."""
    ranked = list(df.groupby(series, sort=False)[y].sum().sort_values(ascending=False).index)
    grey = grey_series(lang)
    return [n for n in ranked if n not in grey] + [n for n in ranked if n in grey]


def grey_series(lang: str) -> set[str]:
    return {
        i18n.t("dash.other", lang),
        i18n.t("dash.no_campaign", lang),
        i18n.t("dash.no_topic", lang),
    }


# --- partial weeks (issue 12): one setting, partial_style() ------------------------------------
def label_series(df: pd.DataFrame, lang: str, none_key: str) -> pd.DataFrame:
    """Name a query's grouped rows: kind 'other' → 'Lainnya', 'none' → the `none_key` text
    ('Tanpa kampanye', 'Belum bertopik'): the names `grey_series` draws in grey and last."""
    labels = {"other": i18n.t("dash.other", lang), "none": i18n.t(none_key, lang)}
    df["series"] = [
        s if k == "item" else labels[k] for s, k in zip(df["series"], df["kind"], strict=True)
    ]
    return df


def partial_week_set(weeks: Sequence[object], start: date | None, end: date | None) -> set:
    """The weeks (Mondays, as Timestamps) only partly inside [start, end]."""
    out = set()
    for w in pd.to_datetime(pd.Series(list(weeks))).dropna().unique():
        d = pd.Timestamp(w).date()
        if (start is not None and d < start) or (end is not None and d + timedelta(days=6) > end):
            out.add(pd.Timestamp(w))
    return out


def partial_rows(
    df: pd.DataFrame, x: str, start: date | None, end: date | None
) -> tuple[pd.DataFrame, set]:
    """(frame to draw, partial weeks to mark): with the 'omit' setting the partial weeks' rows
    are dropped and nothing is marked; with 'pale' every row stays and the weeks are marked."""
    if df.empty or (start is None and end is None):
        return df, set()
    partial = partial_week_set(df[x], start, end)
    if not partial:
        return df, set()
    if partial_style() == "omit":
        return df[~pd.to_datetime(df[x]).isin(partial)], set()
    return df, partial


def mark_partial(fig: go.Figure, partial: set, lang: str) -> None:
    """Pale bars / dotted line ends for the partial weeks, and one legend entry that says so."""
    if not partial:
        return
    for trace in list(fig.data):
        xs = pd.to_datetime(pd.Series(list(trace.x)))
        is_partial = [pd.Timestamp(v) in partial for v in xs]
        if not any(is_partial):
            continue
        if trace.type == "bar":
            trace.marker.opacity = [0.35 if p else 1.0 for p in is_partial]
        elif trace.type == "scatter":
            ys = list(trace.y)
            # the solid line stops at the last full week; a dotted piece leads to the partial one
            near = {i + d for i, p in enumerate(is_partial) if p for d in (-1, 0, 1)}
            dotted = [y if i in near else None for i, y in enumerate(ys)]
            trace.y = [None if p else y for y, p in zip(ys, is_partial, strict=True)]
            fig.add_scatter(
                x=list(trace.x),
                y=dotted,
                mode="lines+markers",
                line={"color": trace.line.color, "width": 2, "dash": "dot"},
                marker={"size": 7, "symbol": "circle-open"},
                showlegend=False,
                legendgroup=trace.legendgroup or trace.name,
                hoverinfo="skip",
                connectgaps=False,
            )
    name = i18n.t("dash.chart.partial_short", lang)
    if any(t.type == "bar" for t in fig.data):  # legend only: a pale square for pale bars
        fig.add_bar(
            x=[None], y=[None], name=name, marker={"color": OTHER_COLOUR, "opacity": 0.35},
            hoverinfo="skip",
        )  # fmt: skip
        return
    fig.add_scatter(  # legend only: a dotted line for the dotted ends
        x=[None],
        y=[None],
        mode="lines",
        name=name,
        line={"color": OTHER_COLOUR, "width": 2, "dash": "dot"},
        hoverinfo="skip",
    )


def ranking_bars(
    categories: Sequence[str],
    values: Sequence[float],
    texts: Sequence[str],
    *,
    marker: dict[str, Any],
    hovertemplate: str,
    height: int,
    customdata: Sequence[Any] | None = None,
    textposition: str = "auto",
    insidetextanchor: str | None = None,
    name: str | None = None,
    title: str | None = None,
) -> go.Figure:
    """The one ranking-bar drawing: horizontal bars with their value written on them, the common
    look and no legend. The dashboards (`ranking_bar`) and the slides (gema.presentasi.chartspec 'ranking')
    both draw through it and only choose order, texts, colours and the value axis."""
    fig = go.Figure(
        go.Bar(
            x=values,
            y=list(categories),
            orientation="h",
            name=name,
            marker=marker,
            text=list(texts),
            textposition=textposition,
            insidetextanchor=insidetextanchor,
            cliponaxis=False,
            customdata=customdata,
            hovertemplate=hovertemplate,
        )
    )
    base_layout(fig, title, height=height)
    fig.update_layout(showlegend=False)
    return fig


def ranking_bar(
    df: pd.DataFrame,
    label: str,
    value: str,
    lang: str = i18n.DEFAULT_LANG,
    value_label: str | None = None,
    title: str | None = None,
    colour: str = PALETTE[0],
    compact: bool = True,
) -> go.Figure:
    """Horizontal bars, largest on top, each labelled with its (Indonesian-formatted) value."""
    if df.empty:
        return empty_figure(lang, title)
    data = df.sort_values(value, ascending=True)
    fmt = (lambda v: i18n.fmt_compact(v, lang)) if compact else i18n.fmt_int
    vlabel = value_label or value
    fig = ranking_bars(
        [wrap(esc(v)) for v in data[label]],
        data[value],
        [fmt(v) for v in data[value]],
        marker={"color": colour},
        insidetextanchor="end",
        customdata=[esc(v) for v in data[label]],
        hovertemplate="<b>%{customdata}</b><br>" + vlabel + ": %{x:,.0f}<extra></extra>",
        height=max(240, 60 + 44 * len(data)),
        title=title,
    )
    fig.update_xaxes(title={"text": vlabel}, showticklabels=False, showgrid=False)
    return fig
