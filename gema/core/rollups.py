"""Keeping the dashboard roll-ups (migrations 220 and 230) equal to posts, feedback and SKM answers.

Every write that changes posts, feedback rows or their labels marks the days it touched and
recomputes the roll-up rows of exactly those days from the base tables, inside the caller's
transaction: a load commits with its roll-ups or not at all, and an undo, a correction or a
relabel can never leave a stale figure behind. Recomputing whole days (rather than adding and
subtracting deltas) keeps it exact whatever the write did — an upsert, a label rewritten, a row
handed to another batch — and a day holds few enough rows to be cheap (27,000 posts a day at
10 million posts a year).

Callers: gema.ingest.pipeline (after a load), gema.ingest.batches (undo), gema.aspirasi.corrections
and gema.tindak_lanjut (labels, status), gema.sentimen.analyzer and gema.fgd (labels written),
gema.demo.load; `rebuild` after a bulk
write that went around them (the benchmark generator). Rows written around the upkeep are
still counted: the read macros (queries/staging/rollup.sql) add the rows above the watermark
(migration 220) from the base tables, and the next refresh absorbs them."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from gema.core import store

TABLES = ("posts", "feedback", "skm")  # skm: skm_responses with their skm_scores
# the roll-up tables recomputed from each base table's marked days
ROLLUPS = {
    "posts": ("posts", "top_posts"),
    "feedback": ("feedback", "followup"),
    "skm": ("skm", "skm_people"),
}
TOP_POSTS_PER_DAY = 100  # rollup_top_posts keeps this many per day (migration 220)


def kept(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether this store keeps roll-ups. A DuckLake hands out row keys from per-writer
    counters, not one rising sequence, so the watermark rule ("every key above it is not rolled
    up yet") cannot hold there: on the lake the roll-ups stay empty with the watermark at 0 and
    the read macros take every row from the base tables (exact, only slower)."""
    return not store.is_lake(conn)


def _ensure_dirty(conn: duckdb.DuckDBPyConnection) -> None:
    store.execute(conn, "rollup/dirty_create")


def mark_batch(conn: duckdb.DuckDBPyConnection, *batch_ids: int) -> None:
    """Mark the days of the rows these uploads hold now (call before an undo deletes them)."""
    if not kept(conn):
        return
    _ensure_dirty(conn)
    for batch_id in batch_ids:
        store.execute(conn, "rollup/mark_batch", batch_id=int(batch_id))


def mark_feedback(conn: duckdb.DuckDBPyConnection, feedback_keys: Iterable[int]) -> None:
    """Mark the days of some feedback rows (their labels are about to change or just did)."""
    if not kept(conn):
        return
    _ensure_dirty(conn)
    keys = [int(k) for k in feedback_keys]
    if keys:
        store.execute(conn, "rollup/mark_feedback_keys", keys=keys)


def refresh(conn: duckdb.DuckDBPyConnection) -> None:
    """Recompute the roll-up rows of every marked day from the base tables, then forget the
    marks. Runs in the caller's transaction."""
    if not kept(conn):
        return
    _ensure_dirty(conn)
    store.execute(conn, "rollup/mark_tail")
    for table in TABLES:
        lo, hi = store.execute(conn, "rollup/dirty_range", tbl=table).fetchone()
        if lo is None:
            continue
        for rollup in ROLLUPS[table]:
            store.execute(conn, f"rollup/{rollup}_delete_dirty")
            store.execute(conn, f"rollup/{rollup}_insert_dirty", lo=lo, hi=hi)
    store.execute(conn, "rollup/dirty_clear")
    store.execute(conn, "rollup/watermark_set")


def refresh_batch(conn: duckdb.DuckDBPyConnection, *batch_ids: int) -> None:
    """After a load: recompute the days the uploads' rows fall on."""
    mark_batch(conn, *batch_ids)
    refresh(conn)


def refresh_feedback(conn: duckdb.DuckDBPyConnection, feedback_keys: Iterable[int]) -> None:
    """After a label change on some feedback rows (a staff correction)."""
    mark_feedback(conn, feedback_keys)
    refresh(conn)


def refresh_labelled(conn: duckdb.DuckDBPyConnection) -> None:
    """After sentimen/apply_labels: the rows of the registered relation sentiment_labels."""
    if not kept(conn):
        return
    _ensure_dirty(conn)
    store.execute(conn, "rollup/mark_labelled")
    refresh(conn)


def rebuild(conn: duckdb.DuckDBPyConnection) -> None:
    """Every roll-up again from scratch, in one transaction."""
    if not kept(conn):
        return
    with store.transaction(conn):
        for rollup in (r for rs in ROLLUPS.values() for r in rs):
            store.execute(conn, f"rollup/clear_{rollup}")
            store.execute(conn, f"rollup/rebuild_{rollup}")
        store.execute(conn, "rollup/watermark_set")


def empty_on_lake(conn: duckdb.DuckDBPyConnection) -> None:
    """After migrate-to-lake copied a file store's roll-ups: empty them, watermark 0 (see
    `kept`). Runs in the caller's transaction."""
    for rollup in (r for rs in ROLLUPS.values() for r in rs):
        store.execute(conn, f"rollup/clear_{rollup}")
    store.execute(conn, "rollup/watermark_zero")


def differences(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """{table: roll-up rows that differ from a recomputation over the whole base table}; all 0
    when the roll-ups are exact and hold every row (tests; a check after an upgrade)."""
    names = [r for rs in ROLLUPS.values() for r in rs]
    return {
        r: len(
            store.execute(
                conn, "rollup/diff", idents={"table": f"rollup_{r}", "rows": f"rollup_{r}_rows"}
            ).fetchall()
        )
        for r in names
    }


def tail(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """{table: rows above the watermark}: written around the upkeep, read from the base table
    until the next maintained write (or `rebuild`) absorbs them."""
    df = store.run(conn, "rollup/tail_count")
    return {str(t): int(n) for t, n in zip(df["tbl"], df["n"], strict=True)}
