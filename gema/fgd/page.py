"""The FGD capture page's data in one call: the chosen session and what is saved in it."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from gema.core import i18n
from gema.fgd.data import entries, session
from gema.fgd.frames import display_frame, is_closed


@dataclass
class PageData:
    """The picked session (empty dict when unknown), whether it is closed, its saved entries
    (read back from the database) and their display table."""

    session: dict[str, object]
    closed: bool
    entries: pd.DataFrame
    table: pd.DataFrame


def page_data(
    conn: duckdb.DuckDBPyConnection,
    session_id: int,
    lang: str = i18n.DEFAULT_LANG,
    limit: int = 200,
) -> PageData:
    """The capture page for one session: a save or a close reruns the page, so one read per
    render shows every committed entry."""
    current = session(conn, session_id) or {}
    rows = entries(conn, session_id, limit=limit)
    return PageData(
        session=current,
        closed=is_closed(current.get("closed_at")),
        entries=rows,
        table=display_frame(rows, lang),
    )
