"""Data referensi page: admin only; regions editor; boundary file in use, its attribution and
its problems."""

from __future__ import annotations

import json
from pathlib import Path

from gema.peta import boundaries as geo
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
    assert at.get("file_uploader")  # the save form appears once a file is chosen


def test_referensi_reports_a_broken_boundary_file(conn, app_for, tmp_path, monkeypatch):
    path = write(tmp_path / "rusak.geojson", '{"type": "FeatureCollection", "features": [')
    monkeypatch.setenv(geo.ENV_VAR, str(path))
    at = app_for(PAGE, role="admin")
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "bukan JSON yang sah" in errors and "rusak" in errors  # the admin sees the path


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


def test_referensi_editor_numbers_are_whole_and_indonesian(conn, app_for):
    """1910000 reaches the editor as an integer (Streamlit's "plain" format printed
    1909999.9999999998) and is shown with thousands dots; the area is never 20 decimals."""
    from gema import referensi as reference

    at = app_for(PAGE, role="admin")
    assert not at.exception, at.exception
    df = at.dataframe[0].value
    pop = df.set_index("kode")["population"]
    assert str(pop.dtype) == "Int64" and int(pop["3671"]) == 1910000
    config = json.loads(at.dataframe[0].proto.columns)
    assert config["population"]["type_config"]["format"] == reference.POPULATION_FORMAT == "%'.,d"
    assert config["area_km2"]["type_config"]["format"] == reference.AREA_FORMAT
    assert "plain" not in json.dumps(config)


def test_referensi_shows_no_absolute_server_path(conn, app_for, tmp_path, monkeypatch):
    path = write(tmp_path / "rahasia" / "batas.geojson", boundary_doc())
    monkeypatch.setenv(geo.ENV_VAR, str(path))
    at = app_for(PAGE, role="admin")
    assert not at.exception
    shown = " ".join(
        e.value for kind in (at.markdown, at.caption, at.warning, at.success) for e in kind
    ).replace("\\", "")  # markdown escapes
    assert "batas.geojson" in shown
    assert str(tmp_path) not in shown and "rahasia" not in shown


def test_short_path_is_relative_or_a_bare_name(tmp_path):
    from gema import referensi as reference

    root = tmp_path / "main"
    assert reference.short_path(root / "data" / "geo" / "b.geojson", root) == "data/geo/b.geojson"
    shared = tmp_path / "shared" / "geo" / "b.geojson"
    assert reference.short_path(shared, root) == "../shared/geo/b.geojson"
    assert reference.short_path(Path("/srv/rahasia/b.geojson"), root) == "b.geojson"
    assert reference.short_path(None, root) == "—"


def test_referensi_upload_shows_the_matching_table_and_asks_for_ambiguous_names(
    conn, app_for, tmp_path, monkeypatch
):
    """Issue 9: the same matching as `python -m gema boundaries check`, before saving."""
    upload_dir = tmp_path / "uploaded"
    monkeypatch.setattr(geo, "UPLOAD_DIR", upload_dir)
    monkeypatch.delenv(geo.ENV_VAR, raising=False)
    raw = (ROOT / "tests/fixtures/boundaries/ambiguous_serang.geojson").read_bytes()
    at = app_for(PAGE, role="admin")
    at.file_uploader(key="ref_geo_file").set_value(("batas.geojson", raw, "application/json"))
    at.run()
    assert not at.exception, at.exception
    table = at.dataframe[-1].value
    assert "Serang" in table.iloc[:, 1].tolist() and "ambigu: pilih" in table.iloc[:, 4].tolist()
    assert any("Tidak ada batas untuk" in w.value for w in at.warning)
    assert at.button(key="FormSubmitter:ref_boundary_upload-Periksa dan simpan").disabled
    pick = next(s for s in at.selectbox if "Serang" in s.label)
    pick.set_value("3604").run()
    assert not at.exception, at.exception
    assert any("siap disimpan" in s.value for s in at.success)
    at.text_area[0].input("Batas uji: BIG")
    at.button(key="FormSubmitter:ref_boundary_upload-Periksa dan simpan").click().run()
    assert not at.exception, at.exception
    stored = json.loads((upload_dir / geo.FILE_NAME).read_text(encoding="utf-8"))
    assert "3604" in [f["properties"]["kode"] for f in stored["features"]]
    assert (upload_dir / geo.ATTRIBUTION_FILE).read_text(
        encoding="utf-8"
    ).strip() == "Batas uji: BIG"
