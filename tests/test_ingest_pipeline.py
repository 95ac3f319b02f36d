"""The import pipeline end to end on real export formats (tests/fixtures/exports): mapping,
normalisation, validation, one-transaction loading, duplicates, re-upload refusal and undo."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from gema import ingest
from gema.core import store
from gema.ingest import fields as fields_mod
from gema.ingest.pipeline import IngestError

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"
TABLES = ("posts", "feedback", "accounts", "campaigns", "import_batches", "audit_log")


def counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- real formats --------------------------------------------------------------------------------
def test_youtube_studio_total_row_left_out_and_platform_from_format(conn):
    res = ingest.import_file(
        conn, "posts", EXPORTS / "youtube_studio.csv", constants={"kabkota": "3602"}
    )
    assert res.loaded and res.rows_read == 2 and res.rows_loaded == 2
    got = rows(conn, "SELECT * FROM posts ORDER BY published_at")
    assert [r["post_id"] for r in got] == ["dQw4w9WgXcQ", "a1B2c3D4e5F"]
    assert {r["platform"] for r in got} == {"YouTube"}
    assert got[0]["views"] == 12_400 and got[0]["impressions"] == 90_000
    assert str(got[0]["published_at"]) == "2023-02-19 00:00:00"
    assert {r["kabkota"] for r in got} == {"3602"}
    extra = json.loads(got[0]["extra"])
    assert extra["Duration"] == "312" and extra["Watch time (hours)"] == "160.2"
    batch = ingest.list_batches(conn).iloc[-1]
    assert batch["rows_summary"] == 1 and batch["kind"] == "posts"
    assert json.loads(batch["mapping"])["Video publish time"] == "published_at"


def test_meta_instagram_month_first_dates_ids_numbers_and_multiline_text(conn):
    res = ingest.import_file(conn, "posts", EXPORTS / "meta_instagram.csv")
    assert res.loaded, res.errors
    got = {r["post_id"]: r for r in rows(conn, "SELECT * FROM posts")}
    first = got["17987654321098765_17841400000000001"]
    assert str(first["published_at"]) == "2024-07-15 09:30:00"
    assert first["platform"] == "Instagram" and first["account"] == "diskominfo.banten"
    assert first["views"] == 12_400 and first["likes"] == 1234 and first["saves"] == 12
    assert first["title"] == "Ayo pilah sampah 🌱\n#BantenBersih"
    assert str(got["17987654321098766_17841400000000001"]["published_at"]) == "2024-07-02 16:05:00"
    assert got["17987654321098766_17841400000000001"]["views"] == 3400  # '3.4K'
    assert got["17987654321098767_17841400000000001"]["views"] == 1777  # '1777.0'
    assert first["kabkota"] is None  # province-wide: no kab/kota column
    extra = json.loads(first["extra"])
    assert extra["Post type"] == "IG image" and extra["Account ID"] == "17841400000000001"


def test_x_analytics_posts(conn):
    res = ingest.import_file(conn, "posts", EXPORTS / "x_analytics.csv")
    assert res.loaded
    got = rows(conn, "SELECT * FROM posts ORDER BY post_id")
    assert got[0]["post_id"] == "1857012345678901234" and got[0]["platform"] == "X"
    assert got[0]["impressions"] == 15_210 and got[0]["comments"] == 40
    assert str(got[0]["published_at"]).startswith("2024-11-14")


def test_tweet_harvest_duplicates_location_and_exact_ids(conn):
    res = ingest.import_file(conn, "feedback", EXPORTS / "tweet_harvest.csv")
    assert res.loaded and res.rows_read == 4
    assert res.rows_duplicate == 1 and res.rows_loaded == 3
    got = {r["feedback_id"]: r for r in rows(conn, "SELECT * FROM feedback")}
    assert set(got) == {"1857000000000000001", "1857000000000000002", "1857000000000000003"}
    first = got["1857000000000000001"]
    assert first["channel"] == "X" and first["author"] == "wargacikande"
    assert first["author_location"] == "Serang, Banten"
    assert first["kabkota"] is None  # a profile location is a hint, never the place
    assert str(first["received_at"]) == "2024-11-14 11:23:49"  # +0000 → WIB
    assert first["post_id"] == "1856999999999999999"
    assert json.loads(first["extra"])["retweet_count"] == "2"


def test_duplicates_across_files_are_skipped(conn, tmp_path):
    ingest.import_file(conn, "feedback", EXPORTS / "tweet_harvest.csv")
    header = (EXPORTS / "tweet_harvest.csv").read_text(encoding="utf-8").splitlines()[0]
    more = write(
        tmp_path,
        "tweets2.csv",
        header
        + "\n"
        + "1,Sat Nov 16 01:00:00 +0000 2024,0,lagi,1857000000000000002,,,in,,0,0,0,u,1,budi_s\n"
        + "1,Sat Nov 16 02:00:00 +0000 2024,0,baru,1857000000000000009,,,in,,0,0,0,u,1,ani\n",
    )
    res = ingest.import_file(conn, "feedback", more)
    assert res.loaded and res.rows_duplicate == 1 and res.rows_loaded == 1
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 4


def test_lapor_unresolved_regions_refused_then_resolved(conn):
    before = counts(conn)
    res = ingest.import_file(conn, "feedback", EXPORTS / "lapor.csv")
    assert not res.loaded and res.batch_id is None
    assert res.unresolved_regions == {"Tangerang": 2, "Jakarta Selatan": 1}
    assert counts(conn) == before
    messages = [e for e in res.errors if e["value"] == "Tangerang"]
    assert messages and messages[0]["column"] == "Lokasi" and messages[0]["row"] == 3
    res = ingest.import_file(
        conn,
        "feedback",
        EXPORTS / "lapor.csv",
        regions={"Tangerang": "3671", "Jakarta Selatan": "-"},
    )
    assert res.loaded and res.rows_loaded == 5
    got = {r["feedback_id"]: r for r in rows(conn, "SELECT * FROM feedback")}
    assert got["LAP-2024-0001"]["kabkota"] == "3603"
    assert got["LAP-2024-0002"]["kabkota"] == "3671"
    assert got["LAP-2024-0004"]["kabkota"] is None
    assert (
        got["LAP-2024-0001"]["status"] == "ditindaklanjuti"
        and got["LAP-2024-0003"]["status"] == "selesai"
    )
    assert got["LAP-2024-0001"]["channel"] == "LAPOR!"
    assert got["LAP-2024-0001"]["topic"] == "Infrastruktur"
    assert got["LAP-2024-0001"]["topic_source"] == "uploaded"
    assert str(got["LAP-2024-0002"]["received_at"]) == "2024-07-13 00:00:00"
    batch = ingest.list_batches(conn).iloc[-1]
    assert json.loads(batch["region_choices"]) == {"Tangerang": "3671", "Jakarta Selatan": "-"}


def test_google_forms_and_computed_sentiment(conn):
    res = ingest.import_file(conn, "feedback", EXPORTS / "google_forms.csv")
    assert res.loaded
    got = rows(conn, "SELECT * FROM feedback ORDER BY received_at")
    assert str(got[0]["received_at"]) == "2024-07-01 14:05:00"
    assert [r["kabkota"] for r in got] == ["3672", "3602"]
    assert {r["channel"] for r in got} == {"Survei"}
    # rows that came without a sentiment are labelled by gema.sentiment in the same load
    assert all(r["sentiment_source"] == "computed" for r in got)


def test_accounts_and_campaigns(conn):
    assert ingest.import_file(conn, "accounts", EXPORTS / "accounts.csv").loaded
    acc = {r["handle"]: r for r in rows(conn, "SELECT * FROM accounts")}
    assert set(acc) == {"diskominfo.banten", "kreator.lebak", "bantentv"}
    assert acc["kreator.lebak"]["platform"] == "TikTok" and acc["kreator.lebak"]["is_icn"]
    assert acc["kreator.lebak"]["followers"] == 1200 and acc["bantentv"]["followers"] == 2_000_000
    assert acc["diskominfo.banten"]["kabkota"] == "3673" and acc["bantentv"]["kabkota"] is None
    assert ingest.import_file(conn, "campaigns", EXPORTS / "campaigns.csv").loaded
    camp = {r["name"]: r for r in rows(conn, "SELECT * FROM campaigns")}
    assert list(camp["Banten Bebas Sampah"]["target_kabkota"]) == ["3673", "3604"]
    assert camp["Banten Bebas Sampah"]["budget"] == 250_000_000
    assert camp["Vaksinasi Lengkap"]["budget"] == 1_500_000_000  # '1,5 M' = miliar
    assert str(camp["Vaksinasi Lengkap"]["start_date"]) == "2024-08-15"


def test_xlsx_tiktok_export(conn, tmp_path):
    import xlsxwriter

    path = tmp_path / "tiktok.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Content")
    header = [
        "Video title",
        "Video link",
        "Post time",
        "Total likes",
        "Total comments",
        "Total shares",
        "Total views",
    ]
    sheet.write_row(0, 0, header)
    sheet.write_row(
        1,
        0,
        [
            "Kuliner Pandeglang",
            "https://www.tiktok.com/@a/video/7390000000000000001",
            "2024-07-03 10:00",
            1200,
            34,
            5,
            45000,
        ],
    )
    sheet.write_row(
        2,
        0,
        [
            "Wisata Lebak",
            "https://www.tiktok.com/@a/video/7390000000000000002",
            "2024-07-04 11:00",
            800,
            12,
            2,
            30100,
        ],
    )
    book.close()
    res = ingest.import_file(conn, "posts", path, constants={"kabkota": "Pandeglang"})
    assert res.loaded, res.errors
    got = rows(conn, "SELECT * FROM posts ORDER BY views")
    assert [r["views"] for r in got] == [30_100, 45_000]
    assert {r["platform"] for r in got} == {"TikTok"} and {r["kabkota"] for r in got} == {"3601"}


def test_platform_names_and_handles_are_canonical(conn, tmp_path):
    text = "platform,akun,tanggal,tayangan\n" + "\n".join(
        f"{p},@Akun.{i},2024-07-0{i % 9 + 1},{i}"
        for i, p in enumerate(
            ["instagram", "IG", "ig", "tiktok", "youtube", "yt", "twitter", "x", "fb", "Facebook"]
        )
    )
    res = ingest.import_file(conn, "posts", write(tmp_path, "p.csv", text))
    assert res.loaded
    got = [r["platform"] for r in rows(conn, "SELECT platform FROM posts ORDER BY views")]
    assert got == ["Instagram"] * 3 + ["TikTok"] + ["YouTube"] * 2 + ["X"] * 2 + ["Facebook"] * 2
    assert rows(conn, "SELECT account FROM posts ORDER BY views")[0]["account"] == "akun.0"


# --- validation, atomicity, skip-invalid ---------------------------------------------------------
BAD_POSTS = (
    "platform,tanggal,tayangan,suka\n"
    "Instagram,01/07/2024,1.234,10\n"
    "Instagram,02/07/2024,banyak,11\n"
    "Instagram,bukan tanggal,99,12\n"
    "Instagram,13/07/2024,-5,13\n"
)


def test_one_bad_row_leaves_the_database_unchanged(conn, tmp_path):
    ingest.import_file(conn, "posts", EXPORTS / "youtube_studio.csv")
    before = counts(conn)
    res = ingest.import_file(conn, "posts", write(tmp_path, "bad.csv", BAD_POSTS))
    assert not res.loaded and res.batch_id is None and res.refusal
    assert counts(conn) == before
    assert res.rows_read == 4 and res.rows_rejected == 3
    by_row = {e["row"]: e for e in res.errors}
    assert by_row[3]["column"] == "tayangan" and by_row[3]["value"] == "banyak"
    assert "Baris 3" in by_row[3]["message"] and "bukan angka" in by_row[3]["message"]
    assert by_row[4]["column"] == "tanggal" and "bukan tanggal" in by_row[4]["message"]
    assert "negatif" in by_row[5]["message"]


def test_failure_during_load_rolls_everything_back(conn, monkeypatch):
    """A load hook that fails after inserting: the batch row and the data rows disappear."""
    before = counts(conn)

    def failing(ctx):
        store.execute(ctx.conn, "ingest/load_posts", batch_id=ctx.batch_id)
        raise RuntimeError("disk full")

    spec = fields_mod.KindSpec(**{**fields_mod.POSTS.__dict__, "load": failing})
    monkeypatch.setitem(fields_mod._KINDS, "posts", spec)
    with pytest.raises(RuntimeError):
        ingest.import_file(conn, "posts", EXPORTS / "youtube_studio.csv")
    assert counts(conn) == before


def test_skip_invalid_loads_valid_rows_and_records_the_choice(conn, tmp_path):
    path = write(tmp_path, "bad.csv", BAD_POSTS)
    prep = ingest.prepare(conn, "posts", path)
    assert prep.rows_rejected == 3 and len(prep.rejected_rows) == 3
    assert "tayangan" in prep.rejected_rows.iloc[0]["Masalah"]
    assert counts(conn)["import_batches"] == 0  # prepare writes nothing
    res = ingest.import_file(conn, "posts", path, skip_invalid=True)
    assert res.loaded and res.rows_loaded == 1 and res.rows_rejected == 3
    assert [e["row"] for e in res.errors] == [3, 4, 5]
    batch = ingest.list_batches(conn).iloc[-1]
    assert bool(batch["skip_invalid"]) and batch["rows_rejected"] == 3 and batch["rows_loaded"] == 1


def test_required_field_unmapped_then_mapped_explicitly(conn, tmp_path):
    path = write(tmp_path, "odd.csv", "Saluran,Kapan,Isi pesan\nWhatsApp,13/07/2024,Lampu mati\n")
    res = ingest.import_file(conn, "feedback", path)
    assert not res.loaded
    assert any("received_at" in e["message"] for e in res.errors)
    # the field's Indonesian label first, the canonical name only in the CLI hint (issue 11)
    assert any("wajib Isi aspirasi" in e["message"] for e in res.errors)
    assert any('"KOLOM=text"' in e["message"] for e in res.errors)
    res = ingest.import_file(
        conn, "feedback", path, mapping={"Kapan": "received_at", "Isi pesan": "text"},
        constants={"kabkota": "Kota Cilegon"}, save_preset_as="wa-grup",
    )  # fmt: skip
    assert res.loaded
    got = rows(conn, "SELECT * FROM feedback")[0]
    assert got["channel"] == "WhatsApp" and got["kabkota"] == "3672" and got["text"] == "Lampu mati"
    preset = ingest.load_preset(conn, "wa-grup")
    assert (
        preset.mapping["Kapan"] == "received_at" and preset.constants["kabkota"] == "Kota Cilegon"
    )
    path2 = write(tmp_path, "odd2.csv", "Saluran,Kapan,Isi pesan\nWA,14/07/2024,Air keruh\n")
    assert ingest.import_file(conn, "feedback", path2, preset="wa-grup").loaded


def test_usage_errors(conn, tmp_path):
    path = EXPORTS / "youtube_studio.csv"
    with pytest.raises(IngestError, match="tidak dikenal"):
        ingest.import_file(conn, "nope", path)
    with pytest.raises(IngestError, match="Kolom 'Nope'"):
        ingest.import_file(conn, "posts", path, mapping={"Nope": "views"})
    with pytest.raises(IngestError, match="salah_field"):
        ingest.import_file(conn, "posts", path, mapping={"Views": "salah_field"})
    with pytest.raises(IngestError, match="sentiment"):
        ingest.import_file(
            conn, "feedback", EXPORTS / "lapor.csv", constants={"sentiment": "marah?"}
        )
    with pytest.raises(IngestError, match="3699"):
        ingest.import_file(conn, "feedback", EXPORTS / "lapor.csv", regions={"Tangerang": "3699"})
    with pytest.raises(IngestError, match="Preset"):
        ingest.import_file(conn, "posts", path, preset="tidak-ada")
    assert counts(conn)["import_batches"] == 0


def test_ambiguous_date_order_is_asked_not_guessed(conn, tmp_path):
    """13/07 proves day-first, 07/15 proves month-first: the column is reported, not guessed."""
    path = write(
        tmp_path,
        "amb.csv",
        "platform,tanggal,tayangan\nIG,13/07/2024,1\nIG,07/15/2024,2\nIG,01/02/2024,3\n",
    )
    res = ingest.import_file(conn, "posts", path)
    assert not res.loaded and counts(conn)["posts"] == 0
    assert res.errors[0]["column"] == "tanggal" and "ambigu" in res.errors[0]["message"]
    assert "13/07/2024" in res.errors[0]["message"] and "07/15/2024" in res.errors[0]["message"]
    res = ingest.import_file(conn, "posts", path, dayfirst=True, skip_invalid=True)
    assert res.loaded and res.rows_loaded == 2 and [e["row"] for e in res.errors] == [3]
    got = [str(r["published_at"]) for r in rows(conn, "SELECT published_at FROM posts ORDER BY 1")]
    assert got == ["2024-02-01 00:00:00", "2024-07-13 00:00:00"]


# --- re-upload, undo -----------------------------------------------------------------------------
def test_same_file_again_is_refused_naming_when(conn):
    first = ingest.import_file(conn, "posts", EXPORTS / "youtube_studio.csv")
    before = counts(conn)
    again = ingest.import_file(
        conn, "posts", EXPORTS / "youtube_studio.csv", file_name="salinan.csv"
    )
    assert not again.loaded and counts(conn) == before
    msg = again.errors[0]["message"]
    assert "sudah pernah dimuat" in msg and f"batch {first.batch_id}" in msg
    assert any(
        month in msg
        for month in (
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        )
    )


def test_undo_removes_rows_everywhere_and_allows_reupload(conn):
    res = ingest.import_file(conn, "feedback", EXPORTS / "tweet_harvest.csv", user="staf1")
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 3
    deleted = ingest.undo_batch(conn, res.batch_id, "admin1")
    assert deleted == {"feedback": 3}
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
    batch = ingest.list_batches(conn).iloc[-1]
    assert (
        batch["status"] == "undone"
        and batch["undone_by"] == "admin1"
        and batch["undone_at"] is not None
    )
    actions = [r["action"] for r in rows(conn, "SELECT action FROM audit_log ORDER BY audit_id")]
    assert actions == ["import", "undo"]
    with pytest.raises(IngestError, match="sudah dibatalkan"):
        ingest.undo_batch(conn, res.batch_id, "admin1")
    with pytest.raises(IngestError, match="tidak ada"):
        ingest.undo_batch(conn, 999, "admin1")
    assert ingest.import_file(conn, "feedback", EXPORTS / "tweet_harvest.csv").loaded


def test_undo_also_removes_label_corrections_of_its_feedback_rows(conn):
    """A correction on an undone row would otherwise linger (and come back, via
    feedback_effective, if a new row ever reused the key); corrections on other rows stay."""
    from gema.aspirasi import corrections

    keep = ingest.import_file(conn, "feedback", EXPORTS / "lapor.csv",
                              regions={"Tangerang": "3671", "Jakarta Selatan": "-"})  # fmt: skip
    res = ingest.import_file(conn, "feedback", EXPORTS / "tweet_harvest.csv", user="staf1")
    assert keep.loaded and res.loaded
    keys = [
        r["feedback_key"]
        for r in rows(
            conn, f"SELECT feedback_key FROM feedback WHERE batch_id = {res.batch_id} ORDER BY 1"
        )
    ]
    other = rows(conn, f"SELECT feedback_key FROM feedback WHERE batch_id = {keep.batch_id}")

    def flip(key: int, field: str, values: tuple[str, ...]) -> None:
        now = rows(conn, f"SELECT {field} AS v FROM feedback WHERE feedback_key = {key}")[0]["v"]
        assert corrections.correct_label(
            conn, key, field, next(v for v in values if v != now), "s1"
        )

    flip(keys[0], "sentiment", corrections.SENTIMENTS)
    flip(keys[0], "topic", ("Lainnya", "Infrastruktur"))
    flip(keys[1], "sentiment", corrections.SENTIMENTS)
    flip(other[0]["feedback_key"], "status", corrections.STATUSES)
    assert conn.execute("SELECT count(*) FROM label_corrections").fetchone()[0] == 4

    deleted = ingest.undo_batch(conn, res.batch_id, "admin1")

    assert deleted == {"feedback": 3, "label_corrections": 3}
    left = rows(conn, "SELECT feedback_key, field FROM label_corrections")
    assert left == [{"feedback_key": other[0]["feedback_key"], "field": "status"}]
    undo = rows(conn, "SELECT detail FROM audit_log WHERE action = 'undo'")
    assert json.loads(undo[0]["detail"])["deleted"] == {"feedback": 3, "label_corrections": 3}


def test_dry_run_writes_nothing(conn):
    res = ingest.import_file(conn, "posts", EXPORTS / "youtube_studio.csv", dry_run=True)
    assert res.dry_run and not res.loaded and res.rows_loaded == 2 and res.batch_id is None
    assert counts(conn)["posts"] == 0 and counts(conn)["import_batches"] == 0


def test_result_json_contract_keys(conn):
    res = ingest.import_file(conn, "posts", EXPORTS / "youtube_studio.csv")
    assert list(res.to_json()) == [
        "batch_id", "kind", "rows_read", "rows_loaded", "rows_rejected", "rows_duplicate",
        "errors", "unmapped_columns", "unresolved_regions",
    ]  # fmt: skip
    assert res.to_json()["unmapped_columns"] == [
        "Duration", "Watch time (hours)", "Subscribers", "Impressions click-through rate (%)",
    ]  # fmt: skip


def test_templates_map_themselves(conn, tmp_path):
    for kind in ("posts", "feedback", "accounts", "campaigns"):
        csv_bytes = ingest.template_csv(kind)
        assert ingest.template_xlsx(kind)[:2] == b"PK"
        path = tmp_path / f"{kind}.csv"
        path.write_bytes(csv_bytes)
        prep = ingest.prepare(conn, kind, path)
        assert prep.unmapped_columns == [], (kind, prep.unmapped_columns)
        assert not prep.problems, (kind, prep.problems)
        assert prep.rows_rejected == 0, (kind, prep.errors)


def test_strptime_fast_path_means_the_same_as_gema_ts(conn, tmp_path):
    """The plain layouts read by try_strptime give exactly what gema_ts gives (WIB for UTC)."""
    from gema.ingest import pipeline

    cases = {
        True: ["13/07/2024", "01/07/2024 14.05", "01/07/2024 14.05.30", "2024-07-01 09:30:00"],
        False: ["07/15/2024 09:30", "12/31/2024"],
        None: ["Feb 19, 2023", "Thu, Nov 14, 2024", "Mon Feb 03 2025", "2024-07-01T10:00:00Z",
               "Thu Nov 14 04:23:49 +0000 2024"],
    }  # fmt: skip
    formats = [(f, False) for f in pipeline._ISO_FORMATS + pipeline._DMY_FORMATS]
    formats += [(f, False) for f in pipeline._MDY_FORMATS] + [
        (f, True) for f in pipeline._UTC_FORMATS
    ]
    for dayfirst, values in cases.items():
        for v in values:
            hits = [(fmt, utc) for fmt, utc in formats if pipeline._strptime_ok(conn, v, fmt)]
            assert hits, v
            for fmt, utc in hits:
                if (fmt in pipeline._DMY_FORMATS and dayfirst is False) or (
                    fmt in pipeline._MDY_FORMATS and dayfirst is True
                ):
                    continue
                fast, slow = conn.execute(
                    "SELECT try_strptime($v, $f) + CASE WHEN $u THEN INTERVAL 7 HOUR "
                    "ELSE INTERVAL 0 HOUR END, gema_ts($v, $d)",
                    {"v": v, "f": fmt, "u": utc, "d": dayfirst},
                ).fetchone()
                assert fast == slow, (v, fmt, fast, slow)
    # a column with one value outside the plain layouts takes the general parser as a whole
    path = write(
        tmp_path, "mix.csv", "platform,tanggal,tayangan\nIG,13/07/2024,1\nIG,1 Juli 2024,2\n"
    )
    prep = ingest.prepare(conn, "posts", path)
    assert prep.date_formats == {} and prep.rows_rejected == 0
    assert ingest.import_file(conn, "posts", path).loaded
    got = [str(r["published_at"]) for r in rows(conn, "SELECT published_at FROM posts ORDER BY 1")]
    assert got == ["2024-07-01 00:00:00", "2024-07-13 00:00:00"]


def test_windows_1252_semicolon_decimal_commas_and_utf16_exports(conn, tmp_path):
    """Hand-made sheets saved by Excel: Windows-1252 with ';' and decimal commas, and UTF-16
    'Unicode text' (tab-separated): same rows, same values."""
    text = (
        "Platform;Akun;Tanggal;Kab/Kota;Tayangan;Suka;Biaya (Rp);Catatan\r\n"
        "Instagram;@dinsos.banten;13/07/2024;Kab. Pandeglang;1.234;56;1.500.000,50;café – promo\r\n"
        "TikTok;@icn.lebak;14/07/2024;Lebak;2,5 rb;7;750.000;naïve\r\n"
    )
    cp = write(tmp_path, "manual.csv", text, encoding="cp1252")
    res = ingest.import_file(conn, "posts", cp)
    assert res.loaded, res.errors
    got = rows(conn, "SELECT * FROM posts ORDER BY published_at")
    assert [r["views"] for r in got] == [1234, 2500]
    assert [r["cost"] for r in got] == [1_500_001, 750_000]  # rounded to whole rupiah
    assert [r["kabkota"] for r in got] == ["3601", "3602"]
    assert json.loads(got[0]["extra"])["Catatan"] == "café – promo"
    utf16 = write(
        tmp_path, "unicode.txt", text.replace(";", "\t").replace("@", "@x"), encoding="utf-16"
    )
    res = ingest.import_file(conn, "posts", utf16)
    assert res.loaded and res.rows_loaded == 2, res.errors
    got = rows(conn, "SELECT account, views FROM posts WHERE batch_id = 2 ORDER BY views")
    assert got == [
        {"account": "xdinsos.banten", "views": 1234},
        {"account": "xicn.lebak", "views": 2500},
    ]


def test_meta_facebook_blank_title_yields_to_description_and_tiktok_k_suffixes(conn):
    assert ingest.import_file(conn, "posts", EXPORTS / "meta_facebook.csv").loaded
    fb = rows(conn, "SELECT * FROM posts ORDER BY published_at")
    assert {r["platform"] for r in fb} == {"Facebook"}
    assert fb[0]["title"] == "Ayo ke Posyandu!\n#BantenSehat"  # 'Title' is empty in the export
    assert fb[0]["likes"] == 1234 and fb[0]["views"] == 12_400
    assert fb[0]["post_id"] == "123456789012345_987654321098765"
    assert str(fb[0]["published_at"]) == "2024-07-15 09:30:00"
    assert json.loads(fb[0]["extra"])["Title"] is None  # kept, even empty
    assert ingest.import_file(conn, "posts", EXPORTS / "tiktok_studio.csv").loaded
    tt = rows(conn, "SELECT * FROM posts WHERE platform = 'TikTok' ORDER BY published_at")
    assert [(r["likes"], r["views"]) for r in tt] == [(1200, 15_300), (980, 9_800)]
    assert tt[0]["url"].endswith("/video/7391234567890123456")
