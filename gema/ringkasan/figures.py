"""Ringkasan's figures: the weekly trend (reach bars, feedback line) and the top topics. The
FGD slides draw the same two figures (gema.presentasi.deck)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n
from gema.core.figures import (
    PALETTE,
    SENTIMENT_COLOURS,
    base_layout,
    date_ticks,
    empty_figure,
    esc,
    partial_style,
    si_ticks,
    week_hover,
    wrap,
)

PARTIAL_COLOUR = "#9CC3E0"  # a week only partly inside the period: lighter, not to mislead
WEEK_BAR_MS = 7 * 24 * 3600 * 1000 * 0.75  # bar width on a date axis, in milliseconds


def weekly_trend(
    df: pd.DataFrame,
    lang: str = i18n.DEFAULT_LANG,
    title: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> go.Figure:
    """Reach per week (bars, left axis) and feedback per week (line, right axis).
    Expects columns week (Monday), reach, feedback. With the period's `start`/`end` (inclusive),
    weeks only partly inside the period get a lighter bar and say so in the hover, so a short
    last week is not read as a fall."""
    if df.empty:
        return empty_figure(lang, title)
    weeks = pd.to_datetime(df["week"])
    partial = [
        (start is not None and w.date() < start)
        or (end is not None and w.date() + timedelta(days=6) > end)
        for w in weeks
    ]
    if partial_style() == "omit" and any(partial):  # left out; the page's caption says so
        df = df[[not p for p in partial]]
        weeks = pd.to_datetime(df["week"])
        partial = [False] * len(df)
        if df.empty:
            return empty_figure(lang, title)
    note = i18n.t("dash.chart.partial_week", lang)
    hover = [
        h + (f"<br><i>{note}</i>" if p else "")
        for h, p in zip(week_hover(df["week"], lang), partial, strict=True)
    ]
    reach_name = i18n.t("dash.chart.reach", lang)
    fb_name = i18n.t("dash.chart.feedback", lang)
    fig = go.Figure()
    mask = pd.Series(partial, index=df.index)
    hover_s = pd.Series(hover, index=df.index)
    for is_partial, name, colour in (
        (False, reach_name, PALETTE[0]),
        (True, i18n.t("dash.chart.partial_short", lang), PARTIAL_COLOUR),
    ):
        rows = mask == is_partial
        if rows.any():
            fig.add_bar(
                x=df.loc[rows, "week"],
                y=df.loc[rows, "reach"],
                name=name,
                marker_color=colour,
                legendgroup="reach",  # one legend entry toggles both kinds of week
                showlegend=True,  # the pale bars are named in the legend (issue 12)
                width=WEEK_BAR_MS,  # explicit: a trace of two far-apart weeks gets no fat bars
                customdata=hover_s[rows],
                hovertemplate="%{customdata}<br>" + reach_name + ": %{y:,.0f}<extra></extra>",
            )
    fig.add_scatter(
        x=df["week"],
        y=df["feedback"],
        name=fb_name,
        mode="lines+markers",
        line={"color": PALETTE[5], "width": 3},
        marker={"size": 8},
        yaxis="y2",
        customdata=hover,
        hovertemplate="%{customdata}<br>" + fb_name + ": %{y:,.0f}<extra></extra>",
    )
    base_layout(fig, title)
    fig.update_layout(
        yaxis={"title": {"text": reach_name}, "tickformat": "~s"},
        yaxis2={
            "title": {"text": fb_name},
            "overlaying": "y",
            "side": "right",
            "rangemode": "tozero",
            "showgrid": False,
            "tickformat": ",d",
            "automargin": True,
        },
        bargap=0.25,
        barmode="overlay",  # full and partial weeks are two traces on distinct weeks
        # short names, a smaller font and the narrowest symbols: one row on a 390 px phone
        legend={"font": {"size": 14}, "itemwidth": 30},
        xaxis={"range": [weeks.min() - pd.Timedelta(days=4), weeks.max() + pd.Timedelta(days=4)]},
    )
    date_ticks(fig, df["week"], lang)
    si_ticks(fig, df["feedback"], "yaxis2", lang, compact=False)
    return si_ticks(fig, df["reach"], "yaxis", lang)


def topics_chart(
    df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG, title: str | None = None
) -> go.Figure:
    """Top topics as horizontal stacked bars: negative feedback and the rest.
    Expects columns topic, feedback, negatif."""
    if df.empty:
        return empty_figure(lang, title)
    data = df.sort_values("feedback", ascending=True)
    neg_name = i18n.t("dash.chart.negative", lang)
    rest_name = i18n.t("dash.chart.not_negative", lang)
    labels = [wrap(esc(v)) for v in data["topic"]]
    rest = data["feedback"] - data["negatif"]
    fig = go.Figure()
    fig.add_bar(
        x=data["negatif"],
        y=labels,
        orientation="h",
        name=neg_name,
        marker_color=SENTIMENT_COLOURS["negatif"],
        customdata=[esc(v) for v in data["topic"]],
        hovertemplate="<b>%{customdata}</b><br>" + neg_name + ": %{x:,.0f}<extra></extra>",
    )
    fig.add_bar(
        x=rest,
        y=labels,
        orientation="h",
        name=rest_name,
        marker_color="#9ECAE1",
        text=[i18n.fmt_int(v) for v in data["feedback"]],
        textposition="outside",
        cliponaxis=False,
        customdata=[esc(v) for v in data["topic"]],
        hovertemplate="<b>%{customdata}</b><br>" + rest_name + ": %{x:,.0f}<extra></extra>",
    )
    base_layout(fig, title, height=max(260, 80 + 44 * len(data)))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(
        title={"text": i18n.t("dash.chart.feedback", lang)},
        tickformat=",d",
        range=[0, float(data["feedback"].max()) * 1.18],  # room for the total outside the bar
    )
    return fig
