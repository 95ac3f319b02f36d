"""What a text file looks like, found on a sample: binary or text, its encoding (UTF-8 with or
without BOM, Windows-1252, UTF-16 from Excel), its delimiter, where the header is, and clean,
unique header names."""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import re
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from gema.ingest.raw import ReadError

csv.field_size_limit(sys.maxsize)  # long cells are read whole; read._check_table applies the limit

SAMPLE_RECORDS = 200

DELIMITERS = (",", ";", "\t", "|")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\ufeff]+")

_SEP_HINT = re.compile(r"^\ufeff?sep=([,;\t|])\r?\n", re.IGNORECASE)


@dataclass
class _Layout:
    """What the sample says about a text file."""

    delimiter: str
    header_index: int  # index of the header record among the records (blank lines count)
    skip_lines: int  # physical lines up to and including the header
    headers: list[str]
    width: int  # widest record seen in the sample
    preamble: bool  # non-empty lines (a report title) above the header


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
