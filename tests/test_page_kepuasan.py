"""The Kepuasan page (AppTest): on demo data, on a store with uploaded fixtures, and empty."""

from __future__ import annotations

from pathlib import Path

from gema import ingest, store
from gema.filters import Filters
from gema.ui import FILTERS_KEY

FIX = Path(__file__).resolve().parent / "fixtures" / "skm"
PAGE = "pages/kepuasan.py"


def _texts(at) -> str:
    parts = (
        [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.body for e in at.info]
    )
    parts += [str(m.value) for m in at.metric] + [e.body for e in at.warning]
    return "\n".join(str(p) for p in parts)


def test_empty_store_says_what_to_upload_and_offers_templates(app_for):
    at = app_for(PAGE)
    assert not at.exception
    body = "\n".join(e.body for e in at.info)
    assert "Belum ada data SKM" in body and "Unggah data" in body
    labels = [b.label for b in at.get("download_button")]
    assert labels.count("Unduh CSV") == 2 and labels.count("Unduh XLSX") == 2
    assert not at.metric  # no made-up figures


def test_fixtures_show_ikm_badges_weakest_and_rounded_toggle(app_for, db_file):
    c = store.connect(db_file)
    for kind, name in (("skm", "google_forms_labels.csv"), ("skm_recap", "recap_nrr.csv")):
        assert ingest.import_file(c, kind, FIX / name).loaded
    c.close()
    at = app_for(PAGE)
    at.session_state[FILTERS_KEY] = Filters.from_query({"periode": "all"})  # "Semua data"
    at.run()
    assert not at.exception, at.exception
    text = _texts(at)
    frames = [d.value for d in at.dataframe]
    units = frames[0].data if hasattr(frames[0], "data") else frames[0]
    assert list(units["Unit layanan"])[:1] == ["Samsat Cilegon"]  # 83,75 is the highest
    assert "82,64" in set(units["IKM"]) and "63,89" in set(units["IKM"])
    assert "D · Tidak Baik" in set(units["Mutu"])
    assert "U8" in text  # weakest unsur named in the KPI and the caption
    at.toggle(key="ikm_rounded").set_value(True).run()
    assert not at.exception
    assert "0,111" in _texts(at)


def test_demo_data_renders_every_tab(app_for, demo_db):
    at = app_for(PAGE)
    assert not at.exception, at.exception
    assert at.metric, "the demo year ends today, so the default 90 days hold SKM data"
    assert len(at.tabs) == 6
    assert any(
        "IKM"
        in str(
            d.value.columns.tolist()
            if hasattr(d.value, "columns")
            else d.value.data.columns.tolist()
        )
        for d in at.dataframe
    )
    at.segmented_control(key="ikm_trend_by").set_value("year").run()
    assert not at.exception
