"""UploadSession: a file is read once per upload; every later preparation and the load work
from that read, with the same results as importing the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from gema import ingest
from gema.ingest import read as read_mod
from gema.ingest.session import UploadSession

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = read_mod.read_file

    def counting(conn, path, **kw):  # type: ignore[no-untyped-def]
        calls.append(str(path))
        return real(conn, path, **kw)

    monkeypatch.setattr("gema.ingest.session.read_file", counting)
    return calls


def test_previews_and_load_read_the_file_once(conn, monkeypatch):
    calls = _count_reads(monkeypatch)
    data = (EXPORTS / "lapor.csv").read_bytes()
    upload = UploadSession.from_bytes("lapor.csv", data)
    first = ingest.prepare(conn, "feedback", upload)
    assert first.unresolved_regions  # 'Tangerang' is ambiguous
    choices = {"Tangerang": "3671", "Jakarta Selatan": "-"}
    second = ingest.prepare(conn, "feedback", upload, regions=choices)
    assert not second.unresolved_regions and second.can_load()
    result = ingest.import_file(conn, "feedback", upload, regions=choices)
    assert result.loaded and result.rows_loaded == second.rows_valid == 5
    assert len(calls) == 1 and upload.reads == 1
    # the same bytes again: refused as already loaded (the hash is the file's)
    again = ingest.prepare(conn, "feedback", upload, regions=choices)
    assert again.already_loaded and again.already_loaded["batch_id"] == result.batch_id
    assert len(calls) == 1
    upload.discard()
    assert not upload.path.exists()


def test_session_result_equals_path_result(conn, db_file, tmp_path):
    path = EXPORTS / "youtube_studio.csv"
    from_path = ingest.prepare(conn, "posts", path)
    upload = UploadSession.from_path(path, keep_reads=True)
    ingest.prepare(conn, "posts", upload)  # first read
    from_session = ingest.prepare(conn, "posts", upload)  # from the kept rows
    assert upload.reads == 1
    assert from_session.sha256 == from_path.sha256
    assert from_session.mapping == from_path.mapping
    assert from_session.rows_read == from_path.rows_read
    assert from_session.preview.equals(from_path.preview)
    assert from_session.raw.table != from_path.raw.table  # a fresh TEMP copy each time
    tables = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name LIKE 'gema_raw_%'"
    ).fetchone()[0]
    assert tables == 0  # every copy dropped after its preparation


def test_unreadable_file_error_is_kept(conn, tmp_path, monkeypatch):
    calls = _count_reads(monkeypatch)
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    upload = UploadSession.from_bytes("rusak.xlsx", bad.read_bytes())
    for _ in range(2):
        with pytest.raises(read_mod.ReadError):
            ingest.prepare(conn, "posts", upload)
    assert len(calls) == 1


def test_path_session_keeps_nothing(conn):
    upload = UploadSession.from_path(EXPORTS / "youtube_studio.csv")
    assert ingest.import_file(conn, "posts", upload).loaded
    assert upload.reads == 1 and not upload._cache


def test_an_upload_is_hashed_once_for_its_key_spool_and_session(monkeypatch, tmp_path):
    """Hashing 150 MB costs 0.2 s: the page hashes the bytes when it keeps them, and the session,
    its key, its spooled copy and the reader's scan of that copy reuse that hash."""
    import hashlib

    from gema.ingest import review, spool

    monkeypatch.setenv("GEMA_SPOOL_DIR", str(tmp_path))
    monkeypatch.setattr(spool, "_dir", None)
    real = hashlib.sha256
    calls = []

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "sha256", counting)
    data = b"waktu,kanal,teks\n2024-07-01,LAPOR!,jalan rusak\n"
    stored = review.stored_file("lapor.csv", data)
    state: dict = {}
    for _ in range(3):  # three reruns of the page
        upload = review.upload_session(state, stored["name"], stored["bytes"], stored["sha256"])
    assert len(calls) == 1
    assert upload.sha256 == real(data).hexdigest() and upload.path.read_bytes() == data
    from gema.core import store

    upload.raw(store.connect(":memory:"))  # the reader's one pass over the file: not hashed again
    assert len(calls) == 1 and upload.reads == 1
    review.discard(stored["name"], stored["bytes"], stored["sha256"])
    assert not upload.path.exists() and len(calls) == 1
