"""Aspirasi page: charts, follow-up cards with SLA, searchable plain-text table, staff corrections
(kept with who and when; refused to pimpinan); empty state."""

from __future__ import annotations

PAGE = "pages/aspirasi.py"


def _feedback_table(at):
    """The feedback list (the page also has the kab/kota × topic table in an expander)."""
    return next(d for d in at.dataframe if "Isi aspirasi" in d.value.columns)


def test_aspirasi_on_data(dashboard_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    labels = [m.label for m in at.metric]
    assert "Terlambat (> 14 hari)" in labels and "% negatif" in labels
    assert any("14 hari" in c.value for c in at.caption)
    table = _feedback_table(at).value
    # markdown/HTML in feedback text stays literal text in a dataframe cell
    assert table["Isi aspirasi"].str.contains("**jalan** <b>x</b>", regex=False).all()
    assert not any("<b>x</b>" in m.value for m in at.markdown)
    assert "hanya untuk staf" in " ".join(c.value for c in at.caption)


def test_aspirasi_search_box_filters_rows(dashboard_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    at.text_input(key="a_q").input("nomor 7 ").run()  # 7, 70..79
    assert not at.exception
    texts = _feedback_table(at).value["Isi aspirasi"]
    assert len(texts) > 0 and texts.str.contains("nomor 7").all()


def test_aspirasi_staff_sees_correction_hint(dashboard_db, app_for):
    at = app_for(PAGE, role="staf")
    assert not at.exception
    assert any("Pilih satu baris" in c.value for c in at.caption)


def test_aspirasi_empty_database(conn, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception
    assert any("Aspirasi/feedback" in i.value for i in at.info)


def test_aspirasi_on_demo_data_staff_corrects_a_label(demo_db, app_for):
    from gema import store

    at = app_for(PAGE, role="staf")
    assert not at.exception, at.exception
    table = _feedback_table(at)
    first_text = table.value.iloc[0]["Isi aspirasi"]
    # select the first row as a user would (AppTest has no click on dataframe rows)
    at.session_state["a_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert any(t.value == first_text for t in at.text)  # the text is shown as plain text
    at.selectbox[-1].set_value("selesai")  # status
    at.button[-1].click().run()
    assert not at.exception
    assert any("Koreksi tersimpan" in s.value for s in at.success)
    c = store.connect(demo_db)
    row = c.execute(
        "SELECT field, new_value, corrected_by FROM label_corrections ORDER BY correction_id DESC"
    ).fetchone()
    c.close()
    assert row == ("status", "selesai", "uji-staf")
