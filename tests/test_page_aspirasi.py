"""Aspirasi page: charts, follow-up cards with SLA, searchable plain-text table, staff corrections
(kept with who and when; refused to pimpinan); empty state."""

from __future__ import annotations

import json

PAGE = "pages/aspirasi.py"


def _feedback_table(at):
    """The feedback list (the page also has the kab/kota × topic table in an expander)."""
    return next(d for d in at.dataframe if "Isi aspirasi" in d.value.columns)


def test_aspirasi_on_data(dashboard_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    labels = [m.label for m in at.metric]
    assert "Terlambat" in labels and "% negatif" in labels
    assert any("10 hari kerja" in c.value for c in at.caption)
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
    from gema.core import store

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


def test_aspirasi_table_text_first_and_wide(dashboard_db, app_for):
    import json

    at = app_for(PAGE, role="pimpinan")
    assert not at.exception
    table = _feedback_table(at)
    assert list(table.value.columns[:8]) == [
        "Isi aspirasi", "Kab/Kota", "Topik", "Sentimen", "Status", "Umur (hari)", "Terlambat",
        "Kanal",
    ]  # fmt: skip
    assert list(table.value.columns[8:]) == ["Tanggal", "Pengirim"]
    widths = {c.get("label", k): c.get("width") for k, c in json.loads(table.proto.columns).items()}
    text_width = widths.pop("Isi aspirasi")
    assert all(text_width > 2 * w for w in widths.values() if w)


def test_aspirasi_heatmap_readable_on_a_phone(demo_db, app_for):
    """Kab/kota as rows, at most TOP_TOPICS topic columns with short names."""
    from gema.aspirasi import figures as aspirasi

    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    fig = next(f for f in specs if f["data"] and f["data"][0].get("type") == "heatmap")
    trace = fig["data"][0]
    assert len(trace["x"]) == aspirasi.TOP_TOPICS
    assert "Kab. Lebak" in trace["y"] and all(len(x) <= 14 for x in trace["x"]), trace["x"]
    assert fig["layout"]["height"] >= 9 * aspirasi.ROW_HEIGHT
    assert any("topik terbanyak" in c.value for c in at.caption)


def test_short_topic_names():
    from gema.aspirasi.figures import short_topic

    assert short_topic("Kependudukan (KTP/KK/Akta)") == "Kependudukan"
    assert short_topic("Jalan & Infrastruktur") == "Jalan"
    assert short_topic("Air Bersih") == "Air Bersih"
    assert short_topic("Pelayanan Publik & Birokrasi") == "Pelayanan"  # whole words that fit


def test_topic_names_in_english_mode(demo_db, app_for):
    """Issue 12: in English mode the topic names are English too (table and filter line)."""
    from gema.ui import LANG_KEY

    at = app_for(None, role="pimpinan")
    at.session_state[LANG_KEY] = "en"
    at.switch_page("pages/aspirasi.py")
    at.run()
    assert not at.exception
    grid = at.dataframe[0].value
    topics = set(grid.iloc[:, 0])
    assert "Roads & infrastructure" in topics and "Jalan & Infrastruktur" not in topics
    line = next(
        h.value for h in at.get("html") if "gema-filterline" in h.value and "<div" in h.value
    )
    assert "All of Banten" in line and "all platforms" in line
