"""Kiosk mode URLs in Chromium: with GEMA_KIOSK=1, "/", "/presentasi?slide=2" and "/dinding"
each open their page with no Streamlit "Page not found" pop-up.

Why: Streamlit serves the default page only at "/" and, when no page is marked default (kiosk
mode: ringkasan is not open to the kiosk), it makes the first one (presentasi) the default, so
the address an FGD organiser types, /presentasi, answered "Page not found". app.py now puts a
hidden landing page at "/" that forwards to the presentation (gema.ui.landing_page).

Own kiosk server (conftest's running_server with GEMA_KIOSK=1; it drops an inherited GEMA_KIOSK
otherwise), own copy of the demo database, the module's Chromium from tests/e2e/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import Server, copy_demo_db, running_server, wait_idle

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("gema_kiosk_e2e")]

NOT_FOUND = "Page not found"


@pytest.fixture(scope="module")
def kiosk_server(tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("kiosk_e2e")
    db = copy_demo_db(demo_db_file, tmp)
    log = tmp / "streamlit.log"
    with running_server(db, tmp / "users.json", log, extra_env={"GEMA_KIOSK": "1"}) as server:
        yield server


def _open(new_page, url: str, ready: str):
    page = new_page()
    page.goto(url)
    page.wait_for_selector(ready, timeout=30_000)
    wait_idle(page)
    page.wait_for_timeout(300)  # the pop-up comes with the navigation message, just after
    return page


def test_root_presentasi_and_dinding_open_without_page_not_found(kiosk_server, new_page, offline):
    # "/" forwards to the presentation and keeps the query string (?slide=2)
    page = _open(new_page, kiosk_server.url("", "slide=2"), ".gs-kpi")
    assert NOT_FOUND not in page.inner_text("body")
    page.wait_for_url("**/presentasi?*slide=2*", timeout=10_000)

    page = _open(new_page, kiosk_server.url("presentasi", "slide=2"), ".gs-kpi")
    assert NOT_FOUND not in page.inner_text("body")
    assert "/presentasi?slide=2" in page.url

    page = _open(new_page, kiosk_server.url("dinding"), ".gw-title")
    assert NOT_FOUND not in page.inner_text("body")
    assert "/dinding" in page.url

    # a page the kiosk may not open still says so (Streamlit's pop-up), then shows the deck
    page = new_page()
    page.goto(kiosk_server.url("ringkasan"))
    page.wait_for_selector(f"text={NOT_FOUND}", timeout=30_000)
    assert offline.external == []
