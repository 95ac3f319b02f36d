"""Resource limits on every uploaded file, checked before the heavy readers run.

Any staff account can upload, so a small hostile file must not take the server down: a 206 KB
XLSX holding one 200 MB shared string (a "zip bomb"), a sheet whose single far-away cell makes
the reader allocate billions of empty cells, or a CSV whose one line is 5 MB. Each limit is a
setting (environment variable) with a safe default, and a file over it is refused with a clear
Indonesian message that names the limit. The XLSX checks stream the archive (expat over
decompressed chunks): nothing larger than one chunk is ever held in memory here.
"""

from __future__ import annotations

import os
import re
import xml.parsers.expat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    import duckdb

CHUNK = 1 << 20


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        value = int(raw) if raw else default
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class Limits:
    """The limits in force (read from the environment at each call, so tests and admins can set
    them without restarting)."""

    xlsx_uncompressed: int  # bytes, all members of the archive together
    shared_strings: int  # count of shared strings
    cell_chars: int  # characters in one cell (Excel's own limit is 32.767)
    columns: int
    rows: int
    cells: int  # rows × columns of a sheet's used range (the reader allocates it densely)
    line_bytes: int  # one physical line of a text file

    @classmethod
    def current(cls) -> Limits:
        return cls(
            xlsx_uncompressed=_env_int("GEMA_MAX_XLSX_UNCOMPRESSED_MB", 256) * 1024 * 1024,
            shared_strings=_env_int("GEMA_MAX_SHARED_STRINGS", 1_000_000),
            cell_chars=_env_int("GEMA_MAX_CELL_CHARS", 32_767),
            columns=_env_int("GEMA_MAX_COLUMNS", 1_000),
            rows=_env_int("GEMA_MAX_ROWS", 1_048_576),
            cells=_env_int("GEMA_MAX_CELLS", 5_000_000),
            line_bytes=_env_int("GEMA_MAX_LINE_KB", 2048) * 1024,
        )


class LimitExceeded(Exception):
    """A file over one limit: `key` is the i18n message key, `params` its values."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)


_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def check_xlsx(path: Path, limits: Limits | None = None) -> None:
    """Stream an .xlsx/.ods archive and raise LimitExceeded when it is over a limit. Declared
    sizes are not trusted: the bytes are counted as they are decompressed."""
    lim = limits or Limits.current()
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        declared = sum(i.file_size for i in infos)
        if declared > lim.xlsx_uncompressed:
            raise LimitExceeded("rel.limit.xlsx_size", limit=lim.xlsx_uncompressed // 2**20)
        total = 0
        for info in infos:
            low = info.filename.lower()
            xml_part = low.endswith(".xml")
            parser = None
            if xml_part and ("sharedstrings" in low or low.startswith("xl/worksheets/")):
                parser = _Scanner(lim, shared="sharedstrings" in low)
            elif low == "content.xml":
                parser = _Scanner(lim, shared=False, ods=True)
            with archive.open(info) as member:
                while chunk := member.read(CHUNK):
                    total += len(chunk)
                    if total > lim.xlsx_uncompressed:
                        raise LimitExceeded(
                            "rel.limit.xlsx_size", limit=lim.xlsx_uncompressed // 2**20
                        )
                    if parser is not None:
                        parser.feed(chunk)
            if parser is not None:
                parser.close()


class _Scanner:
    """expat over one XML part: counts shared strings and cell text length as it streams, and
    the furthest row/column a worksheet uses (OpenDocument content.xml: text length only)."""

    def __init__(self, lim: Limits, *, shared: bool, ods: bool = False) -> None:
        self.lim, self.shared, self.ods = lim, shared, ods
        self.count = 0
        self.text = 0
        self.in_text = False
        self.max_row = 0
        self.max_col = 0
        self.rows = 0
        self.p = xml.parsers.expat.ParserCreate()
        self.p.buffer_text = False
        self.p.StartElementHandler = self._start
        self.p.EndElementHandler = self._end
        self.p.CharacterDataHandler = self._chars

    def feed(self, data: bytes) -> None:
        try:
            self.p.Parse(data, False)
        except xml.parsers.expat.ExpatError:
            return  # broken XML: the spreadsheet reader reports it as a damaged file

    def close(self) -> None:
        try:
            self.p.Parse(b"", True)
        except xml.parsers.expat.ExpatError:
            return

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(":", 1)[-1]
        lim = self.lim
        if self.shared and local == "si":
            self.count += 1
            self.text = 0
            if self.count > lim.shared_strings:
                raise LimitExceeded("rel.limit.shared_strings", limit=lim.shared_strings)
        elif local in ("v", "t", "p"):
            self.in_text = True
            if not self.shared:
                self.text = 0
        elif local == "row" and not self.ods:
            r = attrs.get("r")
            self.rows = int(r) if r and r.isdigit() else self.rows + 1
            self._check_size(self.rows, self.max_col)
        elif local == "c" and not self.ods:
            m = _CELL_REF.match(attrs.get("r", ""))
            if m:
                self._check_size(int(m.group(2)), _col_number(m.group(1)))

    def _check_size(self, row: int, col: int) -> None:
        lim = self.lim
        self.max_row = max(self.max_row, row)
        self.max_col = max(self.max_col, col)
        if self.max_col > lim.columns:
            raise LimitExceeded("rel.limit.columns", limit=lim.columns)
        if self.max_row > lim.rows:
            raise LimitExceeded("rel.limit.rows", limit=lim.rows)
        if self.max_row * self.max_col > lim.cells:
            raise LimitExceeded("rel.limit.cells", limit=lim.cells)

    def _end(self, name: str) -> None:
        if name.rsplit(":", 1)[-1] in ("v", "t", "p"):
            self.in_text = False

    def _chars(self, data: str) -> None:
        if self.in_text:
            self.text += len(data)
            if self.text > self.lim.cell_chars:
                raise LimitExceeded("rel.limit.cell", limit=self.lim.cell_chars)


IMPORT_MEMORY_FLOOR_MB = 640  # a small file: the cap the imports were measured under
IMPORT_MEMORY_CEILING_MB = 1024  # a 10M-row file: spills less; peak RSS stays under 2 GB


def import_memory_mb(file_bytes: int | None = None) -> int:
    """DuckDB's memory cap for a command-line import. GEMA_IMPORT_MEMORY_MB when set; else it
    grows with the file: 640 MB plus the file's size, at most 1024 MB (a small file keeps the
    640 MB it was measured under). bench/import_bench.py, 10M rows (1.5 GB): 640 MB gave 91 s
    wall, 75 s CPU, 0.96 GB peak RSS; 1024 MB gave 75 s wall, 76 s CPU, 1.65 GB; 1280 MB peaked
    at 2.08 GB (the process adds some 0.7 GB to the cap). The import is CPU-bound (the CPU time
    is the same): the larger cap only saves the spill's waiting on disk. Since the staging and
    load changes of 5 Dec 2026: 1024 MB gives 33 s wall, 1.38 GB; 1400 MB 33 s, 1.77 GB."""
    given = _env_int("GEMA_IMPORT_MEMORY_MB", 0)
    if given:
        return given
    size_mb = max(0, file_bytes or 0) // 2**20
    return min(IMPORT_MEMORY_CEILING_MB, IMPORT_MEMORY_FLOOR_MB + size_mb)


def apply_import_memory(conn: duckdb.DuckDBPyConnection, file_bytes: int | None = None) -> None:
    """Cap this DuckDB instance's memory (the CLI's own process; never the app's)."""
    from gema.core import store

    store.execute(conn, "ingest/memory_limit", limit=f"{import_memory_mb(file_bytes)}MB")


CLI_MAX_ROWS = 100_000_000  # the row limit guards web uploads; an operator's CLI import streams


@contextmanager
def command_line_import(
    conn: duckdb.DuckDBPyConnection, path: str | Path | None = None
) -> Iterator[None]:
    """Settings of a `python -m gema import` run: DuckDB's memory capped by the size of the file
    at `path` (`import_memory_mb`: a large file spills instead of swapping) and, unless GEMA_MAX_ROWS says otherwise, a row limit fit for files of
    ten million rows and more (the upload page keeps the 1.048.576 default); restored after."""
    size = Path(path).stat().st_size if path is not None and Path(path).is_file() else None
    apply_import_memory(conn, size)
    given = os.environ.get("GEMA_MAX_ROWS")
    if given is None:
        os.environ["GEMA_MAX_ROWS"] = str(CLI_MAX_ROWS)
    try:
        yield
    finally:
        if given is None:
            os.environ.pop("GEMA_MAX_ROWS", None)
