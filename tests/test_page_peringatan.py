"""Early warning on the pages: Ringkasan shows the demo surge with its explanation, the link opens
Aspirasi filtered to it, the Peringatan list lets staff acknowledge/assign, and the follow-up
panel moves an aspiration with its history."""

from __future__ import annotations

import pytest

from gema.core import store


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def test_ringkasan_shows_demo_alert_and_link_opens_aspirasi(demo_db, app_for):
    at = app_for("pages/ringkasan.py", role="pimpinan")
    assert not at.exception, at.exception
    text = _markdown(at)
    assert "Banjir & Bencana di Kab. Lebak" in text and "kata teratas: banjir" in text
    assert "biasanya" in text
    [b for b in at.button if b.label == "Lihat aspirasinya"][0].click().run()
    assert not at.exception, at.exception
    assert any("Hanya topik: Banjir & Bencana" in i.value for i in at.info)
    assert at.session_state["gema_filters"].kabkota == ("3602",)


def test_peringatan_page_acknowledge_and_settings(demo_db, app_for):
    at = app_for("pages/peringatan.py", role="admin")
    assert not at.exception, at.exception
    assert "Banjir & Bencana di Kab. Lebak" in _markdown(at)
    at.text_input[0].set_value("Kepala BPBD")
    [b for b in at.button if b.label == "Tandai sudah ditangani"][0].click().run()
    assert not at.exception, at.exception
    c = store.connect(demo_db)
    row = c.execute(
        "SELECT acknowledged_by, assigned_to FROM alerts WHERE acknowledged_at IS NOT NULL"
    ).fetchall()
    c.close()
    assert row == [("uji-admin", "Kepala BPBD")]
    assert any("Kepala BPBD" in c.value for c in at.caption)


def test_peringatan_english(demo_db, app_for):
    at = app_for()
    at.query_params["lang"] = "en"
    at = app_for("pages/peringatan.py", role="pimpinan")
    assert not at.exception, at.exception


def test_followup_panel_moves_selected_row(demo_db, app_for):
    at = app_for("pages/aspirasi.py", role="staf")
    assert not at.exception, at.exception
    at.session_state["a_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, at.exception
    assert any(m.value.startswith("**Tindak lanjut**") for m in at.markdown)
    box = [s for s in at.selectbox if s.label == "Ubah status menjadi"][0]
    box.set_value("diverifikasi")
    [b for b in at.button if b.label == "Simpan tindak lanjut"][0].click().run()
    assert not at.exception, at.exception
    c = store.connect(demo_db)
    row = c.execute("SELECT to_status, changed_by FROM followup_events").fetchall()
    c.close()
    assert row == [("diverifikasi", "uji-staf")]
    assert any("Per OPD" in s.value or "per OPD" in s.value for s in at.subheader)


def test_agenda_page_adds_event_and_shows_before_after(demo_db, app_for):
    import json

    at = app_for("pages/agenda.py", role="staf")
    assert not at.exception, at.exception
    at.text_input[0].set_value("Rapat koordinasi banjir")
    [b for b in at.button if b.label == "Simpan acara"][0].click().run()
    assert not at.exception, at.exception
    assert any("Acara disimpan" in s.value for s in at.success)
    # the picker: on a phone its rows also as wrapped text, grid kept (gema-keep), title pinned
    htmls = [h.proto.body for h in at.get("html")]
    assert any("gema-phone gema-keep" in h and "Rapat koordinasi banjir" in h for h in htmls)
    (grid,) = [d for d in at.dataframe if d.key == "agenda_table"]
    assert json.loads(grid.proto.columns)["Acara"]["pinned"] is True
    at.session_state["agenda_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, at.exception
    labels = [m.label for m in at.metric]
    assert labels == ["Jangkauan", "Aspirasi", "Sentimen bersih"]
    c = store.connect(demo_db)
    n = c.execute("SELECT count(*) FROM events WHERE title = 'Rapat koordinasi banjir'").fetchone()
    c.close()
    assert n == (1,)


def test_trend_chart_on_ringkasan_carries_markers(demo_db, app_for):
    import json

    at = app_for("pages/ringkasan.py", role="pimpinan")
    assert not at.exception, at.exception
    figs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert any(any(t.get("meta") == "agenda" for t in fig["data"]) for fig in figs)


def test_admin_edits_routing_and_holidays(demo_db, app_for):
    at = app_for("pages/tindak_lanjut.py", role="admin")
    assert not at.exception, at.exception
    assert [s.value for s in at.subheader][:2] == [
        "Rute topik → OPD",
        "Hari libur nasional dan cuti bersama",
    ]
    with pytest.raises(ValueError):  # not in a staff member's navigation at all
        app_for("pages/tindak_lanjut.py", role="staf")
