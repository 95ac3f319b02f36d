"""Shared fixtures for the browser tests: one demo database and one accounts file per test
session (per xdist worker), one Streamlit server on a free port and one headless Chromium per
test module.

Tests that share the server carry `@pytest.mark.xdist_group(E2E_GROUP)` so that, under
`pytest -n 2 --dist loadgroup`, they land on one worker and the server starts only once.

Why these choices:
- The accounts are made through the real CLI (`python -m gema user add … --password-stdin`), so
  the e2e run also proves the documented way of creating users.
- The server gets a COPY of the session's demo database: signing in writes audit rows, and the
  `demo_db_file` fixture is read-only by convention for the other tests of the worker.
- Every browser context routes all requests through `Offline.route`: anything not addressed to
  127.0.0.1 is aborted and recorded, so a test can assert the app works with no internet.

The plain helpers (running_server / start_server + stop_server, launch_browser, offline_page,
wait_idle, submit_sign_in / sign_in, copy_demo_db) are the one copy of this plumbing: tests that
need their own server (kiosk mode, own accounts, a server stopped mid-test) or their own browser
(tests/test_page_peta.py) import them instead of repeating it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "artifacts" / "screens"
E2E_GROUP = "gema_e2e"
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
# One account per role; e2e-only passwords (the accounts file lives under pytest's tmp).
ACCOUNTS = {
    "admin": ("e2e-admin", "Admin-e2e-Gema-2024!"),
    "staf": ("e2e-staf", "Staf-e2e-Gema-2024!"),
    "pimpinan": ("e2e-pimpinan", "Pimpinan-e2e-Gema-2024!"),
}
LOCAL_PREFIXES = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def free_port() -> int:
    """A port the OS says is free right now (the server binds it a moment later)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    db: Path
    users: Path
    log: Path
    proc: subprocess.Popen

    def url(self, path: str = "", query: str = "") -> str:
        return f"{self.base}/{path}" + (f"?{query}" if query else "")


@dataclass
class Offline:
    """Aborts and records every request that would leave 127.0.0.1."""

    external: list[str] = field(default_factory=list)

    def route(self, route) -> None:
        url = route.request.url
        if url.startswith(LOCAL_PREFIXES):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()


def wait_idle(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished the current script run (and the page is drawn)."""
    page.wait_for_selector(IDLE, timeout=timeout)


def copy_demo_db(demo_db_file: Path, tmp: Path) -> Path:
    """A private copy of the session's demo database under `tmp` (servers write audit rows)."""
    path = tmp / "gema.duckdb"
    shutil.copyfile(demo_db_file, path)
    return path


def start_server(
    db: Path,
    users: Path,
    log_path: Path,
    extra_env: dict[str, str | None] | None = None,
    extra_args: tuple[str, ...] = (),
) -> Server:
    """`streamlit run serve.py` (app.py behind st.App) on a free port of 127.0.0.1, waiting until /_stcore/health is up.

    GEMA_KIOSK is dropped from the inherited environment (a developer's shell must not turn the
    tests into kiosk mode); pass it in `extra_env` to ask for kiosk mode. A None value in
    `extra_env` removes that variable."""
    port = free_port()
    env = {**os.environ, "GEMA_DB": str(db), "GEMA_USERS": str(users)}
    env.pop("GEMA_KIOSK", None)
    for key, value in (extra_env or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    log = open(log_path, "w")  # noqa: SIM115 (closed by stop_server via the process' lifetime)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", *extra_args],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    log.close()  # the child keeps its own descriptor
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            if time.monotonic() > deadline:
                proc.terminate()
                raise
            time.sleep(0.2)
    return Server(base=base, db=db, users=users, log=log_path, proc=proc)


def stop_server(server: Server) -> None:
    if server.proc.poll() is None:
        server.proc.terminate()
        try:
            server.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait(timeout=5)


@contextmanager
def running_server(db: Path, users: Path, log_path: Path, **options) -> Iterator[Server]:
    """start_server(…, **options) … stop_server, for a module fixture (`yield` inside the
    `with`) or a single test."""
    server = start_server(db, users, log_path, **options)
    try:
        yield server
    finally:
        stop_server(server)


@contextmanager
def launch_browser() -> Iterator[object]:
    """Headless /usr/bin/chromium with the offline flags. Open it per module or per test, never
    per session (see the note above `gema_server`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def offline_page(browser, offline: Offline, viewport: dict | None = None, locale: str = "id-ID"):
    """A page in a new context (own Streamlit session) whose requests go through
    `offline.route`; close it with `page.context.close()` (or the browser)."""
    ctx = browser.new_context(viewport=viewport or DESKTOP, locale=locale)
    ctx.route("**/*", offline.route)
    return ctx.new_page()


def add_accounts_via_cli(users: Path, db: Path) -> None:
    """One account per role through `python -m gema user add NAME --role R --password-stdin`."""
    env = {**os.environ, "GEMA_USERS": str(users), "GEMA_DB": str(db)}
    for role, (name, password) in ACCOUNTS.items():
        done = subprocess.run(
            [sys.executable, "-m", "gema", "user", "add", name, "--role", role,
             "--password-stdin"],
            cwd=ROOT, env=env, input=password + "\n", capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        assert password not in done.stdout + done.stderr


@pytest.fixture(scope="session")
def e2e_users(tmp_path_factory: pytest.TempPathFactory, e2e_db: Path) -> Path:
    users = tmp_path_factory.mktemp("e2e_users") / "users.json"
    add_accounts_via_cli(users, e2e_db)
    return users


@pytest.fixture(scope="session")
def e2e_db(tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path) -> Path:
    """A private copy of the session's demo database (tests/conftest.py builds it once)."""
    return copy_demo_db(demo_db_file, tmp_path_factory.mktemp("e2e_db"))


# Module scope for the server and the browser: a live sync_playwright() owns an asyncio loop in
# this thread, and any other test on the same xdist worker that starts its own Playwright would
# fail ("Sync API inside the asyncio loop"); pytest tears module fixtures down before moving on.
@pytest.fixture(scope="module")
def gema_server(
    tmp_path_factory: pytest.TempPathFactory, e2e_db: Path, e2e_users: Path
) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("e2e_log") / "streamlit.log"
    with running_server(e2e_db, e2e_users, log) as server:
        yield server


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    with launch_browser() as browser:
        yield browser


@pytest.fixture
def offline() -> Offline:
    return Offline()


@pytest.fixture
def new_page(chromium, offline: Offline) -> Iterator:
    """Factory of pages, each in its own context (own Streamlit session) with offline routing:
    page = new_page(PHONE)."""
    pages = []

    def make(viewport: dict | None = None):
        pages.append(offline_page(chromium, offline, viewport))
        return pages[-1]

    yield make
    for page in pages:
        page.context.close()


def submit_sign_in(page, name: str, password: str) -> None:
    """Fill the real sign-in form (labels from gema.core.i18n: Nama pengguna / Kata sandi / Masuk)
    and submit it; the caller waits for whatever the answer should be."""
    page.wait_for_selector("input[type=password]", timeout=30_000)
    page.get_by_label("Nama pengguna").fill(name)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()


def sign_in(page, role: str = "admin") -> None:
    """Sign in as the role's ACCOUNTS entry and wait until the navigation is drawn and the first
    page has finished running."""
    submit_sign_in(page, *ACCOUNTS[role])
    # attached, not visible: on a phone the sidebar (and its navigation) starts collapsed
    page.wait_for_selector("[data-testid=stSidebarNav]", state="attached", timeout=60_000)
    wait_idle(page, 60_000)


def open_signed_in(new_page, server: Server, path: str = "", query: str = "", role="admin",
                   viewport: dict | None = None):  # fmt: skip
    """A fresh session on `path?query`, signed in (a deep link survives the sign-in form)."""
    page = new_page(viewport)
    page.goto(server.url(path, query))
    sign_in(page, role)
    return page


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Make `--dist loadgroup` honour `xdist_group` again on pytest ≥ 9.2.

    pytest-xdist 3.8 tells the scheduler a test's group by appending "@group" to `item._nodeid`,
    which pytest 9.2 no longer reads (node ids are structured: `item._id`), so grouped tests were
    silently spread over the workers and each worker started its own server
    (pytest-dev/pytest-xdist#1386, fix pending in #1388). Only on xdist workers, only when the
    suffix is missing: a fixed xdist makes this a no-op."""
    # Browser tests get one rerun of a failure (pytest-rerunfailures, shown as 'R' in the
    # summary): a real Chromium against a real server on 2 shared cores, where a redraw can
    # outlast a wait. A test that fails twice is a real failure.
    reruns = int(os.environ.get("GEMA_E2E_RERUNS", "1"))  # 0: see every first failure
    for item in items:
        if reruns and item.get_closest_marker("e2e") is not None:
            item.add_marker(pytest.mark.flaky(reruns=reruns))
    if not getattr(config.option, "loadgroup", False):
        return
    try:
        from _pytest.nodeid import NodeId
    except ImportError:  # an older pytest: xdist's own suffix works
        return
    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                        for m in item.iter_markers("xdist_group")})  # fmt: skip
        if names and "@" not in item.nodeid and hasattr(item, "_id"):
            item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(names)}")
