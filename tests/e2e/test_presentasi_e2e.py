"""Presentation and aspiration wall end to end in Chromium (issue 5).

One `streamlit run` on a free port, in kiosk mode (GEMA_KIOSK=1: the projector needs no sign-in;
see gema/auth.py), on a copy of the demo database with one FGD entry whose text is a `<script>`.
The presentation is driven by the keyboard like a clicker (→, PageDown, ←, PageUp); every
request must stay on the app's own origin (offline: no CDN, no tiles). Screenshots at 1920×1080
and 390×844, and of the wall, go to artifacts/screens/."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from gema import fgd
from gema.core import store
from tests.e2e.conftest import PHONE, SCREENS, copy_demo_db, running_server, wait_idle

PROJECTOR = {"width": 1920, "height": 1080}
SCRIPT_TEXT = "<script>alert('dinding')</script> Jalan ke pasar rusak, mohon segera diperbaiki"


@pytest.fixture(scope="module")
def server(tmp_path_factory, demo_db_file) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("pres_e2e")
    db = copy_demo_db(demo_db_file, tmp)
    conn = store.connect(db)
    sid = fgd.open_session(conn, "FGD Uji Dinding", date.today(), "Pendopo", "3673", "staf-e2e")
    fgd.save_entry(conn, sid, SCRIPT_TEXT, "masyarakat", "staf-e2e", kabkota="3673")
    conn.execute("CHECKPOINT")
    conn.close()
    log = tmp / "streamlit.log"
    with running_server(db, tmp / "users.json", log, extra_env={"GEMA_KIOSK": "1"}) as s:
        yield s.base


def _idle(page) -> None:
    page.wait_for_timeout(300)
    wait_idle(page)


def _title(page) -> str:
    return page.locator(".gs-title").first.inner_text()


def _press(page, key: str, expect: str) -> None:
    page.keyboard.press(key)
    page.wait_for_function(
        "t => document.querySelector('.gs-title')?.innerText.includes(t)", arg=expect, timeout=20000
    )
    _idle(page)


@pytest.mark.e2e
def test_presentation_by_keyboard_and_wall(server, new_page):
    SCREENS.mkdir(parents=True, exist_ok=True)
    foreign: list[str] = []
    page = new_page(PROJECTOR)
    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(server) else None)
    page.goto(f"{server}/presentasi")
    page.wait_for_selector(".gs-title", timeout=30000)
    _idle(page)
    assert "Komunikasi Publik Provinsi Banten" in _title(page)
    assert not page.locator("[data-testid=stSidebar]").is_visible()  # no sidebar clutter
    body_px = page.eval_on_selector(
        ".gs-lines div", "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert body_px >= 28
    page.screenshot(path=str(SCREENS / "presentasi-judul-1920.png"))

    _press(page, "ArrowRight", "Angka utama")
    assert "slide=2" in page.url
    value_px = page.eval_on_selector(".gs-kpi .v", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert value_px >= 48
    page.screenshot(path=str(SCREENS / "presentasi-kpi-1920.png"))
    _press(page, "PageDown", "Jangkauan dan aspirasi per minggu")  # a clicker's "next"
    page.wait_for_selector(".js-plotly-plot", timeout=20000)
    page.screenshot(path=str(SCREENS / "presentasi-tren-1920.png"))
    _press(page, "PageDown", "Agenda pimpinan")  # the demo year has a leadership agenda
    page.screenshot(path=str(SCREENS / "presentasi-agenda-1920.png"))
    _press(page, "PageDown", "Jangkauan per kabupaten/kota")
    page.wait_for_selector(".js-plotly-plot", timeout=20000)
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENS / "presentasi-peta-1920.png"))
    _press(page, "ArrowLeft", "Agenda pimpinan")
    _press(page, "ArrowLeft", "Jangkauan dan aspirasi per minggu")
    _press(page, "PageUp", "Angka utama")
    assert "slide=2" in page.url
    assert not foreign, foreign  # works with no network: nothing fetched from elsewhere
    page.close()

    phone = new_page(PHONE)
    phone.goto(f"{server}/?slide=2")  # in kiosk mode the presentation is the main page
    phone.wait_for_selector(".gs-kpi", timeout=30000)
    _idle(phone)
    phone.screenshot(path=str(SCREENS / "presentasi-kpi-390.png"), full_page=True)
    phone.close()

    wall = new_page(PROJECTOR)
    wall.goto(f"{server}/dinding")
    wall.wait_for_selector(".gw-item", timeout=30000)
    _idle(wall)
    text = wall.locator(".gw-item .x").first.inner_text()
    assert text.startswith("<script>alert('dinding')</script>")  # shown literally, not run
    assert "FGD Uji Dinding" in wall.locator(".gw-title").inner_text()
    assert "staf-e2e" not in wall.content()
    wall.wait_for_selector(".js-plotly-plot", timeout=20000)
    wall.screenshot(path=str(SCREENS / "dinding-1920.png"))
    wall.close()
