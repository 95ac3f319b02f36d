"""The cold-start warm-up (gema.ui.launch) gives way to the first visitor: a sign-in stops it
and interrupts the query it is running, so the visitor's page never shares the cores."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pytest

from gema.ui import launch

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_flag():
    launch._STOP.clear()
    yield
    launch._STOP.clear()
    launch._warm_cursor.clear()


def test_a_sign_in_interrupts_the_running_warm_up_query():
    conn = duckdb.connect()
    launch._warm_cursor.append(conn)
    failed: list[BaseException] = []

    def long_query() -> None:
        try:
            conn.execute("SELECT count(*) FROM range(10000000000) a")
        except BaseException as exc:  # the interrupt surfaces here
            failed.append(exc)

    worker = threading.Thread(target=long_query)
    worker.start()
    threading.Event().wait(0.5)  # the query is running
    launch.visitor_arrived()
    worker.join(timeout=60)
    assert not worker.is_alive() and failed
    assert isinstance(failed[0], duckdb.InterruptException)
    assert launch._STOP.is_set()


def test_after_a_sign_in_the_warm_up_does_nothing(monkeypatch):
    launch.visitor_arrived()
    called = []
    monkeypatch.setattr(launch, "warm_caches", lambda: called.append(1))
    monkeypatch.setattr(launch, "WAIT_FOR_SESSION", 0.0)
    launch._warm()
    assert called == []


def test_the_password_sign_in_stops_the_warm_up(db_file, users_file):
    """Through the real sign-in form (AppTest): a failed attempt leaves the warm-up running,
    the successful one stops it."""
    from streamlit.testing.v1 import AppTest

    from gema.core import auth

    auth.create_account("pimpinan1", "Rahasia-Uji-7319!", "pimpinan")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    at.text_input[0].input("pimpinan1")
    at.text_input[1].input("salah-sandi")
    at.button[0].click().run()
    assert not launch._STOP.is_set()
    at.text_input[0].input("pimpinan1")
    at.text_input[1].input("Rahasia-Uji-7319!")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert launch._STOP.is_set()
