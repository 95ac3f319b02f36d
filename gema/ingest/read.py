"""Read an uploaded file into a TEMP table of text columns, whatever the export looks like.

Staff upload exports from Meta Business Suite, TikTok/YouTube Studio, X, tweet scrapers, Google
Forms and hand-made sheets. They come as UTF-8 (with or without BOM), Windows-1252, UTF-16 "Unicode
text" from Excel, with `,` `;` tab or `|`, with title lines above the header, multi-line quoted
cells and summary rows such as YouTube's `Total`. This module finds all of that on a small sample in
Python and then lets DuckDB read the whole file in one `read_csv` (all columns VARCHAR, so 19-digit
ids stay exact); parsing values is left to the SQL macros of migration 010.
"""

from __future__ import annotations

import csv
import uuid
import zipfile
import zlib
from pathlib import Path

import duckdb

from gema.core import i18n, store
from gema.ingest import filescan, limits
from gema.ingest.excel import _read_excel
from gema.ingest.raw import (
    RawTable,
    ReadError,
    _delete_empty,
    _finish,
    _table_from_rows,
)
from gema.ingest.textlayout import (  # noqa: F401  (re-exported for tests)
    _binary_kind,
    _codec,
    _decoder,
    _detect_encoding,
    _Layout,
    _layout,
    _looks_binary,
    _transcode,
    clean_headers,
    header_position,
)

SAMPLE_BYTES = 256 * 1024


def read_file(
    conn: duckdb.DuckDBPyConnection,
    path: Path,
    *,
    file_name: str | None = None,
    sheet: str | None = None,
    sha256: str | None = None,
) -> RawTable:
    """Read `path` into a TEMP table in `conn`; raise ReadError when the file cannot be read.
    sha256: the file's hash when the caller knows it (an upload), so it is not computed again."""
    path = Path(path)
    name = file_name or path.name
    if not path.is_file():
        raise ReadError("ingest.read.missing", name=name)
    if path.stat().st_size == 0:
        raise ReadError("ingest.read.empty", name=name)
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    kind = _binary_kind(head, path, name)
    lim = limits.Limits.current()
    try:
        if kind == "excel":
            if head.startswith(b"PK\x03\x04"):
                try:
                    limits.check_xlsx(path, lim)
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                        NotImplementedError, RuntimeError) as exc:  # fmt: skip
                    # a damaged archive (found by the fuzz run): refused like calamine's errors
                    raise ReadError("ingest.read.corrupt_excel", name=name) from exc
        else:
            found = filescan.scan(path, lim.line_bytes, sha256)  # one pass: hash, lines, blanks
            longest, line = found.longest, found.longest_line
            if longest > lim.line_bytes:
                raise limits.LimitExceeded(
                    "rel.limit.line", row=line, limit=lim.line_bytes // 1024,
                    size=i18n.fmt_int(longest // 1024),
                )  # fmt: skip
    except limits.LimitExceeded as exc:
        params = {k: i18n.fmt_int(v) if k == "limit" else v for k, v in exc.params.items()}
        raise ReadError(exc.key, name=name, **params) from None
    if kind == "excel":
        raw = _read_excel(conn, path, name, sheet)
    else:
        raw = _read_text(conn, path, name, head)
    try:
        _check_table(conn, raw, lim, name)
    except ReadError:
        store.execute(conn, "ingest/drop_table", idents={"table": raw.table})
        raise
    return raw


def _check_table(
    conn: duckdb.DuckDBPyConnection, raw: RawTable, lim: limits.Limits, name: str
) -> None:
    """Columns, rows and cell size of what was read, against the limits (names the column)."""
    if len(raw.columns) > lim.columns:
        raise ReadError("rel.limit.columns", name=name, limit=i18n.fmt_int(lim.columns))
    if raw.rows_read > lim.rows:
        raise ReadError("rel.limit.rows", name=name, limit=i18n.fmt_int(lim.rows))
    if not raw.columns:
        return
    cur = store.execute(
        conn, "ingest_read/max_lengths", idents={"table": raw.table}, cols=list(raw.columns)
    )
    values = cur.fetchone() or ()
    names = [d[0] for d in cur.description]
    half = len(names) // 2
    found = dict(zip(names[:half], values[:half], strict=True))
    filled = dict(zip(names[half:], values[half:], strict=True))
    # the same scan answers the mapping's question (pipeline._map): which columns are empty
    raw.memo["empty_columns"] = {c for c in raw.columns if not filled.get(c)}
    for column in raw.columns:
        n = found.get(column)
        if n is not None and n > lim.cell_chars:
            raise ReadError(
                "rel.limit.cell_column",
                name=name,
                limit=i18n.fmt_int(lim.cell_chars),
                column=column,
            )


def _read_text(conn: duckdb.DuckDBPyConnection, path: Path, name: str, head: bytes) -> RawTable:
    at_eof = path.stat().st_size <= len(head)
    encoding = _detect_encoding(head, at_eof)
    if encoding == "binary":
        raise ReadError("ingest.read.binary", name=name)
    sample = _decoder(encoding).decode(head, final=at_eof).lstrip("\ufeff")
    if _looks_binary(sample):
        raise ReadError("ingest.read.binary", name=name)
    if not sample.strip():
        raise ReadError("ingest.read.empty", name=name)
    prefer_tab = encoding.startswith("utf-16") or path.suffix.lower() in (".tsv", ".tab")
    layout = _layout(sample, at_eof, prefer_tab)
    if not layout.headers:
        raise ReadError("ingest.read.empty", name=name)

    loaded: tuple[str, list[str], list[int]] | None = None
    if encoding in ("utf-8", "utf-8-sig") and not _has_inner_blank_lines(path):
        try:
            loaded = _load_csv_duckdb(conn, path, layout)
        except duckdb.InvalidInputException as exc:
            if "unicode" in str(exc).lower():
                encoding = "cp1252"  # valid UTF-8 in the sample, not further on
    elif encoding not in ("utf-8", "utf-8-sig"):
        tmp = _transcode(path, encoding)
        try:
            if not _has_inner_blank_lines(tmp):
                loaded = _load_csv_duckdb(conn, tmp, layout)
        except duckdb.InvalidInputException:
            loaded = None
        finally:
            tmp.unlink(missing_ok=True)
    if loaded is None:
        # blank lines inside the data, ragged rows, mixed line ends or stray quotes: Python's
        # csv module reads what DuckDB's strict reader refuses, with exact spreadsheet rows
        loaded = _load_csv_python(conn, path, layout, encoding, name)
    table, columns, ragged = loaded

    notes: list[str] = []
    if layout.preamble:
        notes.append(i18n.t("ingest.read.note.preamble", "id", row=layout.header_index + 1))
    if len(columns) > len(layout.headers):
        notes.append(
            i18n.t(
                "ingest.read.note.ragged",
                "id",
                header=len(layout.headers),
                width=len(columns),
                columns=", ".join(columns[len(layout.headers) :]),
                rows=", ".join(str(r) for r in ragged[:5]) + (" …" if len(ragged) > 5 else ""),
            )
        )
    if encoding == "cp1252":
        notes.append(i18n.t("ingest.read.note.cp1252", "id"))
    elif encoding.startswith("utf-16"):
        notes.append(i18n.t("ingest.read.note.utf16", "id"))
    return _finish(
        conn, table, columns, encoding=encoding, delimiter=layout.delimiter, sheet=None, notes=notes
    )


def _has_inner_blank_lines(path: Path) -> bool:
    """A blank line between data lines is a spreadsheet row that DuckDB's reader skips without
    counting it; such files take the Python path so row numbers match what the user sees. (A
    blank line inside a quoted multi-line cell also sends the file there: slower, still right.)
    Blank lines at the end of the file do not matter. Found by the one pass of filescan."""
    return filescan.scan(path, limits.Limits.current().line_bytes).inner_blank_lines


def _load_csv_duckdb(
    conn: duckdb.DuckDBPyConnection, source: Path, layout: _Layout
) -> tuple[str, list[str], list[int]]:
    """The fast path: one DuckDB read_csv, every column VARCHAR, rows numbered by insertion order
    (rowid), fully empty records deleted afterwards (deleting keeps the numbers)."""
    columns = clean_headers(layout.headers, max(layout.width, len(layout.headers)))
    table = f"gema_raw_{uuid.uuid4().hex[:12]}"
    store.execute(
        conn,
        "ingest_read/csv_to_table",
        idents={"table": table},
        path=str(source),
        delim=layout.delimiter,
        skip=layout.skip_lines,
        columns={column: "VARCHAR" for column in columns},
    )
    store.execute(conn, "ingest_read/add_row_column", idents={"table": table})
    store.execute(
        conn,
        "ingest_read/number_rows",
        idents={"table": table},
        header_row=layout.header_index + 1,
    )
    _delete_empty(conn, table, columns)
    return table, columns, []


CHUNK_ROWS = 50_000  # rows held in Python at once on the careful path


def _load_csv_python(
    conn: duckdb.DuckDBPyConnection, path: Path, layout: _Layout, encoding: str, name: str
) -> tuple[str, list[str], list[int]]:
    """The careful path: Python's csv module over the whole file; blank lines keep their row
    number, over-wide rows get extra 'kolom_N' columns instead of losing values. Streams: at most
    CHUNK_ROWS rows are held in Python before they go to DuckDB, so memory stays bounded."""
    codec, errors = _codec(encoding)
    max_columns = limits.Limits.current().columns
    header = len(layout.headers)
    columns = clean_headers(layout.headers, header)
    rows: list[list[str]] = []
    numbers: list[int] = []
    ragged: list[int] = []
    table: str | None = None
    last_row: list[str] = []
    last_number = 0
    last_line = ""

    def flush() -> None:
        nonlocal table, columns
        width = max([len(columns), *(len(r) for r in rows)])
        if width > len(columns):
            wider = clean_headers(layout.headers, width)
            if table is not None:
                for column in wider[len(columns) :]:
                    store.execute(
                        conn,
                        "ingest_read/add_column",
                        idents={"table": table, "column": column},
                    )
            columns = wider
        if table is None:
            table = _table_from_rows(conn, columns, rows, numbers)
        else:
            _table_from_rows(conn, columns, rows, numbers, into=table)
        rows.clear()
        numbers.clear()

    with path.open(encoding=codec, errors=errors, newline="") as handle:

        def lines():
            nonlocal last_line
            for line in handle:
                if line.strip():
                    last_line = line
                yield line

        reader = csv.reader(lines(), delimiter=layout.delimiter, quotechar='"')
        try:
            for index, row in enumerate(reader):
                if index <= layout.header_index:
                    continue
                if any(cell.strip() for cell in row):
                    if len(row) > max_columns:
                        raise ReadError(
                            "rel.limit.columns", name=name, limit=i18n.fmt_int(max_columns)
                        )
                    if len(row) > header and len(ragged) < 100:
                        ragged.append(index + 1)
                    rows.append(row)
                    numbers.append(index + 1)
                    last_row, last_number = row, index + 1
                    if len(rows) >= CHUNK_ROWS:
                        flush()
        except csv.Error as exc:
            raise ReadError("ingest.read.csv_error", name=name, detail=str(exc)) from exc
        except BaseException:
            if table is not None:
                store.execute(conn, "ingest/drop_table", idents={"table": table})
            raise
    swallowed = bool(last_row) and ("\n" in last_row[-1] or "\r" in last_row[-1])
    if swallowed and not last_line.rstrip().endswith('"'):
        # a quote opened and never closed swallows the rest of the file into one cell
        if table is not None:
            store.execute(conn, "ingest/drop_table", idents={"table": table})
        raise ReadError("ingest.read.unclosed_quote", name=name, row=last_number)
    flush()
    assert table is not None
    return table, columns, ragged
