"""Catat FGD page (issue 5) in AppTest: open a session, save an aspiration through the form
(row, label and audit in the database before the box is cleared), roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gema import fgd
from gema.core import audit, store

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/fgd.py"


def test_open_session_and_capture(app_for, db_file):
    at = app_for(PAGE, role="staf")
    assert not at.exception
    assert any("Belum ada sesi FGD" in i.value for i in at.info)
    at.text_input(key="fgd_new_name").input("FGD Banten Sehat")
    at.text_input(key="fgd_new_place").input("Pendopo Gubernur")
    at.selectbox(key="fgd_new_kabkota").select("3673")
    at.button[0].click()  # the form's submit button
    at.run()
    assert not at.exception
    assert any("dibuka" in s.value for s in at.success)
    assert at.selectbox(key="fgd_kabkota").value == "3673"  # the session's kab/kota by default

    at.segmented_control(key="fgd_group").set_value("akademisi")
    at.text_area(key="fgd_text").input("Jalan menuju kampus rusak dan berlubang, mohon diperbaiki")
    save = next(b for b in at.button if b.label == "Simpan")
    save.click()
    at.run()
    assert not at.exception
    assert any("Tersimpan sebagai #" in s.value for s in at.success)
    assert at.text_area(key="fgd_text").value == ""  # cleared only after the save returned
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 1
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Unduh CSV", "Unduh XLSX"]  # the session's entries, neutralised

    conn = store.connect(db_file)
    row = conn.execute(
        "SELECT channel, created_by, author_type, kabkota, sentiment, fgd_session_id FROM feedback"
    ).fetchall()
    assert row == [("FGD", "uji-staf", "akademisi", "3673", "negatif", 1)]
    assert len(audit.events(conn, actions=[fgd.AUDIT_ENTRY], usernames=["uji-staf"])) == 1
    conn.close()


def test_empty_text_is_refused_and_nothing_saved(app_for, conn):
    fgd.open_session(conn, "Sesi", date.today(), None, None, "admin")
    conn.execute("CHECKPOINT")
    at = app_for(PAGE, role="admin")
    next(b for b in at.button if b.label == "Simpan").click()
    at.run()
    assert any("masih kosong" in e.value for e in at.error)
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0


def test_pimpinan_may_not_capture(app_for):
    from streamlit.testing.v1 import AppTest

    from gema.ui import USER_KEY

    at = app_for(None, role="pimpinan")
    with pytest.raises(ValueError):
        at.switch_page(PAGE)  # absent from the pimpinan's navigation
    direct = AppTest.from_file(str(ROOT / PAGE), default_timeout=30)  # reached by URL
    direct.session_state[USER_KEY] = {"username": "uji-pimpinan", "role": "pimpinan"}
    direct.run()
    assert direct.error and not direct.text_area
