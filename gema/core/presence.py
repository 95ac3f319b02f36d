"""Which kinds of data exist at all, so an empty page says what to upload instead of drawing
empty charts. Every dashboard asks this first; it depends on no feature."""

from __future__ import annotations

import duckdb

from gema.core import store


def has_data(conn: duckdb.DuckDBPyConnection) -> dict[str, bool]:
    """Which kinds of data exist at all (for empty states that say what to upload)."""
    df = store.run(conn, "presence/data_presence")
    return {str(r.kind): bool(r.present) for r in df.itertuples()}
