"""Upload spool (issue 16, item 7): private per-instance folder, deleted after load or cancel
and swept when a new instance starts spooling."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from gema.ingest import review, spool


@pytest.fixture
def base(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMA_SPOOL_DIR", str(tmp_path))
    monkeypatch.setattr(spool, "_dir", None)
    return tmp_path


def test_spooled_upload_is_private_and_per_instance(base):
    path = review.spool("aspirasi.csv", b"kanal,isi\nFGD,halo\n")
    assert path.read_bytes() == b"kanal,isi\nFGD,halo\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(spool.spool_dir().stat().st_mode) == 0o700
    assert spool.spool_dir().name.startswith(f"gema-unggah-{os.getpid()}-")
    assert spool.spool_dir().parent == base and not (base / "gema-unggah").exists()


def test_discard_after_load_or_cancel(base):
    data = b"kanal,isi\nFGD,halo\n"
    path = review.spool("a.csv", data)
    review.discard("a.csv", data)
    assert not path.exists() and not path.parent.exists()


def test_upload_page_load_and_cancel_delete_the_spooled_file(base, app_for):
    """Through the page: after 'Muat' (and after 'clear') nothing of the upload stays on disk."""
    from pathlib import Path

    exports = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
    data = (exports / "youtube_studio.csv").read_bytes()
    at = app_for("pages/unggah.py", role="admin")
    at.session_state["ingest_file"] = {"name": "youtube_studio.csv", "bytes": data}
    at.run()
    assert not at.exception
    assert list(spool.spool_dir().rglob("*.csv"))  # spooled while being reviewed
    at.button(key="ingest_load").click().run()
    assert not at.exception and "ingest_file" not in at.session_state
    assert not list(spool.spool_dir().rglob("*.csv"))
    at.session_state["ingest_file"] = {"name": "lagi.csv", "bytes": data + b"\n"}
    at.run()
    assert list(spool.spool_dir().rglob("*.csv"))
    at.button(key="ingest_clear").click().run()
    assert not at.exception and not list(spool.spool_dir().rglob("*.csv"))


def test_start_up_sweeps_folders_of_dead_instances(base):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    left = base / f"gema-unggah-{dead}-abc" / "x" / "f.csv"
    left.parent.mkdir(parents=True)
    left.write_text("rahasia")
    legacy = base / "gema-unggah" / "y" / "g.csv"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("rahasia")
    alive = base / f"gema-unggah-{os.getppid()}-def"
    alive.mkdir()
    spool.spool_dir()
    assert not left.exists() and not legacy.exists() and alive.exists()
