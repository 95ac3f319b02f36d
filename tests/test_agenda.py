"""Leadership agenda: events typed or imported (kind `events`), markers with their titles on the
time charts (screen and export), the sebelum / sesudah card."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from gema import agenda, ingest
from gema.aspirasi import data as aspirasi_data
from gema.aspirasi import figures as aspirasi_figures
from gema.core.filters import Filters
from gema.jangkauan import data as jangkauan_data
from gema.jangkauan import figures as jangkauan_figures
from gema.presentasi import deck as slides
from gema.ringkasan import data as ringkasan_data
from gema.ringkasan import figures as ringkasan_figures

F = Filters(period="custom", start=date(2024, 7, 1), end=date(2024, 7, 31))


def _data(conn) -> None:
    rows = []
    for d in range(1, 31):
        at = datetime(2024, 7, d, 9)
        n = 2 if d < 15 else 6  # more aspirations after the visit
        rows += [
            (at, "3602", "negatif" if i == 0 else "positif", f"aspirasi {d} {i}") for i in range(n)
        ]
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, kabkota, sentiment, text) VALUES (?, 'LAPOR!', ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT INTO posts (platform, published_at, kabkota, reach, batch_id) VALUES"
        " ('Instagram', '2024-07-05', '3602', 1000, 1), ('Instagram', '2024-07-20', '3602', 5000, 1)"
    )


def test_markers_on_every_time_chart_with_titles(conn):
    _data(conn)
    agenda.add_event(
        conn,
        date(2024, 7, 15),
        "Kunjungan Gubernur <b>ke</b> Rangkasbitung",
        "kunjungan",
        "staf1",
        "3602",
    )
    agenda.add_event(conn, date(2024, 7, 15), "FGD Jalan", "fgd", "staf1", "3602")
    agenda.add_event(conn, date(2024, 7, 22), "Peluncuran Banten Sehat", "peluncuran", "staf1")
    agenda.add_event(conn, date(2024, 9, 1), "Di luar periode", "lainnya", "staf1")
    events = agenda.events_for(conn, F)
    assert len(events) == 3
    figures = [
        ringkasan_figures.weekly_trend(ringkasan_data.weekly_trend(conn, F), "id"),
        aspirasi_figures.stacked_bars_by_series(
            aspirasi_data.feedback_over_time(conn, F), "feedback", "id"
        ),
        jangkauan_figures.lines_by_series(
            jangkauan_data.reach_over_time(conn, F, with_none=False), "reach", "id"
        ),
    ]
    for fig in figures:
        n_before = len(fig.data)
        agenda.add_event_markers(fig, events, "id")
        if n_before == 0:
            continue
        assert agenda.marker_count(fig) == 2  # two event days
        trace = next(t for t in fig.data if t.meta == "agenda")
        hover = " ".join(trace.customdata)
        assert (
            "Kunjungan Gubernur &lt;b&gt;ke&lt;/b&gt; Rangkasbitung (kunjungan, Kab. Lebak)"
            in hover
        )
        assert "FGD Jalan" in hover and "Peluncuran Banten Sehat" in hover
        assert len([s for s in fig.layout.shapes if s.line.dash == "dot"]) >= 2
    # kab/kota filter keeps province-wide events and that place's own
    other = agenda.events_for(
        conn, Filters(period="custom", start=F.start, end=F.end, kabkota=("3671",))
    )
    assert other["title"].tolist() == ["Peluncuran Banten Sehat"]


def test_events_in_exports(conn):
    _data(conn)
    agenda.add_event(conn, date(2024, 7, 15), "Kunjungan Gubernur", "kunjungan", "staf1", "3602")
    deck = slides.build_deck(conn, F, "id")
    assert agenda.marker_count(deck.get("tren").figure) == 1
    sheet = deck.get("agenda")
    assert sheet is not None and sheet.data["title"].tolist() == ["Kunjungan Gubernur"]
    from gema.presentasi import export

    assert "agenda" in export.deck_sheets(deck)


def test_before_after_card(conn):
    _data(conn)
    eid = agenda.add_event(conn, date(2024, 7, 15), "Kunjungan", "kunjungan", "staf1", "3602")
    event = agenda.events_for(conn, F).set_index("event_id").loc[eid].to_dict() | {"event_id": eid}
    ba = agenda.before_after(conn, event, today=date(2024, 8, 30))
    assert (ba.before["feedback"], ba.after["feedback"]) == (28, 84)
    assert (ba.before["reach"], ba.after["reach"]) == (1000, 5000)
    assert ba.before["net_sentiment"] == pytest.approx(0.0)  # 1 neg, 1 pos a day
    assert ba.after["net_sentiment"] == pytest.approx((70 - 14) / 84 * 100)
    assert ba.after_days == 14
    assert agenda.before_after(conn, event, today=date(2024, 7, 17)).after_days == 3


def test_events_import_kind(conn, tmp_path):
    path = tmp_path / "agenda.csv"
    path.write_text(
        "Tanggal;Judul;Kab/Kota;Jenis;Catatan\n"
        "15/07/2024;Kunjungan kerja Gubernur;Kab. Lebak;Kunjungan kerja;\n"
        "16/07/2024;Banjir Cipanas;Lebak;bencana;siaga\n"
        "17/07/2024;Launching aplikasi;;launching;\n"
        "18/07/2024;Acara aneh;Kota Serang;rapat rahasia;\n",
        encoding="utf-8",
    )
    result = ingest.import_file(conn, "events", path, user="staf1")
    assert (
        not result.loaded and result.rows_rejected == 1
    )  # unknown kind: named row, nothing written
    assert "rapat rahasia" in str(result.errors)
    result = ingest.import_file(conn, "events", path, user="staf1", skip_invalid=True)
    assert result.loaded and result.rows_loaded == 3
    events = agenda.events_for(conn, F)
    assert events["kind"].tolist() == ["kunjungan", "bencana", "peluncuran"]
    assert events["kabkota"].tolist()[:2] == ["3602", "3602"] and pd.isna(events["kabkota"].iloc[2])
    ingest.undo_batch(conn, result.batch_id, "staf1")
    assert agenda.events_for(conn, F).empty


def test_add_event_validates(conn):
    with pytest.raises(agenda.AgendaError):
        agenda.add_event(conn, date(2024, 7, 1), " ", "kunjungan", "staf1")
    with pytest.raises(agenda.AgendaError):
        agenda.add_event(conn, date(2024, 7, 1), "x", "pesta", "staf1")
    with pytest.raises(agenda.AgendaError):
        agenda.add_event(conn, date(2024, 7, 1), "x", "fgd", "staf1", "Tangerang")
