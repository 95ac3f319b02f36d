"""Kepuasan figures: IKM tables (gema.kepuasan.data) → Plotly figures. Labels are escaped
because plotly renders a subset of HTML."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from gema.core import figures as charts
from gema.core import i18n
from gema.kepuasan import ikm
from gema.kepuasan.mutu import (
    MUTU_COLOURS,
    MUTU_TEXT_COLOURS,
    NORMAL_COLOUR,
    WEAKEST_COLOUR,
    mutu_badge_text,
)


def _safe(text: object) -> str:
    return html.escape(str(text), quote=False)


def _wrapped(text: object, width: int = 20) -> str:
    """An escaped axis label broken into lines of about `width` characters, so long unit and
    unsur names leave room for the bars on a phone."""
    import textwrap

    lines = textwrap.wrap(str(text), width=width) or [str(text)]
    return "<br>".join(_safe(line) for line in lines)


def ikm_bars(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG, limit: int = 25) -> go.Figure:
    """Horizontal bars of IKM per group, coloured by mutu, each labelled '82,64 · B'. The band
    edges are drawn as dotted lines so a bar's distance to the next band is visible."""
    if df.empty:
        return charts.empty_figure(lang)
    data = df.dropna(subset=["ikm"]).head(limit).iloc[::-1]
    if "short" not in data:
        data = data.assign(short=False)
    short_word = i18n.t("ikm.sample_short_word", lang)
    fig = go.Figure()
    for letter in ("A", "B", "C", "D"):
        for thin in (False, True):
            part = data[(data["mutu"] == letter) & (data["short"] == thin)]
            if part.empty:
                continue
            # a grade from too few respondents: pale, hatched, and says so in its label
            fig.add_bar(
                x=part["ikm"],
                y=[_wrapped(v) for v in part["label"]],
                orientation="h",
                name=mutu_badge_text(letter, lang) + (f" · {short_word}" if thin else ""),
                marker={
                    "color": MUTU_COLOURS[letter],
                    "opacity": 0.5 if thin else 1.0,
                    "pattern": {
                        "shape": "/" if thin else "",
                        "fillmode": "overlay",  # the mutu colour stays under the hatching
                        "fgcolor": "#222222",
                        "fgopacity": 0.6,
                        "size": 9,
                    },
                    "line": {"color": MUTU_COLOURS[letter], "width": 2 if thin else 0},
                },
                text=[
                    f"{ikm.fmt_ikm(v)} · {letter}" + (f" · ⚠ {short_word} (n={n})" if thin else "")
                    for v, n in zip(part["ikm"], part["respondents"], strict=True)
                ],
                textposition="inside",
                insidetextanchor="end",
                textfont={"color": "#000000" if thin else MUTU_TEXT_COLOURS[letter]},
                customdata=part["respondents"],
                hovertemplate="%{y}<br>IKM %{text}<br>"
                + i18n.t("ikm.col.respondents", lang)
                + " %{customdata:,d}<extra></extra>",
            )
    for edge, letter in ((65.0, "C"), (76.61, "B"), (88.31, "A")):
        fig.add_vline(
            x=edge,
            line_dash="dot",
            line_color="#666666",
            line_width=1,
            annotation_text=letter,
            annotation_position="top",
            annotation_font_color="#444444",
        )
    charts.base_layout(fig, height=max(260, 50 * len(data) + 160))
    fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0})
    fig.update_layout(barmode="overlay", yaxis={"categoryorder": "array", "categoryarray": [
        _wrapped(v) for v in data["label"]]})  # fmt: skip
    fig.update_xaxes(range=[min(25.0, float(data["ikm"].min()) - 5), 101], title="IKM")
    return fig


def unsur_bars(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> go.Figure:
    """NRR per unsur (1..4), the weakest in vermillion and named in its label."""
    if df.empty:
        return charts.empty_figure(lang)
    data = df.iloc[::-1]
    labels = [
        _wrapped(f"{u} {n}" if n else u)
        for u, n in zip(data["unsur"], data["unsur_name"], strict=True)
    ]
    weakest_word = i18n.t("ikm.weakest_short", lang)
    fig = go.Figure(
        go.Bar(
            x=data["nrr"],
            y=labels,
            orientation="h",
            marker_color=[WEAKEST_COLOUR if w else NORMAL_COLOUR for w in data["weakest"]],
            marker_pattern_shape=["/" if w else "" for w in data["weakest"]],
            text=[
                f"{ikm.fmt_nrr(v)}" + (f" · {weakest_word}" if w else "")
                for v, w in zip(data["nrr"], data["weakest"], strict=True)
            ],
            textposition="outside",
            hovertemplate="%{y}<br>NRR %{text}<extra></extra>",
        )
    )
    charts.base_layout(fig, height=max(300, 52 * len(data) + 100))
    fig.update_xaxes(range=[1, 4.6], title="NRR (1–4)")
    fig.update_layout(showlegend=False)
    return fig


def trend_chart(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> go.Figure:
    """IKM per semester or year, with the band edges as dotted lines and mutu in each label."""
    if df.empty:
        return charts.empty_figure(lang)
    data = df.dropna(subset=["ikm"])
    fig = go.Figure(
        go.Scatter(
            x=list(data["label"]),
            y=data["ikm"],
            mode="lines+markers+text",
            line={"color": NORMAL_COLOUR, "width": 3},
            marker={"size": 12, "color": [MUTU_COLOURS.get(m, "#999999") for m in data["mutu"]]},
            text=[
                f"{ikm.fmt_ikm(v)} · {m}" for v, m in zip(data["ikm"], data["mutu"], strict=True)
            ],
            textposition="top center",
            customdata=data["respondents"],
            hovertemplate="%{x}<br>IKM %{text}<br>"
            + i18n.t("ikm.col.respondents", lang)
            + " %{customdata:,d}<extra></extra>",
        )
    )
    for edge in (65.0, 76.61, 88.31):
        fig.add_hline(y=edge, line_dash="dot", line_color="#666666", line_width=1)
    charts.base_layout(fig, height=380)
    low = min(60.0, float(data["ikm"].min()) - 5) if not data.empty else 25
    fig.update_yaxes(range=[low, 102], title="IKM")
    fig.update_xaxes(type="category")
    fig.update_layout(showlegend=False)
    return fig
