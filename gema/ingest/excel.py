"""Excel workbooks (XLSX/XLS/ODS through calamine): the first sheet with data or the one asked
for, every cell as the text the user sees (long ids exact, dates as written)."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from pathlib import Path

import duckdb

from gema.core import i18n
from gema.ingest.raw import RawTable, ReadError, _finish, _table_from_rows
from gema.ingest.textlayout import clean_headers, header_position

_EXCEL_INT_DIGITS = 15


def _read_excel(
    conn: duckdb.DuckDBPyConnection, path: Path, name: str, sheet: str | None
) -> RawTable:
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        sheet_names = list(book.sheet_names)
    except Exception as exc:  # calamine raises its own error types for broken files
        raise ReadError("ingest.read.corrupt_excel", name=name) from exc
    if sheet is not None and sheet not in sheet_names:
        raise ReadError(
            "ingest.read.no_sheet", name=name, sheet=sheet, sheets=", ".join(sheet_names)
        )
    chosen, rows, start = None, [], (0, 0)
    for candidate in [sheet] if sheet is not None else sheet_names:
        try:
            data = book.get_sheet_by_name(candidate)
            found = _nonempty_sheet(data)
        except Exception as exc:
            raise ReadError("ingest.read.corrupt_excel", name=name) from exc
        if found:
            chosen, rows, start = candidate, data, data.start or (0, 0)
            break
    if chosen is None:
        raise ReadError("ingest.read.empty_sheet", name=name, sheet=sheet or sheet_names[0])

    notes: list[str] = []
    others = [s for s in sheet_names if s != chosen]
    if others and sheet is None:
        notes.append(
            i18n.t("ingest.read.note.sheets", "id", sheet=chosen, others=", ".join(others))
        )
    long_ids: set[int] = set()
    # row by row (iter_rows): the whole sheet as Python values and as text at once doubled memory
    texts = [[_cell_text(v, long_ids, j) for j, v in enumerate(row)] for row in rows.iter_rows()]
    header_index = header_position([sum(1 for c in row[:200] if c.strip()) for row in texts[:200]])
    header = texts[header_index]
    widest = max(len(r) for r in texts)
    # trailing columns that are empty in the header and every row are not columns
    while widest > 0 and not any(len(r) >= widest and r[widest - 1].strip() for r in texts):
        widest -= 1
    columns = clean_headers(header, widest)
    first_row = start[0] + 1  # spreadsheet row of texts[0]
    if any(any(c.strip() for c in row) for row in texts[:header_index]):
        notes.append(i18n.t("ingest.read.note.preamble", "id", row=first_row + header_index))
    data_rows = texts[header_index + 1 :]
    numbers = [first_row + header_index + 1 + i for i in range(len(data_rows))]
    keep = [i for i, r in enumerate(data_rows) if any(c.strip() for c in r[:widest])]
    table = _table_from_rows(
        conn, columns, [data_rows[i] for i in keep], [numbers[i] for i in keep]
    )
    if long_ids:
        cols = ", ".join(columns[j] for j in sorted(long_ids) if j < len(columns))
        notes.append(i18n.t("ingest.read.note.excel_precision", "id", columns=cols))
    return _finish(conn, table, columns, encoding="xlsx", delimiter=None, sheet=chosen, notes=notes)


def _nonempty_sheet(data: object) -> bool:
    """True when a sheet holds at least one non-empty cell (streamed, row by row)."""
    return any(any(_cell_text(v) for v in row) for row in data.iter_rows())  # type: ignore[attr-defined]


def _cell_text(value: object, long_ids: set[int] | None = None, column: int = 0) -> str:
    """An Excel cell as the text the user typed: 12400 not 12400.0, dates as ISO text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            if abs(value) >= 10**_EXCEL_INT_DIGITS and long_ids is not None:
                long_ids.add(column)
            return str(int(value))
        # Excel keeps 15 significant digits and shows no more: 0.1+0.2 reads '0.3'
        return format(value, ".15g")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return str(value)
