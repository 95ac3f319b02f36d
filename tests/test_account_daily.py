"""Kind account_daily (issue 11): TikTok Studio Overview (dates without a year, XLSX numbers as
text), YouTube Studio and Meta daily exports, through the pipeline, the CLI, the upload page and
the Jangkauan trend; duplicates and undo."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from gema import ingest
from gema.cli import main
from gema.core import store
from gema.ingest.account_daily import year_from_name

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


def _rows(conn) -> list[tuple]:
    return conn.execute(
        "SELECT date, platform, account, views, profile_views, likes, followers_gained, reach "
        "FROM account_daily ORDER BY platform, date"
    ).fetchall()


def test_overview_without_year_is_refused_with_tahun(conn):
    result = ingest.import_file(
        conn, "account_daily", REAL / "tiktok_overview.csv", constants={"account": "bantenprov"}
    )
    assert not result.loaded and result.rows_rejected == 4
    assert all("tahun" in e["message"] and "--set year=" in e["message"] for e in result.errors)
    assert result.errors[0]["column"] == "Date"
    assert "Tanggal" in result.errors[0]["message"]  # the field's Indonesian label
    assert conn.execute("SELECT count(*) FROM account_daily").fetchone()[0] == 0


def test_overview_with_year_loads_and_reimport_is_duplicate(conn):
    kw = {"constants": {"account": "@BantenProv", "year": "2024"}}
    result = ingest.import_file(conn, "account_daily", REAL / "tiktok_overview.csv", **kw)
    assert result.loaded and result.rows_loaded == 4
    rows = _rows(conn)
    assert rows[0][:6] == (date(2024, 4, 12), "TikTok", "bantenprov", 1204, 87, 310)
    assert rows[-1][0] == date(2024, 4, 15)
    # the XLSX export of the same days: numbers stored as text, every day already stored
    again = ingest.import_file(conn, "account_daily", REAL / "tiktok_overview_2024.xlsx", **kw)
    assert again.loaded and again.rows_loaded == 0 and again.rows_duplicate == 3


def test_xlsx_numbers_as_text(conn):
    result = ingest.import_file(
        conn,
        "account_daily",
        REAL / "tiktok_overview_2024.xlsx",
        constants={"account": "kreator.lebak", "year": "2024"},
    )
    assert result.loaded and result.rows_loaded == 3, result.errors
    assert _rows(conn)[1][3] == 2050


def test_year_is_checked_and_not_taken_from_the_name(conn):
    with pytest.raises(ingest.IngestError):
        ingest.import_file(
            conn,
            "account_daily",
            REAL / "tiktok_overview.csv",
            constants={"account": "a", "year": "24x"},
        )
    assert year_from_name("tiktok_overview_2024.xlsx") == 2024
    assert year_from_name("overview_2023_2024.csv") is None  # two years: no offer
    assert year_from_name("overview.csv") is None
    # a year in the file name is never applied: still refused
    result = ingest.import_file(
        conn, "account_daily", REAL / "tiktok_overview_2024.xlsx", constants={"account": "a"}
    )
    assert not result.loaded and "tahun" in result.errors[0]["message"]


def test_youtube_and_meta_daily(conn):
    yt = ingest.import_file(
        conn, "account_daily", REAL / "youtube_daily.csv", constants={"account": "bantenprov"}
    )
    assert yt.loaded and yt.rows_loaded == 3 and yt.rows_summary == 1  # 'Total' left out
    ig = ingest.import_file(
        conn,
        "account_daily",
        REAL / "meta_instagram_daily.csv",
        constants={"account": "bantenprov"},
    )
    assert ig.loaded and ig.rows_loaded == 3
    rows = {(r[1], r[0]): r for r in _rows(conn)}
    assert rows[("YouTube", date(2024, 7, 2))][6] == -2  # net subscribers may fall
    assert rows[("Instagram", date(2024, 7, 1))][7] == 1200
    assert rows[("Instagram", date(2024, 7, 3))][6] is None  # '—' is empty, not 0
    undone = ingest.undo_batch(conn, ig.batch_id, "uji")
    assert undone == {"account_daily": 3}
    assert conn.execute("SELECT count(*) FROM account_daily").fetchone()[0] == 3


def test_cli_json_and_year_hint(db_file, capsys, tmp_path):
    named = tmp_path / "tiktok_overview_2024.csv"
    named.write_bytes((REAL / "tiktok_overview.csv").read_bytes())
    code = main(["import", "account_daily", str(named), "--set", "account=bantenprov", "--json"])
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert code == 1 and out["rows_loaded"] == 0 and "tahun" in out["errors"][0]["message"]
    assert "--set year=2024" in captured.err  # offered, not applied
    code = main(
        ["import", "account_daily", str(named), "--set", "account=bantenprov"]
        + ["--set", "year=2024", "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["rows_loaded"] == 4 and out["kind"] == "account_daily"


def test_upload_page_year_field_offers_the_name_year(app_for, db_file):
    at = app_for("pages/unggah.py", role="staf")
    at.selectbox(key="ingest_kind").set_value("account_daily").run()
    at.session_state["ingest_file"] = {
        "name": "tiktok_overview_2024.xlsx",
        "bytes": (REAL / "tiktok_overview_2024.xlsx").read_bytes(),
    }
    at.run()
    assert not at.exception, at.exception
    inputs = {t.label: t for t in at.text_input}
    year = next(t for label, t in inputs.items() if label.startswith("Tahun"))
    assert year.value == "" and year.placeholder == "2024"  # offered, not filled in
    account = next(t for label, t in inputs.items() if label.startswith("Akun"))
    account.set_value("bantenprov").run()
    assert at.button(key="ingest_load").disabled
    assert any("tidak memuat tahun" in t.value for t in at.text)  # whole message, as text
    use = next(b for b in at.button if b.label.startswith("Pakai tahun 2024"))
    use.click().run()
    assert not at.exception, at.exception
    assert not at.button(key="ingest_load").disabled
    at.button(key="ingest_load").click().run()
    assert not at.exception, at.exception
    conn = store.connect(db_file)
    try:
        assert conn.execute("SELECT min(date) FROM account_daily").fetchone()[0] == date(
            2024, 4, 12
        )
    finally:
        conn.close()


def test_jangkauan_shows_daily_account_trend(conn, app_for, tmp_path):
    today = date.today()
    lines = ["Date,Views,Subscribers"] + [
        f"{(today - timedelta(days=i)).isoformat()},{100 + i},{i % 3}" for i in range(1, 8)
    ]
    path = tmp_path / "yt_daily.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest.import_file(
        conn, "account_daily", path, constants={"account": "bantenprov", "platform": "YouTube"}
    )
    assert result.loaded, result.errors
    conn.close()
    at = app_for("pages/jangkauan.py", role="pimpinan")
    assert not at.exception, at.exception
    assert "Tren harian akun" in [s.value for s in at.subheader]
    assert any("1 akun · 7 hari" in c.value for c in at.caption)


def test_undo_of_the_first_export_keeps_the_days_a_later_export_also_delivered(conn):
    """TikTok CSV then the XLSX of the same days: undoing the CSV keeps the 3 days the XLSX also
    brought (issue 16's undo ownership, for this kind too); only the CSV-only day goes."""
    kw = {"constants": {"account": "@BantenProv", "year": "2024"}}
    first = ingest.import_file(conn, "account_daily", REAL / "tiktok_overview.csv", **kw)
    later = ingest.import_file(conn, "account_daily", REAL / "tiktok_overview_2024.xlsx", **kw)
    assert later.rows_duplicate == 3
    result = ingest.undo(conn, first.batch_id, "admin")
    assert result.kept == {"account_daily": 3} and result.deleted == {"account_daily": 1}
    assert ingest.rows_in_batch(conn, later.batch_id) == {"account_daily": 3}
    assert len(_rows(conn)) == 3
