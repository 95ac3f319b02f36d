"""Dinding aspirasi (issue 5) in AppTest: latest aspirations in big type, escaped; kiosk
redaction; empty store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gema import fgd
from gema.core import store

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/dinding.py"
SCRIPT = "<script>alert('x')</script> **tebal** 0812-3456-7890"


def _wall_html(at) -> str:
    return " ".join(
        h.value for h in at.get("html") if "gw-item" in h.value and "<style>" not in h.value
    )


def test_wall_shows_text_literally(app_for, conn):
    sid = fgd.open_session(conn, "FGD Uji", date.today(), None, "3601", "staf1")
    fgd.save_entry(conn, sid, SCRIPT, "masyarakat", "staf1", kabkota="3601")
    conn.execute("CHECKPOINT")
    at = app_for(PAGE, role="staf")
    assert not at.exception
    html = _wall_html(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "**tebal**" in html  # not rendered as markdown either
    assert "0812-3456-7890" in html  # staff see the text as typed
    assert "staf1" not in html  # never a name on the wall
    assert len(at.get("plotly_chart")) == 1


def test_kiosk_wall_masks_numbers(demo_db, monkeypatch, users_file):
    from streamlit.testing.v1 import AppTest

    conn = store.connect(demo_db)
    sid = fgd.open_session(conn, "FGD Kios", date.today(), None, None, "staf1")
    fgd.save_entry(conn, sid, SCRIPT, "media", "staf1")
    conn.execute("CHECKPOINT")
    conn.close()
    monkeypatch.setenv("GEMA_KIOSK", "1")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    html = _wall_html(at)
    assert "FGD Kios" in " ".join(h.value for h in at.get("html"))  # the newest open session
    assert "[nomor]" in html and "0812" not in html
    assert not at.selectbox  # no controls for the anonymous viewer


def test_empty_wall_says_where_entries_come_from(app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception
    assert any("Catat FGD" in i.value for i in at.info)


def test_wall_chart_uses_the_app_font_and_catalogue_group_labels(app_for, conn):
    import json

    sid = fgd.open_session(conn, "FGD Huruf", date.today(), None, "3601", "staf1")
    fgd.save_entry(conn, sid, "Jalan desa rusak", "tokoh_masyarakat", "staf1", kabkota="3601")
    conn.execute("CHECKPOINT")
    at = app_for(PAGE, role="staf")
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["font"]["family"] == fgd.APP_FONT == '"Source Sans", sans-serif'
    assert "Tokoh masyarakat" in _wall_html(at)
