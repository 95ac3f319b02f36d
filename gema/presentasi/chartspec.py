"""One chart specification, three renderers: Plotly (screen), native PowerPoint (PPTX) and the PDF.

Why: the projector, the PPTX and the printed PDF must tell the same story. A chart was drawn
once as a Plotly figure and pasted into the files as a picture: the PPTX could not be edited and
a bar chart whose names sat in the margin lost them. Now a chart is *data*: a `ChartSpec`
(categories, series, value format, per-point flags and the caveats that must travel with it),
and each output draws it natively:

- `to_plotly(spec)` → `go.Figure` for the screen;
- `gema.presentasi.pptx_chart.add_to_pptx(slide, spec, box)` → python-pptx chart objects
  (editable in PowerPoint: the data sheet, category names, Indonesian data labels, theme colours
  Accent 1…6; sentiment keeps its own colours);
- `draw_pdf(pdf, spec, width)` → vector bars drawn with fpdf2, every category name and value as
  real text (a printed page reads without the screen; `pdftotext` finds the names).

Kinds (keep them few; plug new charts in by building a spec, not a renderer):
- "ranking": horizontal bars, one per category, largest on top (kab/kota, campaigns, IKM…);
- "weekly": a bar series per week (primary) and an optional line series (secondary axis);
  in the PPTX the line is a second native chart under the bars (python-pptx has no combo chart);
- "shares": 100 % stacked horizontal bars (sentiment per channel);
- "stacked": horizontal bars of counts in stacked parts, largest on top, the label after the
  whole bar (topics: the negative part and the rest).

Per-point flags: `partial` (a period only partly inside the filter) and `flagged` (a figure from
too small a sample). Partial periods are drawn ONE way everywhere, chosen by `PARTIAL_STYLE`
(env `GEMA_PARTIAL_PERIODS`): "pale" (lighter bars, named in the legend) or "omit" (left out,
with a caveat that says so). Flagged points are hatched/pale and their label ends in "⚠"; labels
stay short (a long one wraps onto the next bar in the PPTX): the whole sentence goes in
`caveats`, shown under the chart on the page, on the slide body, in the PDF and on the XLSX
sheet. Agenda events on a weekly chart go in `markers` (a star over their week on screen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd
import plotly.graph_objects as go

from gema.core import figures as charts
from gema.core import i18n
from gema.core.figures import partial_style

Kind = Literal["ranking", "weekly", "shares", "stacked"]
Fmt = Literal["int", "pct", "ikm", "num1"]

MARKER_COLOUR = "#7A3E9D"  # agenda stars, as gema.agenda.figures draws them
PALE_ALPHA = 0.4  # a partial or flagged point: this opacity (screen/PDF), brightness 0.6 (PPTX)


@dataclass
class Series:
    """One named series of values, one per category (None = no value)."""

    name: str
    values: list[float | None]
    colour: str | None = None  # '#RRGGBB' for a meaning (sentiment); None = palette/theme
    line: bool = False  # weekly: drawn as a line on the secondary axis
    fmt: Fmt = "int"


@dataclass
class ChartSpec:
    """A chart as data: what every renderer needs and nothing renderer-specific."""

    kind: Kind
    categories: list[str]
    series: list[Series]
    value_label: str = ""
    labels: list[str] | None = None  # ranking: point label text (e.g. '90,40 · A'); else fmt
    partial: list[bool] = field(default_factory=list)
    flagged: list[bool] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    partial_label: str = ""  # legend entry of partial points ('Pekan tak penuh')
    flagged_label: str = ""  # legend entry of flagged points ('Sampel kecil')
    colours: list[str] | None = None  # ranking: one colour per point (e.g. mutu); else palette
    x_max: float | None = None  # fixed value-axis maximum (IKM: 100)
    markers: list[tuple[str, str]] = field(default_factory=list)  # weekly: (category, text)
    markers_label: str = ""  # legend entry of the markers ('Agenda pimpinan')
    part_share: bool = False  # stacked: the first part's share of the bar written inside it

    def __post_init__(self) -> None:
        n = len(self.categories)
        self.partial = list(self.partial) or [False] * n
        self.flagged = list(self.flagged) or [False] * n
        for s in self.series:
            if len(s.values) != n:
                raise ValueError(f"series {s.name!r}: {len(s.values)} values for {n} categories")

    def shown(self) -> ChartSpec:
        """The spec as drawn: with PARTIAL_STYLE 'omit' the partial points are left out."""
        if partial_style() != "omit" or not any(self.partial):
            return self
        keep = [i for i, p in enumerate(self.partial) if not p]

        def pick(xs: Sequence[Any]) -> list[Any]:
            return [xs[i] for i in keep]

        return ChartSpec(
            self.kind,
            pick(self.categories),
            [Series(s.name, pick(s.values), s.colour, s.line, s.fmt) for s in self.series],
            self.value_label,
            pick(self.labels) if self.labels else None,
            [False] * len(keep),
            pick(self.flagged),
            self.caveats,
            self.partial_label,
            self.flagged_label,
            pick(self.colours) if self.colours else None,
            self.x_max,
            [m for m in self.markers if m[0] in set(pick(self.categories))],
            self.markers_label,
            self.part_share,
        )


def fmt_value(value: float | None, fmt: Fmt, lang: str = i18n.DEFAULT_LANG) -> str:
    """Indonesian text of one value: 1.234.567 · 12,5% · 82,64 · 3,4."""
    if value is None or value != value:  # NaN
        return "—"
    if fmt == "pct":
        return i18n.fmt_pct(value, 0)
    if fmt == "ikm":
        return i18n.fmt_num(value, 2)
    if fmt == "num1":
        return i18n.fmt_num(value, 1)
    return i18n.fmt_int(value)


def point_labels(spec: ChartSpec, s: Series, lang: str) -> list[str]:
    """The text on each point: the spec's labels (ranking) or the formatted value."""
    if spec.labels and s is spec.series[0]:
        return list(spec.labels)
    return [fmt_value(v, s.fmt, lang) for v in s.values]


def part_shares(spec: ChartSpec, lang: str, floor: float = 0.08) -> list[str]:
    """stacked + part_share: '72%' for the first part of each bar ('' when too thin to hold it)."""
    out = []
    for j in range(len(spec.categories)):
        total = sum(s.values[j] or 0 for s in spec.series)
        share = (spec.series[0].values[j] or 0) / total if total else 0.0
        out.append(fmt_value(share, "pct", lang) if share >= floor else "")
    return out


def series_colour(i: int, s: Series) -> str:
    return s.colour or charts.SERIES_PALETTE[i % len(charts.SERIES_PALETTE)]


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    return f"rgba({r},{g},{b},{alpha})"


# --- Plotly (screen) -------------------------------------------------------------------------------
def to_plotly(
    spec: ChartSpec, lang: str = i18n.DEFAULT_LANG, height: int | None = None
) -> go.Figure:
    """The spec as a Plotly figure in the dashboards' look (charts.base_layout)."""
    spec = spec.shown()
    if not spec.categories:
        return charts.empty_figure(lang)
    if spec.kind == "ranking":
        return _plotly_ranking(spec, lang, height)
    if spec.kind == "weekly":
        return _plotly_weekly(spec, lang, height)
    if spec.kind == "stacked":
        return _plotly_stacked(spec, lang, height)
    return _plotly_shares(spec, lang, height)


def _plotly_ranking(spec: ChartSpec, lang: str, height: int | None) -> go.Figure:
    s = spec.series[0]
    base = spec.colours or [series_colour(0, s)] * len(spec.categories)
    colours = [_rgba(c, PALE_ALPHA) if f else c for c, f in zip(base, spec.flagged, strict=True)]
    fig = charts.ranking_bars(
        [charts.wrap(c, 26) for c in spec.categories],
        [v or 0 for v in s.values],
        point_labels(spec, s, lang),
        name=s.name,
        textposition="outside",
        marker={
            "color": colours,
            "pattern": {"shape": ["/" if f else "" for f in spec.flagged], "size": 8},
        },
        hovertemplate="%{y}: %{text}<extra></extra>",
        height=height or max(260, 46 * len(spec.categories) + 90),
    )
    # room after the longest bar for its label (the value axis is hidden)
    top = spec.x_max * 1.15 if spec.x_max else max([v or 0 for v in s.values] + [1]) * 1.3
    fig.update_layout(yaxis={"autorange": "reversed"})
    fig.update_xaxes(range=[0, top], visible=False)
    return fig


def _plotly_weekly(spec: ChartSpec, lang: str, height: int | None) -> go.Figure:
    fig = go.Figure()
    bars = [s for s in spec.series if not s.line]
    lines = [s for s in spec.series if s.line]
    for i, s in enumerate(bars):
        colour = series_colour(i, s)
        for partial in (False, True):
            idx = [j for j, p in enumerate(spec.partial) if p == partial]
            if not idx:
                continue
            fig.add_bar(
                x=[spec.categories[j] for j in idx],
                y=[s.values[j] for j in idx],
                name=spec.partial_label if partial else s.name,
                marker_color=_rgba(colour, PALE_ALPHA) if partial else colour,
                hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
            )
    for i, s in enumerate(lines, start=len(bars)):
        fig.add_scatter(
            x=spec.categories,
            y=s.values,
            name=s.name,
            mode="lines+markers",
            line={"color": series_colour(i, s), "width": 3},
            marker={"size": 8},
            yaxis="y2",
            hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
        )
    charts.base_layout(fig, height=height or 420)
    fig.update_layout(
        barmode="overlay",
        xaxis={"type": "category", "categoryorder": "array", "categoryarray": spec.categories},
        yaxis={"title": {"text": bars[0].name if bars else ""}, "tickformat": ",d"},
    )
    if spec.markers:  # agenda events: a star over their week, the titles in the hover
        by_cat: dict[str, list[str]] = {}
        for cat, text in spec.markers:
            by_cat.setdefault(cat, []).append(text)
        fig.add_scatter(
            x=list(by_cat),
            y=[0.97] * len(by_cat),
            yaxis="y9",
            mode="markers",
            name=spec.markers_label,
            marker={
                "symbol": "star",
                "size": 14,
                "color": MARKER_COLOUR,
                "line": {"width": 1, "color": "white"},
            },  # fmt: skip
            customdata=["<br>".join(charts.esc(x) for x in v) for v in by_cat.values()],
            hovertemplate="%{customdata}<extra>" + spec.markers_label + "</extra>",
            meta="agenda",
        )
        fig.update_layout(
            yaxis9={"overlaying": "y", "range": [0, 1], "visible": False, "fixedrange": True}
        )
    if lines:
        fig.update_layout(
            yaxis2={
                "title": {"text": lines[0].name},
                "overlaying": "y",
                "side": "right",
                "rangemode": "tozero",
                "showgrid": False,
                "tickformat": ",d",
                "automargin": True,  # the right-hand ticks are never cut at the edge
            }
        )
        charts.si_ticks(
            fig, pd.Series(lines[0].values, dtype="float"), "yaxis2", lang, compact=False
        )
    if bars:  # round ticks in jt/rb, as in the PPTX ('5 jt', not 14.000.000)
        charts.si_ticks(
            fig, pd.Series([v for s in bars for v in s.values], dtype="float"), "yaxis", lang
        )
    return fig


def _plotly_stacked(spec: ChartSpec, lang: str, height: int | None) -> go.Figure:
    """Counts in stacked parts per category (topics: negative and the rest), the spec's label
    after the whole bar."""
    fig = go.Figure()
    labels = point_labels(spec, spec.series[0], lang)
    shares = part_shares(spec, lang) if spec.part_share else None
    names = [charts.wrap(charts.esc(c), 26) for c in spec.categories]
    last = len(spec.series) - 1
    for i, s in enumerate(spec.series):
        fig.add_bar(
            x=[v or 0 for v in s.values],
            y=names,
            orientation="h",
            name=s.name,
            marker_color=series_colour(i, s),
            text=labels if i == last else (shares if i == 0 else None),
            textposition="outside" if i == last else ("inside" if shares and i == 0 else "none"),
            insidetextanchor="middle",
            hovertemplate="%{y}<br>" + s.name + ": %{x:,.0f}<extra></extra>",
        )
    charts.base_layout(fig, height=height or max(260, 46 * len(spec.categories) + 110))
    totals = [sum(s.values[j] or 0 for s in spec.series) for j in range(len(spec.categories))]
    fig.update_layout(barmode="stack", yaxis={"autorange": "reversed"})
    fig.update_xaxes(range=[0, max(totals + [1]) * 1.35], visible=False)
    return fig


def _plotly_shares(spec: ChartSpec, lang: str, height: int | None) -> go.Figure:
    fig = go.Figure()
    for i, s in enumerate(spec.series):
        fig.add_bar(
            x=s.values,
            y=spec.categories,
            orientation="h",
            name=s.name,
            marker_color=series_colour(i, s),
            text=[fmt_value(v, "pct", lang) if (v or 0) >= 0.06 else "" for v in s.values],
            textposition="inside",
            insidetextanchor="middle",
            hovertemplate="%{y}<br>" + s.name + ": %{x:.1%}<extra></extra>",
        )
    charts.base_layout(fig, height=height or max(260, 100 + 44 * len(spec.categories)))
    fig.update_layout(barmode="stack", yaxis={"autorange": "reversed"})
    fig.update_xaxes(tickformat=".0%", range=[0, 1])
    return fig


# --- PDF (vector, real text) ------------------------------------------------------------------------
def draw_pdf(
    pdf: Any,
    spec: ChartSpec,
    width: float,
    lang: str,
    text: Callable[[str], str] = str,
    family: str = "helvetica",
) -> None:
    """Draw the spec at the current position (width in mm); advances y below the chart.
    `text` makes a string printable in the font (gema.presentasi.export._latin for the core font)."""
    spec = spec.shown()
    if not spec.categories:
        return
    if spec.kind == "weekly":
        _pdf_weekly(pdf, spec, width, lang, text, family)
    else:
        _pdf_rows(pdf, spec, width, lang, text, family)


def _hex(colour: str) -> tuple[int, int, int]:
    h = colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _pale(rgb: tuple[int, int, int], alpha: float = PALE_ALPHA) -> tuple[int, int, int]:
    return tuple(round(255 - (255 - c) * alpha) for c in rgb)  # type: ignore[return-value]


def _pdf_legend(
    pdf: Any, items: list[tuple[str, tuple[int, int, int]]], text: Callable[[str], str], fam: str
) -> None:
    pdf.set_font(fam, "", 9)
    x = pdf.l_margin
    y = pdf.get_y()
    for name, rgb in items:
        pdf.set_fill_color(*rgb)
        pdf.rect(x, y + 1, 4, 4, style="F")
        label = text(name)
        pdf.set_xy(x + 5, y)
        pdf.cell(pdf.get_string_width(label) + 2, 6, label)
        x += pdf.get_string_width(label) + 12
    pdf.set_xy(pdf.l_margin, y + 7)


def _pdf_rows(
    pdf: Any, spec: ChartSpec, width: float, lang: str, text: Callable[[str], str], fam: str
) -> None:
    """ranking / shares: one row per category, its name in a left column, bars to the right."""
    n = len(spec.categories)
    row_h = min(9.0, max(5.0, 110.0 / max(n, 1)))
    name_w = min(85.0, width * 0.34)
    labels = point_labels(spec, spec.series[0], lang)
    pdf.set_font(fam, "", 10 if row_h >= 7 else 8)
    label_w = 4 if spec.kind == "shares" else max(pdf.get_string_width(text(x)) for x in labels) + 4
    bar_w = max(40.0, width - name_w - label_w)
    x0 = pdf.l_margin
    if spec.kind in ("shares", "stacked"):
        _pdf_legend(
            pdf,
            [(s.name, _hex(series_colour(i, s))) for i, s in enumerate(spec.series)],
            text,
            fam,
        )
    elif any(spec.flagged) and spec.flagged_label:
        base = spec.colours[0] if spec.colours else series_colour(0, spec.series[0])
        _pdf_legend(pdf, [(spec.flagged_label, _pale(_hex(base)))], text, fam)
    y = pdf.get_y() + 1
    s0 = spec.series[0]
    top = spec.x_max or max([v or 0 for v in s0.values] + [1e-9])
    if spec.kind == "stacked":
        top = max([sum(s.values[j] or 0 for s in spec.series) for j in range(n)] + [1e-9])
    for j, cat in enumerate(spec.categories):
        if y + row_h > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font(fam, "", 10 if row_h >= 7 else 8)
        pdf.set_text_color(17)
        pdf.set_xy(x0, y)
        pdf.cell(name_w - 2, row_h, text(cat), align="R")
        bx = x0 + name_w
        if spec.kind == "shares":
            for i, s in enumerate(spec.series):
                v = float(s.values[j] or 0)
                pdf.set_fill_color(*_hex(series_colour(i, s)))
                pdf.rect(bx, y + 1, bar_w * v, row_h - 2, style="F")
                if v >= 0.08:
                    pdf.set_xy(bx, y)
                    pdf.set_text_color(255 if i != 1 else 17)
                    pdf.cell(bar_w * v, row_h, text(fmt_value(v, "pct", lang)), align="C")
                bx += bar_w * v
        elif spec.kind == "stacked":
            shares = part_shares(spec, lang) if spec.part_share else []
            for i, s in enumerate(spec.series):
                part = bar_w * float(s.values[j] or 0) / top
                pdf.set_fill_color(*_hex(series_colour(i, s)))
                pdf.rect(bx, y + 1, part, row_h - 2, style="F")
                if i == 0 and shares and shares[j]:
                    pdf.set_xy(bx, y)
                    pdf.set_text_color(255)
                    pdf.cell(part, row_h, text(shares[j]), align="C")
                bx += part
            pdf.set_xy(bx + 1, y)
            pdf.set_text_color(17)
            pdf.cell(label_w, row_h, text(labels[j]))
        else:
            v = float(s0.values[j] or 0)
            colour = spec.colours[j] if spec.colours else series_colour(0, s0)
            rgb = _hex(colour)
            length = bar_w * max(0.0, v) / top if top else 0
            pdf.set_fill_color(*(_pale(rgb) if spec.flagged[j] else rgb))
            pdf.rect(bx, y + 1, length, row_h - 2, style="F")
            if spec.flagged[j]:  # hatching, as on screen and in the PPTX
                pdf.set_draw_color(60)
                pdf.set_line_width(0.2)
                step = 2.5
                k = 0.0
                while k < length:
                    rise = min(row_h - 2, length - k)
                    pdf.line(bx + k, y + row_h - 1, bx + k + rise, y + row_h - 1 - rise)
                    k += step
            pdf.set_xy(bx + length + 1, y)
            pdf.set_text_color(17)
            pdf.cell(label_w, row_h, text(labels[j]))
        y += row_h
    pdf.set_xy(x0, y + 2)


def _pdf_weekly(
    pdf: Any, spec: ChartSpec, width: float, lang: str, text: Callable[[str], str], fam: str
) -> None:
    """Columns per week (partial weeks pale), the line series as a second small column panel;
    each week labelled under its column, values above."""
    bars = [s for s in spec.series if not s.line]
    lines = [s for s in spec.series if s.line]
    legend = [(s.name, _hex(series_colour(i, s))) for i, s in enumerate(bars)]
    if any(spec.partial) and spec.partial_label:
        legend.append((spec.partial_label, _pale(_hex(series_colour(0, bars[0])))))
    _pdf_legend(pdf, legend, text, fam)
    n = len(spec.categories)
    col_w = width / max(n, 1)
    panels = [(s, i) for i, s in enumerate(bars)] + [
        (s, len(bars) + i) for i, s in enumerate(lines)
    ]
    panel_h = 40.0 if len(panels) > 1 else 80.0
    x0 = pdf.l_margin
    small = 6 if n > 14 else 7
    for s, i in panels:
        if pdf.get_y() + panel_h + 14 > pdf.h - pdf.b_margin:
            pdf.add_page()
        pdf.set_font(fam, "B", 9)
        pdf.set_text_color(17)
        pdf.cell(0, 5, text(s.name), new_x="LMARGIN", new_y="NEXT")
        y0 = pdf.get_y() + 4
        top = max([v or 0 for v in s.values] + [1e-9])
        rgb = _hex(series_colour(i, s))
        prev: tuple[float, float] | None = None
        for j, v in enumerate(s.values):
            h = panel_h * float(v or 0) / top
            cx = x0 + j * col_w
            base_y = y0 + panel_h
            if s.line:
                px, py = cx + col_w / 2, base_y - h
                pdf.set_draw_color(*rgb)
                pdf.set_line_width(0.7)
                if prev is not None:
                    pdf.line(prev[0], prev[1], px, py)
                pdf.set_fill_color(*(_pale(rgb) if spec.partial[j] else rgb))
                pdf.ellipse(px - 1, py - 1, 2, 2, style="F")
                prev = (px, py)
            else:
                pdf.set_fill_color(*(_pale(rgb) if spec.partial[j] else rgb))
                pdf.rect(cx + col_w * 0.12, base_y - h, col_w * 0.76, h, style="F")
            pdf.set_font(fam, "", small)
            pdf.set_text_color(17)
            pdf.set_xy(cx, base_y - h - 4)
            pdf.cell(col_w, 3.5, text(i18n.fmt_compact(v, lang) if v else "0"), align="C")
            pdf.set_xy(cx, base_y + 0.5)
            pdf.cell(col_w, 3.5, text(spec.categories[j]), align="C")
        pdf.set_draw_color(150)
        pdf.set_line_width(0.2)
        pdf.line(x0, y0 + panel_h, x0 + width, y0 + panel_h)
        pdf.set_xy(x0, y0 + panel_h + 5)
