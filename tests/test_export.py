"""Exports (issue 5): PPTX with pictures and notes, PDF, XLSX equal to the named queries,
CSV/XLSX formula neutralisation, file names, and the `export` CLI. Real DuckDB, real kaleido."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pandas as pd
import pytest
from openpyxl import load_workbook

from gema.cli import main
from gema.core import cells, store
from gema.core.filters import Filters
from gema.presentasi import deck as slides
from gema.presentasi import export
from gema.ringkasan import data as ringkasan_data

DANGEROUS = ['=HYPERLINK("http://x","klik")', "+1", "-2+3", "@SUM(A1)", "\t=1", "aman"]


def test_neutralise_rules():
    assert cells.neutralise("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert cells.neutralise("+1") == "'+1"
    assert cells.neutralise("-2+3") == "'-2+3"
    assert cells.neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert cells.neutralise("jalan rusak") == "jalan rusak"
    assert cells.neutralise(-5) == -5  # numbers stay numbers
    assert cells.neutralise(None) is None


def test_csv_neutralises_formulas():
    df = pd.DataFrame({"teks": DANGEROUS, "angka": [1, -2, 3, 4, 5, 6]})
    raw = export.to_csv(df)
    assert raw.startswith("\ufeff".encode())
    back = pd.read_csv(io.BytesIO(raw), sep=";", encoding="utf-8-sig", dtype={"teks": str})
    assert back["teks"].tolist() == ["'" + v for v in DANGEROUS[:5]] + ["aman"]
    assert back["angka"].tolist() == [1, -2, 3, 4, 5, 6]
    for value in back["teks"]:
        assert not value.startswith(cells.FORMULA_START)


def test_xlsx_neutralises_formulas_and_keeps_text_cells():
    df = pd.DataFrame({"teks": DANGEROUS, "angka": [1.5, -2.0, 3.0, 4.0, 5.0, 6.0]})
    wb = load_workbook(io.BytesIO(export.to_xlsx({"uji": df})))
    ws = wb["uji"]
    cells = [ws.cell(row=i, column=1) for i in range(2, 8)]
    for cell, original in zip(cells, DANGEROUS, strict=True):
        assert cell.data_type == "s", "a text cell must never become a formula"
        assert cell.value == (original if original == "aman" else "'" + original)
    assert [ws.cell(row=i, column=2).value for i in range(2, 8)] == df["angka"].tolist()


def test_xlsx_equals_the_named_queries(demo_db):
    """Each section sheet holds the named query's numbers (headers translated, issue 12)."""
    from gema.presentasi import xlsx as report_xlsx

    conn = store.connect(demo_db)
    f = Filters()
    deck = slides.build_deck(conn, f)
    wb = load_workbook(io.BytesIO(export.deck_xlsx(deck)))
    assert wb.sheetnames[0] == "Tentang laporan"
    for sheet, expected in (
        ("kampanye", ringkasan_data.top_campaigns(conn, f, limit=slides.TOP_N)),
        ("tren", ringkasan_data.weekly_trend(conn, f)),
        ("topik", ringkasan_data.top_topics(conn, f, limit=slides.TOP_N)),
    ):
        ws = wb[sheet]
        rows = list(ws.values)
        heads = [report_xlsx.header(c, "id") for c in expected.columns]
        assert list(rows[0])[: len(heads)] == heads
        got = pd.DataFrame([r[: len(heads)] for r in rows[1:]], columns=heads)
        assert len(got) == len(expected) > 0
        for col, head in zip(expected.columns, heads, strict=True):
            want = expected[col]
            if pd.api.types.is_numeric_dtype(want):
                assert got[head].astype(float).tolist() == pytest.approx(
                    want.astype(float).tolist(), nan_ok=True
                ), (sheet, col)
            elif pd.api.types.is_datetime64_any_dtype(want):
                assert pd.to_datetime(got[head]).tolist() == want.tolist()
            else:
                assert got[head].tolist() == [cells.neutralise(v) for v in want.tolist()]
    ws = wb["kampanye"]
    assert ws.cell(row=2, column=3).number_format == "#,##0"  # reach: 1.234.567 in id-ID Excel
    conn.close()


@pytest.fixture
def small_deck(demo_db):
    """The demo deck cut to four slides with two charts, so kaleido renders only two pictures."""
    conn = store.connect(demo_db)
    deck = slides.build_deck(conn, Filters())
    conn.close()
    deck.slides = [s for s in deck.slides if s.key in ("judul", "kpi", "tren", "topik", "suara")]
    return deck


def test_pptx_has_slides_native_charts_and_notes(small_deck):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    prs = Presentation(io.BytesIO(export.deck_pptx(small_deck, {})))
    assert len(prs.slides) == len(small_deck.slides) == 5
    for pslide, s in zip(prs.slides, small_deck.slides, strict=True):
        texts = " ".join(sh.text_frame.text for sh in pslide.shapes if sh.has_text_frame)
        assert s.title in texts
        assert any(sh.has_chart for sh in pslide.shapes) == (s.spec is not None)
        assert MSO_SHAPE_TYPE.PICTURE not in [sh.shape_type for sh in pslide.shapes]
        notes = pslide.notes_slide.notes_text_frame.text
        assert notes == "\n".join(s.notes) and notes
    trend = small_deck.get("tren")
    total = trend.data["reach"].sum()
    notes = prs.slides[2].notes_slide.notes_text_frame.text
    assert f"{round(total):,}".replace(",", ".") in notes  # Indonesian format: 1.234.567
    assert any(sh.shape_type == MSO_SHAPE_TYPE.TABLE for sh in prs.slides[4].shapes)

    pdf = export.deck_pdf(small_deck, {})
    assert pdf.startswith(b"%PDF")
    assert b"/Count" in pdf


def test_png_zip_has_every_chart(small_deck):
    images = export.deck_images(small_deck)
    assert set(images) == {"tren", "topik"}
    for png in images.values():
        assert png.startswith(b"\x89PNG")
    z = zipfile.ZipFile(io.BytesIO(export.png_zip(small_deck, images)))
    assert z.namelist() == ["03_tren.png", "04_topik.png"]


def test_file_names_say_what_and_when():
    f = Filters(period="custom", start=date(2024, 7, 1), end=date(2024, 9, 30))
    assert slides.file_name("ringkasan", f, "pptx") == (
        "gema-banten_ringkasan_2024-07-01_2024-09-30.pptx"
    )
    g = Filters(period="custom", start=date(2024, 7, 1), end=date(2024, 9, 30), kabkota=("3601",))
    assert slides.file_name("data", g, "xlsx").endswith("_2024-09-30_3601.xlsx")
    assert export.table_file_name("aspirasi", date(2024, 9, 30)) == (
        "gema-banten_aspirasi_2024-09-30.csv"
    )


def test_cli_export_xlsx(demo_db, tmp_path, capsys):
    out = tmp_path / "keluar"
    out.mkdir()
    code = main(["export", "xlsx", str(out), "--db", str(demo_db), "--kabkota", "3601"])
    assert code == 0
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].name.startswith("gema-banten_data_")
    assert files[0].name.endswith("_3601.xlsx")
    wb = load_workbook(files[0])
    assert "kpi" in wb.sheetnames
    info = {r[0]: r[1] for r in wb["Tentang laporan"].values if r and len(r) > 1}
    assert info["Wilayah"] == "Kab. Pandeglang"


def test_cli_export_refuses_empty_and_bad_input(conn, db_file, tmp_path):
    conn.execute("CHECKPOINT")
    conn.close()
    out = tmp_path / "x.xlsx"
    assert main(["export", "xlsx", str(out), "--db", str(db_file)]) == 1
    assert not out.exists()
    assert main(["export", "xlsx", str(out), "--db", str(db_file), "--kabkota", "9999"]) == 2
    assert main(["export", "xlsx", str(out), "--db", str(db_file), "--from", "kemarin"]) == 2
    assert main(["export", "docx", str(out)]) == 2
