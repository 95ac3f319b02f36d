"""Shared fixtures: a real DuckDB store in a temporary folder (no mocks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from gema import store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh database file, also set as GEMA_DB for code that opens its own connection."""
    path = tmp_path / "gema.duckdb"
    monkeypatch.setenv("GEMA_DB", str(path))
    return path


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
