"""Data referensi page: admin only; regions editor; boundary file in use, its attribution and
its problems."""

from __future__ import annotations

import json
from pathlib import Path

from gema import geo
from tests.test_geo import boundary_doc, write

PAGE = "pages/referensi.py"
ROOT = Path(__file__).resolve().parent.parent


def test_referensi_for_admin_shows_editor_and_boundary_file(conn, app_for, tmp_path, monkeypatch):
    path = write(tmp_path / "geo" / "batas.geojson", boundary_doc())
    (path.parent / geo.ATTRIBUTION_FILE).write_text("Batas uji: BIG, diolah\n", encoding="utf-8")
    monkeypatch.setenv(geo.ENV_VAR, str(path))
    at = app_for(PAGE, role="admin")
    assert not at.exception, at.exception
    assert at.title[0].value == "Data referensi"
    editors = at.dataframe
    assert editors, "the regions table editor is shown"
    text = " ".join(m.value for m in at.markdown)
    assert "batas" in text and "GEMA" in text  # the file in use and where it came from
    assert any("Berkas sah" in s.value for s in at.success)
    assert "Batas uji: BIG, diolah" in " ".join(c.value for c in at.caption)
    assert any("GEMA" in w.value for w in at.warning)  # uploads are inactive while env is set
    assert at.get("file_uploader") and at.text_area[0].value == "Batas uji: BIG, diolah"


def test_referensi_reports_a_broken_boundary_file(conn, app_for, tmp_path, monkeypatch):
    doc = boundary_doc()
    doc["features"] = doc["features"][:5]
    path = write(tmp_path / "rusak.geojson", json.dumps(doc))
    monkeypatch.setenv(geo.ENV_VAR, str(path))
    at = app_for(PAGE, role="admin")
    assert not at.exception
    assert "berisi 5 fitur; seharusnya 8" in " ".join(e.value for e in at.error)


def test_referensi_save_without_changes(conn, app_for):
    at = app_for(PAGE, role="admin")
    at.button(key="ref_save").click().run()
    assert not at.exception
    assert "Tidak ada perubahan" in " ".join(i.value for i in at.info)


def test_referensi_refused_for_other_roles(conn):
    """Absent from their navigation, and refused when the page script is reached directly."""
    from streamlit.testing.v1 import AppTest

    from gema import nav
    from gema.ui import USER_KEY

    for role in ("pimpinan", "staf"):
        assert "referensi.py" not in [p.file for p in nav.available(role)]
        at = AppTest.from_file(str(ROOT / PAGE), default_timeout=30)
        at.session_state[USER_KEY] = {"username": f"uji-{role}", "role": role}
        at.run()
        assert not at.exception
        assert not at.dataframe and not at.get("file_uploader")
        assert at.error, f"{role} must be refused"
