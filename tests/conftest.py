"""Shared fixtures: a real DuckDB store in a temporary folder (no mocks).

Two backends: the embedded file (default) and the DuckLake (`--backend lake` or
GEMA_TEST_BACKEND=lake): then a throw-away PostgreSQL cluster holds the lake catalogs, every
`db_file` becomes a fresh lake copied from a migrated template, and only the suites listed in
LAKE_SUITES run (plus tests/test_lake*.py); a test marked `file_only` is skipped there.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from gema.core import store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# The suites that run on both backends (store, ingest, undo, page data).
LAKE_SUITES = {
    "test_store.py",
    "test_ingest_pipeline.py",
    "test_ingest_session.py",
    "test_ingest_skm.py",
    "test_metrics.py",
    "test_filter_macros.py",
    "test_page_ringkasan.py",
    "test_page_jangkauan.py",
    "test_page_aspirasi.py",
    "test_page_kepuasan.py",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("file", "lake"),
        default=os.environ.get("GEMA_TEST_BACKEND", "file") or "file",
        help="store backend for the tests: the embedded DuckDB file or a DuckLake on PostgreSQL",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "file_only: the embedded file only (locks, file copies)")


def _on_lake(config: pytest.Config) -> bool:
    return config.getoption("--backend") == "lake"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _on_lake(config):
        return
    keep, drop = [], []
    for item in items:
        name = item.path.name
        on_both = name in LAKE_SUITES or name.startswith("test_lake")
        (keep if on_both else drop).append(item)
        if on_both and item.get_closest_marker("file_only"):
            item.add_marker(pytest.mark.skip(reason="embedded file only"))
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def lake_cluster(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """On the lake backend: a PostgreSQL cluster for this worker, a migrated template lake and
    the session's default lake (GEMA_LAKE); None on the file backend."""
    if not _on_lake(request.config):
        yield None
        return
    import gc

    from gema.core import pgtemp

    pg = pgtemp.TempPostgres()
    data = tmp_path_factory.mktemp("lake-data")
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("GEMA_LAKE_DATA", str(data))
            mp.setenv("GEMA_LAKE_TRUST_EXTENSIONS", "1")
            pg.createdb("gema_template")
            mp.setenv("GEMA_LAKE", "postgres:" + pg.conninfo("gema_template"))
            store.connect().close()
            pg.createdb("gema_session", template="gema_template")
            mp.setenv("GEMA_LAKE", "postgres:" + pg.conninfo("gema_session"))
            yield pg
            store.close_shared()
            gc.collect()
    finally:
        pg.stop()


_lake_numbers = itertools.count(1)


@pytest.fixture(autouse=True, scope="session")
def _isolate_user_state(
    tmp_path_factory: pytest.TempPathFactory, lake_cluster: object
) -> Iterator[None]:
    """No test may read or write the real accounts file or database: point GEMA_USERS and
    GEMA_DB at a session folder unless a test sets its own (the per-test fixtures override)."""
    base = tmp_path_factory.mktemp("isolated")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEMA_USERS", str(base / "users.json"))
        mp.setenv("GEMA_DB", str(base / "gema.duckdb"))
        yield


@pytest.fixture
def db_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lake_cluster) -> Iterator[Path]:
    """A fresh database file, also set as GEMA_DB for code that opens its own connection. On the
    lake backend GEMA_LAKE names a fresh lake too (copied from the migrated template), which
    `store.connect(db_file)` opens instead of the file."""
    path = tmp_path / "gema.duckdb"
    monkeypatch.setenv("GEMA_DB", str(path))
    if lake_cluster is None:
        yield path
        return
    name = f"t_{os.getpid()}_{next(_lake_numbers)}"
    lake_cluster.createdb(name, template="gema_template")
    monkeypatch.setenv("GEMA_LAKE", "postgres:" + lake_cluster.conninfo(name))
    yield path
    store.close_shared()


@pytest.fixture
def conn(db_file: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated, empty store."""
    c = store.connect(db_file)
    yield c
    c.close()


@pytest.fixture
def app_for(db_file: Path):
    """AppTest factory for the whole app, signed in with a role, opened on one page:

    at = app_for("pages/peta.py", role="pimpinan"); assert not at.exception
    """
    from streamlit.testing.v1 import AppTest

    from gema.ui import USER_KEY

    def make(page: str | None = None, role: str = "admin", timeout: float = 30) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
        at.session_state[USER_KEY] = {"username": f"uji-{role}", "role": role}
        at.run()
        if page is not None:
            at.switch_page(page)
            at.run()
        return at

    return make


@pytest.fixture
def users_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A not-yet-existing accounts file (GEMA_USERS) under tmp, so no test touches the real one.

    Add accounts with gema.core.auth.create_account(name, password, role)."""
    path = tmp_path / "config" / "users.json"
    monkeypatch.setenv("GEMA_USERS", str(path))
    return path


# --- demo data (gema/demo.py) ---------------------------------------------------------------
DEMO_SCALE = 0.1  # 5.000 posts, 3.000 feedback, 500 SKM respondents: loads in a few seconds


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ONE demo database per test session (per xdist worker), read-only by convention.

    The demo year ends today, so the pages' default "last 90 days" shows data; seed 2024,
    scale DEMO_SCALE. Tests that write must use `demo_db` (a fresh copy) instead."""
    from datetime import date

    from gema import demo

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    c = store.connect(path)
    demo.load_demo(c, seed=demo.DEFAULT_SEED, end=date.today(), scale=DEMO_SCALE)
    c.execute("CHECKPOINT")
    c.close()
    return path


@pytest.fixture
def demo_db(db_file: Path, demo_db_file: Path, monkeypatch: pytest.MonkeyPatch, lake_demo) -> Path:
    """A fresh copy of the demo database for one test, set as GEMA_DB (after `db_file`, which
    it overrides), so it combines with `app_for`: `at = app_for("pages/peta.py")` in a test
    that also takes `demo_db` shows demo data. Returns the copy's path; open it with
    `store.connect(demo_db)` (the `conn` fixture is a separate, empty store)."""
    import shutil

    path = db_file.parent / "demo-copy.duckdb"
    shutil.copyfile(demo_db_file, path)
    monkeypatch.setenv("GEMA_DB", str(path))
    if lake_demo is not None:  # the lake backend: a fresh lake copied from the demo lake
        cluster, template = lake_demo
        name = f"d_{os.getpid()}_{next(_lake_numbers)}"
        cluster.createdb(name, template=template)
        monkeypatch.setenv("GEMA_LAKE", "postgres:" + cluster.conninfo(name))
    return path


@pytest.fixture(scope="session")
def lake_demo(lake_cluster, tmp_path_factory: pytest.TempPathFactory):
    """On the lake backend: (cluster, name of a lake holding the demo data, loaded once)."""
    if lake_cluster is None:
        return None
    from datetime import date

    from gema import demo

    lake_cluster.createdb("gema_demo", template="gema_template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEMA_LAKE", "postgres:" + lake_cluster.conninfo("gema_demo"))
        mp.setenv("GEMA_DB", str(tmp_path_factory.mktemp("demo-lake") / "gema.duckdb"))
        c = store.connect()
        demo.load_demo(c, seed=demo.DEFAULT_SEED, end=date.today(), scale=DEMO_SCALE)
        c.close()
        store.close_shared()
    return lake_cluster, "gema_demo"


@pytest.fixture
def dashboard_db(conn):
    """A small store for the dashboard page tests: posts and feedback in the last 90 days and
    the 90 days before, two campaigns, ICN and OPD accounts, a corrected label. Dates are
    relative to today so the default period (90 hari) shows them."""
    from datetime import datetime, timedelta

    now = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    posts, feedback = [], []
    platforms = ("Instagram", "TikTok", "YouTube")
    for i in range(120):
        day = now - timedelta(days=i % 170)
        kab = ("3601", "3602", "3603", "3671", None)[i % 5]
        posts.append(
            (platforms[i % 3], f"akun{i % 7}", ("Banten Sehat", "Jalan Mulus", None)[i % 3], day,
             kab, 1000 + 37 * i, None, 800 + 25 * i, 40 + i, 5, 3, 1,
             50_000 if i % 4 == 0 else None, f"https://example.org/p/{i}", f"Konten nomor {i}")
        )  # fmt: skip
    topics = ("banjir", "jalan rusak", "kesehatan", None)
    sentiments = ("negatif", "positif", "netral", "negatif", None)
    for i in range(300):
        day = now - timedelta(days=i % 175)
        feedback.append(
            (day, ("LAPOR!", "Instagram", "FGD")[i % 3], ("3601", "3602", "3673", None)[i % 4],
             topics[i % 4], sentiments[i % 5], f"Aspirasi warga nomor {i} tentang **jalan** <b>x</b>",
             ("baru", "ditindaklanjuti", "selesai")[i % 3])
        )  # fmt: skip
    with store.transaction(conn):  # on the lake, rows get their keys inside a transaction
        _insert_dashboard_rows(conn, posts, feedback)
    conn.execute("CHECKPOINT")
    return conn


def _insert_dashboard_rows(conn, posts: list, feedback: list) -> None:
    conn.executemany(
        "INSERT INTO posts (platform, account, campaign, published_at, kabkota, views, impressions,"
        " reach, likes, comments, shares, saves, cost, url, title, batch_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        posts,
    )
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, kabkota, topic, sentiment, text, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        feedback,
    )
    conn.execute(
        "INSERT INTO accounts (platform, handle, display_name, followers, is_icn, batch_id)"
        " SELECT platform, account, 'Nama ' || account, 1000, account IN ('akun1', 'akun2'), 1"
        " FROM (SELECT DISTINCT platform, account FROM posts)"
    )
    conn.execute(
        "INSERT INTO campaigns (name, opd, budget, batch_id)"
        " VALUES ('Banten Sehat', 'Dinas Kesehatan', 250000000, 1)"
    )
