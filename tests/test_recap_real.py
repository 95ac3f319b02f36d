"""Real IKM recaps (issue 11): a kabupaten workbook with one sheet per period, 11 unsur given as
weighted NRR (text with a decimal comma), the agency's own index/mutu/kinerja, a unit not
surveyed ('-'), the total row (kabupaten in 'No'), respondents on one sheet only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gema import ingest
from gema.cli import main
from gema.core import store
from gema.ingest import recaps as skm_recap

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
RECAP = REAL / "recap_lebak_11_unsur.xlsx"
KEYS = [
    "period", "group", "ikm", "mutu", "published_ikm", "published_mutu", "within_rounding",
    "respondents",
]  # fmt: skip


def _json(capsys) -> tuple[list[dict], str]:
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err


def test_cli_all_sheets_by_unit_contract(db_file, capsys):
    rc = main(["ikm", str(RECAP), "--kind", "skm_recap", "--sheet", "all", "--json"])
    rows, err = _json(capsys)
    assert rc == 0 and all(list(r) == KEYS for r in rows)
    assert [r["period"] for r in rows] == ["2021"] * 3 + ["2022 C"] * 3  # sheet name = period
    by = {(r["period"], r["group"]): r for r in rows}
    maja = by[("2021", "Kecamatan Maja")]
    # U1..U11 printed as round(NRR/11, 2): NRR recovered as value x 11, IKM = 25 x mean NRR
    nrr = [3.6, 3.5, 3.4, 3.8, 3.5, 3.6, 3.7, 3.4, 3.5, 3.6, 3.5]
    expected = 25 * sum(round(v / 11, 2) * 11 for v in nrr) / 11
    assert maja["ikm"] == pytest.approx(expected, abs=1e-4) and maja["mutu"] == "A"
    assert maja["published_ikm"] == pytest.approx(25 * sum(nrr) / 11, abs=0.005)
    assert maja["published_mutu"] == "A" and maja["within_rounding"] is True
    assert maja["respondents"] is None  # no respondent column on 2021
    assert by[("2022 C", "Kecamatan Rangkasbitung")]["respondents"] == 110
    typo = by[("2022 C", "Kecamatan Warunggunung")]
    assert typo["within_rounding"] is False and typo["published_ikm"] - typo["ikm"] > 1.38
    assert ("2021", "Kecamatan Sajira") not in by and ("2021", "Kabupaten Lebak") not in by
    assert "NRR tertimbang" in err and "1/11" in err  # the reading assumed is said
    assert "'Kecamatan Sajira'" in err and "dilewati" in err
    assert not db_file.exists()  # computed without loading


def test_cli_by_period_compares_with_the_file_total(db_file, capsys):
    rc = main(["ikm", str(RECAP), "--kind", "skm_recap", "--sheet", "all", "--by", "period",
               "--json"])  # fmt: skip
    rows, _ = _json(capsys)
    assert rc == 0 and [r["group"] for r in rows] == ["2021", "2022 C"]
    first = rows[0]
    assert first["published_ikm"] is not None and first["within_rounding"] is True
    assert first["respondents"] is None  # units without n: unweighted, flagged
    rc = main(["ikm", str(RECAP), "--kind", "skm_recap", "--sheet", "all", "--by", "kabkota",
               "--json"])  # fmt: skip
    rows, _ = _json(capsys)
    assert rc == 0 and {r["group"] for r in rows} == {"3602"}  # named by the total row


def test_cli_plain_text_flags_unknown_n(db_file, capsys):
    assert main(["ikm", str(RECAP), "--kind", "skm_recap", "--sheet", "2021"]) == 0
    out = capsys.readouterr().out
    assert "n tidak diketahui" in out and "89,50" in out and "Sesuai" in out


def test_cli_bad_by_and_missing_sheet(db_file, capsys):
    assert main(["ikm", str(RECAP), "--kind", "skm_recap", "--by", "year", "--json"]) == 2
    assert _json(capsys)[0] == []
    assert main(["ikm", str(RECAP), "--kind", "skm_recap", "--sheet", "2030", "--json"]) == 2


def test_import_every_sheet_once_and_undo(conn):
    results, _ = skm_recap.import_recap(conn, RECAP, sheet="all")
    assert [sh for sh, _ in results] == ["2021", "2022 C"]
    assert all(r.loaded for _, r in results)
    assert [r.rows_loaded for _, r in results] == [4, 4]  # units + total; '-' row skipped
    again, _ = skm_recap.import_recap(conn, RECAP, sheet="2021")
    assert not again[0][1].loaded and "sudah pernah dimuat" in again[0][1].refusal
    totals = conn.execute("SELECT count(DISTINCT unit) FROM skm_recaps WHERE is_total").fetchone()[
        0
    ]
    assert totals == 1
    notes = json.loads(ingest.list_batches(conn)["notes"].iloc[0])
    assert any("NRR tertimbang" in n for n in notes)
    ingest.undo_batch(conn, results[0][1].batch_id, "uji")
    assert conn.execute("SELECT count(*) FROM skm_recaps").fetchone()[0] == 4 * 11


def test_mixed_row_is_refused_with_the_unit_named(conn, tmp_path):
    path = tmp_path / "rekap.csv"
    path.write_text(
        'No,Unit Pelayanan,Periode,U1,U2,U3\n1,Puskesmas A,2024,"0,30","3,1","0,33"\n'
        ',,2024,"1,0","1,0","1,0"\n',
        encoding="utf-8",
    )
    result = ingest.import_file(conn, "skm_recap", path)
    assert not result.loaded
    messages = " ".join(e["message"] for e in result.errors)
    assert "U1" in messages or "U3" in messages
    assert "kolom No" in messages  # the empty unit without a total name


def test_total_rows_do_not_count_on_the_dashboard(conn):
    results, _ = skm_recap.import_recap(
        conn, RECAP, sheet="2022 C", constants={"respondents": "50"}
    )
    assert results[0][1].loaded
    from gema.kepuasan import data as skm_report

    params = skm_report.all_time(None)
    params["kabkota"] = []
    table = skm_report.table(conn, params, "unit", "exact")
    assert "Kabupaten Lebak" not in set(table["label"]) and len(table) == 3


def test_upload_page_all_sheets(app_for, db_file):
    # each recap sheet is staged (period parser) twice: slow to plan on a loaded machine
    at = app_for("pages/unggah.py", role="staf", timeout=240)
    at.selectbox(key="ingest_kind").set_value("skm_recap").run()
    at.session_state["ingest_file"] = {"name": RECAP.name, "bytes": RECAP.read_bytes()}
    at.run()
    assert not at.exception, at.exception
    at.selectbox(key="ingest_sheet").set_value("all").run()
    assert not at.exception, at.exception
    assert any("Pratinjau menampilkan lembar '2021'" in c.value for c in at.caption)
    load = at.button(key="ingest_load")
    assert not load.disabled
    load.click().run()
    assert not at.exception, at.exception
    assert "2 lembar dimuat" in "\n".join(s.value for s in at.success)
    conn = store.connect(db_file)
    try:
        labels = conn.execute("SELECT DISTINCT period_label FROM skm_recaps ORDER BY 1").fetchall()
        assert labels == [("2021",), ("2022 C",)]
    finally:
        conn.close()


def test_recaps_without_respondents_are_listed_apart_on_kepuasan(conn):
    """The pooled IKM weighs by respondents, so a recap without a count cannot enter it; the
    page lists it apart ("n tidak diketahui") instead of dropping it silently."""
    results, _ = skm_recap.import_recap(conn, RECAP, sheet="all")
    assert all(r.loaded for _, r in results)
    from gema import kepuasan
    from gema.kepuasan import data as skm_report

    params = {**skm_report.all_time(None), "kabkota": []}
    page = kepuasan.page_data(conn, params)
    # 2022 C gives counts for two units (96 + 110): only those are pooled
    assert page.overview is not None and page.overview.respondents == 206
    unknown = page.unknown_n
    assert sorted(zip(unknown["period"], unknown["unit"], strict=True)) == [
        ("2021", "Kecamatan Cibadak"),
        ("2021", "Kecamatan Maja"),
        ("2021", "Kecamatan Rangkasbitung"),
        ("2022 C", "Kecamatan Warunggunung"),
    ]  # every unit without a count, no total row, no unit twice
    maja = unknown[unknown["unit"] == "Kecamatan Maja"].iloc[0]
    assert round(maja["ikm"], 2) == 89.5 and maja["mutu"] == "A"  # as the CLI reports it
    table = kepuasan.display_unknown_n(unknown)
    assert set(table["Responden"]) == {"n tidak diketahui"}
    assert "88,86" in set(table["IKM terbit"])
    pooled = set(page.units["label"])
    assert not pooled & {"Kecamatan Maja", "Kecamatan Warunggunung"}


def test_kepuasan_page_shows_recaps_without_respondents(app_for, db_file):
    c = store.connect(db_file)
    skm_recap.import_recap(c, RECAP, sheet="2021")  # no respondent count at all
    c.close()
    from gema.core.filters import Filters
    from gema.ui import FILTERS_KEY

    at = app_for("pages/kepuasan.py")
    at.session_state[FILTERS_KEY] = Filters.from_query({"periode": "all"})
    at.run()
    assert not at.exception, at.exception
    assert any("hanya ada rekap tanpa jumlah responden" in i.body for i in at.info)
    assert any("n tidak diketahui" in s.value for s in at.subheader)
    assert any("3 unit-periode" in c.value for c in at.caption)
    frame = at.dataframe[0].value
    frame = frame.data if hasattr(frame, "data") else frame
    assert list(frame["Unit layanan"]) == [
        "Kecamatan Cibadak",
        "Kecamatan Maja",
        "Kecamatan Rangkasbitung",
    ]


def test_overview_ikm_card_says_what_it_leaves_out(app_for, db_file):
    """The Ringkasan IKM card carries its caveats on the card: units without a count left out,
    and a pooled sample under 30."""
    c = store.connect(db_file)
    skm_recap.import_recap(c, RECAP, sheet="all", constants={})
    from gema.core.filters import Filters
    from gema.kepuasan.kpi import ikm_kpis

    f = Filters.from_query({"periode": "all"})
    (card,) = ikm_kpis(c, f)
    c.close()
    texts = card.caveat_texts("id")
    assert any("4 unit tanpa jumlah responden" in x for x in texts)
    assert not any("sampel kurang" in x for x in texts)  # 206 respondents
    assert any("4 units without a respondent count" in x for x in card.caveat_texts("en"))
    from gema.ui import FILTERS_KEY

    at = app_for("pages/ringkasan.py")
    at.session_state[FILTERS_KEY] = f
    at.run()
    assert not at.exception, at.exception
    assert any("4 unit tanpa jumlah responden" in x.value for x in at.caption)


def test_kpi_slide_says_what_the_ikm_leaves_out(conn):
    """The caveat travels: the KPI slide (screen, PDF, PPTX) says the units left out."""
    skm_recap.import_recap(conn, RECAP, sheet="all")
    from gema.core.filters import Filters
    from gema.presentasi import deck

    d = deck.build_deck(conn, Filters.from_query({"periode": "all"}), "id")
    kpi = next(s for s in d.slides if s.key == "kpi")
    assert any("4 unit tanpa jumlah responden" in c for c in kpi.caveats)


def test_ikm_slide_and_xlsx_carry_the_recaps_without_a_count(conn):
    """The IKM slide says which recaps its pooled figure leaves out and the XLSX lists them on a
    sheet of their own (unit, kab/kota name, period, IKM, mutu, published IKM)."""
    import io

    from openpyxl import load_workbook

    from gema.core.filters import Filters
    from gema.presentasi import deck, export

    skm_recap.import_recap(conn, RECAP, sheet="all", constants={"kabkota": "3602"})
    d = deck.build_deck(conn, Filters.from_query({"periode": "all"}), "id")
    slide = d.get("ikm")
    assert slide is not None and slide.figure is not None  # 2022 C pools two units
    assert any("4 unit-periode dari rekap instansi" in c for c in slide.caveats)
    assert any(n.startswith("Kecamatan Maja · Kab. Lebak · 2021: 89,50 (A)") for n in slide.notes)
    wb = load_workbook(io.BytesIO(export.deck_xlsx(d)))
    sheet = wb[deck.UNKNOWN_N_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Unit layanan", "Kode kab/kota", "Kab/kota", "Periode", "IKM")
    maja = next(r for r in rows if r[0] == "Kecamatan Maja")
    assert maja[2] == "Kab. Lebak" and maja[3] == "2021" and round(maja[4], 2) == 89.5
    assert len(rows) == 1 + 4
    about = [r for r in wb.worksheets[0].iter_rows(values_only=True) if r and r[1]]
    assert any("tanpa jumlah responden" in str(r[1]) for r in about)  # the caveat list


def test_ikm_slide_when_only_recaps_without_a_count(conn):
    """No pooled IKM can be made without weights: the slide lists each unit's own IKM."""
    from gema.core.filters import Filters
    from gema.presentasi import deck

    skm_recap.import_recap(conn, RECAP, sheet="2021", constants={"kabkota": "3602"})
    d = deck.build_deck(conn, Filters.from_query({"periode": "all"}), "id")
    slide = d.get("ikm")
    assert slide is not None and slide.figure is None and slide.table is not None
    assert "hanya ada rekap tanpa jumlah responden" in slide.subtitle
    assert list(slide.table["Unit layanan"]) == [
        "Kecamatan Cibadak",
        "Kecamatan Maja",
        "Kecamatan Rangkasbitung",
    ]
    assert set(slide.table["Responden"]) == {"n tidak diketahui"}


def test_map_ikm_layer_says_which_recaps_it_leaves_out(conn):
    from gema import peta
    from gema.core.filters import Filters

    skm_recap.import_recap(conn, RECAP, sheet="all", constants={"kabkota": "3602"})
    params = Filters.from_query({"periode": "all"}).params()
    data = peta.page_data(conn, params, "ikm")
    assert data.notes == (
        "⚠ 4 unit-periode dari rekap tanpa jumlah responden tidak masuk IKM di peta ini (tanpa "
        "bobot responden tidak dapat digabung): Kab. Lebak (4). IKM tiap unit itu ada di halaman "
        "Kepuasan.",
    )
    assert peta.page_data(conn, params, "reach").notes == ()
