"""The follow-up tracker: what was done about each aspiration.

States (as in SP4N-LAPOR!): baru → diverifikasi → diteruskan (to an OPD) → ditindaklanjuti →
selesai, plus ditolak (needs a reason) and duplikat (linked to the original). Every change is
one transaction: the feedback row's status (through a label correction, so the dashboards'
"latest correction wins" view keeps working), the follow-up details, a history row
(followup_events: who, when, from, to) and an audit event.

Routing: a topic → OPD table (`opd_routing`, reference data an admin edits) suggests the
responsible OPD for each aspiration; staff confirm it when forwarding.

Deadlines are working days after receipt (gema.core.workdays), defaults 3/5/10 (forward, act,
close) as in LAPOR!, admin-editable (gema.core.thresholds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from gema.core import audit, rollups, store, thresholds
from gema.core.filters import Filters

STATES = ("baru", "diverifikasi", "diteruskan", "ditindaklanjuti", "selesai", "ditolak", "duplikat")
OPEN = ("baru", "diverifikasi", "diteruskan", "ditindaklanjuti")
CLOSED = ("selesai", "ditolak", "duplikat")
# Allowed moves. Forward along the flow (skipping a step is allowed: a verified complaint may be
# closed by the Biro itself), back one step when an OPD returns it, and reopening a closed one.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "baru": ("diverifikasi", "diteruskan", "ditindaklanjuti", "selesai", "ditolak", "duplikat"),
    "diverifikasi": ("diteruskan", "ditindaklanjuti", "selesai", "ditolak", "duplikat"),
    "diteruskan": ("ditindaklanjuti", "selesai", "diverifikasi", "ditolak", "duplikat"),
    "ditindaklanjuti": ("selesai", "diteruskan", "duplikat"),
    "selesai": ("ditindaklanjuti",),
    "ditolak": ("baru", "diverifikasi"),
    "duplikat": ("baru", "diverifikasi"),
}
NEAR_DUPLICATE_SIMILARITY = 0.8  # Jaccard similarity of the word sets


class FollowupError(ValueError):
    """A follow-up change that is not allowed (unknown row, state or move, missing reason)."""


@dataclass(frozen=True)
class Deadlines:
    forward: int = 3
    act: int = 5
    close: int = 10

    @classmethod
    def from_store(cls, conn: duckdb.DuckDBPyConnection) -> Deadlines:
        s = thresholds.get(conn)
        return cls(
            int(s["followup.forward_days"]),
            int(s["followup.act_days"]),
            int(s["followup.close_days"]),
        )

    def params(self) -> dict[str, int]:
        return {"forward_days": self.forward, "act_days": self.act, "close_days": self.close}


def state(conn: duckdb.DuckDBPyConnection, feedback_key: int) -> dict | None:
    """status, topic, kabkota, received_at, text, opd (confirmed), suggested_opd,
    reject_reason, duplicate_of of one aspiration; None when there is no such row."""
    df = store.run(conn, "tindak_lanjut/state_get", feedback_key=int(feedback_key))
    if df.empty:
        return None
    row = df.iloc[0].to_dict()
    return {
        k: (None if not isinstance(v, (list, tuple)) and pd.isna(v) else v) for k, v in row.items()
    }


def transition(
    conn: duckdb.DuckDBPyConnection,
    feedback_key: int,
    to: str,
    user: str,
    *,
    opd: str | None = None,
    reason: str | None = None,
    duplicate_of: int | None = None,
    _in_transaction: bool = False,
) -> None:
    """Move one aspiration to state `to`, audited. 'diteruskan' needs an OPD (the suggestion is
    not taken silently: staff confirm it), 'ditolak' a reason, 'duplikat' the original's key."""
    current = state(conn, feedback_key)
    if current is None:
        raise FollowupError(f"no feedback row {feedback_key}")
    if to not in STATES:
        raise FollowupError(f"unknown state {to!r}; use one of {STATES}")
    src = current["status"] if current["status"] in STATES else "baru"
    if to == src and not (to == "diteruskan" and opd and opd != current["opd"]):
        raise FollowupError(f"already {to}")
    if to != src and to not in TRANSITIONS[src]:
        raise FollowupError(f"{src} → {to} is not allowed; from {src}: {TRANSITIONS[src]}")
    opd = (opd or "").strip() or None
    reason = (reason or "").strip() or None
    if to == "diteruskan" and not (opd or current["opd"]):
        raise FollowupError("diteruskan needs the OPD it goes to")
    if to == "ditolak" and not reason:
        raise FollowupError("ditolak needs a reason")
    if to == "duplikat":
        if duplicate_of is None or int(duplicate_of) == int(feedback_key):
            raise FollowupError("duplikat needs the original aspiration")
        if state(conn, int(duplicate_of)) is None:
            raise FollowupError(f"no feedback row {duplicate_of}")

    def write() -> None:
        if to != src:
            store.execute(
                conn, "aspirasi/correction_insert", feedback_key=int(feedback_key),
                field="status", old_value=current["status"], new_value=to, corrected_by=user,
            )  # fmt: skip
            store.execute(
                conn, "aspirasi/correction_apply_status", feedback_key=int(feedback_key), value=to
            )
            rollups.refresh_feedback(conn, [int(feedback_key)])  # follow-up roll-up (issue 17)
        store.execute(
            conn, "tindak_lanjut/state_upsert", feedback_key=int(feedback_key), opd=opd, user=user,
            reject_reason=reason if to == "ditolak" else None,
            duplicate_of=int(duplicate_of) if to == "duplikat" else None,
        )  # fmt: skip
        store.execute(
            conn, "tindak_lanjut/event_insert", feedback_key=int(feedback_key), from_status=src,
            to_status=to, opd=opd, reason=reason,
            duplicate_of=int(duplicate_of) if to == "duplikat" else None, user=user,
        )  # fmt: skip
        audit.record(
            conn, user, "followup", feedback_key=int(feedback_key), old=src, new=to, opd=opd,
            reason=reason, duplicate_of=duplicate_of,
        )  # fmt: skip

    if _in_transaction:
        write()
    else:
        store.write(conn, write)


def close_group(
    conn: duckdb.DuckDBPyConnection, original: int, members: list[int], user: str
) -> int:
    """One follow-up for a group of near-duplicates: every member becomes 'duplikat' of the
    original (in one transaction), so following up the original closes them all. Returns the
    number of members marked."""

    def work() -> int:
        done = 0
        for key in members:
            if int(key) == int(original):
                continue
            transition(
                conn, int(key), "duplikat", user, duplicate_of=int(original), _in_transaction=True
            )
            done += 1
        return done

    return store.write(conn, work)


def history(conn: duckdb.DuckDBPyConnection, feedback_key: int) -> pd.DataFrame:
    """changed_at, changed_by, from_status, to_status, opd, reason, duplicate_of."""
    return store.run(conn, "tindak_lanjut/events_for", feedback_key=int(feedback_key))


def near_duplicates(
    conn: duckdb.DuckDBPyConnection,
    feedback_key: int,
    days: int | None = None,
    min_similarity: float = NEAR_DUPLICATE_SIMILARITY,
) -> pd.DataFrame:
    """Open aspirations that say (nearly) the same in the same kab/kota within `days` days."""
    days = int(thresholds.get(conn)["followup.duplicate_days"]) if days is None else days
    return store.run(
        conn, "tindak_lanjut/near_duplicates", feedback_key=int(feedback_key), days=days,
        min_similarity=min_similarity,
    )  # fmt: skip


def by_opd(conn: duckdb.DuckDBPyConnection, f: Filters, today: date | None = None) -> pd.DataFrame:
    """Who is late: opd, open, overdue, open_confirmed, closed, median_days_to_close."""
    return store.run(
        conn, "tindak_lanjut/by_opd", **f.params(), today=today or date.today(),
        **Deadlines.from_store(conn).params(),
    )  # fmt: skip


# --- reference data (admin) -----------------------------------------------------------------
def routing(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return store.run(conn, "tindak_lanjut/routing")


def save_routing(conn: duckdb.DuckDBPyConnection, table: pd.DataFrame, user: str) -> int:
    """Replace the routing table with `table` (topic, opd); rows without both are dropped.
    Returns the number of changed rows; audited."""
    old = routing(conn).set_index("topic")["opd"].to_dict()
    new = {
        str(t).strip(): str(o).strip()
        for t, o in zip(table["topic"], table["opd"], strict=True)
        if isinstance(t, str) and isinstance(o, str) and t.strip() and o.strip()
    }

    def work() -> int:
        changed = 0
        for topic in set(old) - set(new):
            store.execute(conn, "tindak_lanjut/routing_delete", topic=topic)
            changed += 1
        for topic, opd in new.items():
            if old.get(topic) != opd:
                store.execute(
                    conn, "tindak_lanjut/routing_replace", topic=topic, opd=opd, user=user
                )
                changed += 1
        if changed:
            audit.record(conn, user, "routing_update", changed=changed)
        return changed

    return store.write(conn, work)


def save_holidays(conn: duckdb.DuckDBPyConnection, table: pd.DataFrame, user: str) -> int:
    """Replace the holidays table with `table` (date, name, kind, source); audited."""
    from gema.core import workdays

    old = workdays.holidays(conn)
    rows = []
    for r in table.to_dict(orient="records"):
        d = pd.to_datetime(r.get("date"), errors="coerce")
        if pd.isna(d) or not str(r.get("name") or "").strip():
            continue
        kind = r.get("kind") if r.get("kind") in ("libur", "cuti_bersama") else "libur"
        rows.append((d.date(), str(r["name"]).strip(), kind, r.get("source")))
    keep = {d for d, *_ in rows}

    def work() -> None:
        for d in old - keep:
            store.execute(conn, "tindak_lanjut/holiday_delete", date=d)
        for d, name, kind, source in rows:
            store.execute(
                conn, "tindak_lanjut/holiday_upsert", date=d, name=name, kind=kind,
                source=None if source is None or pd.isna(source) else str(source), user=user,
            )  # fmt: skip
        audit.record(conn, user, "holiday_update", rows=len(rows), removed=len(old - keep))

    store.write(conn, work)
    return len(rows)


def holidays_frame(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The holidays table for the admin editor: date (as a date), name, kind, source."""
    df = store.run(conn, "tindak_lanjut/holidays")[["date", "name", "kind", "source"]]
    df["date"] = pd.to_datetime(df["date"]).dt.date
    return df


# --- admin settings (thresholds) ----------------------------------------------------------------
def setting_fields(prefixes: tuple[str, ...]) -> list[tuple[str, float, float]]:
    """(key, low, high) of the editable thresholds whose key starts with one of `prefixes`."""
    return [(k, *thresholds.BOUNDS[k]) for k in thresholds.DEFAULTS if k.startswith(prefixes)]


def save_settings(
    conn: duckdb.DuckDBPyConnection, values: dict[str, float], settings: dict, user: str
) -> list[str]:
    """Store the thresholds that changed (each audited by gema.core.thresholds); their keys."""
    changed = [k for k, v in values.items() if v != settings[k]]
    for key in changed:
        thresholds.update(conn, key, values[key], user)
    return changed


@dataclass(frozen=True)
class PageData:
    """What the Pengaturan tindak lanjut page shows: routing, holidays, current thresholds."""

    routing: pd.DataFrame
    holidays: pd.DataFrame
    settings: dict


def page_data(conn: duckdb.DuckDBPyConnection) -> PageData:
    return PageData(routing(conn)[["topic", "opd"]], holidays_frame(conn), thresholds.get(conn))
