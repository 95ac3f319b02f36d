"""Staff label corrections on Aspirasi: sentiment, topic or status of one feedback row, kept with
who and when (label_corrections + audit) and winning over computed labels. Also the label
vocabularies the feedback table and the follow-up panel share."""

from __future__ import annotations

import duckdb
import pandas as pd

from gema.core import audit, rollups, store
from gema.core.kpi import is_missing

SENTIMENTS = ("positif", "netral", "negatif")
STATUSES = (
    "baru", "diverifikasi", "diteruskan", "ditindaklanjuti", "selesai", "ditolak", "duplikat"
)  # fmt: skip
# a plain label correction may set these; ditolak (reason) and duplikat (link) go through
# gema.tindak_lanjut.transition
CORRECTION_STATUSES = ("baru", "diverifikasi", "diteruskan", "ditindaklanjuti", "selesai")
CORRECTABLE = ("sentiment", "topic", "status")


def topic_options(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return store.run(conn, "aspirasi/topic_options")["topic"].astype(str).tolist()


class CorrectionError(ValueError):
    """A label correction that cannot be applied (unknown row, field or value)."""


def correct_label(
    conn: duckdb.DuckDBPyConnection,
    feedback_key: int,
    field: str,
    value: str,
    user: str,
) -> bool:
    """Staff correction of a sentiment, topic or status label: history row (who, when), the
    feedback row updated and marked 'corrected', an audit event; all in one transaction.
    Returns False when the value is unchanged. The dashboards read labels through
    feedback_effective, so the latest correction wins even if a labeller rewrites the row."""
    if field not in CORRECTABLE:
        raise CorrectionError(f"field {field!r} cannot be corrected")
    value = (value or "").strip()
    if field == "sentiment" and value not in SENTIMENTS:
        raise CorrectionError(f"sentiment must be one of {SENTIMENTS}")
    if field == "status" and value not in CORRECTION_STATUSES:
        raise CorrectionError(
            f"status must be one of {CORRECTION_STATUSES} (ditolak and duplikat need a reason or "
            "a link: gema.tindak_lanjut.transition)"
        )
    if not value:
        raise CorrectionError("empty value")
    current = store.run(conn, "aspirasi/feedback_labels", feedback_key=int(feedback_key))
    if current.empty:
        raise CorrectionError(f"no feedback row {feedback_key}")
    old = current.iloc[0][field]
    old = None if is_missing(old) else str(old)
    if old == value:
        return False

    def work() -> None:
        store.execute(
            conn,
            "aspirasi/correction_insert",
            feedback_key=int(feedback_key),
            field=field,
            old_value=old,
            new_value=value,
            corrected_by=user,
        )
        store.execute(
            conn, f"aspirasi/correction_apply_{field}", feedback_key=int(feedback_key), value=value
        )
        rollups.refresh_feedback(conn, [int(feedback_key)])  # dashboard roll-ups (issue 17)
        if field == "status":  # the follow-up history shows every state change (issue 13)
            store.execute(
                conn, "tindak_lanjut/event_insert", feedback_key=int(feedback_key), from_status=old,
                to_status=value, opd=None, reason=None, duplicate_of=None, user=user,
            )  # fmt: skip
        audit.record(
            conn,
            user,
            "label_correction",
            feedback_key=int(feedback_key),
            field=field,
            old=old,
            new=value,
        )

    store.write(conn, work)
    return True


def correction_history(conn: duckdb.DuckDBPyConnection, feedback_key: int) -> pd.DataFrame:
    return store.run(conn, "aspirasi/corrections_for", feedback_key=int(feedback_key))
