"""The audit trail: who did what and when (imports, undo, corrections, FGD entries, sign-ins).

Append-only by construction: the only audit query that writes is an INSERT.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from gema import store


def record(conn: duckdb.DuckDBPyConnection, username: str | None, action: str, **detail: Any) -> None:
    """Append one event. `action` is a short verb such as 'import', 'undo', 'signin_failed'."""
    store.execute(
        conn,
        "audit/record",
        username=username,
        action=action,
        detail=json.dumps(detail, default=str, ensure_ascii=False),
    )
