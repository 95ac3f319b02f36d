"""Aspirasi's figures: feedback per week by channel or topic, the sentiment split, the star
ratings per week and the kab/kota × topic grid, built to stay readable on a phone.

The grid: with the 8 kab/kota plus "unknown" as columns a 390 px screen gets nine 28 px columns
with stacked names and unreadable counts. Here the kab/kota are rows (their names fit on one or
two lines) and only the most frequent topics are columns, under short names; the full grid stays
in the table below the chart.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n
from gema.core.figures import (
    OTHER_COLOUR,
    SENTIMENT_COLOURS,
    SEQUENTIAL,
    base_layout,
    colours_for,
    date_ticks,
    empty_figure,
    esc,
    grey_series,
    mark_partial,
    partial_rows,
    series_order,
    week_hover,
    week_label,
)

TOP_TOPICS = 6  # columns a phone can hold with a 3-digit count in each cell
ROW_HEIGHT = 46  # px per kab/kota row: two-line names and a 15 px count fit


def short_topic(name: str, width: int = 14) -> str:
    """'Kependudukan (KTP/KK/Akta)' → 'Kependudukan', 'Jalan & Infrastruktur' → 'Jalan': the
    part before an '&', '/' or '(' when the whole label is longer than `width`, then its first
    words while they fit (the full name is in the hover text)."""
    text = str(name).strip()
    if len(text) <= width:
        return text
    head = re.split(r"\s*(?:&|/|\(|,)\s*", text, maxsplit=1)[0].strip() or text
    if len(head) <= width:
        return head
    words: list[str] = []  # 'Pelayanan Publik' → 'Pelayanan': whole words, never cut mid-word
    for word in head.split():
        if words and len(" ".join([*words, word])) > width:
            break
        words.append(word)
    return " ".join(words)


def _two_lines(text: str, width: int = 15) -> str:
    """A row label on at most two lines ('Kota Tangerang<br>Selatan')."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width + 1)
    cut = cut if cut > 0 else width
    return text[:cut].rstrip() + "<br>" + text[cut:].strip()


def kabkota_topic_heatmap(
    df: pd.DataFrame,
    lang: str = i18n.DEFAULT_LANG,
    last_row: str | None = None,
    top_n: int = TOP_TOPICS,
) -> go.Figure:
    """Counts per kab/kota (rows, largest on top, `last_row` e.g. 'unknown place' at the bottom)
    and the `top_n` topics (columns, most frequent first), numbers written in the cells."""
    if df.empty:
        return empty_figure(lang)
    topics = list(df.groupby("topic")["feedback"].sum().sort_values(ascending=False).index)
    topics = topics[:top_n]
    rows = list(df.groupby("kabkota_name")["feedback"].sum().sort_values(ascending=False).index)
    if last_row is not None and last_row in rows:
        rows = [r for r in rows if r != last_row] + [last_row]
    pivot = df[df["topic"].isin(topics)].pivot_table(
        index="kabkota_name", columns="topic", values="feedback", aggfunc="sum"
    )
    pivot = pivot.reindex(index=rows[::-1], columns=topics).fillna(0)
    text = [[i18n.fmt_int(v) if v else "" for v in row] for row in pivot.values]
    z_label = i18n.t("dash.chart.feedback", lang)
    fig = go.Figure(
        go.Heatmap(
            z=pivot.values,
            x=[esc(short_topic(str(c))) for c in pivot.columns],
            y=[_two_lines(str(r)) for r in pivot.index],
            colorscale=SEQUENTIAL,
            text=text,
            texttemplate="%{text}",
            textfont={"size": 15},
            customdata=[[[esc(r), esc(c)] for c in pivot.columns] for r in pivot.index],
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
            + z_label
            + ": %{z:,.0f}<extra></extra>",
            showscale=False,  # the numbers are in the cells
            xgap=2,
            ygap=2,
        )
    )
    base_layout(fig, height=140 + ROW_HEIGHT * len(pivot.index))
    # slanted labels under the grid: six short names fit a phone without overlapping, and
    # the chart's toolbar (top right) never covers them
    fig.update_xaxes(side="bottom", tickangle=-40, showgrid=False, tickfont={"size": 13})
    fig.update_yaxes(showgrid=False, tickfont={"size": 13})
    return fig


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
    df, partial = partial_rows(df, x, start, end)
    if df.empty:
        return empty_figure(lang, title)
    df = _group_small_series(df, x, y, series, max_series, lang)
    fig = go.Figure()
    names = series_order(df, series, y, lang)
    grey = grey_series(lang)
    colours = colours_for([n for n in names if n not in grey])
    label = y_label or y
    for name in names:
        part = df[df[series] == name].sort_values(x)
        fig.add_bar(
            x=part[x],
            y=part[y],
            name=esc(name),
            marker_color=OTHER_COLOUR if name in grey else colours[name],
            customdata=week_hover(part[x], lang),
            hovertemplate="<b>"
            + esc(name).replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + label
            + ": %{y:,.0f}<extra></extra>",
        )
    base_layout(fig, title)
    fig.update_layout(barmode="stack", bargap=0.2)
    fig.update_yaxes(title={"text": label}, tickformat=",d")
    date_ticks(fig, df[x], lang)
    mark_partial(fig, partial, lang)
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
            y=[f"<b>{c}</b>" if c == all_label else esc(c) for c in part.index],
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


def rating_week_figure(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> go.Figure:
    """Average rating per week, one line per channel, on a fixed 1..5 axis."""
    if df.empty:
        return empty_figure(lang)
    fig = go.Figure()
    names = list(dict.fromkeys(df["channel"].astype(str)))
    colours = colours_for(names)
    label = i18n.t("fb.r.col.rating", lang)
    for name in names:
        part = df[df["channel"].astype(str) == name].sort_values("week")
        fig.add_scatter(
            x=part["week"],
            y=part["rating"],
            name=name,
            mode="lines+markers",
            line={"color": colours[name], "width": 3},
            customdata=[
                f"{week_label(w, lang, with_year=True)} · "
                f"{i18n.t('fb.r.rated', lang, n=i18n.fmt_int(n))}"
                for w, n in zip(part["week"], part["rated"], strict=True)
            ],
            text=[i18n.fmt_num(v, 1) for v in part["rating"]],
            hovertemplate="<b>"
            + name.replace("<", "&lt;").replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + label
            + ": %{text}<extra></extra>",
        )
    base_layout(fig, None, height=340)
    date_ticks(fig, df["week"], lang, max_ticks=6)  # '4 Okt', not 'Oct 4
    fig.update_yaxes(title={"text": label}, range=[0.8, 5.2], rangemode="normal", dtick=1)
    return fig
