"""An upload session: one uploaded file, read once, previewed and loaded from that one read.

The upload page reruns its script on every click; before, each rerun read the file again (and
"Muat" read it once more). An `UploadSession` reads a file (per sheet) the first time it is
asked, keeps the reader's table in memory as Arrow, and gives every later preparation a fresh
TEMP copy of it: changing the mapping, a kab/kota choice or the year re-validates from that copy
without touching the file. The page keeps one session per upload in st.session_state, keyed by
the bytes' hash (`key`); the CLI makes one for its file. `prepare` / `import_file` take it.

It also keeps its last staging (the typed rows, their errors and messages) under a key of every
choice they depend on, so the preview with the mapping, the preview again on the "Muat" rerun
and the load itself validate the rows once (issue 17); kept rows are registered with DuckDB and
scanned in place, never copied back. What depends on the database is never taken on trust: is
the file already loaded is asked on every preparation; the preview's duplicates are reused only
while the loaded batches are unchanged (ingest/batches_state), and the load finds duplicates and
already-loaded files again inside its transaction under the writer lock
(pipeline._import_prepared).
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from gema.core import store
from gema.ingest import filescan
from gema.ingest import spool as spool_mod
from gema.ingest.read import RawTable, ReadError, read_file

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pyarrow as pa

    from gema.ingest.pipeline import ImportResult, Prepared


def file_sha256(path: str | Path) -> str:
    """The hash of a file's bytes, read in chunks (a CLI import may be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class _Read:
    raw: RawTable | None = None
    rows: pa.Table | None = None
    error: ReadError | None = None


# Kept rows in batches of a DuckDB row group: scanned in parallel (one 1M-row batch is one thread)
ARROW_BATCH = 122_880

# The TEMP tables one staging leaves behind (see gema/ingest/pipeline.py), kept as Arrow.
STAGED_TABLES = ("ingest_stage", "ingest_errors", "ingest_rejected")


@dataclass
class _Staged:
    """One staging of this upload: the key of what it depends on, its tables, its messages."""

    key: tuple
    tables: dict[str, pa.Table]
    errors: list[dict[str, Any]]


@dataclass
class UploadSession:
    """One uploaded file: where it is, its hash, and what was read from it (per sheet).

    keep_reads: keep each read in memory for the next preparation (the page); the CLI prepares
    once, so it reads without keeping a copy."""

    file_name: str
    path: Path
    sha: str | None = None  # the bytes' hash; from a path, computed on first use (after the read)
    keep_reads: bool = True
    data: bytes | None = field(default=None, repr=False)  # the bytes, to spool again if needed
    reads: int = 0  # how many times the file itself was read (tests, the page's timing)
    stagings: int = 0  # how many times its rows were staged and validated (tests, the bench)
    _staged: _Staged | None = field(default=None, repr=False)
    _dups: tuple[tuple, pa.Table] | None = field(default=None, repr=False)
    _cache: dict[str | None, _Read] = field(default_factory=dict, repr=False)
    _sheets: list[str] | None = field(default=None, repr=False)

    @classmethod
    def from_path(
        cls, path: str | Path, file_name: str | None = None, *, keep_reads: bool = False
    ) -> UploadSession:
        """A session over a file on disk (the CLI, other modules)."""
        path = Path(path)
        return cls(file_name or path.name, path, keep_reads=keep_reads)

    @classmethod
    def from_bytes(cls, file_name: str, data: bytes, sha256: str | None = None) -> UploadSession:
        """A session over uploaded bytes: spooled once to this instance's private folder for the
        readers (deleted by `discard` after the load or a cancel). sha256: the bytes' hash when
        the caller computed it already (the bytes are hashed once, not once per use)."""
        sha = sha256 or hashlib.sha256(data).hexdigest()
        path = spool_mod.write(file_name, data, sha)
        return cls(file_name, path, sha, keep_reads=True, data=data)

    @property
    def sha256(self) -> str:
        """The hash of the file's bytes (what `import_batches.sha256` records)."""
        if self.sha is None:
            path = self.file_path()
            self.sha = filescan.cached_sha256(path) or file_sha256(path)  # the read hashed it
        return self.sha

    @property
    def key(self) -> str:
        """The upload's identity for the page's session state: the hash of its bytes."""
        return self.sha256

    def file_path(self) -> Path:
        """The file on disk, spooled again when it was swept meanwhile (the bytes are kept)."""
        if not self.path.is_file() and self.data is not None:
            self.path = spool_mod.write(self.file_name, self.data, self.sha)
        return self.path

    def discard(self) -> None:
        """Delete the spooled copy and forget the reads (after a load or a cancel)."""
        if self.data is not None:
            spool_mod.discard(self.path)
        self._cache.clear()
        self._staged = self._dups = None

    def estimated_rows(self, sheet: str | None = None) -> int:
        """Rows the file holds: exact once read, else guessed from a text file's size (0 for
        a workbook); the read step's progress total."""
        cached = self._cache.get(sheet)
        if cached is not None and cached.raw is not None:
            return cached.raw.rows_read
        path = self.file_path()
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods") or not path.is_file():
            return 0
        from gema.ingest.progress import estimate_rows

        return estimate_rows(path)

    # --- the staged rows, kept for the next preparation with the same choices ----------------
    def restore_staged(self, conn: duckdb.DuckDBPyConnection, key: tuple) -> list | None:
        """When the last staging of this upload had the same `key` (kind, mapping, constants,
        kab/kota choices, date orders…), make its TEMP tables again in `conn` from the kept
        copy and return its row-error messages; else None (the caller stages). The page's
        preview, its rerun on "Muat" and the load then validate the rows once, not three times."""
        kept = self._staged
        if kept is None or kept.key != key:
            return None
        for table, rows in kept.tables.items():  # read-only from here on: scanned in place
            store.execute(conn, "ingest/drop_table", idents={"table": table})
            conn.register(table, rows)
        return [dict(e) for e in kept.errors]

    def restore_duplicates(self, conn: duckdb.DuckDBPyConnection, key: tuple) -> bool:
        """The preview's duplicate rows (TEMP `ingest_dup`) found earlier for the same staged rows
        and the same loaded batches (`key`), registered in `conn`; False when there are none."""
        if self._dups is None or self._dups[0] != key:
            return False
        store.execute(conn, "ingest/drop_table", idents={"table": "ingest_dup"})
        conn.register("ingest_dup", self._dups[1])
        return True

    def keep_duplicates(self, conn: duckdb.DuckDBPyConnection, key: tuple) -> None:
        """Keep the duplicate rows just found (few: their row numbers) for `key`."""
        if self.keep_reads:
            cur = store.execute(conn, "ingest_read/table_rows", idents={"table": "ingest_dup"})
            self._dups = (key, cur.to_arrow_table(ARROW_BATCH))

    def keep_staged(
        self, conn: duckdb.DuckDBPyConnection, key: tuple, errors: list[dict[str, Any]]
    ) -> None:
        """Keep this staging (only the last one: it is as large as the file) for the next
        preparation with the same key; a session that keeps no reads (the CLI) keeps none."""
        self.stagings += 1
        if not self.keep_reads:
            return
        self._staged = None  # the previous copy goes before the new one is made
        tables = {
            t: store.execute(conn, "ingest_read/table_rows", idents={"table": t}).to_arrow_table(
                ARROW_BATCH
            )
            for t in STAGED_TABLES
        }
        self._staged = _Staged(key, tables, [dict(e) for e in errors])

    def sheet_names(self) -> list[str]:
        """Every sheet of a workbook, in order; [] for a text file (read once)."""
        if self._sheets is None:
            from gema.ingest.sheets import sheet_names

            self._sheets = sheet_names(self.file_path(), self.file_name)
        return list(self._sheets)

    def raw(self, conn: duckdb.DuckDBPyConnection, sheet: str | None = None) -> RawTable:
        """The reader's TEMP table for `sheet` in this connection: the file is read the first
        time only; afterwards a fresh TEMP table is made from the kept rows. The caller drops
        it (pipeline._drop_temp). Raises the ReadError of the first read again."""
        cached = self._cache.get(sheet)
        if cached is not None and cached.error is not None:
            raise cached.error
        if cached is not None and cached.raw is not None and cached.rows is not None:
            return self._restore(conn, cached.raw, cached.rows)
        try:
            path = self.file_path()
            raw = read_file(conn, path, file_name=self.file_name, sheet=sheet, sha256=self.sha)
        except ReadError as exc:
            if self.keep_reads:
                self._cache[sheet] = _Read(error=exc)
            raise
        finally:
            self.reads += 1
        if self.keep_reads:
            rows = store.execute(
                conn, "ingest_read/table_rows", idents={"table": raw.table}
            ).to_arrow_table(ARROW_BATCH)
            self._cache[sheet] = _Read(
                raw=dataclasses.replace(raw, notes=list(raw.notes)), rows=rows
            )
        return raw

    def _restore(self, conn: duckdb.DuckDBPyConnection, raw: RawTable, rows: Any) -> RawTable:
        # the kept rows are scanned where they are (no copy: every statement of a preparation
        # only reads the reader's table); pipeline._drop_temp unregisters the name
        table = f"gema_raw_{uuid.uuid4().hex[:12]}"
        conn.register(table, rows)
        return dataclasses.replace(
            raw,
            table=table,
            notes=list(raw.notes),
            summary_rows=list(raw.summary_rows),
            registered=True,
        )

    # --- the ingest API over this upload ----------------------------------------------------
    def prepare(self, conn: duckdb.DuckDBPyConnection, kind: str, **options: Any) -> Prepared:
        """`gema.ingest.prepare` over this upload (read once, validated afresh)."""
        from gema.ingest.pipeline import prepare

        return prepare(conn, kind, self, **options)

    def load(self, conn: duckdb.DuckDBPyConnection, kind: str, **options: Any) -> ImportResult:
        """`gema.ingest.import_file` over this upload: what "Muat" and the CLI run."""
        from gema.ingest.pipeline import import_file

        return import_file(conn, kind, self, **options)


def as_session(source: UploadSession | str | Path, file_name: str | None = None) -> UploadSession:
    """The session for an import source: a session as it is, a path as a one-shot session."""
    if isinstance(source, UploadSession):
        return source
    return UploadSession.from_path(source, file_name)
