"""Smaller failures of issue 16 (item 8) and audit protection."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest

from gema import ingest
from gema.cli import main
from gema.core import audit, auth, store

ROOT = Path(__file__).resolve().parents[2]


def test_rejected_rows_csv_is_formula_neutralised(conn, tmp_path):
    from gema.ingest import review

    path = tmp_path / "jahat.csv"
    path.write_text('kanal,tanggal,isi\nX,bukan tanggal,"=HYPERLINK(""http://e.vil"",""klik"")"\n')
    prep = ingest.prepare(conn, "feedback", path)
    assert prep.rows_rejected == 1
    frame = pd.read_csv(io.BytesIO(review.rejected_csv(prep)), encoding="utf-8-sig")
    assert frame["isi"].iloc[0].startswith("'=")


@pytest.mark.parametrize("year", ["1900", "2100"])
def test_implausible_dates_are_rejected_not_loaded_silently(conn, tmp_path, year):
    path = tmp_path / "tgl.csv"
    path.write_text(f"kanal,tanggal,isi\nX,{year}-01-05,halo\nX,2024-07-01,baik\n")
    res = ingest.import_file(conn, "feedback", path)
    assert not res.loaded and res.rows_rejected == 1
    assert "rentang wajar" in res.errors[0]["message"] and res.errors[0]["row"] == 2
    res = ingest.import_file(conn, "feedback", path, skip_invalid=True)
    assert res.loaded and res.rows_loaded == 1
    assert (
        conn.execute("SELECT count(*) FROM feedback WHERE year(received_at) = 2024").fetchone()[0]
        == 1
    )


def test_invisible_handles_are_not_stored(conn, tmp_path):
    path = tmp_path / "akun.csv"
    path.write_text(
        "platform,akun,tanggal,tayangan\n"
        "Instagram,\u200b\u200b\u200b\u200b\u200b,2024-07-01,1\n"
        "Instagram,@humas\u202ebanten,2024-07-01,2\n",
        encoding="utf-8",
    )
    res = ingest.import_file(conn, "posts", path)
    assert res.loaded
    got = [r[0] for r in conn.execute("SELECT account FROM posts ORDER BY views").fetchall()]
    assert got == [None, "humasbanten"]


# --- audit ---------------------------------------------------------------------------------------
def test_no_query_updates_or_deletes_the_audit_log():
    for path in (ROOT / "queries").rglob("*.sql"):
        sql = re.sub(r"--.*", "", path.read_text(encoding="utf-8")).lower()
        assert not re.search(r"(update|delete\s+from|truncate)\s+(table\s+)?audit_log\b", sql), path


def test_audit_tampering_is_detected(conn):
    for i in range(5):
        audit.record(conn, "budi", "import", batch_id=i)
    assert audit.verify(conn).intact
    conn.execute("UPDATE audit_log SET username = 'ani' WHERE audit_id = 2")
    report = audit.verify(conn)
    assert report.altered == [2] and not report.intact
    conn.execute("DELETE FROM audit_log WHERE audit_id = 3")
    assert audit.verify(conn).broken_links == [3]
    # deleting the chain row too still leaves the next entry's link pointing at nothing
    conn.execute("DELETE FROM audit_chain WHERE audit_id = 3")
    assert audit.verify(conn).broken_links == [4]
    # even the newest entry: its chain row remembers it
    conn.execute("DELETE FROM audit_log WHERE audit_id = 5")
    assert 5 in audit.verify(conn).broken_links


def test_audit_chain_holds_under_parallel_writers(conn):
    import threading

    def write(i: int) -> None:
        cur = conn.cursor()
        for j in range(10):
            audit.record(cur, None, "signin_failed", n=i * 100 + j)
        cur.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = audit.verify(conn)
    assert report.checked == 60 and report.intact


def test_cli_user_must_be_an_existing_account_and_is_marked_via_cli(
    db_file, users_file, capsys, tmp_path
):
    path = tmp_path / "p.csv"
    path.write_text("platform,post_id,tanggal,tayangan\nInstagram,p1,2024-07-01,1\n")
    code = main(["import", "posts", str(path), "--user", "gubernur", "--json"])
    assert code == 2 and "bukan akun" in capsys.readouterr().err
    auth.create_account("budi", "rahasia-panjang-1", "staf")
    assert main(["import", "posts", str(path), "--user", "budi"]) == 0
    conn = store.connect(db_file)
    try:
        who = conn.execute("SELECT username FROM audit_log WHERE action = 'import'").fetchall()
        batch = conn.execute("SELECT imported_by FROM import_batches").fetchone()[0]
    finally:
        conn.close()
    assert who == [("budi (via CLI)",)] and batch == "budi (via CLI)"
    assert main(["undo", "1", "--user", "siapa"]) == 2


def test_cli_audit_verify(db_file, capsys):
    conn = store.connect(db_file)
    audit.record(conn, "budi", "import")
    conn.close()
    assert main(["audit", "--verify"]) == 0
    assert "utuh" in capsys.readouterr().out
    conn = store.connect(db_file)
    conn.execute("UPDATE audit_log SET action = 'lain'")
    conn.close()
    assert main(["audit", "--verify"]) == 1
