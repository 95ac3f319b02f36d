"""Progress of one import with row counts, for the CLI's bar and the upload page's bar.

The work happens in a few large DuckDB statements, so progress inside a statement comes from
DuckDB itself (`query_progress`, the share of the statement's scan done). `watch` runs the import
in a worker thread on the same connection and polls from the caller's thread, so the caller's
callback runs where it was called (Streamlit widgets only work in the script's thread). When the
caller is interrupted (a Streamlit rerun), the import is waited for before the interruption goes
on: a load is never cut in half, its transaction commits or rolls back as a whole.

Steps: "read" (the file into DuckDB; total = rows estimated from the file size until read),
"check" (normalise + validate the rows read), "load" (insert into the tables).
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb

STEPS = ("read", "check", "load")
_WEIGHT = {"read": 0.3, "check": 0.35, "load": 0.35}  # share of the whole bar per step
POLL_SECONDS = 0.25

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """Where an import is. rows/total: rows done and rows in all (the read step estimates the
    total from the file size: `estimated`); fraction: the whole import, 0…1."""

    step: str
    rows: int
    total: int
    fraction: float
    estimated: bool = False


class Tracker:
    """What the pipeline reports (worker thread) and the watcher reads (caller's thread)."""

    def __init__(self, steps: tuple[str, ...] = STEPS) -> None:
        self.steps = steps
        self.step = steps[0]
        self.total = 0
        self.estimated = False
        self.rows = 0  # rows known done in this step (set when a step ends)
        self._ended: list[Progress] = []  # steps that ended since the watcher last looked
        self._lock = threading.Lock()

    def start(self, step: str, total: int, *, estimated: bool = False) -> None:
        with self._lock:
            if step in self.steps:
                self.step, self.total, self.estimated, self.rows = step, total, estimated, 0

    def done(self, rows: int) -> None:
        with self._lock:
            self.rows, self.total, self.estimated = rows, max(self.total, rows), False
            self._ended.append(self._progress(rows))

    def report(self, query_share: float | None = None, running: bool = True) -> list[Progress]:
        """What to show since the last report, in order: each step that ended meanwhile, whole
        (a step shorter than the polling interval, such as the check of a small file, is still
        shown once), then, while the work runs, the progress now. Taken together under the
        lock, so the reports never go back."""
        with self._lock:
            out, self._ended = self._ended, []
            if running:
                out.append(self._now(query_share))
            return out

    def snapshot(self, query_share: float | None = None) -> Progress:
        """The progress now; `query_share` (0…1) is DuckDB's share of the running statement."""
        with self._lock:
            return self._now(query_share)

    def _now(self, query_share: float | None) -> Progress:
        rows = self.rows
        if query_share is not None and 0 <= query_share <= 1 and rows < self.total:
            # a step runs several statements, each from 0 %: the bar never goes back
            rows = self.rows = max(rows, min(int(self.total * query_share), self.total - 1))
        return self._progress(rows)

    def _progress(self, rows: int) -> Progress:
        share = rows / self.total if self.total else 0.0
        before = sum(_WEIGHT.get(s, 0) for s in self.steps[: self.steps.index(self.step)])
        whole = sum(_WEIGHT.get(s, 0) for s in self.steps) or 1.0
        fraction = (before + _WEIGHT.get(self.step, 0) * min(share, 1.0)) / whole
        return Progress(self.step, rows, self.total, min(fraction, 1.0), self.estimated)


ProgressFn = Callable[[Progress], None]

_current: contextvars.ContextVar[Tracker | None] = contextvars.ContextVar("ingest_progress")


def start(step: str, total: int, *, estimated: bool = False) -> None:
    """The pipeline enters `step` over `total` rows (no-op when nobody watches)."""
    tracker = _current.get(None)
    if tracker is not None:
        tracker.start(step, total, estimated=estimated)


def done(rows: int) -> None:
    """The current step finished `rows` rows (no-op when nobody watches)."""
    tracker = _current.get(None)
    if tracker is not None:
        tracker.done(rows)


def estimate_rows(path: Path, sample: int = 1 << 16) -> int:
    """Rows of a text file guessed from its size and its first lines (for the read step)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(sample)
    lines = head.count(b"\n")
    if lines <= 1 or len(head) >= size:
        return max(lines - 1, 0)
    return max(int(size / (len(head) / lines)) - 1, 0)


def watch(
    conn: duckdb.DuckDBPyConnection,
    work: Callable[[], T],
    on_progress: Callable[[Progress], None] | None,
    steps: tuple[str, ...] = STEPS,
) -> T:
    """Run `work()` (which uses `conn`) reporting progress to `on_progress` from this thread;
    without a callback it simply runs `work()` here."""
    if on_progress is None:
        return work()
    tracker = Tracker(steps)
    outcome: dict[str, object] = {}

    def run() -> None:
        _current.set(tracker)
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    _progress_on(conn)
    worker = threading.Thread(target=run, name="gema-import", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(POLL_SECONDS)
            running = worker.is_alive()
            share = _query_share(conn) if running else None
            for report in tracker.report(share, running):
                on_progress(report)
    except BaseException:
        worker.join()  # never leave a load half-way: it commits or rolls back first
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    final = tracker.snapshot()
    on_progress(Progress(final.step, final.total, final.total, 1.0))
    return outcome["value"]  # type: ignore[return-value]


def _progress_on(conn: duckdb.DuckDBPyConnection) -> None:
    """DuckDB tracks a statement's progress only with its progress bar on (never printed)."""
    from gema.core import store

    store.execute(conn, "ingest/progress_on")


def _query_share(conn: duckdb.DuckDBPyConnection) -> float | None:
    try:
        value = conn.query_progress()
    except duckdb.Error:
        return None
    return value / 100 if value >= 0 else None
