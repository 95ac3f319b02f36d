"""One pass over an uploaded text file for everything Python needs to know before DuckDB reads
it: the bytes' hash (what a batch records), the longest physical line (the line-size limit) and
whether blank lines sit between data lines (those files take the careful reader).

These were three separate passes (hashlib, limits.longest_line, read._has_inner_blank_lines):
on a 150 MB export they cost more CPU than DuckDB's own read of the file (issue 17). The result
is kept per (path, size, modification time), so the session's hash after the read is free.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

CHUNK = 1 << 24
HASH_CHUNK = 1 << 20
_KEEP = 8  # scans kept (the page keeps a few uploads at once)
_lock = threading.Lock()
_cache: dict[tuple[str, int, int, int], FileScan] = {}


class _Digest:
    """The SHA-256 of a file, computed on a thread of its own: the hash (3.8 s for a 1.5 GB file)
    runs beside the line scan and DuckDB's read instead of before them; the first reader of
    the value waits for it."""

    def __init__(self, path: Path, known: str | None = None) -> None:
        self._value: str | None = known  # the caller hashed these bytes already (an upload)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if known is None:
            self._thread = threading.Thread(target=self._run, args=(path,), name="gema-sha256")
            self._thread.daemon = True
            self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            digest = hashlib.sha256()
            with path.open("rb") as fh:
                while chunk := fh.read(HASH_CHUNK):  # small: it is held beside DuckDB's read
                    digest.update(chunk)  # releases the GIL
            self._value = digest.hexdigest()
        except BaseException as exc:  # handed to the reader of the value
            self._error = exc

    def value(self) -> str:
        if self._thread is not None:
            self._thread.join()
        if self._value is None:
            raise OSError(f"could not hash the file: {self._error}")
        return self._value


@dataclass(frozen=True)
class FileScan:
    """What one pass found. longest/longest_line: the first physical line longer than the
    `stop_at` the scan was made with, else the longest line (bytes, 1-based line number)."""

    digest: _Digest
    longest: int
    longest_line: int
    inner_blank_lines: bool

    @property
    def sha256(self) -> str:
        """The hash of the file's bytes (waits for the hashing thread)."""
        return self.digest.value()


def _key(path: Path, stop_at: int) -> tuple[str, int, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns, stop_at)


def cached_sha256(path: str | Path) -> str | None:
    """The hash from an earlier scan of this very file (same size and time), or None."""
    path = Path(path)
    try:
        prefix = _key(path, 0)[:3]
    except OSError:
        return None
    with _lock:
        for key, found in _cache.items():
            if key[:3] == prefix:
                return found.sha256
    return None


def scan(path: str | Path, stop_at: int, sha256: str | None = None) -> FileScan:
    """Scan `path` once (or return the kept scan of the same file). sha256: the file's hash when
    the caller has it (an upload's bytes were hashed when they arrived): not computed again."""
    path = Path(path)
    key = _key(path, stop_at)
    with _lock:
        found = _cache.get(key)
    if found is not None:
        return found
    found = _scan(path, stop_at, sha256)
    with _lock:
        _cache[key] = found
        while len(_cache) > _KEEP:
            _cache.pop(next(iter(_cache)))
    return found


def _scan(path: Path, stop_at: int, sha256: str | None = None) -> FileScan:
    digest = _Digest(path, sha256)  # hashes beside the scan below and whatever comes after it
    longest, where, blank = _lines_and_blanks(path, stop_at)
    return FileScan(digest, longest, where, blank)


def _lines_and_blanks(path: Path, stop_at: int) -> tuple[int, int, bool]:
    size = path.stat().st_size
    longest, where, over = 0, 1, False
    run, line = 0, 1  # bytes since the last newline (carried across chunks), current line
    blank = False
    edge = b""
    with path.open("rb") as fh:
        fh.seek(max(0, size - 65536))
        tail = fh.read()
        end = size - (len(tail) - len(tail.rstrip()))  # blank lines at the very end do not count
        fh.seek(0)
        done = 0
        while not over and (chunk := fh.read(CHUNK)):  # over the limit: refused anyway
            arr = np.frombuffer(chunk, dtype=np.uint8)
            newline = arr == 10  # one mask for both questions
            nl = np.flatnonzero(newline)
            if not over:
                over, longest, where, run, line = _lines(
                    chunk, nl, longest, where, run, line, stop_at
                )
            if not blank and done < end:
                blank = _blank_lines(chunk, min(len(chunk), end - done), arr, newline, edge)
                edge = chunk[-3:]
            done += len(chunk)
    return longest, where, blank


def _lines(
    chunk: bytes, nl: np.ndarray, longest: int, where: int, run: int, line: int, stop_at: int
) -> tuple[bool, int, int, int, int]:
    """The longest-line bookkeeping of one chunk (one chunk of the streamed scan)."""
    if nl.size == 0:
        run += len(chunk)
        if run > longest:
            longest, where = run, line
        return run > stop_at, longest, where, run, line
    lengths = np.diff(np.concatenate(([-1], nl)))  # includes the newline byte
    lengths[0] += run
    i = int(lengths.argmax())
    if lengths[i] - 1 > longest:
        longest, where = int(lengths[i]) - 1, line + i
    if longest > stop_at:
        return True, longest, where, run, line
    line += int(nl.size)
    run = len(chunk) - int(nl[-1]) - 1
    if run > longest:
        longest, where = run, line
    return False, longest, where, run, line


def _blank_lines(chunk: bytes, n: int, arr: np.ndarray, nl: np.ndarray, edge: bytes) -> bool:
    """A blank line in the first `n` bytes of `chunk` (or across the seam with the previous
    chunk's last bytes). arr: the chunk's bytes, nl: its newline mask (made once per chunk)."""
    if n <= 0:
        return False
    seam = edge + chunk[: min(3, n)]
    if b"\n\n" in seam or b"\n\r\n" in seam or b"\r\r" in seam:
        return True
    nl = nl[:n]
    if (nl[1:] & nl[:-1]).any():
        return True
    if chunk.find(b"\r", 0, n) != -1:
        cr = arr[:n] == 13
        if (nl[:-2] & cr[1:-1] & nl[2:]).any() or (cr[1:] & cr[:-1]).any():
            return True
    return False
