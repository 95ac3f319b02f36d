"""Complaint and incident logs that name only the kecamatan and/or desa (issue 11): the
kecamatan/desa reference (data/reference/kecamatan.csv, desa.csv) places a row in its kab/kota,
a name in several kab/kota is asked, never guessed, and never overrides the row's kab/kota."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from gema import ingest
from gema.cli import main
from gema.core import regions, store

ONLY_KECAMATAN = """No Kejadian,Waktu Kejadian,Kategori,Uraian Kejadian,Kecamatan
112-2021-0901,20 Agustus 2021 07:15,Banjir,Air masuk rumah warga,Kec. Kramatwatu
112-2021-0902,20 Agustus 2021 08:40,Kebakaran,Kebakaran lahan,KECAMATAN  cipocok jaya
112-2021-0903,21 Agustus 2021 22:05,Pohon tumbang,Pohon menutup jalan,Rangkasbitung
112-2021-0904,22 Agustus 2021 13:30,Kecelakaan,Tabrakan motor,-
"""

DESA_AND_KECAMATAN = """Nomor Laporan;Tanggal Laporan;Isi Laporan;Kel/Desa;Nama Kecamatan
LAP-01;01/07/2024;Jalan rusak di depan sekolah;Banjarsari;Cipocok Jaya
LAP-02;02/07/2024;Lampu jalan mati;Serdang;Kramatwatu
LAP-03;03/07/2024;Sampah menumpuk;Muara Ciujung Timur;
LAP-04;04/07/2024;Air PDAM keruh;Sukamaju (Kec. Labuan);
"""

NUMERIC_IDS = """ID Laporan,Waktu Lapor,Uraian,ID Kecamatan,ID Desa
A1,12/07/2024 10:30,Banjir rob,360101,
A2,12/07/2024 11:30,Jembatan putus,36.02.14,
A3,12/07/2024 12:30,Longsor,,3601012001
A4,12/07/2024 13:30,Pohon tumbang,,36.73.05.1005
A5,12/07/2024 14:30,Kabel putus,3601010,
"""

AMBIGUOUS_CURUG = """No Kejadian,Waktu Kejadian,Uraian Kejadian,Kecamatan
112-1,20 Agustus 2021 07:15,Banjir,Curug
112-2,20 Agustus 2021 08:15,Kebakaran,Curug
112-3,20 Agustus 2021 09:15,Kecelakaan,Kramatwatu
"""

CONFLICT = """No Kejadian,Waktu Kejadian,Uraian Kejadian,Kab/Kota,Kecamatan
112-1,20 Agustus 2021 07:15,Banjir,Kab. Lebak,Rangkasbitung
112-2,20 Agustus 2021 08:15,Kebakaran,Kota Cilegon,Kramatwatu
112-3,20 Agustus 2021 09:15,Longsor,Kab. Tangerang,Curug
"""


def _write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _rows(conn) -> list[dict]:
    return (
        conn.execute("SELECT feedback_id, kabkota, kecamatan, desa FROM feedback ORDER BY 1")
        .df()
        .to_dict(orient="records")
    )


# --- the reference -------------------------------------------------------------------------


def test_kecamatan_names_and_codes():
    assert regions.match_kecamatan("Kec. Kramatwatu").kabkota == ("3604",)
    assert regions.match_kecamatan("KECAMATAN  cipocok   jaya").kabkota == ("3673",)
    assert regions.match_kecamatan("360101").codes == ("360101",)
    assert regions.match_kecamatan("36.01.01").kabkota == ("3601",)
    assert regions.match_kecamatan("360101.0").kabkota == ("3601",)  # a spreadsheet number
    # BPS's 7-digit form numbers kecamatan differently; no table for it: unknown, not guessed
    assert regions.match_kecamatan("3601010").status == "unknown"
    assert regions.match_kecamatan("369901").status == "unknown"
    assert regions.match_kecamatan("—").status == "empty"
    for name, kabs in (
        ("Sobang", ("3601", "3602")),
        ("Cibeber", ("3602", "3672")),
        ("Curug", ("3603", "3673")),
    ):
        m = regions.match_kecamatan(name)
        assert m.status == "ambiguous" and m.kabkota == kabs and m.kode is None, name


def test_desa_unique_qualified_or_ambiguous():
    assert regions.match_desa("Muara Ciujung Timur").kabkota == ("3602",)
    assert regions.match_desa("3601012001").codes == ("3601012001",)
    assert regions.match_desa("36.01.01.2001").kabkota == ("3601",)
    assert regions.match_desa("3601012001.0").kabkota == ("3601",)
    assert regions.match_desa("Banjarsari").status == "ambiguous"  # in four kab/kota
    assert regions.match_desa("Banjarsari", "Cipocok Jaya").kabkota == ("3673",)
    assert regions.match_desa("Sukamaju (Kec. Labuan)").status == "ok"
    assert regions.match_desa("Sukamaju, Labuan").kabkota == ("3601",)
    assert regions.match_desa("Sukamaju").status == "ambiguous"
    # Sobang (a kecamatan in two kab/kota) holds one Sukamaju: together they are one place
    assert regions.match_desa("Sukamaju", "Sobang").kabkota == ("3602",)
    assert regions.match_desa("Sukamaju", "Kramatwatu").status == "unknown"  # not there


def test_row_area_never_overrides_and_never_guesses():
    assert regions.resolve_area(None, "Kramatwatu", None).kode == "3604"
    assert regions.resolve_area("3604", "Kramatwatu", None).status == "ok"
    conflict = regions.resolve_area("3672", "Kramatwatu", None)
    assert conflict.status == "conflict" and conflict.kode is None
    assert regions.resolve_area("3603", "Curug", None).kode == "3603"  # the row's kab/kota decides
    assert regions.resolve_area(None, "Curug", None).status == "ambiguous"
    assert regions.resolve_area(None, "Curug", None, {"Curug": "3673"}).kode == "3673"
    assert regions.resolve_area(None, "Curug", None, {"Curug": "-"}).kode is None
    assert regions.resolve_area(None, "Tidak Ada", None).status == "none"
    # kab/kota level is unchanged: 'Tangerang' alone stays ambiguous
    assert regions.match("Tangerang").status == "ambiguous"


# --- import ---------------------------------------------------------------------------------


def test_log_with_only_kecamatan(conn, tmp_path):
    path = _write(tmp_path, "log112.csv", ONLY_KECAMATAN)
    result = ingest.import_file(conn, "feedback", path)
    assert result.loaded and result.rows_loaded == 4, result.errors
    assert result.prepared.mapping["Kecamatan"] == "kecamatan"
    rows = _rows(conn)
    assert [r["kabkota"] for r in rows[:3]] == ["3604", "3673", "3602"]
    assert pd.isna(rows[3]["kabkota"]) and pd.isna(rows[3]["kecamatan"])  # '-' is empty
    assert rows[0]["kecamatan"] == "Kec. Kramatwatu"  # kept as written


def test_log_with_desa_and_kecamatan(conn, tmp_path):
    path = _write(tmp_path, "lapor.csv", DESA_AND_KECAMATAN)
    result = ingest.import_file(conn, "feedback", path, constants={"channel": "LAPOR!"})
    assert result.loaded and result.rows_loaded == 4, result.errors
    mapping = result.prepared.mapping
    assert mapping["Kel/Desa"] == "desa" and mapping["Nama Kecamatan"] == "kecamatan"
    rows = _rows(conn)
    # Banjarsari is in four kab/kota: its kecamatan decides; Muara Ciujung Timur is unique
    assert [r["kabkota"] for r in rows] == ["3673", "3604", "3602", "3601"]
    assert rows[0]["desa"] == "Banjarsari" and rows[0]["kecamatan"] == "Cipocok Jaya"


def test_numeric_ids(conn, tmp_path):
    path = _write(tmp_path, "ids.csv", NUMERIC_IDS)
    result = ingest.import_file(conn, "feedback", path, constants={"channel": "112"})
    assert result.loaded and result.rows_loaded == 5, result.errors
    mapping = result.prepared.mapping
    assert mapping["ID Kecamatan"] == "kecamatan" and mapping["ID Desa"] == "desa"
    kab = [r["kabkota"] for r in _rows(conn)]
    assert kab[:4] == ["3601", "3602", "3601", "3673"]
    assert pd.isna(kab[4])  # a BPS-style 7-digit code is not converted by guesswork


def test_ambiguous_kecamatan_is_asked_not_guessed(conn, tmp_path):
    path = _write(tmp_path, "curug.csv", AMBIGUOUS_CURUG)
    result = ingest.import_file(conn, "feedback", path)
    assert not result.loaded
    assert result.unresolved_regions == {"Curug": 2}
    assert "1 nilai kab/kota belum ditentukan" in result.refusal
    first = result.errors[0]
    assert first["row"] == 2 and first["column"] == "Kecamatan" and first["value"] == "Curug"
    assert "'Kecamatan' (Kecamatan)" in first["message"] and "Curug" in first["message"]
    assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
    # skipping leaves Curug out and loads the rest
    skipped = ingest.import_file(conn, "feedback", path, skip_invalid=True)
    assert skipped.loaded and skipped.rows_loaded == 1
    ingest.undo_batch(conn, skipped.batch_id, "tes")
    chosen = ingest.import_file(conn, "feedback", path, regions={"Curug": "3673"})
    assert chosen.loaded and chosen.rows_loaded == 3, chosen.errors
    assert [r["kabkota"] for r in _rows(conn)] == ["3673", "3673", "3604"]


def test_conflict_with_explicit_kabkota(conn, tmp_path):
    path = _write(tmp_path, "conflict.csv", CONFLICT)
    result = ingest.import_file(conn, "feedback", path)
    assert not result.loaded and result.rows_rejected == 1
    assert not result.unresolved_regions  # a conflict is fixed in the file, not chosen
    (err,) = result.errors
    assert err["row"] == 3 and err["column"] == "Kecamatan" and err["value"] == "Kramatwatu"
    assert err["message"].startswith("Baris 3, kolom 'Kecamatan' (Kecamatan): 'Kramatwatu'")
    assert "tidak terletak di kab/kota" in err["message"]
    ok = ingest.import_file(conn, "feedback", path, skip_invalid=True)
    assert ok.loaded and ok.rows_loaded == 2
    rows = _rows(conn)  # the explicit kab/kota stays; Curug with Kab. Tangerang is no question
    assert [r["kabkota"] for r in rows] == ["3602", "3603"]


def test_cli_import_json(db_file, tmp_path, capsys):
    path = _write(tmp_path, "log112.csv", ONLY_KECAMATAN)
    assert main(["import", "feedback", path, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows_loaded"] == 4 and out["unresolved_regions"] == {}
    curug = _write(tmp_path, "curug.csv", AMBIGUOUS_CURUG)
    code = main(["import", "feedback", curug, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code != 0 and out["unresolved_regions"] == {"Curug": 2}
    code = main(["import", "feedback", curug, "--region", "Curug=3603", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["rows_loaded"] == 3
    with store.connect() as c:
        kab = c.execute(
            "SELECT kabkota FROM feedback WHERE kecamatan = 'Curug' ORDER BY feedback_id"
        ).fetchall()
    assert kab == [("3603",), ("3603",)]


@pytest.mark.parametrize("fixture", [ONLY_KECAMATAN, DESA_AND_KECAMATAN, NUMERIC_IDS])
def test_coverage_of_fixture_rows(conn, tmp_path, fixture):
    """Every row with a usable kecamatan/desa lands in a kab/kota (the measured coverage)."""
    path = _write(tmp_path, "f.csv", fixture)
    result = ingest.import_file(conn, "feedback", path, constants={"channel": "112"})
    assert result.loaded, result.errors
    placed = conn.execute("SELECT count(kabkota), count(*) FROM feedback").fetchone()
    usable = {ONLY_KECAMATAN: 3, DESA_AND_KECAMATAN: 4, NUMERIC_IDS: 4}[fixture]
    assert placed == (usable, result.rows_loaded)


# --- upload page ----------------------------------------------------------------------------

PAGE = "pages/unggah.py"


def test_upload_page_asks_for_curug_and_shows_the_choice(app_for, db_file):
    at = app_for(PAGE, role="staf")
    at.selectbox(key="ingest_kind").set_value("feedback").run()
    at.session_state["ingest_file"] = {"name": "curug.csv", "bytes": AMBIGUOUS_CURUG.encode()}
    at.run()
    assert not at.exception
    assert at.button(key="ingest_load").disabled
    lines = [t.value for t in at.text if " baris · " in t.value]
    assert lines == ["Curug · 2 baris · ambigu: Kab. Tangerang / Kota Serang"]
    (box,) = [s for s in at.selectbox if s.label == "Pilihan"]
    box.set_value("3673 · Kota Serang").run()
    assert not at.exception
    lines = [t.value for t in at.text if " baris · " in t.value]
    assert lines == ["Curug · 2 baris · sudah dipilih: Kota Serang"]
    assert not at.button(key="ingest_load").disabled
    at.button(key="ingest_load").click().run()
    assert "Batch 1 dimuat: 3 baris" in "\n".join(s.value for s in at.success)
    c = store.connect(db_file)
    try:
        kab = c.execute("SELECT kabkota FROM feedback ORDER BY feedback_id").fetchall()
    finally:
        c.close()
    assert kab == [("3673",), ("3673",), ("3604",)]


def test_upload_page_fills_kabkota_from_kecamatan(app_for, db_file):
    at = app_for(PAGE, role="staf")
    at.selectbox(key="ingest_kind").set_value("feedback").run()
    at.session_state["ingest_file"] = {"name": "log.csv", "bytes": ONLY_KECAMATAN.encode()}
    at.run()
    assert not at.exception
    assert not [t.value for t in at.text if " baris · " in t.value]
    assert not at.button(key="ingest_load").disabled
    at.button(key="ingest_load").click().run()
    assert "Batch 1 dimuat: 4 baris" in "\n".join(s.value for s in at.success)
