"""The XLSX export as a report a leader can open (issue 12), not a data dump.

- First sheet "Tentang laporan" ("About this report"): filters, period, area, data sources with
  their import batch ids, every caveat of every section, and when it was made.
- One sheet per section (the deck's slides with data), headers in the UI language from
  `COLUMNS` (field → Indonesian, English, format), kab/kota names beside their codes.
- Real numbers and dates with formats: percent as `0,0%`, Rupiah as `"Rp"#.##0`, counts without
  decimals, IKM with two; booleans as Ya/Tidak; dates as dates (`[$-421]d mmmm yyyy`).
- Header row bold, frozen and filterable; widths fitted to the content (capped).
- A section's caveats: a "Catatan" column on the rows they concern (partial week, small sample)
  and a note (cell comment) on the first header cell with all of the section's caveats.
- Formula neutralisation as in `gema.presentasi.export` (text cells starting with = + - @ get a quote).

Issues 13/14 add a section by adding a Slide with `data` (and `caveats`) to the deck, or by
passing extra frames to `workbook(…, extra=…)`; new field names go in `COLUMNS`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import duckdb
import pandas as pd

from gema.core import i18n, store
from gema.core.regions import KODE_NAMA

# field → (Indonesian header, English header, format); formats: int, num1, num2, pct, rupiah,
# date, datetime, bool, text, code
COLUMNS: dict[str, tuple[str, str, str]] = {
    "kpi": ("Kode indikator", "Indicator code", "code"),
    "label": ("Nama", "Name", "text"),
    "value": ("Nilai", "Value", "num2"),
    "previous": ("Periode sebelumnya", "Previous period", "num2"),
    "change": ("Perubahan", "Change", "pct"),
    "week": ("Pekan (mulai Senin)", "Week (from Monday)", "date"),
    "reach": ("Jangkauan", "Reach", "int"),
    "posts": ("Jumlah konten", "Posts", "int"),
    "feedback": ("Jumlah aspirasi", "Feedback", "int"),
    "feedback_prev": ("Aspirasi periode sebelumnya", "Feedback, previous period", "int"),
    "partial": ("Pekan tidak penuh", "Partial week", "bool"),
    "kode": ("Kode kab/kota", "Regency/city code", "code"),
    "nama": ("Kab/kota", "Regency/city", "text"),
    "campaign": ("Kampanye", "Campaign", "text"),
    "engagements": ("Interaksi", "Engagements", "int"),
    "engagement_rate": ("Tingkat interaksi", "Engagement rate", "pct"),
    "platform": ("Platform", "Platform", "text"),
    "account": ("Akun", "Account", "text"),
    "display_name": ("Nama tampilan", "Display name", "text"),
    "kabkota": ("Kode kab/kota", "Regency/city code", "code"),
    "kabkota_name": ("Kab/kota", "Regency/city", "text"),
    "is_icn": ("Anggota ICN", "ICN member", "bool"),
    "account_type": ("Jenis akun", "Account type", "text"),
    "followers": ("Pengikut", "Followers", "int"),
    "eligible": ("Akun yang diperingkat", "Accounts ranked", "int"),
    "all_accounts": ("Semua akun", "All accounts", "int"),
    "topic": ("Topik", "Topic", "text"),
    "negatif": ("Negatif", "Negative", "int"),
    "positif": ("Positif", "Positive", "int"),
    "negative_share": ("Porsi negatif", "Negative share", "pct"),
    "feedback_key": ("No. aspirasi", "Feedback no.", "code"),
    "received_at": ("Diterima", "Received", "datetime"),
    "channel": ("Kanal", "Channel", "text"),
    "sentiment": ("Sentimen", "Sentiment", "text"),
    "text": ("Isi", "Text", "text"),
    "group": ("Kode kelompok", "Group code", "code"),
    "respondents": ("Responden", "Respondents", "int"),
    "needed": ("Sampel minimum", "Minimum sample", "int"),
    "short": ("Sampel kurang", "Sample too small", "bool"),
    "ikm": ("IKM", "IKM", "num2"),
    "mutu": ("Mutu", "Grade", "text"),
    "kinerja": ("Kinerja", "Performance", "text"),
    "unit": ("Unit layanan", "Service unit", "text"),
    "period": ("Periode", "Period", "text"),
    "published_ikm": ("IKM terbit", "Published IKM", "num2"),
    "published_mutu": ("Mutu terbit", "Published grade", "text"),
    "cost": ("Biaya (Rp)", "Cost (Rp)", "rupiah"),
    "cost_per_engagement": ("Biaya per interaksi (Rp)", "Cost per engagement (Rp)", "rupiah"),
    "batch_id": ("ID batch", "Batch id", "code"),
    "kind": ("Jenis data", "Data kind", "text"),
    "file_name": ("File", "File", "text"),
    "imported_by": ("Diunggah oleh", "Uploaded by", "text"),
    "imported_at": ("Diunggah", "Uploaded", "datetime"),
    "rows_loaded": ("Baris dimuat", "Rows loaded", "int"),
    "is_demo": ("Data contoh", "Sample data", "bool"),
    "note": ("Catatan", "Note", "text"),
}
NUMBER_FORMATS = {
    "int": "#,##0",
    "num1": "#,##0.0",
    "num2": "#,##0.00",
    "pct": "0.0%",
    "rupiah": '"Rp"\\ #,##0',
    "date": "[$-421]d mmmm yyyy",
    "datetime": "[$-421]d mmmm yyyy hh:mm",
    "code": "@",
}
MIN_WIDTH, MAX_WIDTH = 8, 60
# The KPI sheet mixes counts, rates and scores in one column: each row gets its own format
# (value/previous, change) so reach is 24.190.171, not 24.190.171,00, and a rate is 7,9%.
KPI_KINDS: dict[str, tuple[str, str]] = {
    "engagement_rate": ("pct", "pct"),
    "positive_share": ("pct", "pct"),
    "negative_share": ("pct", "pct"),
    "net_sentiment": ("num1", "num1"),
    "ikm": ("num2", "num2"),
}


def _kpi_kind(key: object, field: str) -> str | None:
    """The format of a KPI row's value/previous/change cell (counts: integer, change in %)."""
    if field not in ("value", "previous", "change"):
        return None
    value_kind, change_kind = KPI_KINDS.get(str(key), ("int", "pct"))
    return change_kind if field == "change" else value_kind


CAVEAT_COLUMN = "note"


def header(field: str, lang: str) -> str:
    """The header of a field in the UI language; unknown fields are shown readably."""
    if field in COLUMNS:
        idn, en, _ = COLUMNS[field]
        return en if lang == "en" else idn
    return field.replace("_", " ").capitalize()


def _kind(field: str, series: pd.Series) -> str:
    if field in COLUMNS:
        return COLUMNS[field][2]
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    if pd.api.types.is_integer_dtype(series):
        return "int"
    if pd.api.types.is_numeric_dtype(series):
        whole = series.dropna()
        return "int" if len(whole) and (whole == whole.round()).all() else "num2"
    return "text"


def with_names(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Kab/kota names beside their codes ('3602' → 'Kab. Lebak'); NULL = province/unknown."""
    out = df.copy()
    if "kabkota" in out.columns and "kabkota_name" not in out.columns:
        # feedback without a kab/kota is unknown/outside Banten; a post or account without one
        # is province-wide (DEVELOPERS.md)
        feedback = "feedback_key" in out.columns
        unknown = i18n.t("common.outside_unknown" if feedback else "common.province", lang)
        names = [KODE_NAMA.get(str(k), unknown) if isinstance(k, str) else unknown
                 for k in out["kabkota"]]  # fmt: skip
        out.insert(list(out.columns).index("kabkota") + 1, "kabkota_name", names)
    return out


def _value(value: Any, kind: str, lang: str) -> Any:
    from gema.presentasi.export import _cell

    if kind == "bool":
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        return i18n.t("common.yes", lang) if bool(value) else i18n.t("common.no", lang)
    if kind == "code" and value is not None and not (isinstance(value, float) and pd.isna(value)):
        return _cell(str(value))
    return _cell(value)


def _write_sheet(
    ws: Any, df: pd.DataFrame, lang: str, caveats: tuple[str, ...] = (), row_notes: Any = None
) -> None:
    """One section: headers, typed cells, formats, widths, frozen filterable header, notes."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    df = with_names(df, lang)
    if row_notes is not None and any(row_notes):
        df = df.assign(**{CAVEAT_COLUMN: list(row_notes)})
    kinds = [_kind(str(c), df[c]) for c in df.columns]
    from gema.core.cells import neutralise

    ws.append([neutralise(header(str(c), lang)) for c in df.columns])
    for row in df.itertuples(index=False, name=None):
        ws.append([_value(v, k, lang) for v, k in zip(row, kinds, strict=True)])
        if "kpi" in df.columns:
            key = row[list(df.columns).index("kpi")]
            for j, col in enumerate(df.columns, start=1):
                kind = _kpi_kind(key, str(col))
                if kind:
                    ws.cell(row=ws.max_row, column=j).number_format = NUMBER_FORMATS[kind]
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for j, (col, kind) in enumerate(zip(df.columns, kinds, strict=True), start=1):
        letter = get_column_letter(j)
        fmt = NUMBER_FORMATS.get(kind)
        texts = [header(str(col), lang)]
        for (cell,) in ws.iter_rows(min_row=2, min_col=j, max_col=j):
            if fmt and not ("kpi" in df.columns and _kpi_kind("", str(col))):
                cell.number_format = fmt
            if kind == "text":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            texts.append(_shown(cell.value, kind))
        ws.column_dimensions[letter].width = max(
            MIN_WIDTH, min(MAX_WIDTH, max(len(x) for x in texts) + 2)
        )
    ws.freeze_panes = "A2"
    if len(df.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{max(1, len(df) + 1)}"
    if caveats:
        comment = Comment("\n".join(caveats), "Gema Banten")
        comment.width, comment.height = 420, 30 + 40 * len(caveats)
        ws.cell(row=1, column=1).comment = comment


def _shown(value: Any, kind: str) -> str:
    """Roughly the text Excel shows, for fitting the width (1.234.567; 12,5%; 1 Juli 2024)."""
    if value is None:
        return ""
    if kind == "pct" and isinstance(value, (int, float)):
        return f"{value * 100:.1f}%"
    if kind in ("int", "rupiah") and isinstance(value, (int, float)):
        return f"Rp {value:,.0f}" if kind == "rupiah" else f"{value:,.0f}"
    if kind in ("num1", "num2") and isinstance(value, (int, float)):
        return f"{value:,.2f}"
    if kind == "date":
        return "30 September 2024"
    if kind == "datetime":
        return "30 September 2024 12:00"
    return str(value)


def sources(conn: duckdb.DuckDBPyConnection | None) -> pd.DataFrame:
    """The loaded import batches (id, kind, file, rows), or an empty frame without a store."""
    if conn is None:
        return pd.DataFrame()
    return store.run(conn, "export/sources")


def workbook(
    about: list[tuple[str, str]],
    sections: list[tuple[str, pd.DataFrame, tuple[str, ...], Any]],
    lang: str,
    source_rows: pd.DataFrame | None = None,
) -> bytes:
    """The report: 'Tentang laporan' (about rows, caveats, sources), then one sheet per section
    given as (sheet name, frame, caveats, per-row notes or None)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from gema.core.cells import neutralise
    from gema.presentasi.export import _sheet_name

    wb = Workbook()
    ws = wb.active
    ws.title = i18n.t("rep.xlsx.about", lang)[:31]
    ws.append([i18n.t("rep.xlsx.about_title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    for label, value in about:
        ws.append([neutralise(label), neutralise(value)])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    by_caveat: dict[str, list[str]] = {}  # one line per caveat, naming every section it holds for
    for name, _, cav, _ in sections:
        for c in cav:
            by_caveat.setdefault(c, [])
            if name not in by_caveat[c]:
                by_caveat[c].append(name)
    if by_caveat:
        ws.append([])
        ws.append([i18n.t("rep.xlsx.caveats", lang)])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True, size=12)
        for c, names in by_caveat.items():
            ws.append([neutralise(", ".join(names)), neutralise(c)])
    if source_rows is not None and not source_rows.empty:
        ws.append([])
        ws.append([i18n.t("rep.xlsx.sources", lang)])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True, size=12)
        cols = [c for c in ("batch_id", "kind", "file_name", "imported_at", "rows_loaded",
                            "is_demo") if c in source_rows.columns]  # fmt: skip
        ws.append([header(c, lang) for c in cols])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        for r in source_rows[cols].itertuples(index=False, name=None):
            ws.append([_value(v, COLUMNS[c][2], lang) for v, c in zip(r, cols, strict=True)])
            for j, c in enumerate(cols, start=1):
                fmt = NUMBER_FORMATS.get(COLUMNS[c][2])
                if fmt:
                    ws.cell(row=ws.max_row, column=j).number_format = fmt
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 90
    for col in "CDEF":
        ws.column_dimensions[col].width = 22
    for row in ws.iter_rows(min_col=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for name, df, caveats, notes in sections:
        sheet = wb.create_sheet(_sheet_name(name, wb.sheetnames))
        _write_sheet(sheet, df, lang, caveats, notes)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def about_rows(
    lang: str,
    period: str,
    scope: str,
    filters: Mapping[str, list[str]],
    generated: datetime,
    demo: bool,
) -> list[tuple[str, str]]:
    """The first lines of 'Tentang laporan': what, which filters, when."""
    rows = [
        (i18n.t("pres.info.app", lang), "Gema Banten"),
        (i18n.t("pres.info.period", lang), period),
        (i18n.t("pres.info.scope", lang), scope),
    ]
    for name, values in filters.items():
        rows.append(
            (i18n.t(f"filter.{name}", lang), ", ".join(values) or i18n.t("rep.filter.all", lang))
        )
    rows += [
        (i18n.t("pres.info.generated", lang), i18n.fmt_datetime(generated, lang)),
        (i18n.t("pres.info.neutralised", lang), i18n.t("pres.info.neutralised_text", lang)),
        (i18n.t("rep.xlsx.formats", lang), i18n.t("rep.xlsx.formats_text", lang)),
    ]
    if demo:
        rows.append((i18n.t("rep.xlsx.demo", lang), i18n.t("app.demo_banner", lang)))
    return rows
