"""The Aspirasi page's own figure: the kab/kota × topic grid, built to stay readable on a phone.

The dashboards' generic heatmap (gema.charts.heatmap) puts the 8 kab/kota plus "unknown" as
columns: on a 390 px screen that is nine 28 px columns with stacked names and unreadable counts.
Here the kab/kota are rows (their names fit on one or two lines) and only the most frequent
topics are columns, under short names; the full grid stays in the table below the chart.
"""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from gema import charts
from gema.core import i18n

TOP_TOPICS = 6  # columns a phone can hold with a 3-digit count in each cell
ROW_HEIGHT = 46  # px per kab/kota row: two-line names and a 15 px count fit


def short_topic(name: str, width: int = 14) -> str:
    """'Kependudukan (KTP/KK/Akta)' → 'Kependudukan', 'Jalan & Infrastruktur' → 'Jalan': the
    part before an '&', '/' or '(' when the whole label is longer than `width`."""
    text = str(name).strip()
    if len(text) <= width:
        return text
    head = re.split(r"\s*(?:&|/|\(|,)\s*", text, maxsplit=1)[0].strip()
    return head or text


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
        return charts.empty_figure(lang)
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
            x=[short_topic(str(c)) for c in pivot.columns],
            y=[_two_lines(str(r)) for r in pivot.index],
            colorscale=charts.SEQUENTIAL,
            text=text,
            texttemplate="%{text}",
            textfont={"size": 15},
            customdata=[[[str(r), str(c)] for c in pivot.columns] for r in pivot.index],
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
            + z_label
            + ": %{z:,.0f}<extra></extra>",
            showscale=False,  # the numbers are in the cells
            xgap=2,
            ygap=2,
        )
    )
    charts.base_layout(fig, height=140 + ROW_HEIGHT * len(pivot.index))
    # slanted labels under the grid: six short names fit a phone without overlapping, and
    # the chart's toolbar (top right) never covers them
    fig.update_xaxes(side="bottom", tickangle=-40, showgrid=False, tickfont={"size": 13})
    fig.update_yaxes(showgrid=False, tickfont={"size": 13})
    return fig
