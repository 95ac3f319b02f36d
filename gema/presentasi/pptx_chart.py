"""A `ChartSpec` as native python-pptx chart objects (editable in PowerPoint: the data sheet,
category names, data labels, theme colours Accent 1…6; sentiment and mutu keep their colours).

Rules learnt from opening the PPTX in LibreOffice (issue 12):
- A PPTX number format is drawn with the *opening* machine's separators ('#,##0' shows
  25,718,088 on an English desktop). So every number a reader sees is Indonesian text we wrote:
  data labels are custom text per point ('25.718.088', '14,6 jt'), and value axes count in whole
  'jt'/'rb' ('0,," jt"': no separator in the format, so no locale can change it) with round ticks.
- A label per point on 14 weekly columns overlaps: with more than MAX_POINT_LABELS points only
  the peak and the last point are labelled (the notes and the XLSX carry every figure).
- A ranking's value axis leaves room for the longest label after the longest bar, so labels
  never wrap onto the next bar; the label texts themselves stay short (a spec's caveats carry
  the full sentence).
"""

from __future__ import annotations

import math
from typing import Any

from gema.core import i18n
from gema.presentasi import textfit
from gema.presentasi.chartspec import ChartSpec, Series, fmt_value, part_shares, point_labels

MAX_POINT_LABELS = 8  # more points than this: label only the peak and the last point
LABEL_GAP_IN = 0.15  # between a bar's end and its label


def axis_scale(top: float, lang: str = i18n.DEFAULT_LANG) -> tuple[float, float, str]:
    """(maximum, major unit, number format) of a value axis from 0 covering `top`: about four
    round ticks (1, 2 or 5 × 10^k) shown in whole jt/rb, so the format holds no separator."""
    top = top if top and top > 0 else 1.0
    raw = top / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    step = max(step, 1.0)
    maximum = math.ceil(top / step) * step
    words = (" M", " jt", " rb") if lang != "en" else (" B", " M", " K")
    for size, commas, word in ((1e9, ",,,", words[0]), (1e6, ",,", words[1]), (1e3, ",", words[2])):
        if step >= size:
            return maximum, step, f'[=0]0;0{commas}"{word}"'
    return maximum, step, "0"


def labelled_points(values: list[float | None]) -> list[int]:
    """Which points carry a label: all of them when few, else the peak and the last one."""
    n = len(values)
    if n <= MAX_POINT_LABELS:
        return [j for j in range(n) if values[j] is not None]
    present = [j for j in range(n) if values[j] is not None]
    if not present:
        return []
    peak = max(present, key=lambda j: values[j] or 0)
    return sorted({peak, present[-1]})


def ranking_maximum(spec: ChartSpec, labels: list[str], box_w: float, font: int) -> float:
    """The value-axis maximum that leaves room for the widest label after the longest bar."""
    values = [v or 0 for s in spec.series for v in s.values] or [0]
    top = spec.x_max or max(values) or 1.0
    if spec.kind == "stacked":
        top = spec.x_max or max(sum(s.values[j] or 0 for s in spec.series)
                                for j in range(len(spec.categories))) or 1.0  # fmt: skip
    plot_w = plot_width(spec, box_w, font)
    label_w = max([textfit.text_width(x, font) for x in labels] + [0]) + LABEL_GAP_IN
    return top * plot_w / max(plot_w - label_w, plot_w * 0.3)


def plot_width(spec: ChartSpec, box_w: float, font: int) -> float:
    """Estimated width of the bars' area: the box less the category names and margins."""
    names = max([textfit.text_width(c, font) for c in spec.categories] + [0])
    return box_w - min(names, box_w * 0.45) - 0.5


def add_to_pptx(
    slide: Any, spec: ChartSpec, box: tuple[float, float, float, float], lang: str, font: int = 14
) -> list[Any]:
    """Native chart(s) of the spec in `box` (x, y, w, h in inches); returns the chart objects."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
    from pptx.util import Inches, Pt

    spec = spec.shown()
    x, y, w, h = box
    made: list[Any] = []

    def chart(kind: Any, series: list[Series], bx: tuple[float, float, float, float]) -> Any:
        data = CategoryChartData(number_format="General")
        data.categories = spec.categories
        for s in series:
            data.add_series(s.name, [None if v is None or v != v else float(v) for v in s.values])
        frame = slide.shapes.add_chart(
            kind, Inches(bx[0]), Inches(bx[1]), Inches(bx[2]), Inches(bx[3]), data
        )
        c = frame.chart
        c.font.size = Pt(font)
        c.has_title = False  # the slide's title says what it is; no auto title from a series
        made.append(c)
        return c

    def legend_top(c: Any) -> None:
        c.has_legend = True
        c.legend.position = XL_LEGEND_POSITION.TOP
        c.legend.include_in_layout = False

    if spec.kind in ("ranking", "stacked"):
        stacked = spec.kind == "stacked"
        series = spec.series if stacked else spec.series[:1]
        c = chart(XL_CHART_TYPE.BAR_STACKED if stacked else XL_CHART_TYPE.BAR_CLUSTERED,
                  series, box)  # fmt: skip
        if stacked:
            legend_top(c)
            c.plots[0].overlap = 100
        else:
            c.has_legend = False
        c.category_axis.reverse_order = True  # first category on top, as on screen
        c.value_axis.visible = False
        c.value_axis.has_major_gridlines = False
        texts = point_labels(spec, spec.series[0], lang)
        c.value_axis.minimum_scale = 0
        c.value_axis.maximum_scale = ranking_maximum(spec, texts, w, font)
        plot = c.plots[0]
        plot.gap_width = 60
        for i, s in enumerate(plot.series):
            _fill(s.format.fill, series[i].colour, i)
        s = plot.series[-1]  # the label sits after the whole bar (the last stacked part)
        for j, point_text in enumerate(texts):
            point = s.points[j]
            colour = spec.colours[j] if spec.colours else spec.series[0].colour
            if spec.flagged[j] and not stacked:
                _hatch(point.format.fill, colour)
            elif spec.colours and not stacked:
                _fill(point.format.fill, colour, 0)
            # Indonesian text, whatever the viewer's locale (never a linked number format)
            _point_label(point, point_text, font,
                         XL_LABEL_POSITION.INSIDE_END if stacked else XL_LABEL_POSITION.OUTSIDE_END)  # fmt: skip
        if stacked and spec.part_share:  # '72%' inside the first (negative) part, in white
            for j, share in enumerate(part_shares(spec, lang)):
                if share:
                    _point_label(plot.series[0].points[j], share, font - 2,
                                 XL_LABEL_POSITION.CENTER, white=True)  # fmt: skip
    elif spec.kind == "weekly":
        bars = [s for s in spec.series if not s.line]
        lines = [s for s in spec.series if s.line]
        top_h = h * (0.6 if lines else 1.0)
        # the pale weeks named in the legend: an empty series in the pale colour (one bar
        # series only; overlap 100 so the empty one takes no room beside the bars)
        pale = any(spec.partial) and spec.partial_label and len(bars) == 1
        legend_only = [Series(spec.partial_label, [None] * len(spec.categories))] if pale else []
        c = chart(XL_CHART_TYPE.COLUMN_CLUSTERED, bars + legend_only, (x, y, w, top_h))
        legend_top(c)
        c.plots[0].gap_width = 40
        if pale:
            c.plots[0].overlap = 100
            _fill(c.plots[0].series[1].format.fill, bars[0].colour, 0, pale=True)
        for i, s in enumerate(list(c.plots[0].series)[: len(bars)]):
            _fill(s.format.fill, bars[i].colour, i)
            for j, p in enumerate(spec.partial):
                if p:
                    _fill(s.points[j].format.fill, bars[i].colour, i, pale=True)
            _sparse_labels(s, bars[i], font - 2, XL_LABEL_POSITION.OUTSIDE_END, lang)
        _value_axis(c, bars, lang)
        if lines:
            c2 = chart(XL_CHART_TYPE.LINE_MARKERS, lines, (x, y + top_h, w, h - top_h))
            legend_top(c2)
            for i, s in enumerate(c2.plots[0].series):
                _line(s, lines[i].colour, len(bars) + i)
                _sparse_labels(s, lines[i], font - 2, XL_LABEL_POSITION.ABOVE, lang)
            _value_axis(c2, lines, lang)
    else:  # shares: percentages carry no thousands separator, a number format is safe
        c = chart(XL_CHART_TYPE.BAR_STACKED_100, spec.series, box)
        legend_top(c)
        c.category_axis.reverse_order = True
        c.plots[0].gap_width = 50
        c.plots[0].overlap = 100
        for i, s in enumerate(c.plots[0].series):
            _fill(s.format.fill, spec.series[i].colour, i)
        _labels(c, font - 2, XL_LABEL_POSITION.CENTER, "0%")
        for i, s in enumerate(c.plots[0].series):  # white on the dark parts, readable on a wall
            if _dark(spec.series[i].colour):
                _series_label_colour(s, "FFFFFF", font - 2, "0%")
        c.value_axis.tick_labels.number_format = "0%"
        c.value_axis.tick_labels.number_format_is_linked = False
    return made


def _value_axis(c: Any, series: list[Series], lang: str) -> None:
    """Round ticks in whole jt/rb, the format free of separators (see the module docstring)."""
    top = max([v or 0 for s in series for v in s.values] + [0])
    maximum, step, fmt = axis_scale(top * 1.12, lang)  # room above the peak for its label
    axis = c.value_axis
    axis.minimum_scale = 0
    axis.maximum_scale = maximum
    axis.major_unit = step
    axis.tick_labels.number_format = fmt
    axis.tick_labels.number_format_is_linked = False


def _sparse_labels(s: Any, spec_series: Series, size: int, position: Any, lang: str) -> None:
    """Custom Indonesian labels on the labelled points only (compact: '14,6 jt')."""
    values = spec_series.values
    for j in labelled_points(values):
        text = (
            i18n.fmt_compact(values[j], lang)
            if spec_series.fmt == "int"
            else fmt_value(values[j], spec_series.fmt, lang)
        )
        _point_label(s.points[j], text, size, position)


def _point_label(point: Any, text: str, size: int, position: Any, white: bool = False) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    label = point.data_label
    label.has_text_frame = True
    label.text_frame.text = text
    label.position = position
    label.font.size = Pt(size)
    if white:
        label.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _dark(colour: str | None) -> bool:
    """Whether white text reads better than black on this fill (WCAG: luminance < 0.179)."""
    if not colour:
        return False
    h = colour.lstrip("#")
    r, g, b = (int(h[k : k + 2], 16) / 255 for k in (0, 2, 4))
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] < 0.179


def _series_label_colour(series: Any, rgb: str, size: int, fmt: str) -> None:
    """One series' value labels in `rgb` (the plot-wide labels stay black)."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    labels = series.data_labels
    labels.show_value = True
    labels.number_format = fmt
    labels.number_format_is_linked = False
    labels.font.size = Pt(size)
    labels.font.color.rgb = RGBColor.from_string(rgb)


def _theme(i: int) -> Any:
    from pptx.enum.dml import MSO_THEME_COLOR

    accents = (
        MSO_THEME_COLOR.ACCENT_1,
        MSO_THEME_COLOR.ACCENT_2,
        MSO_THEME_COLOR.ACCENT_3,
        MSO_THEME_COLOR.ACCENT_4,
        MSO_THEME_COLOR.ACCENT_5,
        MSO_THEME_COLOR.ACCENT_6,
    )
    return accents[i % len(accents)]


def _fill(fill: Any, colour: str | None, i: int, pale: bool = False) -> None:
    """Solid fill: the meaning colour when given, else theme Accent i+1; pale = partial."""
    from pptx.dml.color import RGBColor

    fill.solid()
    if colour:
        fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    else:
        fill.fore_color.theme_color = _theme(i)
    if pale:
        fill.fore_color.brightness = 0.6


def _hatch(fill: Any, colour: str | None) -> None:
    """A flagged point (too few respondents): diagonal hatching over white, as on screen."""
    from pptx.dml.color import RGBColor
    from pptx.enum.dml import MSO_PATTERN

    fill.patterned()
    fill.pattern = MSO_PATTERN.WIDE_UPWARD_DIAGONAL
    if colour:
        fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    else:
        fill.fore_color.theme_color = _theme(0)
    fill.back_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _line(series: Any, colour: str | None, i: int) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    series.smooth = False
    series.format.line.width = Pt(3)
    if colour:
        series.format.line.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    else:
        series.format.line.color.theme_color = _theme(i)


def _labels(c: Any, size: int, position: Any = None, fmt: str | None = None) -> None:
    """Value labels on every point; `fmt` an Excel number format without separators ('0%')."""
    from pptx.util import Pt

    plot = c.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.show_value = True
    labels.font.size = Pt(size)
    if fmt:
        labels.number_format = fmt
        labels.number_format_is_linked = False
    if position is not None:
        labels.position = position
