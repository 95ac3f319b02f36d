"""Files to take away: PPTX, PDF, PNG, CSV and XLSX, built from the same `slides.Deck` as the
Presentasi page, so every file matches the screen for the same filters.

Formula neutralisation (OWASP "CSV injection"): a TEXT cell that begins with `=`, `+`, `-`, `@`,
a tab or a carriage return gets a single quote (') in front, in CSV and XLSX alike, so no
spreadsheet ever evaluates it (`=HYPERLINK(...)` stays the text `'=HYPERLINK(...)`). Numbers are
left as numbers (a negative number is not text). We chose the quote rather than a tab because
it is what OWASP names first, survives a round trip through Excel and LibreOffice, and is
visible to a reader who wonders why the cell looks odd.

Formats: PPTX/PDF show Indonesian numbers and dates (1.234.567; 1 Juli 2024). XLSX keeps real
numbers and dates (so they can be summed) with the number format `#,##0` and the Indonesian date
format `[$-421]d mmmm yyyy`; Excel/LibreOffice in an Indonesian locale show 1.234.567 and
1 Juli 2024. CSV is for Excel in an Indonesian locale: UTF-8 with BOM, `;` between fields,
decimal comma, ISO dates.

Charts become pictures with kaleido (Chromium, offline). The kaleido server is started once per
process; after that each picture takes a fraction of a second.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n
from gema.core.cells import neutralise, neutralise_frame
from gema.presentasi import chartspec
from gema.presentasi.deck import IMAGE_SIZE, Deck, Slide

MIME = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "png": "image/png",
    "zip": "application/zip",
}
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


# --- neutralisation, CSV, XLSX ------------------------------------------------------------------
def to_csv(df: pd.DataFrame) -> bytes:
    """CSV for Excel in an Indonesian locale (see module docstring), neutralised."""
    text = neutralise_frame(df).to_csv(index=False, sep=";", decimal=",", date_format="%Y-%m-%d")
    return ("\ufeff" + text).encode("utf-8")


def _cell(value: Any) -> Any:
    """A Python value openpyxl can store (NaN → empty, numpy → Python, Timestamp → datetime)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        return neutralise(", ".join(map(str, value)) if not isinstance(value, dict) else str(value))
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, np.generic):
        return value.item()
    return neutralise(value)


def _number_format(name: str, series: pd.Series) -> str | None:
    if pd.api.types.is_datetime64_any_dtype(series):
        return "[$-421]d mmmm yyyy"
    if pd.api.types.is_bool_dtype(series):
        return None
    if pd.api.types.is_numeric_dtype(series):
        low = name.lower()
        if any(w in low for w in ("rate", "share", "change")):
            return "0.0%"
        if pd.api.types.is_integer_dtype(series) or low in ("reach", "views", "impressions"):
            return "#,##0"
        return "#,##0.00"
    return None


def to_xlsx(sheets: Mapping[str, pd.DataFrame], info: list[tuple[str, str]] | None = None) -> bytes:
    """A workbook with one sheet per frame (values as numbers/dates, texts neutralised) and, when
    given, a first sheet 'info' of (label, value) rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    if info:
        ws = wb.create_sheet("info")
        for label, value in info:
            ws.append([_cell(label), _cell(value)])
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 80
    for name, df in sheets.items():
        ws = wb.create_sheet(_sheet_name(name, wb.sheetnames))
        ws.append([_cell(str(c)) for c in df.columns])
        for c in ws[1]:
            c.font = Font(bold=True)
        for row in df.itertuples(index=False, name=None):
            ws.append([_cell(v) for v in row])
        for j, col in enumerate(df.columns, start=1):
            fmt = _number_format(str(col), df[col])
            letter = ws.cell(row=1, column=j).column_letter
            longest = max([len(str(col)), *(len(str(v)) for v in df[col].head(500))])
            ws.column_dimensions[letter].width = min(60, max(10, longest + 2))  # fitted
            if fmt:
                for (cell,) in ws.iter_rows(min_row=2, min_col=j, max_col=j):
                    cell.number_format = fmt
        ws.freeze_panes = "A2"
        if len(df.columns):  # a filterable header row
            ws.auto_filter.ref = (
                f"A1:{ws.cell(row=1, column=len(df.columns)).column_letter}{len(df) + 1}"
            )
    if not wb.sheetnames:
        wb.create_sheet("info")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_name(name: str, taken: list[str]) -> str:
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "data"
    out, i = base, 2
    while out in taken:
        out = f"{base[:28]}_{i}"
        i += 1
    return out


# --- pictures -------------------------------------------------------------------------------------
_kaleido_lock = threading.Lock()
_kaleido_started = False


def _ensure_kaleido() -> None:
    """Start kaleido's Chromium once per process (it finds /usr/bin/chromium by itself)."""
    global _kaleido_started
    with _kaleido_lock:
        if not _kaleido_started:
            import kaleido

            kaleido.start_sync_server(silence_warnings=True)
            _kaleido_started = True


def figure_png(fig: go.Figure, size: tuple[int, int] = IMAGE_SIZE) -> bytes:
    """A PNG of a figure, rendered offline."""
    import kaleido

    _ensure_kaleido()
    opts = {"format": "png", "width": size[0], "height": size[1], "scale": 1}
    return kaleido.calc_fig_sync(fig, opts=opts)


def deck_images(deck: Deck) -> dict[str, bytes]:
    """slide key → PNG, for every slide with a figure."""
    return {s.key: figure_png(s.figure) for s in deck.slides if s.figure is not None}


def png_zip(deck: Deck, images: Mapping[str, bytes] | None = None) -> bytes:
    """Every chart as its own PNG, in one zip (names say slide number and what)."""
    images = images if images is not None else deck_images(deck)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, s in enumerate(deck.slides, start=1):
            if s.key in images:
                z.writestr(f"{i:02d}_{s.key}.png", images[s.key])
    return buf.getvalue()


# --- the deck's tables ----------------------------------------------------------------------------
def info_rows(deck: Deck) -> list[tuple[str, str]]:
    lang = deck.lang
    rows = [
        (i18n.t("pres.info.app", lang), "Gema Banten"),
        (i18n.t("pres.info.period", lang), deck.period_text),
        (i18n.t("pres.info.scope", lang), deck.scope_text),
        (i18n.t("pres.info.generated", lang), i18n.fmt_datetime(deck.generated, lang)),
        (i18n.t("pres.info.neutralised", lang), i18n.t("pres.info.neutralised_text", lang)),
    ]
    f = deck.filters
    for name in ("campaign", "platform", "channel"):
        values = getattr(f, name)
        if values:
            rows.append((i18n.t(f"filter.{name}", lang), ", ".join(values)))
    if deck.demo:
        rows.append(("", i18n.t("app.demo_banner", lang)))
    rows += [(f"{s.key}", s.query) for s in deck.slides if s.data is not None]
    return rows


def deck_sheets(deck: Deck) -> dict[str, pd.DataFrame]:
    """slide key → the named query's frame, exactly as the page used it."""
    return {s.sheet: s.data for s in deck.slides if s.data is not None}


def deck_xlsx(deck: Deck) -> bytes:
    """The report workbook (gema.presentasi.xlsx): 'Tentang laporan' first, a sheet per section."""
    from gema.presentasi import xlsx as report_xlsx

    lang = deck.lang
    f = deck.filters
    about = report_xlsx.about_rows(
        lang,
        deck.period_text,
        deck.scope_text,
        {n: list(getattr(f, n)) for n in ("campaign", "platform", "channel")},
        deck.generated,
        deck.demo,
    )
    sections = []
    for s in deck.slides:
        if s.data is not None:
            sections.append((s.sheet, s.data, s.caveats, row_notes(s, lang)))
        sections += [(name, df, s.caveats, None) for name, df in s.extra]
    return report_xlsx.workbook(about, sections, lang, deck.sources)


def row_notes(s: Slide, lang: str) -> list[str] | None:
    """The 'Catatan' column of a section: the caveat of each row it concerns, else empty."""
    df = s.data
    if df is None or df.empty:
        return None
    if "partial" in df.columns:
        note = i18n.t("dash.chart.partial_week", lang)
        return [note if bool(p) else "" for p in df["partial"]]
    if "short" in df.columns:
        return [
            i18n.t("rep.note.short", lang, n=i18n.fmt_int(n), needed=i18n.fmt_int(m))
            if bool(sh)
            else ""
            for sh, n, m in zip(df["short"], df["respondents"], df["needed"], strict=True)
        ]
    if s.key == "sentimen" and {"channel", "feedback"} <= set(df.columns):
        from gema.presentasi.specs import SMALL_N

        n = df.groupby("channel")["feedback"].transform("sum")
        return [
            i18n.t("rep.note.small_n", lang, n=i18n.fmt_int(v), min=SMALL_N) if v < SMALL_N else ""
            for v in n
        ]
    return None


# --- PPTX -----------------------------------------------------------------------------------------
def deck_pptx(deck: Deck, images: Mapping[str, bytes] | None = None) -> bytes:
    """16:9 slides with native charts, sized text and the figures in the notes
    (gema.presentasi.pptx_deck); pictures only for figures without a chart spec."""
    from gema.presentasi import pptx_deck

    if images is None:
        images = {s.key: figure_png(s.figure) for s in deck.slides
                  if s.figure is not None and s.spec is None}  # fmt: skip
    return pptx_deck.deck_pptx(deck, images)


# --- PDF ------------------------------------------------------------------------------------------
def _pdf_font(pdf: Any) -> str:
    """DejaVu Sans (full Unicode: –, →, ·) when the system has it, else the core Helvetica."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdf.add_font("dejavu", "", str(regular))
            pdf.add_font("dejavu", "B", str(bold))
            return "dejavu"
    return "helvetica"


def _latin(text: str, family: str) -> str:
    if family != "helvetica":
        return text
    table = {"–": "-", "—": "-", "→": "->", "·": "-", "…": "...", "−": "-", "⚠": "!"}
    return "".join(table.get(c, c) for c in text).encode("latin-1", "replace").decode("latin-1")


def deck_pdf(deck: Deck, images: Mapping[str, bytes] | None = None) -> bytes:
    """An A4-landscape report: one page per slide with its chart or table and its figures."""
    from fpdf import FPDF

    class Report(FPDF):
        footer_text = ""
        family = "helvetica"

        def footer(self) -> None:  # fpdf2 calls this on every page, outside the page break
            self.set_y(-12)
            self.set_font(self.family, "", 8)
            self.set_text_color(110)
            self.cell(0, 5, f"{self.footer_text}   {self.page_no()}", align="R")

    if images is None:
        images = {s.key: figure_png(s.figure) for s in deck.slides
                  if s.figure is not None and s.spec is None}  # fmt: skip
    lang = deck.lang
    pdf = Report(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=14)
    fam = _pdf_font(pdf)
    pdf.family = fam
    pdf.footer_text = _latin(f"Gema Banten · {deck.period_text} · {deck.scope_text}", fam)
    pdf.set_title(f"Gema Banten · {deck.period_text}")
    pdf.set_author("Gema Banten")

    def write(txt: str, size: float, style: str = "", h: float = 7, colour: int = 17) -> None:
        pdf.set_font(fam, style, size)
        pdf.set_text_color(colour)
        pdf.multi_cell(0, h, _latin(txt, fam), new_x="LMARGIN", new_y="NEXT")

    for s in deck.slides:
        pdf.add_page()
        if s.key == "judul":
            pdf.ln(40)
            write(s.title, 30, "B", 14)
            write(s.subtitle, 14, "", 8, 85)
            pdf.ln(6)
            for line in s.lines:
                write(line, 16, "", 9)
        else:
            write(s.title, 20, "B", 10)
            if s.subtitle:
                write(s.subtitle, 10, "", 5, 85)
            pdf.ln(2)
            if s.spec is not None:  # vector bars, every name and value as text
                chartspec.draw_pdf(pdf, s.spec, pdf.w - pdf.l_margin - pdf.r_margin, lang,
                                   lambda x: _latin(x, fam), fam)  # fmt: skip
            elif s.key in images:
                pdf.image(io.BytesIO(images[s.key]), x=pdf.l_margin + 28, w=204)
            elif s.kpis:
                rows = [[i18n.t("pres.col.kpi", lang), i18n.t("pres.col.value", lang),
                         i18n.t("pres.col.change", lang)]]  # fmt: skip
                rows += [
                    [i18n.t(k.label_key, lang), k.full_text(), k.delta_text(lang) or "—"]
                    for k in s.kpis
                ]
                _pdf_table(pdf, rows, fam, 12)
            elif s.table is not None:
                rows = [[str(c) for c in s.table.columns]]
                rows += [
                    ["" if v is None else str(v) for v in r]
                    for r in s.table.itertuples(index=False)
                ]
                _pdf_table(pdf, rows, fam, 10, widths=(130,) + (45,) * (len(rows[0]) - 1))
        if s.caveats:
            pdf.ln(2)
            for line in s.caveats:
                write("⚠ " + line if fam != "helvetica" else "! " + line, 10, "B", 5, 40)
        if s.notes:
            pdf.ln(3)
            write(i18n.t("pres.notes", lang), 11, "B", 6)
            for line in s.notes:
                write("• " + line, 10, "", 5)
    return bytes(pdf.output())


def _pdf_table(pdf: Any, rows: list[list[str]], fam: str, size: int, widths: Any = None) -> None:
    pdf.set_font(fam, "", size)
    pdf.set_text_color(17)
    rows = [[_latin(c, fam) for c in r] for r in rows]
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.55) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)


# --- everything for one deck --------------------------------------------------------------------
KINDS = ("pptx", "pdf", "xlsx", "png")
WHAT = {"pptx": "presentasi", "pdf": "laporan", "xlsx": "data", "png": "grafik"}


def render(deck: Deck, kind: str) -> tuple[bytes, str, str]:
    """(bytes, file name, mime) of one export of the deck."""
    from gema.presentasi.deck import file_name

    if kind == "pptx":
        data = deck_pptx(deck)
    elif kind == "pdf":
        data = deck_pdf(deck)
    elif kind == "xlsx":
        data = deck_xlsx(deck)
    elif kind == "png":
        data = png_zip(deck)
    else:
        raise ValueError(kind)
    ext = "zip" if kind == "png" else kind
    return data, file_name(WHAT[kind], deck.filters, ext), MIME[ext]


def table_file_name(what: str, when: date | datetime | None = None, ext: str = "csv") -> str:
    """'gema-banten_aspirasi_2024-09-30.csv' for a single table's download."""
    day = (when or date.today()).strftime("%Y-%m-%d")
    return f"gema-banten_{what}_{day}.{ext}"
