"""Real exports, round two (issue 11): Google Play reviews and complaint logs as feedback (rating,
points, Indonesian dates with time, blank tokens), Indonesian Meta post exports (publish time,
username before display name, platform guessed from links), messages that name the user's column
and the field's label, and the upload page showing kab/kota choices and whole messages."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

from gema import ingest
from gema.cli import main
from gema.core import store

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"


def _feedback(conn) -> list[dict]:
    df = conn.execute(
        "SELECT received_at, channel, kabkota, text, author, status, feedback_id, rating, lat, lon,"
        " extra FROM feedback ORDER BY feedback_key"
    ).df()
    return df.to_dict(orient="records")


def test_google_play_reviews(conn):
    result = ingest.import_file(conn, "feedback", REAL / "google_play_reviews.csv")
    assert result.loaded and result.rows_loaded == 4, result.errors
    prep = result.prepared
    assert prep.detected_format == "Google Play"
    assert prep.mapping["content"] == "text" and prep.mapping["score"] == "rating"
    assert prep.mapping["userName"] == "author" and prep.mapping["at"] == "received_at"
    assert prep.mapping["reviewId"] == "feedback_id"
    rows = _feedback(conn)
    assert [r["rating"] for r in rows] == [3, 5, 1, 4]
    assert rows[0]["channel"] == "Google Play" and rows[0]["received_at"] == datetime(
        2024, 7, 1, 8, 15, 22
    )
    assert "force close terus.\nTolong" in rows[2]["text"]  # multi-line text kept whole


def test_renamed_review_text_and_bad_rating(conn, capsys):
    path = str(REAL / "google_play_renamed.csv")
    code = main(["import", "feedback", path, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["rows_rejected"] == 1
    err = out["errors"][0]
    assert err["row"] == 4 and err["column"] == "rating" and err["value"] == "7"
    assert "Rating (1–5)" in err["message"] and "1 sampai 5" in err["message"]
    code = main(["import", "feedback", path, "--skip-invalid", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["rows_loaded"] == 2
    with store.connect() as c:
        rows = _feedback(c)
    assert rows[0]["text"] == "Antrean online samsat sangat membantu"
    assert rows[0]["received_at"] == datetime(2024, 7, 12, 10, 30)  # '12 Juli 2024 10:30'
    assert [r["rating"] for r in rows] == [5, 2]


def test_complaint_log_points_dates_and_blanks(conn):
    result = ingest.import_file(conn, "feedback", REAL / "complaint_log_112.csv")
    assert result.loaded and result.rows_loaded == 4, result.errors
    assert result.prepared.mapping["Lokasi"] == "point"
    assert result.prepared.mapping["Kab/Kota"] == "kabkota"
    rows = _feedback(conn)
    first = rows[0]
    assert first["received_at"] == datetime(2021, 8, 20, 7, 15)
    assert (first["lat"], first["lon"]) == (-6.3601, 106.2517)  # LatLng(…)
    assert (rows[1]["lat"], rows[1]["lon"]) == (-6.1305, 106.171)  # 'lat,long'
    assert rows[0]["kabkota"] == "3602" and rows[1]["kabkota"] == "3673"
    assert rows[2]["kabkota"] == "3602"  # a numeric id
    # '-' is empty, not a place: the row's kecamatan/desa (Kramatwatu, Serdang) place it
    assert rows[3]["kabkota"] == "3604"
    assert pd.isna(rows[2]["lat"]) and pd.isna(rows[3]["lat"])  # '-' and 'n/a'
    assert rows[3]["status"] == "baru"  # '-' status: empty, the default
    assert result.prepared.mapping["Kecamatan"] == "kecamatan"  # kept with the row
    kec = conn.execute("SELECT kecamatan, desa FROM feedback ORDER BY feedback_key").fetchall()
    assert kec[0] == ("Rangkasbitung", "Muara Ciujung Timur") and kec[2] == (None, None)


def test_blank_tokens_are_empty_for_ids(conn):
    for token in ("-", "—", "n/a", "N/A", "--"):
        assert conn.execute("SELECT gema_id(?)", [token]).fetchone()[0] is None, token
    assert conn.execute("SELECT gema_id('n/a-12')").fetchone()[0] == "n/a-12"


def test_bad_point_names_column_and_label(conn, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Waktu Kejadian,Uraian Kejadian,Koordinat\n20 Agustus 2021 07:15,Banjir,Jl. Raya 1\n",
        encoding="utf-8",
    )
    result = ingest.import_file(conn, "feedback", path, constants={"channel": "112"})
    assert not result.loaded
    msg = result.errors[0]["message"]
    assert "'Koordinat' (Titik lokasi)" in msg and "LatLng(" in msg


def test_indonesian_meta_posts_username_and_platform_guess(conn):
    prep = ingest.prepare(conn, "posts", REAL / "instagram_posts_id.csv")
    assert prep.mapping["Waktu dipublikasikan"] == "published_at"
    assert prep.mapping["Nama pengguna akun"] == "account"  # username, not the display name
    assert "Nama akun" not in prep.mapping
    assert prep.mapping["Tautan permanen"] == "url"
    assert prep.guessed == {"platform": "Instagram"}
    assert prep.constants["platform"] == "Instagram"
    assert any("ditebak dari tautan" in n and "instagram.com" in n for n in prep.notes)
    assert prep.can_load()


def test_platform_not_guessed_from_mixed_links(conn, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "Akun,Waktu dipublikasikan,Link,Tayangan\n"
        "a,2024-07-01,https://www.instagram.com/p/1/,10\n"
        "b,2024-07-02,https://vt.tiktok.com/ZS1/,20\n",
        encoding="utf-8",
    )
    prep = ingest.prepare(conn, "posts", path)
    assert prep.guessed == {} and "platform" not in prep.constants
    assert any("Platform" in p["message"] for p in prep.problems)  # the label, not 'platform'
    path.write_text(
        "Akun,Waktu dipublikasikan,Link,Tayangan\na,2024-07-01,https://youtu.be/abc,10\n"
        "b,2024-07-02,https://www.youtube.com/shorts/xyz,20\n",
        encoding="utf-8",
    )
    assert ingest.prepare(conn, "posts", path).guessed == {"platform": "YouTube"}


def test_upload_page_platform_guess_messages_and_region_choice(app_for):
    at = app_for("pages/unggah.py", role="staf")
    at.session_state["ingest_file"] = {
        "name": "instagram_posts_id.csv",
        "bytes": (REAL / "instagram_posts_id.csv").read_bytes(),
    }
    at.run()
    assert not at.exception, at.exception
    platform = next(t for t in at.text_input if t.label.startswith("Platform"))
    assert platform.value == "Instagram" and "tebakan, periksa" in platform.label
    assert not at.button(key="ingest_load").disabled
    # feedback with an ambiguous kab/kota: the choice shows in the table once made
    at.session_state["ingest_file"] = {
        "name": "lapor.csv",
        "bytes": (EXPORTS / "lapor.csv").read_bytes(),
    }
    at.selectbox(key="ingest_kind").set_value("feedback").run()
    assert not at.exception, at.exception
    texts = [t.value for t in at.text]
    long = [t for t in texts if "belum dapat ditentukan" in t]
    assert long and all("(CLI: --region" in t for t in long)  # whole message, not cut
    assert any("(Kab/Kota)" in t for t in long)  # the field's Indonesian label
    choices = [s for s in at.selectbox if s.label == "Pilihan"]
    lines = [t for t in texts if " baris · " in t]
    index = next(i for i, line in enumerate(lines) if line.startswith("Tangerang ·"))
    choices[index].set_value("3671 · Kota Tangerang").run()
    assert not at.exception, at.exception
    assert any(
        t.value.startswith("Tangerang ·") and "sudah dipilih: Kota Tangerang" in t.value
        for t in at.text
    )


def test_aspirasi_shows_average_rating(conn, app_for, tmp_path):
    today = date.today()
    lines = ["reviewId,userName,content,score,at"] + [
        f"x{i},u{i},Ulasan nomor {i},{1 + i % 5},{(today - timedelta(days=i)).isoformat()} 10:00"
        for i in range(1, 11)
    ]
    path = tmp_path / "reviews.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ingest.import_file(conn, "feedback", path).loaded
    conn.close()
    at = app_for("pages/aspirasi.py", role="pimpinan")
    assert not at.exception, at.exception
    assert "Rating ulasan dan aduan" in [s.value for s in at.subheader]
    table = next(d.value for d in at.dataframe if "Rata-rata" in getattr(d.value, "columns", []))
    assert table["Rata-rata"].tolist() == ["3,0"] and table["Jumlah"].tolist() == ["10"]
