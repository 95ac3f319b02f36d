"""FGD capture (issue 5): sessions, an aspiration saved at once with its label and audit row,
no double save, refusals, and the public-screen redaction."""

from __future__ import annotations

import json
from datetime import date

import pytest

from gema import fgd
from gema.core import audit


def _session(conn, **kw):
    args = {"name": "FGD Kampanye Banten Sehat", "held_on": date(2024, 7, 1), "place": "Pendopo",
            "kabkota": "3601", "user": "staf1"} | kw  # fmt: skip
    return fgd.open_session(conn, **args)


def test_save_entry_writes_feedback_label_and_audit(conn):
    sid = _session(conn)
    saved = fgd.save_entry(
        conn, sid, "Jalan di desa kami rusak parah, tidak bisa dilewati", "masyarakat", "staf1",
        kabkota="3601", token="t-1",
    )  # fmt: skip
    row = conn.execute(
        "SELECT channel, fgd_session_id, created_by, kabkota, author_type, author, sentiment,"
        " sentiment_source, topic, topic_source, batch_id, text FROM feedback"
        " WHERE feedback_key = ?",
        [saved.feedback_key],
    ).fetchone()
    assert row[:6] == ("FGD", sid, "staf1", "3601", "masyarakat", None)
    assert row[6] == "negatif" and row[7] == "computed"
    assert row[8] == "Jalan & Infrastruktur" and row[9] == "computed"
    assert row[10] is None  # typed in the app, not an upload
    assert (saved.sentiment, saved.topic) == ("negatif", "Jalan & Infrastruktur")
    events = audit.events(conn, actions=[fgd.AUDIT_ENTRY])
    assert len(events) == 1 and events.iloc[0]["username"] == "staf1"
    detail = json.loads(events.iloc[0]["detail"])
    assert detail["feedback_key"] == saved.feedback_key and detail["session_id"] == sid
    assert len(audit.events(conn, actions=[fgd.AUDIT_OPEN])) == 1


def test_same_draft_is_not_saved_twice(conn):
    sid = _session(conn)
    first = fgd.save_entry(conn, sid, "Mohon lampu jalan ditambah", "opd", "staf1", token="abc")
    again = fgd.save_entry(conn, sid, "Mohon lampu jalan ditambah", "opd", "staf1", token="abc")
    assert again.duplicate and again.feedback_key == first.feedback_key
    other = fgd.save_entry(conn, sid, "Mohon lampu jalan ditambah", "opd", "staf1", token="xyz")
    assert other.feedback_key != first.feedback_key
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 2
    assert len(fgd.entries(conn, sid)) == 2


def test_chosen_topic_is_kept(conn):
    sid = _session(conn)
    saved = fgd.save_entry(conn, sid, "Terima kasih, pelayanan bagus sekali", "media", "staf1",
                           topic="Kesehatan")  # fmt: skip
    row = conn.execute(
        "SELECT topic, topic_source, sentiment FROM feedback WHERE feedback_key = ?",
        [saved.feedback_key],
    ).fetchone()
    assert row == ("Kesehatan", "uploaded", "positif")
    counts = fgd.topic_counts(conn, sid)
    assert counts.to_dict("records") == [{"topic": "Kesehatan", "feedback": 1, "negatif": 0}]


@pytest.mark.parametrize(
    ("text", "group", "kab", "key"),
    [("   ", "masyarakat", None, "fgd.err.text"), ("ok", "tamu", None, "fgd.err.group"),
     ("ok", "opd", "9999", "fgd.err.kabkota"), ("x" * 4001, "opd", None, "fgd.err.too_long")],
)  # fmt: skip
def test_refusals(conn, text, group, kab, key):
    sid = _session(conn)
    with pytest.raises(fgd.FgdError) as err:
        fgd.save_entry(conn, sid, text, group, "staf1", kabkota=kab)
    assert err.value.key == key
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
    assert len(audit.events(conn, actions=[fgd.AUDIT_ENTRY])) == 0


def test_closed_session_and_unknown_session(conn):
    sid = _session(conn)
    fgd.close_session(conn, sid, "staf1")
    with pytest.raises(fgd.FgdError, match="fgd.err.closed"):
        fgd.save_entry(conn, sid, "Terlambat", "opd", "staf1")
    with pytest.raises(fgd.FgdError, match="fgd.err.no_session"):
        fgd.save_entry(conn, sid + 99, "Tanpa sesi", "opd", "staf1")
    with pytest.raises(fgd.FgdError, match="fgd.err.name"):
        _session(conn, name="  ")


def test_wall_session_prefers_open_sessions(conn):
    a = _session(conn, name="A")
    b = _session(conn, name="B")
    fgd.save_entry(conn, a, "Aspirasi di sesi A", "opd", "staf1")
    assert fgd.wall_session(conn) == a  # the open session with the latest entry
    fgd.close_session(conn, a, "staf1")
    assert fgd.wall_session(conn) == b


def test_redact_masks_phone_nik_email_not_amounts():
    text = "Hubungi 0812-3456-7890 / a.b@contoh.id, NIK 3601234567890001, dana Rp 15.000.000 2024"
    out = fgd.redact(text)
    assert "0812" not in out and "3601234567890001" not in out and "contoh.id" not in out
    assert "Rp 15.000.000" in out and "2024" in out


def test_group_labels_come_from_one_list():
    """Stored spellings from uploads or older demo data map to the catalogue's label."""
    spellings = ("tokoh masyarakat", "Tokoh Masyarakat", "tokoh-masyarakat")
    assert [fgd.group_label(v) for v in spellings] == ["Tokoh masyarakat"] * 3
    assert fgd.group_label("pelaku usaha") == "Pelaku usaha"
    assert fgd.group_label("AKADEMISI") == "Akademisi"
    assert fgd.group_label("lsm") == "LSM" and fgd.group_label("lsm", "en") == "NGO"
    assert fgd.group_label("petani") == "Petani"  # unknown: kept, first letter capital
    assert fgd.group_label(None) == "—" and fgd.group_label("  ") == "—"
    assert all(fgd.group_label(code)[:1].isupper() for code in fgd.SPEAKER_GROUPS)
