"""Read an uploaded file into a TEMP table of text columns, whatever the export looks like.

Staff upload exports from Meta Business Suite, TikTok/YouTube Studio, X, tweet scrapers, Google
Forms and hand-made sheets. They come as UTF-8 (with or without BOM), Windows-1252, UTF-16 "Unicode
text" from Excel, with `,` `;` tab or `|`, with title lines above the header, multi-line quoted
cells and summary rows such as YouTube's `Total`. This module finds all of that on a small sample in
Python and then lets DuckDB read the whole file in one `read_csv` (all columns VARCHAR, so 19-digit
ids stay exact); parsing values is left to the SQL macros of migration 010.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import re
import sys
import tempfile
import uuid
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import duckdb

from gema.core import i18n, store
from gema.core import sql as sql_mod
from gema.ingest import limits

SAMPLE_BYTES = 256 * 1024
SAMPLE_RECORDS = 200
DELIMITERS = (",", ";", "\t", "|")
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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\ufeff]+")
_EXCEL_INT_DIGITS = 15
_SEP_HINT = re.compile(r"^\ufeff?sep=([,;\t|])\r?\n", re.IGNORECASE)

csv.field_size_limit(sys.maxsize)


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


@dataclass
class _Layout:
    """What the sample says about a text file."""

    delimiter: str
    header_index: int  # index of the header record among the records (blank lines count)
    skip_lines: int  # physical lines up to and including the header
    headers: list[str]
    width: int  # widest record seen in the sample
    preamble: bool  # non-empty lines (a report title) above the header


def read_file(
    conn: duckdb.DuckDBPyConnection,
    path: Path,
    *,
    file_name: str | None = None,
    sheet: str | None = None,
) -> RawTable:
    """Read `path` into a TEMP table in `conn`; raise ReadError when the file cannot be read."""
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
            longest, line = limits.longest_line(path, lim.line_bytes)
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
    found = dict(zip([d[0] for d in cur.description], cur.fetchone() or (), strict=True))
    for column in raw.columns:
        n = found.get(column)
        if n is not None and n > lim.cell_chars:
            raise ReadError(
                "rel.limit.cell_column",
                name=name,
                limit=i18n.fmt_int(lim.cell_chars),
                column=column,
            )


# --- file type and encoding -------------------------------------------------------------------


def _binary_kind(head: bytes, path: Path, name: str) -> str:
    """'excel' or 'text'; other binary formats are refused with a message that names them."""
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, NotImplementedError, ValueError, EOFError) as exc:
            # NotImplementedError: a "zip version 6.4" header (found by the fuzz run)
            raise ReadError("ingest.read.corrupt_zip", name=name) from exc
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            return "excel"
        if "content.xml" in names and "mimetype" in names:
            return "excel"  # OpenDocument spreadsheet; calamine reads it
        if "word/document.xml" in names:
            raise ReadError("ingest.read.word", name=name)
        if any(n.startswith("ppt/") for n in names):
            raise ReadError("ingest.read.powerpoint", name=name)
        raise ReadError("ingest.read.zip", name=name)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "excel"  # legacy .xls (or another OLE file: calamine decides)
    signatures = {
        b"%PDF": "PDF",
        b"\x89PNG": "PNG",
        b"\xff\xd8\xff": "JPEG",
        b"GIF8": "GIF",
        b"\x1f\x8b": "gzip",
        b"Rar!": "RAR",
        b"7z\xbc\xaf": "7z",
    }
    for magic, label in signatures.items():
        if head.startswith(magic):
            raise ReadError("ingest.read.binary_kind", name=name, kind=label)
    return "text"


def _detect_encoding(head: bytes, at_eof: bool) -> str:
    """By BOM, then strict UTF-8 on the sample, then Windows-1252 (Excel's 'CSV' on Windows)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head[:4096]:
        even, odd = head[0:4096:2], head[1:4096:2]
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
        return "binary"
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=at_eof)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _codec(encoding: str) -> tuple[str, str]:
    """(Python codec, error handler) for a detected encoding. 'cp1252' is read as UTF-8 with
    every byte that is not valid UTF-8 taken as Windows-1252: a pure Windows-1252 file reads the
    same, and a UTF-8 file with a few Windows-1252 bytes pasted in (common after editing in
    Excel) keeps its UTF-8 text intact instead of turning 'é' into 'Ã©'."""
    if encoding == "cp1252":
        return "utf-8", "gema-cp1252"
    return encoding, "replace"


def _decoder(encoding: str) -> codecs.IncrementalDecoder:
    codec, errors = _codec(encoding)
    return codecs.getincrementaldecoder(codec)(errors)


def _cp1252_lenient(exc: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 are read as Windows-1252; the five bytes it leaves undefined as
    their Latin-1 code points, so a stray byte never stops an import."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_cp1252_byte(b) for b in bad), exc.end


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error("gema-cp1252", _cp1252_lenient)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) > max(2, len(text) * 0.01)


def _transcode(path: Path, encoding: str) -> Path:
    """Stream a non-UTF-8 file into a temporary UTF-8 copy for DuckDB (1 MB at a time)."""
    decoder = _decoder(encoding)
    fd, tmp = tempfile.mkstemp(prefix="gema_read_", suffix=".csv")
    with os.fdopen(fd, "wb") as out, path.open("rb") as src:
        while chunk := src.read(1 << 20):
            out.write(decoder.decode(chunk).encode("utf-8"))
        out.write(decoder.decode(b"", final=True).encode("utf-8"))
    return Path(tmp)


# --- layout: delimiter, header, width ---------------------------------------------------------


def _records(text: str, delimiter: str, complete: bool) -> list[tuple[list[str], int]]:
    """(fields, physical lines consumed so far) per record of the sample; a record cut off by the
    end of the sample is dropped. Blank lines give an empty list, like a spreadsheet row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    out: list[tuple[list[str], int]] = []
    try:
        for row in reader:
            out.append((row, reader.line_num))
            if len(out) >= SAMPLE_RECORDS:
                return out
    except csv.Error:
        pass
    if not complete and out:
        out.pop()
    return out


def _nonempty(row: list[str]) -> int:
    return sum(1 for cell in row if cell.strip())


def _score(records: list[tuple[list[str], int]]) -> tuple[float, int]:
    counts = [len(row) for row, _ in records if _nonempty(row)]
    if not counts:
        return (0.0, 0)
    mode, freq = Counter(counts).most_common(1)[0]
    if mode < 2:
        return (0.0, mode)
    return (freq / len(counts), mode)


def _layout(text: str, complete: bool, prefer_tab: bool) -> _Layout:
    hint = _SEP_HINT.match(text)
    if hint:
        # Excel's 'sep=;' first line names the delimiter; the line itself is no data
        delimiter = hint.group(1)
        records = _records(text, delimiter, complete)
        start = 1 + header_position([_nonempty(row) for row, _ in records[1:]])
        header_row, skip_lines = records[start]
        widest = max(len(row) for row, _ in records[start:])
        preamble = any(_nonempty(row) for row, _ in records[1:start])
        return _Layout(delimiter, start, skip_lines, header_row, widest, preamble)
    best: tuple[tuple[float, int, int], str] | None = None
    for rank, delim in enumerate(DELIMITERS):
        consistency, width = _score(_records(text, delim, complete))
        bonus = 1 if (prefer_tab and delim == "\t") else 0
        key = (round(consistency, 3), bonus, width, -rank)
        if best is None or key > best[0]:
            best = (key, delim)
    assert best is not None
    delimiter = best[1] if best[0][0] > 0 else ","
    records = _records(text, delimiter, complete)
    if not any(_nonempty(row) for row, _ in records):
        return _Layout(delimiter, 0, 0, [], 0, False)
    header_index = header_position([_nonempty(row) for row, _ in records])
    header_row, skip_lines = records[header_index]
    after = records[header_index + 1 :]
    widest = max([len(header_row)] + [len(row) for row, _ in after])
    preamble = any(_nonempty(row) for row, _ in records[:header_index])
    return _Layout(delimiter, header_index, skip_lines, header_row, widest, preamble)


def header_position(filled: list[int]) -> int:
    """Index of the header among the first records, given each record's count of non-empty
    cells: the first record nearly as full as a typical record (the most common count), so a
    report title such as 'Laporan,Periode Juli,,,' above the table is skipped, while a few
    over-wide data rows further down do not push the header away."""
    counts = Counter(n for n in filled if n)
    if not counts:
        return 0
    typical = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    if typical <= 1:
        return next(i for i, n in enumerate(filled) if n)
    need = max(2, math.ceil(typical * 0.6))
    return next(i for i, n in enumerate(filled) if n >= need)


def clean_headers(raw: list[str], width: int) -> list[str]:
    """Strip headers; blank ones become 'kolom_N'; repeats (case-insensitive, as DuckDB compares
    names) get ' (2)', ' (3)'… so every source column keeps its own name."""
    names: list[str] = []
    seen: set[str] = {"_row"}
    for i in range(width):
        # control characters (a NUL cuts the SQL text short) never reach a column name
        base = _SPACES.sub(" ", _CONTROL.sub("", raw[i])).strip() if i < len(raw) else ""
        base = base or f"kolom_{i + 1}"
        name, n = base, 1
        while name.lower() in seen:
            n += 1
            name = f"{base} ({n})"
        seen.add(name.lower())
        names.append(name)
    return names


def quote_ident(name: str) -> str:
    """A DuckDB identifier, quoted: `gema.core.sql.ident` (kept for older callers)."""
    return sql_mod.ident(name)


def sql_text(name: str, **parts: str) -> str:
    """A named query with its old-style `{part}` placeholders filled with quoted identifiers.
    Deprecated: the ingest queries use `{{ident:x}}` and `store.run(..., idents=...)`; this is
    kept only for callers outside the ingest package whose queries still use `{part}`."""
    text = store.load_query(name)
    for key, value in parts.items():
        text = text.replace("{" + key + "}", value)
    return text


# --- text files -------------------------------------------------------------------------------


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
    Blank lines at the end of the file do not matter."""
    import numpy as np

    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - 65536))
        tail = handle.read()
        end = size - (len(tail) - len(tail.rstrip()))
        handle.seek(0)
        done, edge = 0, b""
        while done < end:
            chunk = handle.read(min(1 << 24, end - done))
            if not chunk:
                break
            done += len(chunk)
            seam = edge + chunk[:3]
            if b"\n\n" in seam or b"\n\r\n" in seam or b"\r\r" in seam:
                return True
            edge = chunk[-3:]
            # numpy scans ~10x faster than bytes.find for a two-byte pattern that starts with
            # a byte found on every line
            arr = np.frombuffer(chunk, dtype=np.uint8)
            nl = arr == 10
            if (nl[1:] & nl[:-1]).any():
                return True
            if b"\r" in chunk:
                cr = arr == 13
                if (nl[:-2] & cr[1:-1] & nl[2:]).any() or (cr[1:] & cr[:-1]).any():
                    return True
    return False


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


def _delete_empty(conn: duckdb.DuckDBPyConnection, table: str, columns: list[str]) -> None:
    store.execute(
        conn,
        "ingest_read/delete_empty",
        idents={"table": table, "first": columns[0], "cols": columns},
    )


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


# --- Excel ------------------------------------------------------------------------------------


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


# --- common ending: summary rows, counts ------------------------------------------------------


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
