"""The leadership agenda: visits, FGDs, programme launches and disasters that explain the bumps
in every chart.

Events are typed on the Agenda page or uploaded as the import kind `events` (CSV/XLSX: tanggal,
judul, kab/kota, jenis, catatan). `add_event_markers` draws them on a time chart (a dotted
line per event and a marker whose hover gives the titles); `before_after` compares the 14 days
before an event with the 14 days from its day on, in its kab/kota.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import duckdb
import pandas as pd

from gema.core import audit, i18n, store
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA

KINDS = ("kunjungan", "fgd", "peluncuran", "bencana", "lainnya")
WINDOW_DAYS = 14


class AgendaError(ValueError):
    """An event that cannot be saved (no title, unknown kind or kab/kota)."""


# --- data -----------------------------------------------------------------------------------
def events_for(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Events in the filter's period, in its kab/kota or province-wide: event_id, date, title,
    kabkota, kind, note, batch_id, created_by, created_at."""
    p = f.params()
    try:
        return store.run(
            conn, "agenda/events_in", start=p["start"], end=p["end"], kabkota=p["kabkota"]
        )
    except duckdb.CatalogException:  # a read-only store from before migration 132
        return pd.DataFrame(columns=["event_id", "date", "title", "kabkota", "kind"])


def add_event(
    conn: duckdb.DuckDBPyConnection,
    day: date,
    title: str,
    kind: str,
    user: str,
    kabkota: str | None = None,
    note: str | None = None,
) -> int:
    """Add one event (staff), audited. Returns its id."""
    title = (title or "").strip()
    if not title:
        raise AgendaError("title is required")
    if kind not in KINDS:
        raise AgendaError(f"kind must be one of {KINDS}")
    if kabkota is not None and kabkota not in KODE_NAMA:
        raise AgendaError(f"unknown kab/kota {kabkota!r}")

    def work() -> int:
        event_id = int(
            store.scalar(
                conn,
                "agenda/insert",
                date=day,
                title=title,
                kabkota=kabkota,
                kind=kind,
                note=(note or "").strip() or None,
                user=user,
            )  # fmt: skip
        )
        audit.record(conn, user, "event_add", event_id=event_id, title=title, date=day)
        return event_id

    return store.write(conn, work)


def delete_event(conn: duckdb.DuckDBPyConnection, event_id: int, user: str) -> None:
    """Remove an event typed in the app (uploaded ones go with their batch's undo)."""

    def work() -> None:
        store.execute(conn, "agenda/delete", event_id=int(event_id))
        audit.record(conn, user, "event_delete", event_id=int(event_id))

    store.write(conn, work)


# --- sebelum / sesudah ----------------------------------------------------------------------
@dataclass(frozen=True)
class BeforeAfter:
    before: dict
    after: dict
    after_days: int  # days of the 'after' window already past (< WINDOW_DAYS: still running)


def before_after(
    conn: duckdb.DuckDBPyConnection, event: dict, today: date | None = None, days: int = WINDOW_DAYS
) -> BeforeAfter:
    """Reach, aspirations and net sentiment in the `days` days before the event's day and the
    `days` days from it on, in its kab/kota (all Banten for a province-wide event)."""
    day = pd.Timestamp(event["date"]).date()
    kab = [event["kabkota"]] if isinstance(event.get("kabkota"), str) else []
    today = today or date.today()

    def window(s: date, e: date) -> dict:
        row = store.run(
            conn, "agenda/window_figures", s=datetime.combine(s, time.min),
            e=datetime.combine(e, time.min), kabkota=kab,
        ).iloc[0].to_dict()  # fmt: skip
        labelled = row["labelled"] or 0
        row["net_sentiment"] = (
            (row["positif"] - row["negatif"]) / labelled * 100 if labelled else None
        )
        row["reach"] = None if pd.isna(row["reach"]) else float(row["reach"])
        return row

    before = window(day - timedelta(days=days), day)
    after = window(day, day + timedelta(days=days))
    after_days = max(0, min(days, (today - day).days + 1))
    return BeforeAfter(before, after, after_days)


@dataclass(frozen=True)
class PageData:
    """What the Agenda page lists: the events under the filters and their display table."""

    events: pd.DataFrame
    table: pd.DataFrame


def page_data(
    conn: duckdb.DuckDBPyConnection, f: Filters, lang: str = i18n.DEFAULT_LANG
) -> PageData:
    """One call per render of pages/agenda.py (the before/after card of the event picked in the
    table is read with `before_after`)."""
    from gema.agenda.frames import events_table

    events = events_for(conn, f)
    return PageData(events, events_table(events, lang))
