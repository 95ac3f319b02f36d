"""FGD sessions and live aspiration capture.

A note-taker opens a session (name, date, place, kab/kota) and types each aspiration as it is
raised. `save_entry` writes it AT ONCE, in one transaction, as a feedback row (channel 'FGD',
the session id, created_by), labels that row's sentiment (and topic when none was chosen) with
gema.sentimen, and appends an 'fgd_entry' audit event. It returns only after the COMMIT, so an
entry the page lists as saved is in the database file, whatever happens to the browser after.

A client token (one per form draft) makes the save idempotent: pressing "Simpan" again after a
reconnect returns the row already saved instead of storing the aspiration twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from gema import sentimen
from gema.core import audit, rollups, store
from gema.core import figures as charts
from gema.core.regions import KODE_NAMA

# Who spoke: the one list of group codes; every screen shows them through group_label, so the
# labels come from the catalogue (fgd.group.<code>) with one capitalisation.
SPEAKER_GROUPS = (
    "masyarakat", "tokoh_masyarakat", "akademisi", "pelaku_usaha", "lsm", "opd", "media",
    "influencer",
)  # fmt: skip
MAX_TEXT = 4000
# The app's own font stack, the same as every dashboard chart.
APP_FONT = charts.FONT_FAMILY
# a database failure while saving an entry: the capture page shows it and keeps the typed text
StoreError = duckdb.Error
AUDIT_ENTRY = "fgd_entry"
AUDIT_OPEN = "fgd_session_open"
AUDIT_CLOSE = "fgd_session_close"


class FgdError(ValueError):
    """Input the note-taker must fix; `key` is an i18n key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Saved:
    feedback_key: int
    sentiment: str | None
    topic: str | None
    duplicate: bool = False  # the same draft had been saved before


def topics() -> list[str]:
    """The topic taxonomy (data/topics/topics.csv), in its own order."""
    return list(sentimen.topic_labels("id"))


def open_session(
    conn: duckdb.DuckDBPyConnection,
    name: str,
    held_on: date,
    place: str | None,
    kabkota: str | None,
    user: str,
) -> int:
    """Create a session and record who opened it; returns the session id."""
    name = (name or "").strip()
    if not name:
        raise FgdError("fgd.err.name")
    if kabkota is not None and kabkota not in KODE_NAMA:
        raise FgdError("fgd.err.kabkota")

    def work() -> int:
        sid = int(
            store.scalar(
                conn,
                "fgd/session_create",
                name=name,
                held_on=held_on,
                place=(place or "").strip() or None,
                kabkota=kabkota,
                created_by=user,
            )
        )
        audit.record(conn, user, AUDIT_OPEN, session_id=sid, name=name)
        return sid

    return store.write(conn, work)


def close_session(conn: duckdb.DuckDBPyConnection, session_id: int, user: str) -> None:
    def work() -> None:
        store.execute(conn, "fgd/session_close", session_id=int(session_id))
        audit.record(conn, user, AUDIT_CLOSE, session_id=int(session_id))

    store.write(conn, work)


def sessions(conn: duckdb.DuckDBPyConnection, limit: int = 200) -> pd.DataFrame:
    return store.run(conn, "fgd/sessions", limit=limit)


def session(conn: duckdb.DuckDBPyConnection, session_id: int) -> dict[str, object] | None:
    df = store.run(conn, "fgd/session_get", session_id=int(session_id))
    return df.iloc[0].to_dict() if len(df) else None


def save_entry(
    conn: duckdb.DuckDBPyConnection,
    session_id: int,
    text: str,
    speaker_group: str,
    user: str,
    kabkota: str | None = None,
    topic: str | None = None,
    token: str | None = None,
    now: datetime | None = None,
) -> Saved:
    """Save one aspiration, label it, audit it: all in one transaction (see module docstring)."""
    text = (text or "").strip()
    if not text:
        raise FgdError("fgd.err.text")
    if len(text) > MAX_TEXT:
        raise FgdError("fgd.err.too_long")
    if speaker_group not in SPEAKER_GROUPS:
        raise FgdError("fgd.err.group")
    if kabkota is not None and kabkota not in KODE_NAMA:
        raise FgdError("fgd.err.kabkota")
    topic = (topic or "").strip() or None
    sess = session(conn, session_id)
    if sess is None:
        raise FgdError("fgd.err.no_session")
    if sess["closed_at"] is not None and not pd.isna(sess["closed_at"]):
        raise FgdError("fgd.err.closed")
    if token:
        existing = store.scalar(conn, "fgd/entry_by_token", session_id=int(session_id), token=token)
        if existing is not None:
            row = _entry(conn, int(existing))
            return Saved(int(existing), row.get("sentiment"), row.get("topic"), duplicate=True)

    def work() -> int:
        key = int(
            store.scalar(
                conn,
                "fgd/entry_insert",
                received_at=now or datetime.now(),
                kabkota=kabkota,
                topic=topic,
                topic_source="uploaded" if topic else None,
                text=text,
                author_type=speaker_group,
                session_id=int(session_id),
                created_by=user,
                extra=json.dumps({"client_token": token} if token else {}),
            )
        )
        _label_one(conn, key, text)
        audit.record(
            conn,
            user,
            AUDIT_ENTRY,
            feedback_key=key,
            session_id=int(session_id),
            speaker_group=speaker_group,
            kabkota=kabkota,
        )
        return key

    key = store.write(conn, work)
    row = _entry(conn, key)
    return Saved(key, row.get("sentiment"), row.get("topic"))


def _label_one(conn: duckdb.DuckDBPyConnection, key: int, text: str) -> None:
    """Sentiment (and topic, when the note-taker left it empty) for this one row, with the same
    analyser and the same `sentiment/apply_labels` statement as gema.sentimen.label_feedback
    (which labels whole batches; typed rows have none)."""
    labels = sentimen.default_analyzer().label(pd.Series([text]))
    frame = pd.DataFrame(
        {
            "feedback_key": [key],
            "sentiment": labels["sentiment"].astype("object").to_numpy(),
            "sentiment_score": labels["score"].astype("float64").to_numpy(),
            "topic": labels["topic"].astype("object").to_numpy(),
            "language": labels["language"].astype("object").to_numpy(),
        }
    )
    conn.register("sentiment_labels", frame)
    try:
        store.execute(conn, "sentimen/apply_labels")
        rollups.refresh_labelled(conn)  # the new row and its labels (issue 17)
    finally:
        conn.unregister("sentiment_labels")


def _entry(conn: duckdb.DuckDBPyConnection, key: int) -> dict[str, object]:
    df = store.run(conn, "fgd/entry_get", feedback_key=key)
    return df.iloc[0].to_dict() if len(df) else {}


def entries(
    conn: duckdb.DuckDBPyConnection, session_id: int | None, limit: int = 50
) -> pd.DataFrame:
    """Aspirations of one session (None = every FGD session), newest first."""
    return store.run(
        conn, "fgd/entries", session_id=None if session_id is None else int(session_id), limit=limit
    )


def topic_counts(conn: duckdb.DuckDBPyConnection, session_id: int | None) -> pd.DataFrame:
    return store.run(
        conn, "fgd/topic_counts", session_id=None if session_id is None else int(session_id)
    )


def wall_session(conn: duckdb.DuckDBPyConnection) -> int | None:
    """The session the wall shows by default: the open session with the latest entry (or the
    newest open one), else the latest session of all; None when there is none."""
    df = sessions(conn, limit=50)
    if df.empty:
        return None
    open_ = df[df["closed_at"].isna()]
    pick = open_ if len(open_) else df
    pick = pick.sort_values(["last_entry_at", "session_id"], ascending=False, na_position="last")
    return int(pick.iloc[0]["session_id"])
