"""The Kepuasan page (AppTest): on demo data, on a store with uploaded fixtures, and empty."""

from __future__ import annotations

from pathlib import Path

from gema import ingest
from gema.core import store
from gema.core.filters import Filters
from gema.ui import FILTERS_KEY, LANG_KEY

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


def _frame(el):
    value = el.value
    return value.data if hasattr(value, "data") else value


def test_demo_data_renders_every_tab_with_figures_from_the_store(app_for, demo_db):
    at = app_for(PAGE)
    assert not at.exception, at.exception
    assert len(at.tabs) == 6
    # the respondent card equals the questionnaires in the default period (last 90 days)
    f = at.session_state[FILTERS_KEY]
    c = store.connect(demo_db)
    p = f.params()
    n = c.execute(
        "SELECT count(*) FROM skm_responses WHERE submitted_at >= ? AND submitted_at < ?",
        [p["start"], p["end"]],
    ).fetchone()[0]
    c.close()
    assert n > 0, "the demo year ends today, so the default 90 days hold SKM data"
    cards = {m.label: m.value for m in at.metric}
    assert cards["Responden"] == f"{n:,}".replace(",", ".")
    units, kab = _frame(at.dataframe[0]), _frame(at.dataframe[1])
    assert set(kab["Kab/Kota"]) <= {
        "Kab. Pandeglang", "Kab. Lebak", "Kab. Tangerang", "Kab. Serang", "Kota Tangerang",
        "Kota Cilegon", "Kota Serang", "Kota Tangerang Selatan", "Luar Banten / tidak diketahui",
    }  # fmt: skip
    for text in units["IKM"]:
        assert 25 <= float(text.replace(",", ".")) <= 100 and text.count(",") == 1
    assert set(units["Mutu"]) <= {
        "A · Sangat Baik",
        "B · Baik",
        "C · Kurang Baik",
        "D · Tidak Baik",
    }
    at.segmented_control(key="ikm_trend_by").set_value("year").run()
    assert not at.exception


def test_kabkota_filter_and_english(app_for, db_file):
    c = store.connect(db_file)
    assert ingest.import_file(c, "skm", FIX / "google_forms_labels.csv").loaded
    c.close()
    at = app_for(PAGE)
    at.session_state[FILTERS_KEY] = Filters.from_query({"periode": "all", "kabkota": "3602"})
    at.session_state[LANG_KEY] = "en"
    at.run()
    assert not at.exception, at.exception
    units = _frame(at.dataframe[0])
    assert list(units["Service unit"]) == ["Puskesmas Rangkasbitung"]
    assert list(units["IKM"]) == ["63,89"] and list(units["Grade"]) == ["D · Very poor"]


def test_demo_units_with_few_respondents_are_marked(demo_db, app_for):
    at = app_for(PAGE)
    assert not at.exception, at.exception
    unit_table = next(d for d in at.dataframe if "Unit layanan" in d.value.columns).value
    short = unit_table[unit_table["Sampel"].str.startswith("⚠")]
    assert len(short), "the demo has units with a handful of respondents"
    assert all(int(str(n).replace(".", "")) < 30 or "perlu" in s
               for n, s in zip(short["Responden"], short["Sampel"], strict=True))  # fmt: skip
    assert "sampel kurang" in _texts(at)
    # the weakest unsur's full name is shown as wrapping text, not a cut-off metric delta
    from gema import kepuasan

    c = store.connect(demo_db)
    data = kepuasan.page_data(c, Filters().params())
    c.close()
    names = "; ".join(data.unsur_names[u] for u in data.overview.weakest)
    assert names and any(cap.value == names for cap in at.caption)  # whichever unsur is weakest
    weakest = next(m for m in at.metric if m.label == "Unsur terlemah")
    assert weakest.delta is None or weakest.delta == ""
