"""The deck as a 16:9 PPTX: title, native chart / KPI cards / table, caveats, footer, notes.

Every text box is sized for its text (gema.presentasi.textfit) and the boxes are stacked from
the top, so nothing runs over its neighbour when LibreOffice or PowerPoint draws it (issue 12):
a long title shrinks or takes two lines and the subtitle moves down; KPI values share one size
at which all of them stay on one line; tables get column widths from their content and row
heights from their lines (no tall empty header row).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import pandas as pd

from gema.core import i18n
from gema.presentasi import pptx_chart
from gema.presentasi.deck import Deck, Slide
from gema.presentasi.textfit import (
    SAFETY,
    fit_size,
    fits,
    line_height,
    lines_needed,
    text_width,
)

SLIDE_W, SLIDE_H = 13.333, 7.5
LEFT, WIDTH = 0.5, 12.3  # the content column
FOOTER_Y = 7.0
INSET = 0.1  # a text box's top + bottom insets (0,05" each)
CAVEAT_PT = 11
TABLE_PT, TABLE_MIN_PT = 14, 11
CELL_PAD = 0.2  # a table cell's left + right margins
KPI_COLS, KPI_W, KPI_GAP = 3, 3.9, 0.2


def box_height(text: str, width: float, pt: float) -> float:
    """The height a text box needs for `text` at `pt` in `width`."""
    return lines_needed(text, width, pt) * line_height(pt) + INSET


class Painter:
    """Adds sized text boxes to one slide."""

    def __init__(self, slide: Any) -> None:
        from pptx.dml.color import RGBColor

        self.slide = slide
        self.dark = RGBColor(0x11, 0x11, 0x11)
        self.grey = RGBColor(0x55, 0x55, 0x55)
        self.blue = RGBColor(0x0B, 0x53, 0x94)

    def text(self, x: float, y: float, w: float, value: str, size: float, bold: bool = False,
             colour: Any = None, h: float | None = None) -> float:  # fmt: skip
        """A text box at (x, y), `w` wide and as high as its wrapped lines; returns its bottom."""
        from pptx.enum.text import MSO_AUTO_SIZE
        from pptx.util import Inches, Pt

        height = h if h is not None else box_height(value, w, size)
        box = self.slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(height))
        tf = box.text_frame
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        for i, line in enumerate(value.split("\n")):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            p.font.size, p.font.bold = Pt(size), bold
            p.font.color.rgb = colour or self.dark
        return y + height


def deck_pptx(deck: Deck, images: Mapping[str, bytes]) -> bytes:
    """16:9 slides: title, chart / KPI cards / table, caveats, footer; the figures in the notes.
    `images`: PNG per slide key for figures without a chart spec."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    blank = prs.slide_layouts[6]
    footer = f"Gema Banten · {deck.period_text} · {deck.scope_text}"
    for n, s in enumerate(deck.slides, start=1):
        slide = prs.slides.add_slide(blank)
        paint = Painter(slide)
        bottom = FOOTER_Y - 0.05
        if s.caveats:  # on the slide itself, not only in the notes
            caveat_text = "\n".join("⚠ " + c for c in s.caveats)
            h = box_height(caveat_text, WIDTH, CAVEAT_PT)
            bottom = FOOTER_Y - 0.05 - h
            paint.text(LEFT, bottom, WIDTH, caveat_text, CAVEAT_PT)
        if s.key == "judul":
            _title_slide(paint, s)
        else:
            top = _header(paint, s) + 0.1
            body = (LEFT + 0.1, top, WIDTH - 0.2, bottom - 0.05 - top)
            if s.spec is not None:  # a native chart: editable, named categories, data labels
                pptx_chart.add_to_pptx(slide, s.spec, body, deck.lang)
            elif s.key in images:  # a figure without a spec: its picture, as high as the body
                pic = slide.shapes.add_picture(io.BytesIO(images[s.key]), 0, Inches(top),
                                               height=Inches(body[3]))  # fmt: skip
                if pic.width > Inches(WIDTH):  # too wide: fit the width (aspect kept)
                    pic.height = int(pic.height * Inches(WIDTH) / pic.width)
                    pic.width = Inches(WIDTH)
                pic.left = int((prs.slide_width - pic.width) / 2)
            elif s.kpis:
                _kpis(paint, s, deck.lang, top, bottom)
            elif s.table is not None:
                _table(slide, s.table, top, bottom)
        paint.text(LEFT, FOOTER_Y, 10.5, footer, 12, colour=paint.grey, h=0.4)
        paint.text(11.6, FOOTER_Y, 1.2, f"{n} / {len(deck.slides)}", 12, colour=paint.grey, h=0.4)
        slide.notes_slide.notes_text_frame.text = "\n".join(s.notes)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def title_size(title: str, width: float, max_pt: int, min_pt: int) -> int:
    """One line at the largest size down to `min_pt`; else `max_pt` over two lines or more."""
    pt = fit_size([title], width, max_pt, min_pt)
    return pt if fits(title, width, pt) else max_pt


def _title_slide(paint: Painter, s: Slide) -> None:
    """Title (shrunk to one line, or wrapped with room), then subtitle and the lines below it."""
    x, w = 0.8, 11.7
    pt = title_size(s.title, w, 48, 36)
    y = paint.text(x, 1.4, w, s.title, pt, True, paint.blue)
    y = paint.text(x, y + 0.15, w, s.subtitle, 24, colour=paint.grey)
    paint.text(x, y + 0.4, w, "\n".join(s.lines), 28)


def _header(paint: Painter, s: Slide) -> float:
    """Title on one line (36 pt, smaller when long) and the subtitle under it; returns the
    bottom, where the slide's body starts."""
    pt = title_size(s.title, WIDTH, 36, 26)
    y = paint.text(LEFT, 0.3, WIDTH, s.title, pt, True, paint.blue)
    if s.subtitle:
        y = paint.text(LEFT, y, WIDTH, s.subtitle, 16, colour=paint.grey)
    return y


def kpi_value(k: Any) -> str:
    """The exact value ('130.661.976') when it reads at a projector size, else the short one
    ('81,16 · B' for the IKM, whose band word goes on the card's own line)."""
    full = k.full_text()
    return full if fits(full, KPI_W, 32) else k.value_text()


def _kpis(paint: Painter, s: Slide, lang: str, top: float, bottom: float) -> None:
    """Cards in rows of three: label, the value (one size for all, never wrapped), the change,
    and the card's own caveat line (the IKM's sample)."""
    values = [kpi_value(k) for k in s.kpis]
    pt = fit_size(values, KPI_W, 44, 20)
    rows = -(-len(s.kpis) // KPI_COLS)
    row_h = (bottom - top) / max(rows, 1)
    for i, k in enumerate(s.kpis):
        x = 0.6 + (i % KPI_COLS) * (KPI_W + KPI_GAP)
        y = top + 0.1 + (i // KPI_COLS) * row_h
        y = paint.text(x, y, KPI_W, i18n.t(k.label_key, lang), 20)
        y = paint.text(x, y, KPI_W, values[i], pt, True)
        delta = k.delta_text(lang)
        if delta:
            y = paint.text(x, y, KPI_W, i18n.t("pres.note.vs_prev", lang, delta=delta), 15)
        extra = s.kpi_lines.get(k.key)
        if extra:
            paint.text(x, y, KPI_W, extra, 13, colour=paint.grey)


def column_widths(df: pd.DataFrame, total: float, pt: float) -> list[float]:
    """Column widths from the content: a column whose longest cell fits in a fair share keeps
    its natural width; the rest share what is left in proportion to their text. No column is
    narrower than its longest word, so 'Acara' never breaks a name into letters."""
    cols = [str(c) for c in df.columns]
    cells = [[cols[j], *("" if v is None else str(v) for v in df.iloc[:, j])]
             for j in range(len(cols))]  # fmt: skip
    natural = [max(text_width(x, pt) for x in col) / SAFETY + CELL_PAD for col in cells]
    word = [max(text_width(w, pt) for x in col for w in x.split() or [""]) / SAFETY + CELL_PAD
            for col in cells]  # fmt: skip
    if sum(natural) <= total:
        extra = (total - sum(natural)) / len(cols)
        return [w + extra for w in natural]
    widths: list[float | None] = [None] * len(cols)
    left, open_cols = total, list(range(len(cols)))
    while open_cols:
        share = left / len(open_cols)
        fixed = [j for j in open_cols if natural[j] <= share]
        if not fixed:
            break
        for j in fixed:
            widths[j] = natural[j]
            left -= natural[j]
        open_cols = [j for j in open_cols if j not in fixed]
    weight = sum(natural[j] for j in open_cols) or 1.0
    for j in open_cols:
        widths[j] = max(word[j], left * natural[j] / weight)
    out = [float(w or 0) for w in widths]
    scale = total / sum(out)
    return [w * scale for w in out]


def row_heights(df: pd.DataFrame, widths: list[float], pt: float) -> list[float]:
    """Each row as high as its tallest cell (header first)."""
    rows = [[str(c) for c in df.columns]]
    rows += [["" if v is None else str(v) for v in r] for r in df.itertuples(index=False)]
    return [max(lines_needed(x, w, pt) for x, w in zip(r, widths, strict=True)) * line_height(pt)
            + INSET for r in rows]  # fmt: skip


def _table(slide: Any, df: pd.DataFrame, top: float, bottom: float) -> None:
    """The table with fitted columns and rows: smaller type, then fewer rows, when it is too
    tall (the XLSX and the notes hold every row)."""
    from pptx.util import Emu, Inches, Pt

    pt = TABLE_PT
    widths = column_widths(df, WIDTH, pt)
    heights = row_heights(df, widths, pt)
    while sum(heights) > bottom - top and pt > TABLE_MIN_PT:
        pt -= 1
        widths = column_widths(df, WIDTH, pt)
        heights = row_heights(df, widths, pt)
    while sum(heights) > bottom - top and len(df) > 1:
        df = df.iloc[:-1]
        heights = row_heights(df, widths, pt)
    shape = slide.shapes.add_table(len(df) + 1, len(df.columns), Inches(LEFT), Inches(top),
                                   Inches(WIDTH), Inches(sum(heights)))  # fmt: skip
    table = shape.table
    for j, w in enumerate(widths):
        table.columns[j].width = Emu(int(Inches(w)))
    for i, h in enumerate(heights):
        table.rows[i].height = Emu(int(Inches(h)))
    for j, col in enumerate(df.columns):
        table.cell(0, j).text = str(col)
    for i, row in enumerate(df.itertuples(index=False), start=1):
        for j, v in enumerate(row):
            table.cell(i, j).text = "" if v is None else str(v)
    for r in range(len(df) + 1):
        for j in range(len(df.columns)):
            for p in table.cell(r, j).text_frame.paragraphs:
                p.font.size = Pt(pt)
                p.font.bold = r == 0
