"""Presentasi page (issue 5) in AppTest: demo data, empty store, navigation, kiosk subset."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/presentasi.py"


def _titles(at) -> list[str]:
    return [h.value for h in at.get("html") if h.value.startswith("<div class='gs-title'")]


def test_demo_slides_and_navigation(demo_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception
    assert "Komunikasi Publik Provinsi Banten" in _titles(at)[0]
    assert at.session_state["pres_slide"] == 0
    at.button(key="pres_next").click().run()
    assert "Angka utama" in _titles(at)[0]
    assert at.query_params["slide"] == ["2"] or at.query_params["slide"] == "2"
    at.button(key="pres_pgdn").click().run()  # the clicker's PageDown
    assert "Jangkauan dan aspirasi per minggu" in _titles(at)[0]
    assert len(at.get("plotly_chart")) == 1
    at.button(key="pres_pgup").click().run()
    at.button(key="pres_prev").click().run()
    assert at.session_state["pres_slide"] == 0
    assert at.button(key="pres_prev").disabled
    # KPI values in big type, Indonesian format, never raw HTML of user text
    at.button(key="pres_next").click().run()
    kpi_html = next(h.value for h in at.get("html") if "gs-kpis" in h.value)
    assert "Jangkauan" in kpi_html and "jt" in kpi_html
    assert not at.exception


def test_last_slide_and_notes(demo_db, app_for):
    at = app_for(None, role="pimpinan")
    at.query_params["slide"] = "99"
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert "Indeks Kepuasan Masyarakat" in _titles(at)[0]  # clamped to the last slide (IKM)
    assert at.button(key="pres_next").disabled
    at.toggle(key="pres_notes").set_value(True).run()
    notes = next(h.value for h in at.get("html") if "gs-notes" in h.value)
    assert "IKM" in notes and "responden" in notes
    big = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["font"]["size"]
    at.toggle(key="pres_small").set_value(True).run()  # a phone: the dashboards' font sizes
    small = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["font"]["size"]
    assert (big, small) == (24, 13)


def test_empty_store_says_what_to_upload(app_for):
    at = app_for(PAGE, role="staf")
    assert not at.exception
    assert any("Unggah data" in i.value for i in at.info)
    assert len(_titles(at)) == 1  # the title slide only


def test_kiosk_shows_aggregates_only(demo_db, monkeypatch, users_file):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GEMA_KIOSK", "1")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    seen = []
    for _ in range(10):
        seen.append(_titles(at)[0])
        if at.button(key="pres_next").disabled:
            break
        at.button(key="pres_next").click().run()
    joined = " ".join(seen)
    assert "Angka utama" in joined
    assert "Kreator" not in joined and "Suara warga" not in joined
    assert not any(b.label.startswith("Presentasi (PPTX)") for b in at.get("download_button"))


def test_auto_advance_moves_on_when_due(demo_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    at.toggle(key="pres_auto").set_value(True).run()
    assert at.session_state["pres_slide"] == 0  # switching it on starts the clock, no jump
    at.session_state["_pres_moved"] = 0.0  # the slide has been shown longer than its seconds
    at.run()
    assert at.session_state["pres_slide"] == 1
    at.run()  # not due again yet
    assert at.session_state["pres_slide"] == 1
    assert not at.exception


def test_stale_deck_is_rebuilt(demo_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    key, _, deck = at.session_state["_gema_deck"]
    at.session_state["_gema_deck"] = (key, 0.0, deck)  # built long ago
    at.button(key="pres_next").click().run()
    assert at.session_state["_gema_deck"][1] > 0.0 and not at.exception
    assert at.session_state["pres_slide"] == 1


def test_page_css_keeps_counters_whole_and_the_title_slide_filled(demo_db, app_for):
    """The title slide is a filled cover, its demo line is not repeated above the footer that
    says it, the counters never wrap and the phone period line is not 52 px."""
    from gema.presentasi import look

    at = app_for(PAGE)
    assert not at.exception, at.exception
    html = [h.value for h in at.get("html")]
    assert look.PAGE_CSS.strip() in [h.strip() for h in html]
    css = look.PAGE_CSS
    assert ".gs-foot span:last-child { white-space: nowrap" in css
    assert ".gs-lines div:nth-child(n+3) { display: none; }" in css
    assert "background: #0B3D6E" in css and "min-height: 44vh" in css
    foot = next(h for h in html if "gs-foot" in h and "<style>" not in h)
    assert "Data contoh" in foot  # the notice the hidden title line would have repeated


def test_ikm_slide_shows_its_sample_caveat_and_one_counter(demo_db, app_for):
    """Issue 12: the sample-size warning is on the slide itself; the counter is shown once."""
    at = app_for(None, role="pimpinan")
    at.query_params["slide"] = "99"  # the last slide: IKM per kab/kota in the demo deck
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert "Indeks Kepuasan" in _titles(at)[0]
    caveats = [
        h.value for h in at.get("html") if "gs-caveats" in h.value and "<style>" not in h.value
    ]
    assert caveats and "Krejcie" in caveats[0]
    texts = [m.value for m in at.markdown]
    assert not any(" / " in x and x.strip()[0].isdigit() for x in texts)  # no second counter
    labels = [b.label for b in at.button]
    assert "Berikutnya" in labels and not any("→" in x for x in labels)
