"""The upload page (AppTest): empty state and templates, an upload kept in the session across
reruns, mapping and kab/kota choices from gema.ingest, load, history and admin-only undo."""

from __future__ import annotations

from pathlib import Path

from gema import ingest
from gema.core import store

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"
PAGE = "pages/unggah.py"


def _texts(at) -> str:
    parts = [e.value for e in at.text] + [e.value for e in at.markdown] + [e.value for e in at.info]
    return "\n".join(str(p) for p in parts)


def _region_values(at) -> list[str]:
    """The values of the kab/kota resolution rows, in order ("Tangerang · 2 baris · ambigu…")."""
    return [t.value.split(" · ")[0] for t in at.text if " baris · " in t.value]


def test_renders_on_empty_db_with_templates(app_for):
    at = app_for(PAGE, role="staf")
    assert not at.exception
    assert "Unggah" in at.title[0].value
    buttons = at.get("download_button")
    assert len(buttons) >= 8  # CSV + XLSX for each of the four core kinds
    assert "Belum ada unggahan" in _texts(at)


def test_uploaded_file_is_previewed_and_loaded(app_for, db_file):
    at = app_for(PAGE, role="admin")
    at.session_state["ingest_file"] = {
        "name": "youtube_studio.csv",
        "bytes": (EXPORTS / "youtube_studio.csv").read_bytes(),
    }
    at.run()
    assert not at.exception
    assert "Format dikenali: YouTube Studio." in _texts(at)
    at.switch_page("pages/ringkasan.py").run()
    at.switch_page(PAGE).run()  # the upload survives a page switch
    assert not at.exception
    assert "Format dikenali: YouTube Studio." in _texts(at)
    load = at.button(key="ingest_load")
    assert not load.disabled
    load.click().run()
    assert not at.exception
    assert "ingest_file" not in at.session_state
    assert "Batch 1 dimuat" in "\n".join(s.value for s in at.success)
    conn = store.connect(db_file)
    try:
        assert ingest.list_batches(conn)["rows_loaded"].tolist() == [2]
    finally:
        conn.close()


def test_unresolved_regions_block_loading_until_chosen(app_for):
    at = app_for(PAGE, role="staf")
    at.selectbox(key="ingest_kind").set_value("feedback").run()
    at.session_state["ingest_file"] = {
        "name": "lapor.csv",
        "bytes": (EXPORTS / "lapor.csv").read_bytes(),
    }
    at.run()
    assert not at.exception
    assert at.button(key="ingest_load").disabled
    assert "kab/kota 'Tangerang' belum dapat ditentukan" in "\n".join(
        str(df.value.to_string()) for df in at.dataframe
    )
    at.checkbox(key="ingest_skip").check().run()
    assert not at.button(key="ingest_load").disabled
    at.checkbox(key="ingest_skip").uncheck().run()
    choices = [s for s in at.selectbox if s.label == "Pilihan"]
    assert len(choices) == 2  # 'Tangerang' (ambiguous) and 'Jakarta Selatan' (outside)
    order = _region_values(at)
    for box, value in zip(choices, order, strict=True):
        box.set_value(
            "3671 · Kota Tangerang" if value == "Tangerang" else "Luar Banten / tidak diketahui"
        )
    at.run()
    assert not at.exception
    assert not at.button(key="ingest_load").disabled
    at.button(key="ingest_load").click().run()
    assert "Batch 1 dimuat: 5 baris" in "\n".join(s.value for s in at.success)


def test_undo_is_admin_only(app_for, db_file):
    conn = store.connect(db_file)
    ingest.import_file(conn, "posts", EXPORTS / "x_analytics.csv")
    conn.close()
    at = app_for(PAGE, role="staf")
    assert not at.exception
    assert "Hanya admin" in "\n".join(c.value for c in at.caption)
    at = app_for(PAGE, role="admin")
    at.checkbox(key="ingest_undo_sure").check().run()
    at.button(key="ingest_undo").click().run()
    assert not at.exception
    conn = store.connect(db_file)
    try:
        assert ingest.list_batches(conn)["status"].tolist() == ["undone"]
    finally:
        conn.close()


def test_constants_and_region_choices_survive_a_page_switch(app_for):
    """Widget state is dropped on a page switch; the page keeps the edits per file hash."""
    at = app_for(PAGE, role="staf")
    at.selectbox(key="ingest_kind").set_value("feedback").run()
    at.session_state["ingest_file"] = {
        "name": "lapor.csv",
        "bytes": (EXPORTS / "lapor.csv").read_bytes(),
    }
    at.run()
    assert not at.exception
    constants = [t for t in at.text_input if t.key and t.key.startswith("ingest_const_")]
    assert constants, "feedback from LAPOR! offers file-wide constants"
    constants[0].input("Kampanye Uji").run()
    lines = [t.value for t in at.text if " baris · " in t.value]
    assert "Tangerang · 2 baris · ambigu: Kab. Tangerang / Kota Tangerang" in lines
    choices = [s for s in at.selectbox if s.label == "Pilihan"]
    order = _region_values(at)
    picked = {
        "Tangerang": "3671 · Kota Tangerang",
        "Jakarta Selatan": "Luar Banten / tidak diketahui",
    }
    for box, value in zip(choices, order, strict=True):
        box.set_value(picked[value])
    at.run()
    assert not at.button(key="ingest_load").disabled

    at.switch_page("pages/ringkasan.py").run()
    at.switch_page(PAGE).run()
    assert not at.exception
    label = constants[0].label
    assert [t.value for t in at.text_input if t.label == label] == ["Kampanye Uji"]
    choices = [s for s in at.selectbox if s.label == "Pilihan"]
    order = _region_values(at)
    assert [c.value for c in choices] == [picked[v] for v in order]
    assert not at.button(key="ingest_load").disabled
    at.button(key="ingest_load").click().run()
    assert "Batch 1 dimuat: 5 baris" in "\n".join(s.value for s in at.success)
    assert "ingest_edits" not in at.session_state


def test_reruns_do_not_read_the_file_again(app_for, monkeypatch):
    """The page is a view over one UploadSession: choosing kab/kota and loading re-validate from
    the first read (issue 15: the file was read again on every rerun and on "Muat")."""
    from gema.ingest import read as read_mod

    calls: list[str] = []
    real = read_mod.read_file

    def counting(conn, path, **kw):  # type: ignore[no-untyped-def]
        calls.append(str(path))
        return real(conn, path, **kw)

    monkeypatch.setattr("gema.ingest.session.read_file", counting)
    at = app_for(PAGE, role="staf")
    at.selectbox(key="ingest_kind").set_value("feedback").run()
    at.session_state["ingest_file"] = {
        "name": "lapor.csv",
        "bytes": (EXPORTS / "lapor.csv").read_bytes(),
    }
    at.run()
    assert not at.exception
    choices = [s for s in at.selectbox if s.label == "Pilihan"]
    for box, value in zip(choices, _region_values(at), strict=True):
        box.set_value(
            "3671 · Kota Tangerang" if value == "Tangerang" else "Luar Banten / tidak diketahui"
        )
    at.run()
    assert not at.button(key="ingest_load").disabled
    at.button(key="ingest_load").click().run()
    assert "Batch 1 dimuat: 5 baris" in "\n".join(s.value for s in at.success)
    assert len(calls) == 1
