"""Follow-up tracker: working days across holidays, state transitions and their audit, routing,
per-OPD lateness and near-duplicate groups."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from gema import tindak_lanjut as followup
from gema.aspirasi import corrections
from gema.core import workdays
from gema.core.filters import Filters


def test_working_days_across_idulfitri_2024(conn):
    off = workdays.holidays(conn)
    # Fri 5 April 2024; 8-12 and 15 April were Idulfitri and cuti bersama (SKB 3 Menteri)
    assert workdays.add_workdays(date(2024, 4, 5), 1, off) == date(2024, 4, 16)
    assert workdays.add_workdays(date(2024, 4, 5), 3, off) == date(2024, 4, 18)
    assert workdays.workdays_between(date(2024, 4, 5), date(2024, 4, 18), off) == 3
    # without the holidays it would be the plain weekdays
    assert workdays.add_workdays(date(2024, 4, 5), 3) == date(2024, 4, 10)
    # the SQL the deadlines use agrees
    assert workdays.workdays_between_sql(conn, date(2024, 4, 5), date(2024, 4, 18)) == 3
    assert workdays.workdays_between_sql(conn, date(2024, 4, 5), date(2024, 4, 15)) == 0
    # a weekend: Fri → Mon is one working day
    assert workdays.workdays_between_sql(conn, date(2025, 3, 7), date(2025, 3, 10)) == 1


def test_holiday_reference_is_seeded_with_source(conn):
    df = conn.execute("SELECT date, kind, source FROM holidays").df()
    assert len(df) > 70 and set(df["kind"]) == {"libur", "cuti_bersama"}
    assert df["source"].str.contains("SKB 3 Menteri").all()
    days = set(pd.to_datetime(df["date"]).dt.date)
    assert {date(2025, 3, 31), date(2025, 4, 7), date(2026, 3, 20), date(2026, 12, 24)} <= days


def _one(
    conn,
    text="Jalan berlubang di depan pasar",
    topic="Jalan & Infrastruktur",
    at="2024-07-03 09:00",
):
    conn.execute(
        "INSERT INTO feedback (received_at, channel, kabkota, topic, text) VALUES (?, 'LAPOR!', '3673', ?, ?)",
        [at, topic, text],
    )
    return int(conn.execute("SELECT max(feedback_key) FROM feedback").fetchone()[0])


def test_transitions_are_audited(conn):
    key = _one(conn)
    st = followup.state(conn, key)
    assert st["status"] == "baru" and st["suggested_opd"].startswith("Dinas Pekerjaan Umum")
    followup.transition(conn, key, "diverifikasi", "staf1")
    with pytest.raises(followup.FollowupError):  # forwarding needs the OPD confirmed
        conn.execute("UPDATE followup_state SET opd = NULL")
        followup.transition(conn, key, "diteruskan", "staf1")
    followup.transition(conn, key, "diteruskan", "staf1", opd=st["suggested_opd"])
    followup.transition(conn, key, "ditindaklanjuti", "staf2")
    followup.transition(conn, key, "selesai", "staf2")
    with pytest.raises(followup.FollowupError):  # selesai → ditolak is not a move
        followup.transition(conn, key, "ditolak", "staf2", reason="x")
    hist = followup.history(conn, key)
    assert list(zip(hist["from_status"], hist["to_status"], strict=True)) == [
        ("baru", "diverifikasi"), ("diverifikasi", "diteruskan"),
        ("diteruskan", "ditindaklanjuti"), ("ditindaklanjuti", "selesai"),
    ]  # fmt: skip
    assert hist["changed_by"].tolist() == ["staf1", "staf1", "staf2", "staf2"]
    assert followup.state(conn, key)["opd"] == st["suggested_opd"]
    audit = conn.execute(
        "SELECT username, detail->>'new' FROM audit_log WHERE action = 'followup'"
    ).fetchall()
    assert [a[1] for a in audit] == ["diverifikasi", "diteruskan", "ditindaklanjuti", "selesai"]
    # the dashboards see the state (label corrections, latest wins)
    assert (
        conn.execute(
            "SELECT status FROM feedback_effective WHERE feedback_key = ?", [key]
        ).fetchone()[0]
        == "selesai"
    )


def test_reject_needs_reason_and_duplicate_needs_original(conn):
    a, b = _one(conn), _one(conn, text="Lampu jalan mati")
    with pytest.raises(followup.FollowupError):
        followup.transition(conn, a, "ditolak", "staf1")
    followup.transition(conn, a, "ditolak", "staf1", reason="bukan kewenangan provinsi")
    assert followup.state(conn, a)["reject_reason"] == "bukan kewenangan provinsi"
    with pytest.raises(followup.FollowupError):
        followup.transition(conn, b, "duplikat", "staf1")
    with pytest.raises(followup.FollowupError):
        followup.transition(conn, b, "duplikat", "staf1", duplicate_of=b)
    followup.transition(conn, b, "duplikat", "staf1", duplicate_of=a)
    assert followup.state(conn, b)["duplicate_of"] == a


def test_status_label_correction_still_works_and_is_in_history(conn):
    key = _one(conn)
    assert corrections.correct_label(conn, key, "status", "ditindaklanjuti", "staf1")
    assert followup.history(conn, key)["to_status"].tolist() == ["ditindaklanjuti"]
    with pytest.raises(corrections.CorrectionError):  # needs a reason: the follow-up panel
        corrections.correct_label(conn, key, "status", "ditolak", "staf1")


def test_old_status_values_are_mapped(conn):
    assert conn.execute("SELECT gema_status('Diproses'), gema_status('Disposisi')").fetchone() == (
        "ditindaklanjuti",
        "diteruskan",
    )


def test_near_duplicates_grouped_in_one_follow_up(conn):
    a = _one(
        conn,
        text="Jalan rusak parah di depan SDN 2 Cipocok, mohon diperbaiki!",
        at="2024-07-03 08:00",
    )
    b = _one(
        conn,
        text="jalan rusak parah di depan SDN 2 Cipocok mohon diperbaiki",
        at="2024-07-04 10:00",
    )
    c = _one(
        conn,
        text="Jalan rusak parah di depan SDN 2 Cipocok mohon segera diperbaiki",
        at="2024-07-05 10:00",
    )
    _one(
        conn,
        text="Jalan rusak parah di depan SDN 2 Cipocok, mohon diperbaiki!",
        at="2024-09-01 10:00",
    )  # too late
    _one(conn, text="Banjir di perumahan", at="2024-07-03 09:00")
    similar = followup.near_duplicates(conn, a)
    assert set(similar["feedback_key"]) == {b, c}
    assert followup.close_group(conn, a, similar["feedback_key"].tolist(), "staf1") == 2
    assert {followup.state(conn, k)["status"] for k in (b, c)} == {"duplikat"}
    assert followup.near_duplicates(conn, a).empty


def test_per_opd_table_says_who_is_late(conn):
    keys = [_one(conn, at="2024-07-03 09:00") for _ in range(3)]
    _one(conn, topic="Kesehatan", text="Antrean puskesmas panjang", at="2024-07-18 09:00")
    followup.transition(conn, keys[0], "diteruskan", "staf1", opd="Dinas PUPR")
    followup.transition(conn, keys[0], "selesai", "staf1")
    conn.execute(
        "UPDATE feedback SET status_updated_at = '2024-07-10' WHERE feedback_key = ?", [keys[0]]
    )
    f = Filters(period="custom", start=date(2024, 7, 1), end=date(2024, 7, 31))
    table = followup.by_opd(conn, f, today=date(2024, 7, 19)).set_index("opd")
    pupr = table.loc["Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)"]
    assert (pupr["open"], pupr["overdue"]) == (2, 2)  # 12 working days after receipt
    assert table.loc["Dinas Kesehatan", "overdue"] == 0  # received yesterday
    assert table.loc["Dinas PUPR", "median_days_to_close"] == 7
