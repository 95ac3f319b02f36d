"""Access end to end in Chromium against a real `streamlit run` (issue 6).

One server on a free port with its own GEMA_DB and GEMA_USERS under tmp. The very first request of
the fresh server is a stranger's deep link to a dashboard (the moment Streamlit could run a page
file without app.py); then each role signs in through the form and its sidebar links are compared
with gema.nav; a forbidden URL is refused; wrong passwords are slowed; finally the server log, the
database and the accounts file are searched for every password typed."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from gema import nav
from gema.core import auth, i18n, store
from tests.e2e.conftest import (
    PHONE,
    SCREENS,
    Server,
    running_server,
    submit_sign_in,
    wait_idle,
)

PASSWORDS = {
    "admin": "Admin-Rahasia-e2e-1!",
    "staf": "Staf-Rahasia-e2e-2!",
    "pimpinan": "Pimpinan-Rahasia-e2e-3!",
}
WRONG = "Tebakan-Salah-e2e-"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """Own accounts (made here, not by the CLI) on an empty store; debug logging, so the password
    search at the end also covers what Streamlit logs at its most talkative."""
    tmp = tmp_path_factory.mktemp("access_e2e")
    users, db = tmp / "users.json", tmp / "gema.duckdb"
    for role, password in PASSWORDS.items():
        auth.create_account(f"e2e-{role}", password, role, path=users)
    store.connect(db).close()
    log = tmp / "streamlit.log"
    with running_server(db, users, log, extra_args=("--logger.level", "debug")) as s:
        yield s


def _open(new_page, url, viewport=None):
    page = new_page(viewport)
    page.goto(url)
    wait_idle(page)
    return page


def _sign_in(page, name, password):
    submit_sign_in(page, name, password)
    # signed in: the navigation appears; refused: the message appears (no need to wait for the
    # dashboard behind it to finish drawing)
    page.wait_for_selector(
        "[data-testid=stSidebarNav], [data-testid=stAlertContainer]",
        state="attached",
        timeout=30000,
    )


def _nav_links(page) -> list[str]:
    page.wait_for_selector("[data-testid=stSidebarNav]", timeout=20000)
    more = page.locator("[data-testid=stSidebarNavViewButton]")
    if more.count() and "more" in more.first.inner_text().lower():
        shown = page.locator("[data-testid=stSidebarNavLink]").count()
        more.first.click()
        page.wait_for_function(
            f"() => document.querySelectorAll('[data-testid=stSidebarNavLink]').length > {shown}"
        )
    texts = page.locator("[data-testid=stSidebarNavLink]").all_inner_texts()
    return [t.strip().split("\n")[-1] for t in texts if t.strip()]  # drop the icon's ligature


def _shot(page, name):
    SCREENS.mkdir(parents=True, exist_ok=True)
    wait_idle(page)
    collapse = page.locator("[data-testid=stSidebarCollapseButton] button")
    if page.viewport_size["width"] < 800 and collapse.count():
        collapse.first.click()  # on a phone the content is what matters, not the open menu
        page.wait_for_timeout(400)
    page.screenshot(path=str(SCREENS / name), full_page=True)


@pytest.mark.e2e
def test_access_in_chromium(server: Server, new_page):
    base = server.base

    # 1. A stranger's first request to a fresh server, straight to a dashboard URL: without
    #    ui._leave_pages_directory_mode Streamlit would run pages/ringkasan.py itself, skipping
    #    app.py, and list every file of pages/ in the sidebar. Then an admin page.
    for path in ("ringkasan", "pengguna"):
        page = _open(new_page, f"{base}/{path}")
        page.wait_for_selector("input[type=password]", timeout=20000)
        assert page.locator("h1").all_inner_texts() == ["Gema Banten"], path
        assert page.locator("[data-testid=stSidebarNavLink]").count() == 0, path
        assert page.locator("[data-testid=stDataFrame]").count() == 0, path
        if path == "ringkasan":
            _shot(page, "masuk-1440.png")
        page.close()
    page = _open(new_page, base, PHONE)
    page.wait_for_selector("input[type=password]", timeout=20000)
    _shot(page, "masuk-390.png")
    page.close()

    # 2. Each role signs in and sees exactly its pages.
    for role in ("pimpinan", "staf", "admin"):
        page = _open(new_page, base)
        _sign_in(page, f"e2e-{role}", PASSWORDS[role])
        specs = nav.available(role)  # the sidebar groups them by section, in first-seen order
        grouped = [
            p for s in dict.fromkeys(q.section for q in specs) for p in specs if p.section == s
        ]
        expected = [i18n.t(p.title_key) for p in grouped]
        assert _nav_links(page) == expected, role
        if role == "admin":
            for file, title in (("pengguna", "Pengguna"), ("audit", "Jejak audit")):
                page.locator("[data-testid=stSidebarNavLink]", has_text=title).first.click()
                page.get_by_role("heading", name=title, exact=True).wait_for(timeout=20000)
                _shot(page, f"{file}-1440.png")
            page.get_by_role("button", name="Keluar").click()
            page.wait_for_selector("input[type=password]", timeout=20000)
            assert page.get_by_text("Anda telah keluar").is_visible()
        page.close()

    # 3. A deep link survives the sign-in; a forbidden one is refused.
    page = _open(new_page, f"{base}/audit", PHONE)
    _sign_in(page, "e2e-admin", PASSWORDS["admin"])
    page.get_by_role("heading", name="Jejak audit", exact=True).wait_for(timeout=20000)
    _shot(page, "audit-390.png")
    # the browser fetches its session cookie right after sign-in (gema.core.websession): wait for it
    deadline = time.monotonic() + 30
    while not any(c["name"] == "gema_session" for c in page.context.cookies()):
        assert time.monotonic() < deadline, "no session cookie after sign-in"
        page.wait_for_timeout(200)
    page.goto(f"{base}/pengguna")  # same browser: the session cookie keeps it signed in (issue 9)
    page.get_by_role("heading", name="Pengguna", exact=True).wait_for(timeout=20000)
    _shot(page, "pengguna-390.png")
    page.close()
    page = _open(new_page, f"{base}/pengguna")
    _sign_in(page, "e2e-pimpinan", PASSWORDS["pimpinan"])
    page.get_by_role("heading", name="Ringkasan", exact=True).wait_for(timeout=20000)
    assert page.get_by_role("heading", name="Pengguna", exact=True).count() == 0
    assert "/pengguna" not in page.url or page.locator("[data-testid=stDataFrame]").count() == 0
    page.close()

    # 4. Wrong passwords are slowed down.
    page = _open(new_page, base)
    for i in range(3):
        _sign_in(page, "e2e-staf", f"{WRONG}{i}")
        page.wait_for_timeout(300)
        wait_idle(page)
        assert page.get_by_text("Nama pengguna atau kata sandi salah").first.is_visible()
    # the third failure starts the back-off (tests/test_auth.py shows it doubling, clock-free)
    page.get_by_text("Coba lagi dalam").first.wait_for(timeout=20000)
    assert page.locator("[data-testid=stSidebarNavLink]").count() == 0
    page.close()

    # 5. Sign-ins were recorded; no password typed above is stored or logged anywhere.
    server.proc.terminate()
    server.proc.wait(timeout=15)
    c = store.connect(server.db, read_only=True)
    actions = [r[0] for r in c.execute("SELECT action FROM audit_log").fetchall()]
    c.close()
    # 5 sign-ins: the /pengguna link in the same browser needs none (session cookie, issue 9)
    assert actions.count("signin") >= 5 and actions.count("signin_failed") >= 3
    assert "signout" in actions
    typed = [*PASSWORDS.values(), *(f"{WRONG}{i}" for i in range(3))]
    files = [server.log, server.db, server.users]
    files += [p for p in server.db.parent.glob("*.wal")]
    for path in files:
        data = path.read_bytes()
        assert data, path
        leaked = [p for p in typed if p.encode() in data]
        assert leaked == [], f"{path.name} contains {leaked}"
