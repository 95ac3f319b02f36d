"""Issue 9 (and issue 16 item 5) in Chromium, each on a freshly started server of its own:

- cold start: 8 first visits at once to a server that has served nothing yet; a MutationObserver
  installed before any script of the page records every sidebar navigation and every link that
  Streamlit paints; none may appear before the sign-in form (Streamlit's own `pages/` list
  "app, aspirasi, audit, …" used to flash there);
- sign-in survives a reload, is shared by a second tab, ends in every tab on sign-out; expired and
  tampered tokens are refused; the cookie is HttpOnly and SameSite=Lax; a copied link opened
  signed out goes to sign-in and then to that page with its filters; a disabled account loses
  its session at once;
- the app and the CLI share one database: `import`, `undo`, `export` and `user add` run while a
  signed-in page is open, and the page shows the new rows without a restart;
- phone: tapping a page in the sidebar closes the sidebar.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import time
from base64 import urlsafe_b64encode
from pathlib import Path

import pytest

from gema.core import i18n
from gema.core.filters import Filters
from tests.e2e.conftest import (
    ACCOUNTS,
    DESKTOP,
    PHONE,
    ROOT,
    SCREENS,
    Offline,
    add_accounts_via_cli,
    copy_demo_db,
    launch_browser,
    offline_page,
    running_server,
    sign_in,
    submit_sign_in,
    wait_idle,
)

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("gema_deploy_e2e")]

PAGE_NAMES = ("aspirasi", "audit", "dinding", "fgd", "jangkauan", "kepuasan", "pengguna", "peta",
              "presentasi", "referensi", "ringkasan", "unggah", "app")  # fmt: skip
# Installed before any page script: records what the sidebar navigation ever showed.
OBSERVER = """
window.__gemaSeen = [];
const record = () => {
  for (const nav of document.querySelectorAll('[data-testid=stSidebarNav], [data-testid=stSidebarNavItems], [data-testid=stTopNavLinkContainer]')) {
    window.__gemaSeen.push('nav:' + nav.innerText);
  }
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') || '';
    if (href.startsWith('/') || href.startsWith(location.origin)) window.__gemaSeen.push('link:' + href);
  }
};
new MutationObserver(record).observe(document, {childList: true, subtree: true});
"""


@pytest.fixture(scope="module")
def deploy(tmp_path_factory, demo_db_file):
    """A fresh server (nothing served yet) on a private demo database and accounts file, with
    the session key in a known place, so the test can forge expired tokens."""
    tmp = tmp_path_factory.mktemp("deploy_e2e")
    db, users = copy_demo_db(demo_db_file, tmp), tmp / "users.json"
    add_accounts_via_cli(users, db)
    key = tmp / "session.key"
    extra = {"GEMA_SESSION_KEY": str(key), "GEMA_DB_WAIT": "60"}
    with running_server(db, users, tmp / "streamlit.log", extra_env=extra) as server:
        server.key = key  # type: ignore[attr-defined]
        server.tmp = tmp  # type: ignore[attr-defined]
        yield server


def _cli(server, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "GEMA_DB": str(server.db), "GEMA_USERS": str(server.users),
           "GEMA_DB_WAIT": "60"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "gema", *args], cwd=ROOT, env=env, input=stdin,
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip


def _signin_shown(page, timeout: float = 30_000) -> None:
    page.wait_for_selector("input[type=password]", timeout=timeout)


def _signed_in(page, timeout: float = 60_000) -> None:
    page.wait_for_selector("[data-testid=stSidebarNav]", state="attached", timeout=timeout)
    wait_idle(page, timeout)


def _cookie(context) -> dict:
    found = [c for c in context.cookies() if c["name"] == "gema_session"]
    assert found, "no session cookie"
    return found[0]


def _eventually(check, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.25)


# --- cold start (must run first: the server has served nothing yet) ----------------------------
def test_01_cold_start_eight_first_visits_show_no_page_list(deploy):
    with launch_browser() as browser:
        offline = Offline()
        pages = []
        for _ in range(8):
            page = offline_page(browser, offline, DESKTOP)
            page.add_init_script(OBSERVER)
            pages.append(page)
        for i, page in enumerate(pages):  # 8 first requests, not waiting for each other
            page.goto(deploy.url("aspirasi" if i % 2 else ""), wait_until="commit")
        for page in pages:
            _signin_shown(page)
            wait_idle(page)
        SCREENS.mkdir(parents=True, exist_ok=True)
        pages[0].screenshot(path=str(SCREENS / "cold_start_first_paint_1440.png"))
        for page in pages:
            seen = page.evaluate("window.__gemaSeen")
            named = [s for s in seen if any(n in s.lower() for n in PAGE_NAMES)]
            assert not named, f"page names painted before sign-in: {sorted(set(named))[:5]}"
            body = page.locator("body").inner_text().lower()
            assert "audit" not in body and "referensi" not in body
            assert page.get_by_label("Nama pengguna").is_visible()
        assert not offline.external


# --- sign-in that survives ---------------------------------------------------------------------
def test_reload_second_tab_and_sign_out_everywhere(deploy):
    with launch_browser() as browser:
        page = offline_page(browser, Offline(), DESKTOP)
        page.goto(deploy.url("ringkasan"))
        sign_in(page, "pimpinan")
        _eventually(lambda: any(c["name"] == "gema_session" for c in page.context.cookies()))
        cookie = _cookie(page.context)
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and cookie["path"] == "/"
        assert ACCOUNTS["pimpinan"][1] not in cookie["value"]
        assert ACCOUNTS["pimpinan"][0] not in cookie["value"]
        assert page.evaluate("document.cookie").find("gema_session") == -1  # HttpOnly

        page.reload()
        _signed_in(page)
        assert page.locator("input[type=password]").count() == 0

        second = page.context.new_page()  # a second tab of the same browser
        second.goto(deploy.url("peta"))
        _signed_in(second)
        assert ACCOUNTS["pimpinan"][0] in second.locator("[data-testid=stSidebar]").inner_text()

        page.get_by_role("button", name="Keluar").click()
        _signin_shown(page)
        # the other tab notices by itself (it re-checks every few seconds)
        _signin_shown(second, timeout=30_000)
        assert "diakhiri" in second.locator("body").inner_text()
        _eventually(lambda: not any(c["name"] == "gema_session" for c in page.context.cookies()))
        third = page.context.new_page()
        third.goto(deploy.url("ringkasan"))
        _signin_shown(third)
        page.context.close()


def _forge(key_file: Path, sid: str, issued: int) -> str:
    key = bytes.fromhex(key_file.read_text().strip())
    mac = hmac.new(key, f"v1.{sid}.{issued}".encode(), hashlib.sha256).digest()
    return f"{sid}.{issued}.{urlsafe_b64encode(mac).decode().rstrip('=')}"


def test_expired_and_tampered_tokens_are_refused(deploy):
    with launch_browser() as browser:
        page = offline_page(browser, Offline(), DESKTOP)
        page.goto(deploy.url("ringkasan"))
        sign_in(page, "staf")
        _eventually(lambda: any(c["name"] == "gema_session" for c in page.context.cookies()))
        good = _cookie(page.context)
        sid, issued, mac = good["value"].split(".")
        attempts = {
            "tampered": f"{sid}.{issued}.{mac[:-2]}{'AA' if mac[-2:] != 'AA' else 'BB'}",
            "other_sid": f"{sid[:-1]}{'x' if sid[-1] != 'x' else 'y'}.{issued}.{mac}",
            "expired": _forge(deploy.key, sid, int(time.time()) - 13 * 3600),
        }
        for name, value in attempts.items():
            ctx = browser.new_context(viewport=DESKTOP)
            ctx.add_cookies([{**{k: good[k] for k in ("domain", "path", "httpOnly")},
                              "name": "gema_session", "value": value, "sameSite": "Lax"}])  # fmt: skip
            other = ctx.new_page()
            other.goto(deploy.url("ringkasan"))
            _signin_shown(other)
            wait_idle(other)
            assert other.locator("[data-testid=stSidebarNav]").count() == 0, name
            ctx.close()
        # the genuine token still works in a fresh context (the refusals ended nothing)
        ctx = browser.new_context(viewport=DESKTOP)
        ctx.add_cookies([{k: good[k] for k in ("name", "value", "domain", "path", "httpOnly")}])
        ok = ctx.new_page()
        ok.goto(deploy.url("ringkasan"))
        _signed_in(ok)
        ctx.close()
        page.context.close()


def test_copied_link_goes_through_sign_in_to_the_page_with_its_filters(deploy):
    query = "periode=30d&kabkota=3602"
    with launch_browser() as browser:
        page = offline_page(browser, Offline(), DESKTOP)
        page.goto(deploy.url("aspirasi", query))
        _signin_shown(page)
        sign_in(page, "pimpinan")
        assert re.search(r"/aspirasi\?", page.url), page.url
        assert "periode=30d" in page.url and "kabkota=3602" in page.url
        thirty = Filters.from_query({"periode": "30d"})
        shown = i18n.fmt_period(thirty.start, thirty.end)
        sidebar = page.locator("[data-testid=stSidebar]")
        _eventually(lambda: "Lebak" in sidebar.inner_text(), 30)  # widgets drawn after the nav
        assert shown in sidebar.inner_text()
        # a link with OTHER filters, opened in another tab of this signed-in browser, opens
        # directly with its own filters: the session cookie carries the user, never filters
        _eventually(lambda: any(c["name"] == "gema_session" for c in page.context.cookies()))
        again = page.context.new_page()
        again.goto(deploy.url("aspirasi", "periode=90d&kabkota=3601"))
        _signed_in(again)
        assert "/aspirasi" in again.url and "kabkota=3601" in again.url
        side = again.locator("[data-testid=stSidebar]")
        _eventually(lambda: "Pandeglang" in side.inner_text(), 30)  # widgets drawn after the nav
        ninety = Filters.from_query({"periode": "90d"})
        assert i18n.fmt_period(ninety.start, ninety.end) in side.inner_text()
        assert "Lebak" not in side.inner_text()
        # and the first tab keeps its own filters after a rerun
        page.reload()
        _signed_in(page)
        assert "kabkota=3602" in page.url and "periode=30d" in page.url
        _eventually(lambda: "Lebak" in sidebar.inner_text(), 30)
        assert "Pandeglang" not in sidebar.inner_text()
        page.context.close()


def test_disabled_account_loses_its_session_at_once(deploy):
    name, password = "e2e-tamu", "Tamu-e2e-Gema-2024!"
    added = _cli(deploy, "user", "add", name, "--role", "pimpinan", "--password-stdin",
                 stdin=password + "\n")  # fmt: skip
    assert added.returncode == 0, added.stderr  # `user add` while the app runs
    with launch_browser() as browser:
        page = offline_page(browser, Offline(), DESKTOP)
        page.goto(deploy.url("ringkasan"))
        submit_sign_in(page, name, password)
        _signed_in(page)
        _eventually(lambda: any(c["name"] == "gema_session" for c in page.context.cookies()))
        disabled = _cli(deploy, "user", "disable", name)
        assert disabled.returncode == 0, disabled.stderr
        _signin_shown(page, timeout=30_000)  # no click needed: the open tab re-checks
        page.reload()
        _signin_shown(page)  # and the cookie does not bring it back
        page.context.close()


def _history(page) -> str:
    """The "Riwayat unggahan" grid (the last one on the page) as text: the grid draws on a
    canvas and writes its accessible rows into the DOM once it has focus."""
    grid = page.locator("[data-testid=stDataFrame]").last
    grid.locator("canvas").first.focus()
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    return "\n".join(r.text_content() or "" for r in grid.locator("[role=row]").all())


# --- one database for the app and the CLI --------------------------------------------------------
def test_cli_import_undo_export_while_the_app_runs(deploy, tmp_path):
    with launch_browser() as browser:
        page = offline_page(browser, Offline(), DESKTOP)
        page.goto(deploy.url("unggah"))
        sign_in(page, "admin")
        page.get_by_text("Riwayat unggahan").wait_for()
        source = ROOT / "tests" / "fixtures" / "exports" / "lapor.csv"
        staff = ACCOUNTS["staf"][0]  # a scheduled job runs under an existing account (issue 16)
        imported = _cli(deploy, "import", "feedback", str(source), "--json", "--user", staff,
                        "--region", "Tangerang=3603", "--region", "Jakarta Selatan=-")  # fmt: skip
        assert imported.returncode == 0, imported.stdout + imported.stderr
        assert "Traceback" not in imported.stderr  # it waited for the app, never crashed
        batch = json.loads(imported.stdout)["batch_id"]
        listed = _cli(deploy, "batches", "--json")
        assert listed.returncode == 0 and str(batch) in listed.stdout, listed.stderr
        exported = _cli(deploy, "export", "xlsx", str(tmp_path / "ekspor.xlsx"))
        assert exported.returncode == 0, exported.stderr
        assert (tmp_path / "ekspor.xlsx").stat().st_size > 0
        # the open page shows the new batch on its next run, without a restart
        page.get_by_role("link", name="Ringkasan").click()
        wait_idle(page)
        page.get_by_role("link", name="Unggah data").click()
        # a page switch on a loaded 2-core machine can take long: the point is what it shows
        page.get_by_text("Riwayat unggahan").wait_for(timeout=90_000)
        _eventually(lambda: "lapor.csv" in _history(page), 30)
        undone = _cli(deploy, "undo", str(batch), "--json")
        assert undone.returncode == 0, undone.stderr
        assert json.loads(undone.stdout)["undone"] is True
        page.context.close()


# --- phone ---------------------------------------------------------------------------------------
def test_phone_sidebar_closes_after_tapping_a_page(deploy):
    def left(page) -> float:
        return page.evaluate(
            "document.querySelector('[data-testid=stSidebar]').getBoundingClientRect().right"
        )

    with launch_browser() as browser:
        ctx = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
        ctx.route("**/*", Offline().route)
        page = ctx.new_page()
        page.goto(deploy.url("ringkasan"))
        sign_in(page, "pimpinan")
        assert left(page) <= 0  # starts closed on a phone
        page.locator("[data-testid=stExpandSidebarButton]").click()
        _eventually(lambda: left(page) > 200)
        page.locator("[data-testid=stSidebarNavLink]", has_text="Peta").first.tap()
        wait_idle(page)
        _eventually(lambda: left(page) <= 0)
        assert "/peta" in page.url
        page.get_by_role("heading", name="Peta Banten").wait_for()
        SCREENS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENS / "phone_after_nav_tap_390.png"))
        ctx.close()
