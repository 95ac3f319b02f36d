"""What a reader produces and how it ends: the TEMP table of text columns (`RawTable`), the
reader's error (`ReadError`), chunks of rows into a table, empty records and summary rows
(Total, Jumlah, Rata-rata…) left out."""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import duckdb

from gema.core import i18n, store

SUMMARY_WORDS = frozenset(
    {
        "total",
        "totals",
        "jumlah",
        "jumlah total",
        "total keseluruhan",
        "grand total",
        "rata-rata",
        "rata rata",
        "rerata",
        "average",
        "subtotal",
        "sub total",
        "sub-total",
        # footer rows of hand-made SKM recap sheets (PermenPANRB 14/2017 tabulation)
        "nrr",
        "nrr / unsur",
        "nrr/unsur",
        "nrr per unsur",
        "nrr tertimbang",
        "nrr tertimbang / unsur",
        "nrr tertimbang/unsur",
        "jumlah nrr tertimbang",
        "ikm",
        "ikm unit pelayanan",
        "ikm unit layanan",
        "nilai ikm",
        "σ nilai/unsur",
        "σ nilai / unsur",
        "∑ nilai/unsur",
        "∑ nilai / unsur",
        "jumlah nilai/unsur",
        "jumlah nilai per unsur",
        "nilai rata-rata",
    }
)

_NUMERIC_CELL = re.compile(
    r"^[\s(+\-−]*(rp\.?|idr|\$)?\s*[\d.,]+\s*(%|k|rb|ribu|jt|juta|m|mio|miliar|b|bn)?\.?\s*\)?$",
    re.IGNORECASE,
)

_BLANK_CELLS = frozenset({"", "-", "--", "–", "—", "n/a", "#n/a", "null", "nan"})


class ReadError(Exception):
    """Unreadable file → CLI exit 2. str(exc) is a clear Bahasa Indonesia message.

    `key` and `params` give the same message in another language through `gema.core.i18n.t`.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(i18n.t(key, "id", **params))

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The message in the user's language."""
        return i18n.t(self.key, lang, **self.params)


@dataclass
class RawTable:
    """What `read_file` produced: a TEMP table of text columns plus how the file was read."""

    table: str
    columns: list[str]
    rows_read: int
    summary_rows: list[int] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str | None = ","
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)
    registered: bool = False  # an UploadSession's kept rows, scanned in place (not a TEMP table)
    # what was worked out from this read alone (date orders, formats, empty columns): shared by
    # every copy an UploadSession restores from the read, so a preview rerun does not scan again
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)


def _table_from_rows(
    conn: duckdb.DuckDBPyConnection,
    columns: list[str],
    rows: list[list[str]],
    numbers: list[int],
    into: str | None = None,
) -> str:
    """A TEMP table from rows of text cells held in Python (Excel sheets, the careful CSV path);
    empty cells become NULL as in DuckDB's reader. `into`: append to that table instead."""
    import pyarrow as pa

    arrays = {
        column: pa.array(
            [(r[j] if j < len(r) and r[j] != "" else None) for r in rows], type=pa.string()
        )
        for j, column in enumerate(columns)
    }
    arrays["_row"] = pa.array(numbers, type=pa.int64())
    arrow = pa.table(arrays)
    table = into or f"gema_raw_{uuid.uuid4().hex[:12]}"
    view = f"gema_arrow_{uuid.uuid4().hex[:12]}"
    conn.register(view, arrow)
    try:
        query = "ingest_read/append_arrow" if into else "ingest_read/arrow_to_table"
        store.execute(conn, query, idents={"table": table, "source": view})
    finally:
        conn.unregister(view)
    return table


def _delete_empty(conn: duckdb.DuckDBPyConnection, table: str, columns: list[str]) -> None:
    store.execute(
        conn,
        "ingest_read/delete_empty",
        idents={"table": table, "first": columns[0], "cols": columns},
    )


def _finish(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    columns: list[str],
    *,
    encoding: str,
    delimiter: str | None,
    sheet: str | None,
    notes: list[str],
) -> RawTable:
    summary = _summary_rows(conn, table, columns)
    if summary:
        store.execute(
            conn,
            "ingest_read/delete_rows",
            idents={"table": table},
            rows=[row for row, _ in summary],
        )
        for row, word in summary:
            notes.append(i18n.t("ingest.read.note.summary", "id", row=row, value=word))
    count = store.scalar(conn, "ingest_read/count_rows", idents={"table": table})
    return RawTable(
        table=table,
        columns=columns,
        rows_read=int(count or 0),
        summary_rows=[row for row, _ in summary],
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        notes=notes,
    )


def _summary_rows(
    conn: duckdb.DuckDBPyConnection, table: str, columns: list[str]
) -> list[tuple[int, str]]:
    """Rows whose first non-empty cell is Total/Jumlah/Rata-rata… and whose other cells are
    numbers or empty, with at least one number. A row with real text besides that word (more
    than a fifth of its other cells), or with no figure at all, is data, never a summary."""
    found = store.execute(
        conn,
        "ingest_read/summary_candidates",
        idents={"table": table, "first_column": columns[0], "cols": columns},
        words=sorted(SUMMARY_WORDS),
    ).fetchall()
    out = []
    for row in found:
        number, cells = int(row[0]), [c for c in row[1:]]
        word_at = next(i for i, c in enumerate(cells) if c is not None and c.strip())
        rest = [c.strip() for c in cells[word_at + 1 :] if c is not None and c.strip()]
        numbers = [c for c in rest if _NUMERIC_CELL.match(c)]
        blanks = [c for c in rest if c.lower() in _BLANK_CELLS]
        if not numbers or len(numbers) + len(blanks) < math.ceil(len(rest) * 0.8):
            continue  # a summary row carries figures; a lone word is data
        out.append((number, cells[word_at].strip()))
    return out
