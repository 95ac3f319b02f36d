"""The per-session cursor (gema.ui.session): two script runs of one browser session never share
a cursor. Streamlit starts a new ScriptRunner (a new thread) for a rerun while the one it
replaces is still finishing its last DuckDB statement; the old run's `release_connection` (app.py's
`finally`) then closed the cursor the new run was staging an upload on ("Connection already
closed!" in UploadSession.restore_staged)."""

from __future__ import annotations

import threading
from pathlib import Path

from gema import ingest
from gema.core import store
from gema.ingest.session import UploadSession
from gema.ui import session as ui_session

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"
CHOICES = {"Tangerang": "3671", "Jakarta Selatan": "-"}


def test_a_stopping_run_leaves_the_next_runs_cursor_open(db_file):
    upload = UploadSession.from_bytes("lapor.csv", (EXPORTS / "lapor.csv").read_bytes())
    old = ui_session.conn()  # this thread: the run Streamlit is stopping for a rerun
    first = ingest.prepare(old, "feedback", upload, regions=CHOICES)  # staged, kept
    assert first.can_load() and upload.stagings == 1
    leased, go = threading.Event(), threading.Event()
    got: dict[str, object] = {}

    def new_run() -> None:  # the rerun's ScriptRunner thread, same browser session
        cur = ui_session.conn()
        leased.set()
        go.wait(10)
        try:
            got["prep"] = ingest.prepare(cur, "feedback", upload, regions=CHOICES)
            got["load"] = ingest.import_file(cur, "feedback", upload, regions=CHOICES)
        except Exception as exc:  # the failure the page showed
            got["error"] = exc
        finally:
            ui_session.release_connection()

    thread = threading.Thread(target=new_run)
    thread.start()
    assert leased.wait(10)
    ui_session.release_connection()  # the old run ends: app.py's finally
    go.set()
    thread.join(60)
    assert "error" not in got, got.get("error")
    result = got["load"]
    assert result.loaded and result.rows_loaded == 5  # every row, once
    assert upload.stagings == 1  # restored from the kept staging, not validated again
    check = store.lease()
    try:
        n = check.execute("SELECT count(*) FROM feedback").fetchone()[0]
    finally:
        store.release(check)
    assert n == 5  # loaded once, nothing lost
    _assert_file_let_go(db_file)


def _assert_file_let_go(db_file: Path) -> None:
    """Every lease was given back: the pool closes the file after its linger (else a CLI import
    waits its 60 s for "the app's hold", as the deploy e2e once did)."""
    for _ in range(100):
        if not store.held_open(db_file):
            return
        threading.Event().wait(0.05)
    raise AssertionError("the app still holds the database file")


def test_release_gives_back_only_this_runs_cursor(db_file):
    mine = ui_session.conn()
    other: list = []
    leased, done = threading.Event(), threading.Event()

    def other_run() -> None:
        other.append(ui_session.conn())
        leased.set()
        done.wait(10)
        ui_session.release_connection()

    thread = threading.Thread(target=other_run)
    thread.start()
    assert leased.wait(10)
    assert other[0] is not mine
    ui_session.release_connection()
    assert other[0].execute("SELECT 42").fetchone() == (42,)  # still open
    bystander = threading.Thread(target=ui_session.release_connection)
    bystander.start()  # a thread without a lease gives back nothing
    bystander.join(10)
    assert other[0].execute("SELECT 1").fetchone() == (1,)
    done.set()
    thread.join(10)
    _assert_file_let_go(db_file)
