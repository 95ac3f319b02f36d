"""SKM kinds for the importer: answers by label or number, unsur matched by column name, n unsur,
recaps (plain and weighted NRR), saran into feedback, validation messages, atomicity, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gema import ingest
from gema.core import store
from gema.ingest import skm
from gema.kepuasan import data as skm_report

FIX = Path(__file__).resolve().parent / "fixtures" / "skm"
ALL = skm_report.all_time()

# Hand-computed NRR (tests/fixtures/skm/google_forms_labels.csv, answers as labels):
SAMSAT = {"U1": 3.5, "U2": 3.25, "U3": 2.5, "U4": 4.0, "U5": 3.25, "U6": 3.5, "U7": 3.75,
          "U8": 3.0, "U9": 3.0}  # fmt: skip  # ΣNRR 29,75 → IKM 82,64 (B)
PUSKESMAS = {"U1": 2.5, "U2": 2.5, "U3": 1.75, "U4": 3.25, "U5": 2.75, "U6": 3.0, "U7": 3.25,
             "U8": 1.5, "U9": 2.5}  # fmt: skip  # ΣNRR 23 → IKM 63,89 (D)


def _import(conn, kind, name, **kw):
    return ingest.import_file(conn, kind, FIX / name, **kw)


def _by_unit(conn):
    return skm_report.table(conn, ALL, "unit").set_index("group")


def test_google_forms_labels_and_question_text_headers(conn):
    res = _import(conn, "skm", "google_forms_labels.csv")
    assert res.loaded, res.errors
    assert res.rows_read == res.rows_loaded == 8
    mapping = res.prepared.mapping
    # by meaning, not position: the kuesioner asks about sarana (8th) before pengaduan (9th)
    assert mapping["Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"] == "U9"
    assert (
        mapping["Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?"] == "U8"
    )
    assert mapping["Unit layanan yang Anda kunjungi"] == "unit"
    assert mapping["Saran dan masukan untuk perbaikan layanan"] == "suggestion"
    t = _by_unit(conn)
    assert t.loc["Samsat Kota Serang", "nrr"] == pytest.approx(SAMSAT)
    assert t.loc["Puskesmas Rangkasbitung", "nrr"] == pytest.approx(PUSKESMAS)
    assert t.loc["Samsat Kota Serang", "ikm"] == pytest.approx(25 * 29.75 / 9)
    assert t.loc["Puskesmas Rangkasbitung", "mutu"] == "D"
    assert t.loc["Puskesmas Rangkasbitung", "weakest"] == ["U8"]
    names = dict(conn.sql("SELECT DISTINCT unsur, unsur_name FROM skm_scores").fetchall())
    assert names["U8"] == "Penanganan pengaduan, saran dan masukan"
    assert conn.sql("SELECT count(*) FROM skm_scores").fetchone()[0] == 72


def test_profile_region_time_and_age_band_kept(conn):
    _import(conn, "skm", "google_forms_labels.csv")
    rows = conn.sql(
        "SELECT submitted_at, kabkota, gender, age, extra FROM skm_responses ORDER BY response_key"
    ).fetchall()
    assert str(rows[0][0]) == "2024-07-15 09:15:43"  # Stempel waktu, day first
    assert {r[1] for r in rows} == {"3673", "3602"}  # 'Kota Serang, Banten', 'Kab. Lebak', …
    assert {r[2] for r in rows} == {"Laki-laki", "Perempuan"}  # 'L'/'P' normalised
    assert rows[0][3] == 34
    assert rows[1][3] is None and json.loads(rows[1][4])["age_text"] == "21-30 tahun"


def test_saran_flows_into_feedback_and_undo_removes_everything(conn):
    res = _import(conn, "skm", "google_forms_labels.csv")
    fb = conn.sql(
        "SELECT channel, kabkota, text, extra FROM feedback ORDER BY received_at"
    ).fetchall()
    # '-', 'Tidak ada', '' and 'sudah baik' say nothing: 4 of 8 respondents wrote a real saran
    assert [r[2][:14] for r in fb] == [
        "Antrean terlal", "Petugas ramah,", "Ruang tunggu p", "Obat sering ko",
    ]  # fmt: skip
    assert {r[0] for r in fb} == {"Survei"}
    labelled = conn.sql("SELECT count(*) FROM feedback WHERE sentiment_source = 'computed'")
    assert labelled.fetchone()[0] == 4  # labelled like any feedback upload (gema.sentiment)
    link = json.loads(fb[0][3])
    key = link["skm_response_key"]
    assert (
        conn.sql(f"SELECT suggestion FROM skm_responses WHERE response_key = {int(key)}")
        .fetchone()[0]
        .startswith("Antrean")
    )
    ingest.undo_batch(conn, res.batch_id, "uji")
    for table in ("skm_responses", "skm_scores", "feedback"):
        assert conn.sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_numeric_sheet_with_shuffled_named_columns(conn):
    res = _import(conn, "skm", "numeric_shuffled.csv")
    assert res.loaded, res.errors
    assert res.prepared.mapping["U3 Waktu penyelesaian"] == "U3"
    t = _by_unit(conn)
    assert t.loc["Samsat Kota Serang", "nrr"] == pytest.approx(SAMSAT)
    names = dict(conn.sql("SELECT DISTINCT unsur, unsur_name FROM skm_scores").fetchall())
    assert names["U2"] == "Sistem, mekanisme, dan prosedur"


def test_eleven_unsur_named_from_the_upload(conn):
    res = _import(conn, "skm", "skm_11_unsur.csv")
    assert res.loaded, res.errors
    t = _by_unit(conn).iloc[0]
    assert t["n_unsur"] == 11
    assert t["ikm"] == pytest.approx(25 * 37 / 11)  # Σ sums 111 over 3 respondents → ΣNRR 37
    assert t["weakest"] == ["U11"] and t["nrr"]["U11"] == pytest.approx(7 / 3)
    names = dict(conn.sql("SELECT DISTINCT unsur, unsur_name FROM skm_scores").fetchall())
    assert names["U10"] == "Transparansi informasi" and names["U11"] == "Inovasi layanan"


def test_recap_reproduces_its_printed_ikm_and_feeds_adequacy(conn):
    res = _import(conn, "skm_recap", "recap_nrr.csv")
    assert res.loaded, res.errors
    assert res.rows_read == res.rows_loaded == 2  # rows of the file (18 unsur rows stored)
    assert conn.sql("SELECT count(*) FROM skm_recaps").fetchone()[0] == 18
    t = _by_unit(conn)
    # the printed IKM column (83,75 / 73,33) is kept in extra and reproduced within its rounding
    for unit in ("Samsat Cilegon", "Disdukcapil Pandeglang"):
        printed = conn.sql(
            "SELECT DISTINCT CAST(extra->>'ikm_reported' AS DOUBLE) FROM skm_recaps WHERE unit = ?",
            params=[unit],
        ).fetchone()[0]
        assert abs(t.loc[unit, "ikm"] - printed) <= 0.005
    assert t.loc["Samsat Cilegon", "respondents"] == 120
    span = conn.sql(
        "SELECT DISTINCT period_start, period_end FROM skm_recaps WHERE unit = 'Samsat Cilegon'"
    ).fetchone()
    assert [str(d) for d in span] == ["2024-01-01", "2024-06-30"]  # 'Semester I 2024'
    adq = skm_report.adequacy(conn, ALL).set_index("service_users")
    assert adq.loc[2400, "needed"] == 332 and bool(adq.loc[2400, "adequate"]) is False
    assert adq.loc[300, "needed"] == 169 and bool(adq.loc[300, "adequate"]) is False


def test_recap_with_weighted_nrr_and_its_weight(conn, tmp_path):
    f = tmp_path / "rekap_tertimbang.csv"
    weighted = ["0,444", "0,333", "0,333", "0,444", "0,333", "0,333", "0,444", "0,222", "0,333"]
    f.write_text(
        "Unit;Periode;Jumlah responden;" + ";".join(f"U{i}" for i in range(1, 10)) + "\n"
        "UPT Samsat Serang;2024-S1;100;" + ";".join(weighted) + "\n",
        encoding="utf-8",
    )
    res = ingest.import_file(conn, "skm_recap", f, constants={"weight": "0,111", "kabkota": "3604"})
    assert res.loaded, res.errors
    nrr = dict(conn.sql("SELECT unsur, nrr FROM skm_recaps").fetchall())
    assert nrr["U1"] == pytest.approx(4.0) and nrr["U8"] == pytest.approx(2.0)
    assert conn.sql("SELECT DISTINCT nrr_given FROM skm_recaps").fetchone()[0] == "weighted"


def test_weighted_values_without_weight_are_refused(conn, tmp_path):
    f = tmp_path / "rekap.csv"
    f.write_text(
        'Unit,Periode,Jumlah responden,U1,U2\nUPT A,2024-S1,10,"0,39","0,35"\n',
        encoding="utf-8",
    )
    res = ingest.import_file(conn, "skm_recap", f, constants={"kabkota": "3604"})
    assert not res.loaded
    assert res.errors[0]["row"] == 2 and res.errors[0]["column"] == "U1"
    assert "--set weight=0,111" in res.errors[0]["message"]
    assert conn.sql("SELECT count(*) FROM skm_recaps").fetchone()[0] == 0


def test_bad_answer_refuses_whole_file_with_indonesian_message(conn, tmp_path):
    f = tmp_path / "skm_salah.csv"
    f.write_text(
        "Tanggal,Unit,Kab/Kota,U1 Persyaratan,U2 Prosedur\n"
        "2024-07-01,Samsat Cilegon,Cilegon,4,Sangat mudah\n"
        "2024-07-02,Samsat Cilegon,Cilegon,5,Mudah\n"
        "2024-07-03,Samsat Cilegon,Cilegon,,\n",
        encoding="utf-8",
    )
    res = ingest.import_file(conn, "skm", f)
    assert not res.loaded and res.rows_rejected == 2
    by_row = {e["row"]: e for e in res.errors}
    assert by_row[3]["column"] == "U1 Persyaratan" and by_row[3]["value"] == "5"
    assert "Baris 3" in by_row[3]["message"] and "Perbaiki" in by_row[3]["message"]
    assert "tidak berisi jawaban" in by_row[4]["message"]
    assert conn.sql("SELECT count(*) FROM skm_responses").fetchone()[0] == 0
    # the user may load only the valid rows
    res = ingest.import_file(conn, "skm", f, skip_invalid=True)
    assert res.loaded and res.rows_loaded == 1


def test_ambiguous_region_needs_a_decision(conn, tmp_path):
    f = tmp_path / "skm_serang.csv"
    f.write_text(
        "Tanggal,Unit,Kab/Kota,U1\n2024-07-01,RSUD,Serang,4\n2024-07-02,RSUD,Serang,3\n",
        encoding="utf-8",
    )
    res = ingest.import_file(conn, "skm", f)
    assert not res.loaded and res.unresolved_regions == {"Serang": 2}
    res = ingest.import_file(conn, "skm", f, regions={"Serang": "3673"})
    assert res.loaded
    assert conn.sql("SELECT DISTINCT kabkota FROM skm_responses").fetchone()[0] == "3673"


def test_no_unsur_column_is_refused(conn, tmp_path):
    f = tmp_path / "bukan_skm.csv"
    f.write_text("Tanggal,Unit,Kab/Kota,Nilai\n2024-07-01,RSUD,Cilegon,4\n", encoding="utf-8")
    res = ingest.import_file(conn, "skm", f)
    assert not res.loaded and res.refusal


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("U1", ("U1", "Persyaratan")),
        ("U1 Persyaratan", ("U1", "Persyaratan")),
        ("U1. Persyaratan", ("U1", "Persyaratan")),
        ("u 3 - Waktu Penyelesaian", ("U3", "Waktu Penyelesaian")),
        ("Unsur 8: Sarana dan prasarana", ("U8", "Sarana dan prasarana")),
        ("Penilaian [U4 Biaya/tarif]", ("U4", "Biaya/tarif")),
        (
            "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
            ("U3", "Waktu penyelesaian"),
        ),
        ("Umur", None),
        ("Waktu", None),
        ("Saran dan masukan", None),
    ],
)
def test_unsur_detected_by_header(header, expected):
    found = skm.detect_unsur([header])
    assert found.get(header) == expected


def test_bare_codes_above_nine_get_no_invented_names():
    found = skm.detect_unsur([f"U{i}" for i in range(1, 12)])
    assert found["U10"] == ("U10", None) and found["U1"] == ("U1", None)


def test_every_label_in_the_reference_table_scores_in_sql(conn):
    """The label table is data; the macro gema_skm_score reads it (seeded as a TEMP table) and
    scores each label, in any case and with the number variants forms use."""
    skm.seed_answer_labels(conn)
    labels = skm.answer_labels()
    cases = [(label.upper(), score) for label, score in labels.items()]
    cases += [("4. Sangat sesuai", 4), ("Sangat Sesuai (4)", 4), ("3,0", 3), ("2", 2),
              ("Sangat sesuai.", 4), ("5", None), ("Lumayan", None), ("", None)]  # fmt: skip
    conn.execute("CREATE TEMP TABLE t (v VARCHAR, want INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", cases)
    wrong = conn.sql(
        "SELECT v, want, gema_skm_score(v) AS got FROM t WHERE got IS DISTINCT FROM want"
    )
    assert wrong.fetchall() == []
    assert len(labels) >= 32


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Semester I 2024", "2024-01-01", "2024-06-30"),
        ("Semester 2 Tahun 2024", "2024-07-01", "2024-12-31"),
        ("2024-S2", "2024-07-01", "2024-12-31"),
        ("Triwulan III 2024", "2024-07-01", "2024-09-30"),
        ("Tahun 2023", "2023-01-01", "2023-12-31"),
        ("Februari 2024", "2024-02-01", "2024-02-29"),
        ("kapan-kapan", None, None),
    ],
)
def test_recap_period_names(conn, text, start, end):
    got = conn.execute("SELECT gema_skm_period($v)", {"v": text}).fetchone()[0]
    if start is None:
        assert got is None
    else:
        assert [str(got["s"]), str(got["e"])] == [start, end]


def test_respondent_rows_win_over_a_recap_of_the_same_unit_period(conn):
    """Loading both a recap and the questionnaires of the same unit-period must not count twice."""
    _import(conn, "skm", "google_forms_labels.csv")
    conn.execute(
        "INSERT INTO skm_recaps (unit, kabkota, period_start, period_end, unsur, nrr, respondents,"
        " batch_id) SELECT 'Samsat Kota Serang', '3673', DATE '2024-07-01', DATE '2024-12-31',"
        " 'U' || i, 1.0, 500, 99 FROM range(1, 10) t(i)"
    )
    t = _by_unit(conn)
    assert t.loc["Samsat Kota Serang", "respondents"] == 4
    assert t.loc["Samsat Kota Serang", "nrr"] == pytest.approx(SAMSAT)
    assert store.run(conn, "kepuasan/data_count").iloc[0]["recap_rows"] == 9


def test_map_query_agrees_with_the_report_and_card_is_absent_without_data(conn):
    from gema.core.filters import Filters
    from gema.peta import data as mapmetrics
    from gema.ringkasan import data as ringkasan_data

    f = Filters.from_query({"periode": "all"})
    assert [k for k in ringkasan_data.kpis(conn, f) if k.key == "ikm"] == []  # no SKM: no card
    assert "ikm" not in [m.key for m in mapmetrics.available(conn, **f.params())]
    _import(conn, "skm", "google_forms_labels.csv")
    _import(conn, "skm_recap", "recap_nrr.csv")
    sql = store.run(conn, "kepuasan/by_kabkota", **ALL).set_index("kode")["ikm"]
    report = skm_report.by_kabkota(conn, ALL).set_index("kabkota")["ikm"]
    assert sorted(sql.index) == sorted(report.index) == ["3601", "3602", "3672", "3673"]
    for kode in sql.index:
        assert sql[kode] == pytest.approx(report[kode])
    assert "ikm" in [m.key for m in mapmetrics.available(conn, **f.params())]
    values = mapmetrics.values(conn, "ikm", **f.params()).set_index("kode")["value"]
    assert values["3673"] == pytest.approx(25 * 29.75 / 9)
    assert values.isna().sum() == 4  # kab/kota without SKM data: no value, not zero
    card = [k for k in ringkasan_data.kpis(conn, f) if k.key == "ikm"]
    assert len(card) == 1 and card[0].value_text().endswith(" · B")
