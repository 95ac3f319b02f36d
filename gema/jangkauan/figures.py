"""Jangkauan's figures: reach or engagements over time per campaign or platform (with a share
and a log view for viral weeks), the platform mix and the daily account trend."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n
from gema.core.figures import (
    OTHER_COLOUR,
    base_layout,
    colours_for,
    date_ticks,
    empty_figure,
    esc,
    grey_series,
    mark_partial,
    partial_rows,
    series_order,
    si_ticks,
    week_hover,
)

SERIES_VIEWS = ("count", "share", "log")  # lines_by_series: numbers, % of the week, log axis
FLATTENED_RATIO = 5.0  # one peak this many times the typical series peak flattens the others
LEGEND_NAME_CHARS = 24  # longer series names are shortened in the legend (full in the hover)


def suggested_view(df: pd.DataFrame, y: str, x: str = "week", series: str = "series") -> str:
    """'share' when one week of one series (a viral post) is so far above the typical series
    peak that the other lines would sit at zero on a linear axis; else 'count'. The grey
    'Lainnya' line counts too: many campaigns summed flatten the others just the same."""
    if df.empty:
        return "count"
    weekly = df.groupby([x, series])[y].sum()
    peaks = weekly.groupby(level=series).max()
    peaks = peaks[peaks > 0]
    if len(peaks) < 2:
        return "count"
    typical = float(peaks.median())
    return "share" if typical > 0 and float(peaks.max()) > FLATTENED_RATIO * typical else "count"


def _legend_name(name: object, chars: int = LEGEND_NAME_CHARS) -> str:
    text = str(name)
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _compact_legend(fig: go.Figure) -> None:
    """A horizontal legend above the plot with a smaller font and short names: on a phone it
    wraps into a few short rows instead of growing taller than the plot (or off the edge)."""
    fig.update_layout(legend={"font": {"size": 13}, "itemwidth": 30})


def lines_by_series(
    df: pd.DataFrame,
    y: str,
    lang: str = i18n.DEFAULT_LANG,
    y_label: str | None = None,
    title: str | None = None,
    x: str = "week",
    series: str = "series",
    view: str = "count",
    start: date | None = None,
    end: date | None = None,
) -> go.Figure:
    """One line per series over time (e.g. reach per campaign per week). `view`: 'count' (the
    figures), 'share' (each series' % of the week's total: readable when one viral week would
    flatten everything else) or 'log' (a logarithmic axis; weeks with 0 are left out)."""
    df, partial = partial_rows(df, x, start, end)
    if df.empty:
        return empty_figure(lang, title)
    view = view if view in SERIES_VIEWS else "count"
    fig = go.Figure()
    names = series_order(df, series, y, lang)
    colours = colours_for([n for n in names if n not in grey_series(lang)])
    label = y_label or y
    # a series without posts in a week has 0 that week, not a line drawn across the gap
    full = (
        df.groupby([x, series])[y]
        .sum()
        .unstack(series, fill_value=0)
        .stack()
        .rename(y)
        .reset_index()
    )
    totals = full.groupby(x)[y].transform("sum")
    full["share"] = (full[y] / totals.where(totals > 0)).fillna(0.0)
    share_label = i18n.t("dash.chart.share_of_week", lang)
    for name in names:
        part = full[full[series] == name].sort_values(x)
        colour = OTHER_COLOUR if name in grey_series(lang) else colours[name]
        if view == "share":  # the share on the axis, the week's figure in the hover
            ys = part["share"]
            value = share_label + ": %{y:.1%}<br>" + label + ": %{text}"
        else:  # on a log axis a week with 0 has no point (log 0 is undefined)
            ys = part[y].where(part[y] > 0) if view == "log" else part[y]
            value = label + ": %{y:,.0f}"
        fig.add_scatter(
            x=part[x],
            y=ys,
            name=esc(_legend_name(name)),
            mode="lines+markers",
            line={"color": colour, "width": 3},
            marker={"size": 7},
            customdata=week_hover(part[x], lang),
            text=[i18n.fmt_int(v) for v in part[y]] if view == "share" else None,
            hovertemplate="<b>"
            + esc(name).replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + value
            + "<extra></extra>",
        )
    base_layout(fig, title, height=480)
    _compact_legend(fig)
    date_ticks(fig, df[x], lang)
    mark_partial(fig, partial, lang)
    if view == "share":
        fig.update_yaxes(
            title={"text": share_label}, tickformat=".0%", range=[0, 1.02], rangemode="normal"
        )
        return fig
    fig.update_yaxes(title={"text": label})
    if view == "log":
        fig.update_yaxes(type="log", rangemode="normal", tickformat="~s")
        return _log_ticks(fig, full[y], lang)
    return si_ticks(fig, df.groupby([x, series])[y].sum(), "yaxis", lang)


def _log_ticks(fig: go.Figure, values: pd.Series, lang: str) -> go.Figure:
    """Powers of ten labelled '10 rb', '1 jt' on a log axis (d3 would print '10k', '1M')."""
    positive = pd.to_numeric(values, errors="coerce")
    positive = positive[positive > 0]
    if positive.empty:
        return fig
    low = int(np.floor(np.log10(float(positive.min()))))
    high = int(np.ceil(np.log10(float(positive.max()))))
    vals = [10.0**e for e in range(low, high + 1)]
    fig.update_yaxes(
        tickmode="array",
        tickvals=vals,
        ticktext=[i18n.fmt_compact(v, lang).replace(",0 ", " ") for v in vals],  # '1 jt'
    )
    return fig


def mix_chart(
    df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG, title: str | None = None
) -> go.Figure:
    """Platform mix: one 100% bar each for posts, reach and engagements, split by platform.
    Expects columns platform, posts, reach, engagements."""
    if df.empty:
        return empty_figure(lang, title)
    measures = [
        ("posts", i18n.t("dash.chart.posts", lang)),
        ("reach", i18n.t("dash.chart.reach", lang)),
        ("engagements", i18n.t("dash.chart.engagements", lang)),
    ]
    totals = {m: float(df[m].fillna(0).sum()) for m, _ in measures}
    colours = colours_for(list(df["platform"]))
    fig = go.Figure()
    for row in df.itertuples(index=False):
        shares = [
            float(getattr(row, m) or 0) / totals[m] if totals[m] else 0.0 for m, _ in measures
        ]
        fig.add_bar(
            y=[label for _, label in measures][::-1],
            x=shares[::-1],
            orientation="h",
            name=esc(row.platform),
            marker_color=colours[row.platform],
            text=[i18n.fmt_pct(s, 0) if s >= 0.07 else "" for s in shares[::-1]],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            customdata=[i18n.fmt_int(getattr(row, m)) for m, _ in measures[::-1]],
            hovertemplate="<b>"
            + esc(row.platform).replace("%", "%%")
            + "</b><br>%{y}: %{x:.1%} (%{customdata})<extra></extra>",
        )
    base_layout(fig, title, height=300)
    fig.update_layout(barmode="stack", uniformtext={"minsize": 12, "mode": "hide"})
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    return fig


def account_trend_figure(
    df: pd.DataFrame, measure: str, lang: str = i18n.DEFAULT_LANG
) -> go.Figure:
    """One line per platform of one measure per day; days without the measure are gaps."""
    label = i18n.t(f"ad.j.{measure}", lang)
    part = df.dropna(subset=[measure]) if not df.empty else df
    if part.empty:
        return empty_figure(lang, label)
    fig = go.Figure()
    platforms = list(dict.fromkeys(part["platform"].astype(str)))
    colours = colours_for(platforms)
    for name in platforms:
        rows = part[part["platform"].astype(str) == name].sort_values("date")
        days = pd.date_range(rows["date"].min(), rows["date"].max(), freq="D")
        full = rows.set_index(pd.to_datetime(rows["date"]))[measure].reindex(days)
        fig.add_scatter(
            x=full.index,
            y=full.to_numpy(dtype=float, na_value=float("nan")),
            name=name,
            mode="lines+markers",
            connectgaps=False,
            line={"color": colours[name], "width": 3},
            marker={"size": 6},
            customdata=[i18n.fmt_date(d.date(), lang) for d in full.index],
            text=["—" if pd.isna(v) else i18n.fmt_int(v) for v in full],
            hovertemplate="<b>"
            + name.replace("<", "&lt;").replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + label
            + ": %{text}<extra></extra>",
        )
    base_layout(fig, label, height=360)
    # Indonesian day ticks ('12 Apr'), never clock times; grouped figures (2.000)
    date_ticks(fig, part["date"], lang, max_ticks=6)
    fig.update_yaxes(
        title={"text": label},
        tickformat=",d",
        rangemode="normal" if measure != "views" else "tozero",
    )
    return fig
