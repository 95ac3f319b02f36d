"""The leadership agenda: visits, FGDs, programme launches and disasters that explain the bumps
in every chart.

Events are typed on the Agenda page or uploaded as the import kind `events` (CSV/XLSX: tanggal,
judul, kab/kota, jenis, catatan). `add_event_markers` draws them on a time chart (a dotted
line per event and a marker whose hover gives the titles); `before_after` compares the 14 days
before an event with the 14 days from its day on, in its kab/kota.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema.core import audit, i18n, store
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA
from gema.ingest.fields import Field, FieldType, KindSpec, register_kind, register_type

KINDS = ("kunjungan", "fgd", "peluncuran", "bencana", "lainnya")
WINDOW_DAYS = 14
MARKER_COLOUR = "#7A3E9D"  # a colour no series of the dashboards uses
MARKER_AXIS = "y9"  # a hidden 0–1 axis so the markers sit at the top whatever the data's scale


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
    with store.transaction(conn):
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


def delete_event(conn: duckdb.DuckDBPyConnection, event_id: int, user: str) -> None:
    """Remove an event typed in the app (uploaded ones go with their batch's undo)."""
    with store.transaction(conn):
        store.execute(conn, "agenda/delete", event_id=int(event_id))
        audit.record(conn, user, "event_delete", event_id=int(event_id))


# --- markers on time charts -----------------------------------------------------------------
def add_event_markers(
    fig: go.Figure, events: pd.DataFrame, lang: str = i18n.DEFAULT_LANG
) -> go.Figure:
    """Draw agenda events on a time chart: a dotted vertical line per event day and a marker at
    the top whose hover lists the titles (escaped: Plotly renders HTML in labels). Returns the
    figure; a chart without data or an empty agenda is left as it is."""
    if events is None or events.empty or not fig.data:
        return fig
    by_day: dict[pd.Timestamp, list[str]] = {}
    for r in events.sort_values("date").itertuples(index=False):
        place = KODE_NAMA.get(r.kabkota, "") if isinstance(r.kabkota, str) else ""
        kind = i18n.t(f"agenda.kind.{r.kind}", lang)
        line = f"{html.escape(str(r.title))} ({kind}{', ' + place if place else ''})"
        by_day.setdefault(pd.Timestamp(r.date), []).append(line)
    days = sorted(by_day)
    for d in days:
        fig.add_shape(
            type="line", xref="x", yref="paper", x0=d, x1=d, y0=0, y1=1,
            line={"color": MARKER_COLOUR, "width": 1, "dash": "dot"}, layer="below",
        )  # fmt: skip
    name = i18n.t("agenda.marker", lang)
    fig.add_scatter(
        x=days,
        y=[0.97] * len(days),
        yaxis=MARKER_AXIS,
        mode="markers",
        name=name,
        marker={
            "symbol": "star",
            "size": 14,
            "color": MARKER_COLOUR,
            "line": {"width": 1, "color": "white"},
        },
        customdata=[f"<b>{i18n.fmt_date(d, lang)}</b><br>" + "<br>".join(by_day[d]) for d in days],
        hovertemplate="%{customdata}<extra>" + name + "</extra>",
        meta="agenda",
    )
    fig.update_layout(
        {
            f"yaxis{MARKER_AXIS[1:]}": {
                "overlaying": "y",
                "range": [0, 1],
                "visible": False,
                "fixedrange": True,
            }
        }
    )
    return fig


def marker_count(fig: go.Figure) -> int:
    """How many event days a figure marks (tests, exports)."""
    return sum(len(t.x) for t in fig.data if getattr(t, "meta", None) == "agenda")


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


# --- import kind `events` -------------------------------------------------------------------
register_type(FieldType("event_kind", "gema_event_kind", "VARCHAR", "ingest.err.event_kind"))

EVENTS = KindSpec(
    name="events",
    label_key="ingest.kind.events",
    table="events",
    natural_key=("date", "title", "kabkota"),
    duplicates_query="ingest/duplicates_events",
    load_query="ingest/load_events",
    fields=(
        Field("date", "date", True, ("tanggal", "tgl", "date", "hari", "tanggal acara", "waktu")),
        Field(
            "title",
            "text",
            True,
            ("judul", "acara", "kegiatan", "nama kegiatan", "title", "agenda"),
        ),
        Field(
            "kabkota",
            "kabkota",
            synonyms=("kab kota", "kabupaten kota", "kabkota", "wilayah", "lokasi", "daerah"),
        ),
        Field(
            "kind", "event_kind", synonyms=("jenis", "jenis kegiatan", "kategori", "kind", "type")
        ),
        Field("note", synonyms=("catatan", "keterangan", "note", "notes", "deskripsi")),
    ),
    template_example=(
        {
            "date": "2024-07-15",
            "title": "Kunjungan kerja Gubernur ke Rangkasbitung",
            "kabkota": "Kab. Lebak",
            "kind": "kunjungan",
            "note": "",
        },
    ),  # fmt: skip
)
register_kind(EVENTS)


def events_table(events: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The events as a display table (Indonesian dates and names) for slides and exports."""
    return pd.DataFrame(
        {
            i18n.t("agenda.col.date", lang): [i18n.fmt_date(d, lang) for d in events["date"]],
            i18n.t("agenda.col.title", lang): events["title"].astype(str),
            i18n.t("agenda.col.kabkota", lang): [
                KODE_NAMA.get(k, k) if isinstance(k, str) else i18n.t("agenda.province", lang)
                for k in events["kabkota"]
            ],
            i18n.t("agenda.col.kind", lang): [
                i18n.t(f"agenda.kind.{k}", lang) for k in events["kind"]
            ],
        }
    )
