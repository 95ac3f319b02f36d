"""The app and the CLI share one DuckDB file (issue 9): the app leases a cursor per unit of work
and closes the file soon after the last lease, a CLI command waits (with a message) while the
app holds it, and two uploads at the same moment in one app process both load whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from gema import ingest
from gema.core import store

ROOT = Path(__file__).resolve().parents[1]
LAPOR = ROOT / "tests" / "fixtures" / "exports" / "lapor.csv"
REGIONS = {"Tangerang": "3603", "Jakarta Selatan": "-"}


def cli(db: Path, *args: str, wait: float = 30) -> subprocess.CompletedProcess:
    env = {**os.environ, "GEMA_DB": str(db), "GEMA_DB_WAIT": str(wait)}
    return subprocess.run(
        [sys.executable, "-m", "gema", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def shared_file(db_file: Path) -> Path:
    store.connect(db_file).close()  # created and migrated
    yield db_file
    store.close_shared()


def _closed_soon(path: Path) -> None:
    deadline = time.monotonic() + 5
    while store.held_open(path):
        assert time.monotonic() < deadline, "the pool kept the file open"
        time.sleep(0.05)


def test_the_file_is_closed_shortly_after_the_last_lease(shared_file):
    a = store.lease(shared_file)
    b = store.lease(shared_file)
    assert store.held_open(shared_file)
    store.release(a, shared_file)
    time.sleep(store.LINGER_SECONDS * 3)
    assert store.held_open(shared_file)  # b still works
    assert store.run(b, "reference/regions").shape[0] == 8
    store.release(b, shared_file)
    _closed_soon(shared_file)
    done = cli(shared_file, "batches", "--json")  # another process can open it now
    assert done.returncode == 0, done.stderr


def test_cli_waits_for_the_app_with_a_message_then_completes(shared_file):
    cur = store.lease(shared_file)  # a page is running

    def finish_page() -> None:
        time.sleep(8.0)  # longer than the CLI needs to start
        store.release(cur, shared_file)

    threading.Thread(target=finish_page).start()
    started = time.monotonic()
    done = cli(shared_file, "import", "feedback", str(LAPOR), "--json",
               "--region", "Tangerang=3603", "--region", "Jakarta Selatan=-")  # fmt: skip
    waited = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows_loaded"] == 5
    assert "menunggu" in done.stderr and "Traceback" not in done.stderr
    assert waited >= 7.5  # it did wait for the page, and did not fail


def test_cli_gives_up_with_a_clear_message_not_a_traceback(shared_file):
    cur = store.lease(shared_file)
    try:
        done = cli(shared_file, "undo", "1", wait=1)
    finally:
        store.release(cur, shared_file)
    assert done.returncode == 1
    assert "masih dipakai proses lain" in done.stderr and "Traceback" not in done.stderr
    assert "IOException" not in done.stderr


def test_app_sees_rows_the_cli_wrote_without_a_restart(shared_file):
    before = store.lease(shared_file)
    n0 = int(before.execute("SELECT count(*) FROM feedback").fetchone()[0])
    store.release(before, shared_file)
    _closed_soon(shared_file)
    done = cli(shared_file, "import", "feedback", str(LAPOR), "--json",
               "--region", "Tangerang=3603", "--region", "Jakarta Selatan=-")  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = store.lease(shared_file)
    try:
        assert int(after.execute("SELECT count(*) FROM feedback").fetchone()[0]) == n0 + 5
    finally:
        store.release(after, shared_file)


def test_two_uploads_at_the_same_moment_both_load_whole(shared_file, tmp_path):
    """Two browser sessions of one app process = two leased cursors on two threads."""
    second = tmp_path / "lapor_kedua.csv"
    second.write_text(LAPOR.read_text(encoding="utf-8").replace("LAP-2024", "LAP-2025"), "utf-8")
    results: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def upload(name: str, path: Path) -> None:
        cur = store.lease(shared_file)
        try:
            barrier.wait()
            results[name] = ingest.import_file(cur, "feedback", path, regions=REGIONS, user=name)
        except Exception as exc:  # recorded, asserted below
            results[name] = exc
        finally:
            store.release(cur, shared_file)

    threads = [
        threading.Thread(target=upload, args=("staf-a", LAPOR)),
        threading.Thread(target=upload, args=("staf-b", second)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for name in ("staf-a", "staf-b"):
        result = results[name]
        assert not isinstance(result, Exception), result
        assert result.batch_id is not None and result.rows_loaded == 5, name
    cur = store.lease(shared_file)
    try:
        per_batch = cur.execute(
            "SELECT batch_id, count(*) FROM feedback GROUP BY 1 ORDER BY 1"
        ).fetchall()
    finally:
        store.release(cur, shared_file)
    assert sorted(n for _, n in per_batch) == [5, 5]


def test_a_page_says_the_database_is_busy_instead_of_a_lock_error(
    shared_file, app_for, monkeypatch
):
    """A CLI import holds the file longer than the app waits: the page shows a sentence."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(20)", str(shared_file)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setenv("GEMA_DB_WAIT", "1")
        store.close_shared()
        at = app_for("pages/ringkasan.py", role="pimpinan")
        assert not at.exception, at.exception
        errors = " ".join(e.value for e in at.error)
        assert "masih dipakai proses lain" in errors
    finally:
        holder.kill()
        holder.wait()
