"""Early warning: a synthetic surge fires, a steady series stays quiet, the CLI contract holds."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from gema import peringatan as alerts
from gema.cli import main
from gema.core import store, thresholds

DAY = date(2025, 3, 20)


def _insert(conn, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, kabkota, topic, sentiment, text)"
        " VALUES (?, 'LAPOR!', ?, ?, ?, ?)",
        rows,
    )


def _steady(conn, seed: int = 1, days: int = 40, mean: float = 6.0) -> None:
    """A noisy but steady Poisson series per kab/kota and topic, ending at DAY."""
    rng = np.random.default_rng(seed)
    rows = []
    for k, kab in enumerate(("3601", "3602", "3673")):
        for topic in ("Jalan & Infrastruktur", "Kesehatan"):
            for d in range(days):
                day = DAY - timedelta(days=d)
                for i in range(int(rng.poisson(mean + k))):
                    sent = "negatif" if rng.random() < 0.4 else "netral"
                    text = (
                        f"jalan berlubang di desa {i}"
                        if topic.startswith("Jalan")
                        else "antre obat"
                    )
                    rows.append(
                        (
                            datetime.combine(day, datetime.min.time()) + timedelta(hours=9),
                            kab,
                            topic,
                            sent,
                            text,
                        )
                    )
    _insert(conn, rows)


def test_steady_series_stays_quiet(conn):
    _steady(conn)
    found = alerts.compute(conn, DAY - timedelta(days=6), DAY)
    assert found.empty, found


def test_surge_fires_with_explanation_and_words(conn):
    _steady(conn)
    at = datetime.combine(DAY, datetime.min.time()) + timedelta(hours=10)
    surge = [
        (at, "3602", "Banjir & Bencana", "negatif" if i % 5 else "netral",
         f"banjir rumah terendam di kampung nomor {i} air naik")
        for i in range(50)
    ]  # fmt: skip
    _insert(conn, surge)
    found = alerts.compute(conn, DAY)
    volume = found[(found["kind"] == "volume") & (found["topic"] == "Banjir & Bencana")]
    assert len(volume) == 1
    row = volume.iloc[0]
    assert row["kabkota"] == "3602" and row["count"] == 50 and row["expected"] == 0
    assert list(row["top_words"]) == ["banjir", "rumah", "terendam"]
    text = alerts.explain(row.to_dict(), today=DAY)
    assert text.startswith("Banjir & Bencana di Kab. Lebak: 50 aspirasi hari ini, biasanya 0")
    assert "kata teratas: banjir" in text and "80 % negatif" in text
    # the all-topics alert of Lebak is explained by the flood topic: not listed twice
    assert found[
        (found["kabkota"] == "3602") & found["topic"].isna() & (found["kind"] == "volume")
    ].empty
    # nothing fires elsewhere
    assert set(found["kabkota"]) == {"3602"}
    link = alerts.aspirasi_query(row.to_dict())
    assert link == {"periode": "custom", "dari": "2025-03-20", "sampai": "2025-03-20",
                    "kabkota": "3602", "topik": "Banjir & Bencana"}  # fmt: skip


def test_minimum_count_keeps_tiny_numbers_quiet(conn):
    at = datetime.combine(DAY, datetime.min.time())
    _insert(conn, [(at, "3601", "Listrik", "negatif", "listrik padam") for _ in range(6)])
    assert alerts.compute(conn, DAY).empty  # 6 against 0 is a big ratio but below min_count


def test_negative_share_jump_is_a_separate_alert(conn):
    rows = []
    for d in range(1, 29):
        at = datetime.combine(DAY - timedelta(days=d), datetime.min.time())
        rows += [(at, "3673", "Kesehatan", "negatif" if i < 2 else "positif", "layanan puskesmas")
                 for i in range(10)]  # fmt: skip
    at = datetime.combine(DAY, datetime.min.time())
    rows += [(at, "3673", "Kesehatan", "negatif" if i < 9 else "positif", "obat habis di puskesmas")
             for i in range(12)]  # fmt: skip
    _insert(conn, rows)
    found = alerts.compute(conn, DAY)
    neg = found[found["kind"] == "negatif"]
    assert len(neg) == 1 and neg.iloc[0]["topic"] == "Kesehatan"
    assert found[found["kind"] == "volume"].empty  # 12 against a usual 10 is no surge
    assert "Sentimen negatif naik" in alerts.explain(neg.iloc[0].to_dict(), today=DAY)


def test_thresholds_are_settings(conn):
    at = datetime.combine(DAY, datetime.min.time())
    _insert(conn, [(at, "3601", "Listrik", "negatif", "listrik padam") for _ in range(6)])
    thresholds.update(conn, "alerts.min_count", 5, "admin")
    assert len(alerts.compute(conn, DAY)) >= 1
    assert thresholds.get(conn)["alerts.min_count"] == 5


def test_refresh_stores_and_keeps_acknowledged(conn):
    _steady(conn, days=35)
    at = datetime.combine(DAY, datetime.min.time())
    _insert(conn, [(at, "3601", "Listrik", "negatif", "listrik padam total") for _ in range(30)])
    assert alerts.refresh(conn, "staf", day=DAY) >= 1
    listed = alerts.stored(conn, DAY)
    first = listed.iloc[0]
    alerts.acknowledge(conn, int(first["alert_id"]), "staf", assigned_to="Dinas ESDM")
    assert alerts.refresh(conn, "staf", day=DAY) >= 1
    again = alerts.stored(conn, DAY)
    kept = again[again["alert_id"] == first["alert_id"]]
    assert len(kept) == 1 and kept.iloc[0]["assigned_to"] == "Dinas ESDM"
    assert len(again) == len(listed)  # not inserted twice


def test_cli_contract(db_file, capsys):
    conn = store.connect(db_file)
    _steady(conn)
    at = datetime.combine(DAY, datetime.min.time())
    _insert(
        conn,
        [(at, "3602", "Banjir & Bencana", "negatif", "banjir rumah terendam") for _ in range(40)],
    )
    conn.close()
    assert main(["peringatan", "--date", DAY.isoformat(), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items and set(items[0]) == {
        "date", "kabkota", "topic", "count", "expected", "ratio", "negative_share", "explanation"
    }  # fmt: skip
    assert items[0]["kabkota"] == "3602" and items[0]["date"] == "2025-03-20"
    assert main(["peringatan", "--date", "2025-01-05", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["peringatan", "--date", "2025-01-05"]) == 0
    assert main(["peringatan", "--date", "kemarin"]) == 2


def test_detect_on_plain_series():
    """The rule alone, on a frame shaped like daily_stats: steady 5±2 never alerts, 40 does."""
    base = dict(kabkota="3601", topic="X", negatif=0, labelled=0, usual_low=4.0, usual_high=6.0,
                mad=1.0, base_neg=0, base_labelled=0, expected=5.0)  # fmt: skip
    stats = pd.DataFrame([
        dict(base, date=DAY, count=9), dict(base, date=DAY, count=40, topic="Y"),
    ])  # fmt: skip
    found = alerts.detect(stats, alerts.Settings())
    assert found["topic"].tolist() == ["Y"]


def test_an_fgd_session_is_not_a_surge(conn):
    _steady(conn)
    at = datetime.combine(DAY, datetime.min.time()) + timedelta(hours=9)
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, kabkota, topic, sentiment, text)"
        " VALUES (?, 'FGD', '3601', 'Pendidikan', 'netral', 'usul sekolah baru')",
        [(at,)] * 70,
    )
    assert alerts.compute(conn, DAY).empty
