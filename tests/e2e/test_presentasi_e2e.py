"""Presentation and aspiration wall end to end in Chromium (issue 5).

One `streamlit run` on a free port, in kiosk mode (GEMA_KIOSK=1: the projector needs no sign-in;
see gema/auth.py), on a copy of the demo database with one FGD entry whose text is a `<script>`.
The presentation is driven by the keyboard like a clicker (→, PageDown, ←, PageUp); every
request must stay on the app's own origin (offline: no CDN, no tiles). Screenshots at 1920×1080
and 390×844, and of the wall, go to artifacts/screens/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from gema import fgd, store

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "artifacts" / "screens"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
SCRIPT_TEXT = "<script>alert('dinding')</script> Jalan ke pasar rusak, mohon segera diperbaiki"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, demo_db_file):
    tmp = tmp_path_factory.mktemp("pres_e2e")
    db = tmp / "gema.duckdb"
    shutil.copyfile(demo_db_file, db)
    conn = store.connect(db)
    sid = fgd.open_session(conn, "FGD Uji Dinding", date.today(), "Pendopo", "3673", "staf-e2e")
    fgd.save_entry(conn, sid, SCRIPT_TEXT, "masyarakat", "staf-e2e", kabkota="3673")
    conn.execute("CHECKPOINT")
    conn.close()
    port = _free_port()
    env = {**os.environ, "GEMA_DB": str(db), "GEMA_USERS": str(tmp / "users.json")}
    env["GEMA_KIOSK"] = "1"
    log = open(tmp / "streamlit.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        yield b
        b.close()


def _idle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=30000)


def _title(page) -> str:
    return page.locator(".gs-title").first.inner_text()


def _press(page, key: str, expect: str) -> None:
    page.keyboard.press(key)
    page.wait_for_function(
        "t => document.querySelector('.gs-title')?.innerText.includes(t)", arg=expect, timeout=20000
    )
    _idle(page)


@pytest.mark.e2e
def test_presentation_by_keyboard_and_wall(server, browser):
    SCREENS.mkdir(parents=True, exist_ok=True)
    foreign: list[str] = []
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
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
    _press(page, "PageDown", "Jangkauan per kabupaten/kota")
    page.wait_for_selector(".js-plotly-plot", timeout=20000)
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENS / "presentasi-peta-1920.png"))
    _press(page, "ArrowLeft", "Jangkauan dan aspirasi per minggu")
    _press(page, "PageUp", "Angka utama")
    assert "slide=2" in page.url
    assert not foreign, foreign  # works with no network: nothing fetched from elsewhere
    page.close()

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(f"{server}/?slide=2")  # in kiosk mode the presentation is the main page
    phone.wait_for_selector(".gs-kpi", timeout=30000)
    _idle(phone)
    phone.screenshot(path=str(SCREENS / "presentasi-kpi-390.png"), full_page=True)
    phone.close()

    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
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
