"""The upload history and undo: every batch, the rows it still holds, and undo in one
transaction under the writer lock (rows another live upload also delivered are handed over)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from gema.core import audit, i18n, rollups, store
from gema.ingest import writelock
from gema.ingest.fields import get_kind
from gema.ingest.results import IngestError, _t

BATCH_TABLES = (
    "posts",
    "feedback",
    "accounts",
    "campaigns",
    "skm_responses",
    "skm_scores",
    "skm_recaps",
    "skm_service_users",
)


def _keep_claimed(conn: duckdb.DuckDBPyConnection, table: str, batch_id: int) -> int:
    """Hand the rows of `table` that another live batch also delivered to that batch; return how
    many (0 for a table without claims)."""
    name = f"ingest/keep_claimed_{table}"
    try:
        store.load_query(name)
    except store.QueryError:
        return 0
    return len(store.execute(conn, name, batch_id=batch_id).fetchall())


def list_batches(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every upload, oldest first (undone ones included, with status 'undone')."""
    return store.run(conn, "ingest/batches")


def rows_in_batch(conn: duckdb.DuckDBPyConnection, batch_id: int) -> dict[str, int]:
    """{table: rows} still carrying this batch id (0-row tables left out)."""
    df = store.run(conn, "ingest/batch_row_counts", batch_id=batch_id)
    return {str(t): int(n) for t, n in zip(df["tbl"], df["n"], strict=True) if n}


@dataclass
class UndoResult:
    """What an undo did: rows deleted per table, and rows kept per table because another live
    upload also delivered them (they now belong to that upload)."""

    batch_id: int
    deleted: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)

    @property
    def kept_total(self) -> int:
        return sum(self.kept.values())


def undo_batch(
    conn: duckdb.DuckDBPyConnection, batch_id: int, user: str, lang: str = i18n.DEFAULT_LANG
) -> dict[str, int]:
    """Delete every row a batch brought (see `undo`); returns {table: rows deleted}."""
    return undo(conn, batch_id, user, lang).deleted


def undo(
    conn: duckdb.DuckDBPyConnection, batch_id: int, user: str, lang: str = i18n.DEFAULT_LANG
) -> UndoResult:
    """Delete every row a batch brought, from every table, plus the label corrections made on its
    feedback rows (else they would linger, pointing at nothing), and mark it undone, in one
    transaction under the writer lock. A row another live upload also delivered (skipped there as
    a duplicate of this batch's row) is kept and handed to that upload, with its corrections.
    IngestError when the batch is unknown or undone. On the lake, a conflict with another writer
    runs it again."""
    return store.retrying(lambda: _undo(conn, batch_id, user, lang))


def _undo(conn: duckdb.DuckDBPyConnection, batch_id: int, user: str, lang: str) -> UndoResult:
    with writelock.writer(conn), store.transaction(conn):
        found = store.run(conn, "ingest/batch_get", batch_id=batch_id)
        if found.empty:
            raise IngestError(_t("ingest.usage.no_batch", lang, batch=batch_id))
        row = found.iloc[0]
        if row["status"] == "undone":
            raise IngestError(
                _t(
                    "ingest.usage.already_undone",
                    lang,
                    batch=batch_id,
                    when=i18n.fmt_datetime(row["undone_at"], lang),
                    user=row["undone_by"],
                )
            )
        tables: list[str] = list(BATCH_TABLES)
        with contextlib.suppress(KeyError):
            tables += [t for t in get_kind(str(row["kind"])).batch_tables() if t not in tables]
        kept = {t: n for t in tables if (n := _keep_claimed(conn, t, batch_id))}
        before = rows_in_batch(conn, batch_id)
        corrections = int(
            store.run(conn, "ingest/batch_correction_count", batch_id=batch_id)["n"][0]
        )
        if corrections:
            before["label_corrections"] = corrections
        # corrections first: they point at feedback rows by key, which the next step deletes
        rollups.mark_batch(conn, batch_id)  # the days the rows leave (issue 17)
        store.execute(conn, "ingest/undo_label_corrections", batch_id=batch_id)
        for table in tables:
            store.execute(conn, f"ingest/undo_{table}", batch_id=batch_id)
        rollups.refresh(conn)
        store.execute(conn, "ingest/batch_mark_undone", batch_id=batch_id, user=user)
        audit.record(
            conn, user, "undo", batch_id=batch_id, kind=str(row["kind"]), deleted=before,
            kept=kept, file_name=str(row["file_name"]),
        )  # fmt: skip
    return UndoResult(batch_id=batch_id, deleted=before, kept=kept)
