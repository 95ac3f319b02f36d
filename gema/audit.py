"""The audit trail: who did what and when (imports, undo, corrections, FGD entries, sign-ins).

Append-only by construction: the only audit query that writes is an INSERT.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from gema import store


def record(
    conn: duckdb.DuckDBPyConnection, username: str | None, action: str, **detail: Any
) -> None:
    """Append one event. `action` is a short verb such as 'import', 'undo', 'signin_failed'."""
    store.execute(
        conn,
        "audit/record",
        username=username,
        action=action,
        detail=json.dumps(detail, default=str, ensure_ascii=False),
    )


# Actions written by the access layer (gema.ui / gema.cli.user); other areas add their own verbs.
SIGNIN = "signin"
SIGNIN_FAILED = "signin_failed"
SIGNOUT = "signout"
SESSION_EXPIRED = "session_expired"
ACCESS_DENIED = "access_denied"
USER_ADD = "user_add"
USER_ROLE = "user_role"
USER_DISABLE = "user_disable"
USER_ENABLE = "user_enable"
USER_REMOVE = "user_remove"
USER_PASSWORD = "user_password"

MAX_ROWS = 1000


def _filters(
    usernames: list[str] | None,
    actions: list[str] | None,
    start: date | None,
    end: date | None,
) -> dict[str, Any]:
    return {
        "usernames": list(usernames or []),
        "actions": list(actions or []),
        "start": start,
        "end": end,
    }


def events(
    conn: duckdb.DuckDBPyConnection,
    usernames: list[str] | None = None,
    actions: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int = MAX_ROWS,
) -> pd.DataFrame:
    """Audit events, newest first; empty lists mean 'no filter', dates are inclusive."""
    return store.run(
        conn, "audit/list", **_filters(usernames, actions, start, end), limit=int(limit)
    )


def count(
    conn: duckdb.DuckDBPyConnection,
    usernames: list[str] | None = None,
    actions: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> int:
    return int(store.scalar(conn, "audit/count", **_filters(usernames, actions, start, end)))


def usernames(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return store.run(conn, "audit/usernames")["username"].astype(str).tolist()


def actions(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return store.run(conn, "audit/actions")["action"].astype(str).tolist()
