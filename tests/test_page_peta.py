"""Peta page: map + ranking on demo data and on an empty store, a missing boundary file, the
kab/kota picker opening a profile; and an offline render check in Chromium (e2e)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gema.peta import boundaries as geo

PAGE = "pages/peta.py"
ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "artifacts" / "screens"


def _charts(at) -> list:
    return at.get("plotly_chart")


def _map_spec(at) -> dict:
    """The figure JSON of the map chart (the one with geo traces)."""
    for chart in _charts(at):
        spec = json.loads(chart.proto.spec)
        if any(t.get("type") == "choropleth" for t in spec["data"]):
            return spec
    raise AssertionError("no map chart on the page")


def test_peta_on_demo_data(demo_db, app_for, monkeypatch):
    monkeypatch.delenv(geo.ENV_VAR, raising=False)
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    assert at.title[0].value == "Peta Banten"
    if geo.boundaries().ok:
        spec = _map_spec(at)
        painted = {loc for t in spec["data"] if t["type"] == "choropleth" for loc in t["locations"]}
        assert len(painted) == 8
        assert spec["data"][0]["type"] == "scattergeo"  # keeps plotly.js off the CDN
        captions = " ".join(c.value for c in at.caption)
        assert "Badan Informasi Geospasial" in captions  # attribution under the map
    assert "Peringkat kabupaten/kota" in [s.value for s in at.subheader]
    assert not at.warning


def test_picking_a_kabkota_filters_and_opens_its_profile(demo_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    at.selectbox(key="peta_pick").set_value("3602").run()
    assert not at.exception, at.exception
    assert at.session_state["gema_filters"].kabkota == ("3602",)
    assert "Profil Kab. Lebak" in [s.value for s in at.subheader]
    labels = [m.label for m in at.metric]
    assert "Jangkauan per 1.000 penduduk" in labels and "Sentimen bersih" in labels
    assert len(at.dataframe) >= 3  # topics, creators, recent feedback (plain-text tables)
    # the metric switch keeps working with a kab/kota chosen
    at.selectbox(key="peta_metric").set_value("net_sentiment").run()
    assert not at.exception
    if geo.boundaries().ok:
        spec = _map_spec(at)
        outline = spec["data"][-1]
        assert outline["locations"] == ["3602"]  # the chosen kab/kota is outlined
    at.button[0].click().run()  # "Tampilkan seluruh Banten"
    assert at.session_state["gema_filters"].kabkota == ()


def test_peta_on_an_empty_store_says_what_to_upload(conn, app_for):
    at = app_for(PAGE, role="staf")
    assert not at.exception, at.exception
    info = " ".join(i.value for i in at.info)
    assert "Unggah data" in info
    assert "Peringkat kabupaten/kota" in [s.value for s in at.subheader]


def test_missing_boundary_file_keeps_the_page_working(conn, app_for, tmp_path, monkeypatch):
    missing = tmp_path / "tidak-ada" / "batas.geojson"
    monkeypatch.setenv(geo.ENV_VAR, str(missing))
    at = app_for(PAGE, role="admin")
    assert not at.exception, at.exception
    warning = " ".join(w.value for w in at.warning)
    assert "tidak ada" in warning and "batas" in warning
    # the ranking (same metric, per kab/kota) is still shown, and admins get the upload pointer
    assert len(_charts(at)) == 1
    assert any("Data referensi" in str(link.proto.label) for link in at.get("page_link"))


def test_peta_in_english(demo_db, app_for):
    at = app_for(None, role="pimpinan")
    at.session_state["gema_lang"] = "en"
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert at.title[0].value == "Banten map"
    assert at.selectbox(key="peta_metric").label == "Mapped measure"


# --- offline render in Chromium ------------------------------------------------------------------
# Streamlit itself fetches a page icon given as ":material/…:" from fonts.gstatic.com (app.py's
# page_icon, not the map). Reported to the app shell; every other external request fails here.
APP_ICON = "fonts.gstatic.com/s/i/short-term/release/materialsymbols"


@pytest.mark.e2e
def test_map_renders_offline_in_chromium(demo_db, users_file, tmp_path):
    """Every request not to 127.0.0.1 is aborted and logged: the map (SVG paths + labels) must
    render anyway, and nothing map-related may even be attempted (tiles, glyphs, topojson)."""
    from gema.core import auth
    from tests.e2e.conftest import (
        DESKTOP,
        Offline,
        launch_browser,
        offline_page,
        running_server,
        submit_sign_in,
        wait_idle,
    )

    auth.create_account("uji-peta", "kata-sandi-uji-peta", "admin")
    if not geo.boundaries().ok:
        pytest.skip("no usable boundary file in this checkout")
    offline = Offline()
    log = tmp_path / "streamlit.log"
    # the app must find its own bundled boundary file: no GEMA_BOUNDARIES from the shell
    with (
        running_server(demo_db, users_file, log, extra_env={geo.ENV_VAR: None}) as server,
        launch_browser() as browser,
    ):
        page = offline_page(browser, offline, DESKTOP)
        page.goto(server.url("peta"))
        submit_sign_in(page, "uji-peta", "kata-sandi-uji-peta")
        page.get_by_role("heading", name="Peta Banten").wait_for(timeout=20000)
        page.wait_for_selector(".choroplethlocation", timeout=20000)
        wait_idle(page, 20000)
        paths = page.locator(".choroplethlocation").count()
        labels = page.eval_on_selector_all(".geolayer text", "els => els.map(e => e.textContent)")
        SCREENS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENS / "peta_1440x900.png")
        # a click on Kab. Lebak sets the shared filter and opens its profile
        box = page.locator(".geolayer text", has_text="Kab. Lebak").first.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        profile = page.get_by_role("heading", name="Profil Kab. Lebak")
        profile.wait_for(timeout=20000)
        wait_idle(page, 20000)
        profile.scroll_into_view_if_needed()
        page.screenshot(path=SCREENS / "peta_profil_1440x900.png")
        page.set_viewport_size({"width": 390, "height": 844})
        collapse = page.locator("[data-testid=stSidebarCollapseButton] button")
        if collapse.count() and collapse.first.is_visible():
            collapse.first.click()
        page.locator(".choroplethlocation").first.scroll_into_view_if_needed()
        page.wait_for_timeout(800)
        page.screenshot(path=SCREENS / "peta_390x844.png")
        url_after = page.url
    assert paths >= 8
    assert any("Kab. Lebak" in t for t in labels) and any(
        "Kota Tangerang" in t and "Selatan" in t for t in labels
    )
    assert "kabkota=3602" in url_after
    assert [u for u in offline.external if APP_ICON not in u] == []
