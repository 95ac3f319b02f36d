"""Plotly figures for the dashboards and the FGD slides: DataFrame in, go.Figure out.

One look everywhere: the Okabe-Ito colour-blind-safe palette, large fonts that read on a
projector, Indonesian separators (1.234.567; 12,5%) in ticks and hovers via `separators=",."`,
and Indonesian month names on date axes (explicit tick labels, since Plotly's own date locale
would need a script from the internet). No streamlit here: the exports reuse these functions.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
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


def _date_ticks(fig: go.Figure, dates: Sequence[object], lang: str, max_ticks: int = 8) -> None:
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


def _week_hover(dates: pd.Series, lang: str) -> list[str]:
    return [i18n.t("dash.chart.week_of", lang, date=i18n.fmt_date(d, lang)) for d in dates]


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
    from gema.chartspec import partial_style  # one setting for partial periods everywhere

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
        for h, p in zip(_week_hover(df["week"], lang), partial, strict=True)
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
    _date_ticks(fig, df["week"], lang)
    _si_ticks(fig, df["feedback"], "yaxis2", lang, compact=False)
    return _si_ticks(fig, df["reach"], "yaxis", lang)


def _si_ticks(
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


def _esc(value: object) -> str:
    """User text (campaign, topic, channel, platform names come from uploads) as plain text in a
    label or hover: Plotly renders HTML there, so '<a href=…>' must not become a link."""
    return html.escape(str(value), quote=False)


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
    df, partial = _partial_rows(df, x, start, end)
    if df.empty:
        return empty_figure(lang, title)
    view = view if view in SERIES_VIEWS else "count"
    fig = go.Figure()
    names = _series_order(df, series, y, lang)
    colours = colours_for([n for n in names if n not in _grey_series(lang)])
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
        colour = OTHER_COLOUR if name in _grey_series(lang) else colours[name]
        if view == "share":  # the share on the axis, the week's figure in the hover
            ys = part["share"]
            value = share_label + ": %{y:.1%}<br>" + label + ": %{text}"
        else:  # on a log axis a week with 0 has no point (log 0 is undefined)
            ys = part[y].where(part[y] > 0) if view == "log" else part[y]
            value = label + ": %{y:,.0f}"
        fig.add_scatter(
            x=part[x],
            y=ys,
            name=_esc(_legend_name(name)),
            mode="lines+markers",
            line={"color": colour, "width": 3},
            marker={"size": 7},
            customdata=_week_hover(part[x], lang),
            text=[i18n.fmt_int(v) for v in part[y]] if view == "share" else None,
            hovertemplate="<b>"
            + _esc(name).replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + value
            + "<extra></extra>",
        )
    base_layout(fig, title, height=480)
    _compact_legend(fig)
    _date_ticks(fig, df[x], lang)
    _mark_partial(fig, partial, lang)
    if view == "share":
        fig.update_yaxes(
            title={"text": share_label}, tickformat=".0%", range=[0, 1.02], rangemode="normal"
        )
        return fig
    fig.update_yaxes(title={"text": label})
    if view == "log":
        fig.update_yaxes(type="log", rangemode="normal", tickformat="~s")
        return _log_ticks(fig, full[y], lang)
    return _si_ticks(fig, df.groupby([x, series])[y].sum(), "yaxis", lang)


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


def _series_order(df: pd.DataFrame, series: str, y: str, lang: str) -> list[object]:
    """Largest series first; 'Lainnya' / 'Tanpa kampanye' / 'Belum bertopik' always last."""
    ranked = list(df.groupby(series, sort=False)[y].sum().sort_values(ascending=False).index)
    grey = _grey_series(lang)
    return [n for n in ranked if n not in grey] + [n for n in ranked if n in grey]


def _grey_series(lang: str) -> set[str]:
    return {
        i18n.t("dash.other", lang),
        i18n.t("dash.no_campaign", lang),
        i18n.t("dash.no_topic", lang),
    }


def _group_small_series(
    df: pd.DataFrame, x: str, y: str, series: str, keep: int, lang: str
) -> pd.DataFrame:
    totals = df.groupby(series)[y].sum().sort_values(ascending=False)
    if len(totals) <= keep:
        return df
    other = i18n.t("dash.other", lang)
    kept = set(totals.index[: keep - 1])
    out = df.copy()
    out[series] = [s if s in kept else other for s in out[series]]
    return out.groupby([x, series], as_index=False, sort=False)[y].sum()


def stacked_bars_by_series(
    df: pd.DataFrame,
    y: str,
    lang: str = i18n.DEFAULT_LANG,
    y_label: str | None = None,
    title: str | None = None,
    x: str = "week",
    series: str = "series",
    max_series: int = 7,
    start: date | None = None,
    end: date | None = None,
) -> go.Figure:
    """Stacked bars per week by series (e.g. feedback per channel per week). Beyond
    `max_series` (the palette's distinct colours) the smallest series become one grey 'Lainnya'."""
    df, partial = _partial_rows(df, x, start, end)
    if df.empty:
        return empty_figure(lang, title)
    df = _group_small_series(df, x, y, series, max_series, lang)
    fig = go.Figure()
    names = _series_order(df, series, y, lang)
    grey = _grey_series(lang)
    colours = colours_for([n for n in names if n not in grey])
    label = y_label or y
    for name in names:
        part = df[df[series] == name].sort_values(x)
        fig.add_bar(
            x=part[x],
            y=part[y],
            name=_esc(name),
            marker_color=OTHER_COLOUR if name in grey else colours[name],
            customdata=_week_hover(part[x], lang),
            hovertemplate="<b>"
            + _esc(name).replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + label
            + ": %{y:,.0f}<extra></extra>",
        )
    base_layout(fig, title)
    fig.update_layout(barmode="stack", bargap=0.2)
    fig.update_yaxes(title={"text": label}, tickformat=",d")
    _date_ticks(fig, df[x], lang)
    _mark_partial(fig, partial, lang)
    return fig


# --- partial weeks (issue 12): one setting, gema.chartspec.partial_style() -------------------------
def partial_week_set(weeks: Sequence[object], start: date | None, end: date | None) -> set:
    """The weeks (Mondays, as Timestamps) only partly inside [start, end]."""
    out = set()
    for w in pd.to_datetime(pd.Series(list(weeks))).dropna().unique():
        d = pd.Timestamp(w).date()
        if (start is not None and d < start) or (end is not None and d + timedelta(days=6) > end):
            out.add(pd.Timestamp(w))
    return out


def _partial_rows(
    df: pd.DataFrame, x: str, start: date | None, end: date | None
) -> tuple[pd.DataFrame, set]:
    """(frame to draw, partial weeks to mark): with the 'omit' setting the partial weeks' rows
    are dropped and nothing is marked; with 'pale' every row stays and the weeks are marked."""
    from gema.chartspec import partial_style

    if df.empty or (start is None and end is None):
        return df, set()
    partial = partial_week_set(df[x], start, end)
    if not partial:
        return df, set()
    if partial_style() == "omit":
        return df[~pd.to_datetime(df[x]).isin(partial)], set()
    return df, partial


def _mark_partial(fig: go.Figure, partial: set, lang: str) -> None:
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
    fig = go.Figure(
        go.Bar(
            x=data[value],
            y=[_wrap(html.escape(str(v), quote=False)) for v in data[label]],
            orientation="h",
            marker_color=colour,
            text=[fmt(v) for v in data[value]],
            textposition="auto",
            insidetextanchor="end",
            cliponaxis=False,
            customdata=[html.escape(str(v), quote=False) for v in data[label]],
            hovertemplate="<b>%{customdata}</b><br>" + vlabel + ": %{x:,.0f}<extra></extra>",
        )
    )
    base_layout(fig, title, height=max(240, 60 + 44 * len(data)))
    fig.update_xaxes(title={"text": vlabel}, showticklabels=False, showgrid=False)
    fig.update_layout(showlegend=False)
    return fig


def _wrap(text: str, width: int = 28) -> str:
    """Long category labels on two lines (Plotly does not wrap tick labels itself)."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    cut = cut if cut > 0 else width
    rest = text[cut:].strip()
    if len(rest) > width:
        rest = rest[: width - 1] + "…"
    return text[:cut] + "<br>" + rest


def _stack_words(text: str, width: int = 10) -> str:
    """Narrow column labels: words on separate lines ('Kota<br>Tangerang<br>Selatan')."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


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
    labels = [_wrap(_esc(v)) for v in data["topic"]]
    rest = data["feedback"] - data["negatif"]
    fig = go.Figure()
    fig.add_bar(
        x=data["negatif"],
        y=labels,
        orientation="h",
        name=neg_name,
        marker_color=SENTIMENT_COLOURS["negatif"],
        customdata=[_esc(v) for v in data["topic"]],
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
        customdata=[_esc(v) for v in data["topic"]],
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


def sentiment_chart(
    df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG, title: str | None = None
) -> go.Figure:
    """Sentiment split as 100% stacked horizontal bars: all channels first, then per channel.
    Expects columns channel, sentiment (NULL = not labelled), feedback."""
    if df.empty or df["feedback"].sum() == 0:
        return empty_figure(lang, title)
    data = df.copy()
    data["sentiment"] = data["sentiment"].astype("object").where(data["sentiment"].notna(), None)
    all_label = i18n.t("dash.chart.all_channels", lang)
    total = data.groupby("sentiment", dropna=False)["feedback"].sum().reset_index()
    total["channel"] = all_label
    data = pd.concat([total, data[["channel", "sentiment", "feedback"]]], ignore_index=True)
    channel_totals = data.groupby("channel")["feedback"].sum()
    order = [all_label] + [
        c for c in channel_totals.sort_values(ascending=False).index if c != all_label
    ]
    fig = go.Figure()
    for sent in ("positif", "netral", "negatif", None):
        part = data[data["sentiment"].isna()] if sent is None else data[data["sentiment"] == sent]
        part = part.groupby("channel")["feedback"].sum().reindex(order[::-1]).fillna(0)
        share = part / channel_totals.reindex(part.index)
        if part.sum() == 0:
            continue
        name = i18n.t(f"dash.sent.{sent or 'none'}", lang)
        fig.add_bar(
            x=share.values,
            y=[f"<b>{c}</b>" if c == all_label else _esc(c) for c in part.index],
            orientation="h",
            name=name,
            marker_color=SENTIMENT_COLOURS[sent],
            text=[i18n.fmt_pct(s, 0) if s >= 0.06 else "" for s in share.values],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            customdata=[
                [i18n.fmt_int(v), i18n.fmt_pct(s, 1)]
                for v, s in zip(part.values, share.values, strict=True)
            ],
            hovertemplate="%{y}<br>"
            + name
            + ": %{customdata[1]} (%{customdata[0]})<extra></extra>",
        )
    base_layout(fig, title, height=max(260, 100 + 40 * len(order)))
    fig.update_layout(barmode="stack", uniformtext={"minsize": 12, "mode": "hide"})
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    return fig


def heatmap(
    df: pd.DataFrame,
    lang: str = i18n.DEFAULT_LANG,
    title: str | None = None,
    x: str = "kabkota_name",
    y: str = "topic",
    z: str = "feedback",
    max_rows: int = 12,
    last_column: str | None = None,
) -> go.Figure:
    """Counts in a grid with the numbers written in the cells: by default topics as rows (long
    names read well there, largest on top) and kab/kota as columns."""
    if df.empty:
        return empty_figure(lang, title)
    rows = df.groupby(y)[z].sum().sort_values(ascending=False).index[:max_rows]
    cols = list(df.groupby(x)[z].sum().sort_values(ascending=False).index)
    if last_column is not None and last_column in cols:  # e.g. 'unknown place' goes last
        cols = [c for c in cols if c != last_column] + [last_column]
    pivot = df[df[y].isin(rows)].pivot_table(index=y, columns=x, values=z, aggfunc="sum")
    pivot = pivot.reindex(index=list(rows)[::-1], columns=list(cols)).fillna(0)
    text = [[i18n.fmt_int(v) if v else "" for v in row] for row in pivot.values]
    z_label = i18n.t("dash.chart.feedback", lang)
    fig = go.Figure(
        go.Heatmap(
            z=pivot.values,
            x=[_stack_words(_esc(c)) for c in pivot.columns],
            y=[_wrap(_esc(i), 20) for i in pivot.index],
            colorscale=SEQUENTIAL,
            text=text,
            texttemplate="%{text}",
            textfont={"size": 14},
            customdata=[[[_esc(r), _esc(c)] for c in pivot.columns] for r in pivot.index],
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[0]}<br>"
            + z_label
            + ": %{z:,.0f}<extra></extra>",
            showscale=False,  # the numbers are in the cells; the room goes to the columns
            xgap=2,
            ygap=2,
        )
    )
    base_layout(fig, title, height=max(320, 150 + 40 * len(pivot.index)))
    fig.update_xaxes(side="top", tickangle=0, showgrid=False, tickfont={"size": 13})
    fig.update_yaxes(showgrid=False)
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
            name=_esc(row.platform),
            marker_color=colours[row.platform],
            text=[i18n.fmt_pct(s, 0) if s >= 0.07 else "" for s in shares[::-1]],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            customdata=[i18n.fmt_int(getattr(row, m)) for m, _ in measures[::-1]],
            hovertemplate="<b>"
            + _esc(row.platform).replace("%", "%%")
            + "</b><br>%{y}: %{x:.1%} (%{customdata})<extra></extra>",
        )
    base_layout(fig, title, height=300)
    fig.update_layout(barmode="stack", uniformtext={"minsize": 12, "mode": "hide"})
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    return fig
