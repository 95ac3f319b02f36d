"""Reports leadership can read (issue 12): the exported PPTX, PDF and XLSX are opened with
python-pptx, pypdf and openpyxl and checked for category names, caveats, headers and formats.
Real DuckDB with the demo data; no pictures are rendered (charts are native)."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from gema.aspirasi import figures as aspirasi_figures
from gema.core import figures, i18n, store
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA
from gema.jangkauan import figures as jangkauan_figures
from gema.presentasi import chartspec, export
from gema.presentasi import deck as slides
from gema.presentasi import xlsx as report_xlsx
from gema.presentasi.chartspec import ChartSpec, Series
from gema.ringkasan import data as ringkasan_data
from gema.ringkasan import figures as ringkasan_figures


@pytest.fixture(scope="module")
def deck(demo_db_file):
    conn = store.connect(demo_db_file, read_only=True)
    d = slides.build_deck(conn, Filters())
    conn.close()
    return d


@pytest.fixture(scope="module")
def pptx(deck):
    from pptx import Presentation

    return Presentation(io.BytesIO(export.deck_pptx(deck)))


@pytest.fixture(scope="module")
def pdf_text(deck):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(export.deck_pdf(deck)))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def xlsx(deck):
    return load_workbook(io.BytesIO(export.deck_xlsx(deck)))


def _slide(prs, deck, key):
    return prs.slides[deck.slide_keys().index(key)]


def _charts(pslide):
    return [sh.chart for sh in pslide.shapes if sh.has_chart]


def _text(pslide):
    return "\n".join(sh.text_frame.text for sh in pslide.shapes if sh.has_text_frame)


def test_pptx_kabkota_ranking_is_a_native_chart_with_names_and_labels(pptx, deck):
    from pptx.enum.chart import XL_CHART_TYPE

    (chart,) = _charts(_slide(pptx, deck, "peta"))
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    cats = list(chart.plots[0].categories)
    assert sorted(cats) == sorted(KODE_NAMA.values())  # every kab/kota named, no codes
    values = list(chart.plots[0].series[0].values)
    assert values == sorted(values, reverse=True)
    # Indonesian text on every bar, whatever the viewer's locale (tests/test_pptx_layout.py)
    labels = [p.data_label.text_frame.text for p in chart.plots[0].series[0].points]
    assert labels == [i18n.fmt_int(v) for v in values]


def test_pptx_trend_sentiment_ikm_are_native(pptx, deck):
    from pptx.enum.chart import XL_CHART_TYPE

    kinds = {
        key: [c.chart_type for c in _charts(_slide(pptx, deck, key))]
        for key in ("tren", "sentimen", "ikm")
    }
    assert kinds["tren"] == [XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.LINE_MARKERS]
    assert kinds["sentimen"] == [XL_CHART_TYPE.BAR_STACKED_100]
    assert kinds["ikm"] == [XL_CHART_TYPE.BAR_CLUSTERED]
    # every chart on every slide names its categories
    for pslide in pptx.slides:
        for chart in _charts(pslide):
            cats = [str(c) for c in chart.plots[0].categories]
            assert cats and all(c.strip() for c in cats)


def test_pptx_caveats_are_on_the_slide_not_only_in_the_notes(pptx, deck):
    ikm = deck.get("ikm")
    assert ikm.caveats and any("Krejcie" in c for c in ikm.caveats)
    body = _text(_slide(pptx, deck, "ikm"))
    for caveat in ikm.caveats:
        assert caveat in body
    assert "Data contoh" in body  # the demo store says so on every data slide
    trend_body = _text(_slide(pptx, deck, "tren"))
    assert "Pekan tidak penuh" in trend_body
    # the small-sample IKM points say so in their own data label
    (chart,) = _charts(_slide(pptx, deck, "ikm"))
    labels = [p.data_label.text_frame.text for p in chart.plots[0].series[0].points]
    short = ikm.data[ikm.data["short"]]
    assert sum("⚠" in x for x in labels) == len(short) > 0


def test_pptx_partial_weeks_are_pale_and_colours_are_theme_colours(pptx, deck):
    from pptx.enum.dml import MSO_THEME_COLOR

    trend = deck.get("tren")
    bars = _charts(_slide(pptx, deck, "tren"))[0].plots[0].series[0]
    assert bars.format.fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1
    partial = trend.spec.partial
    assert any(partial)
    for j, p in enumerate(partial):
        if p:
            assert bars.points[j].format.fill.fore_color.brightness == pytest.approx(0.6)


def test_pdf_names_categories_and_carries_caveats(pdf_text, deck):
    text = " ".join(pdf_text.split())
    for name in KODE_NAMA.values():
        assert name in text
    for key in ("ikm", "tren", "sentimen"):
        for caveat in deck.get(key).caveats:
            assert " ".join(caveat.split())[:60] in text, (key, caveat)
    assert "Krejcie" in text and "sampel kurang" in text
    assert "Pekan tak penuh" in text  # the legend names the pale weeks


def test_xlsx_is_a_report(xlsx, deck):
    about = xlsx.worksheets[0]
    assert about.title == "Tentang laporan"
    cells = [str(c.value) for row in about.iter_rows() for c in row if c.value is not None]
    joined = "\n".join(cells)
    assert deck.period_text in joined and "Seluruh Banten" in joined
    assert "Sumber data" in joined and "ID batch" in joined
    assert "Krejcie" in joined and "Data contoh" in joined  # every section's caveats
    assert i18n.t("pres.info.generated", "id") in joined

    ws = xlsx["kampanye"]
    heads = [c.value for c in ws[1]]
    assert heads[:5] == ["Kampanye", "Jumlah konten", "Jangkauan", "Interaksi", "Tingkat interaksi"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.cell(row=2, column=3).number_format == "#,##0"
    assert ws.cell(row=2, column=5).number_format == "0.0%"
    assert 0 < ws.cell(row=2, column=5).value < 1  # 8 %, stored as 0.08 with a percent format
    assert ws.column_dimensions["A"].width > 10

    ws = xlsx["kreator"]
    heads = [c.value for c in ws[1]]
    code = heads.index("Kode kab/kota")
    assert heads[code + 1] == "Kab/kota"  # the name beside the code
    names = {ws.cell(row=r, column=code + 2).value for r in range(2, ws.max_row + 1)}
    assert names & set(KODE_NAMA.values())
    icn = heads.index("Anggota ICN") + 1
    assert {ws.cell(row=r, column=icn).value for r in range(2, ws.max_row + 1)} <= {"Ya", "Tidak"}

    ws = xlsx["tren"]
    heads = [c.value for c in ws[1]]
    assert heads[0] == "Pekan (mulai Senin)"
    assert ws.cell(row=2, column=1).is_date
    assert ws.cell(row=2, column=1).number_format == "[$-421]d mmmm yyyy"
    note_col = heads.index("Catatan") + 1
    notes = [ws.cell(row=r, column=note_col).value for r in range(2, ws.max_row + 1)]
    assert any(n and "tidak penuh" in n for n in notes)
    assert ws.cell(row=1, column=1).comment is not None  # the section's caveats as a note

    ws = xlsx["ikm"]
    heads = [c.value for c in ws[1]]
    assert "Sampel kurang" in heads and "Catatan" in heads
    assert ws.cell(row=1, column=1).comment is not None
    assert "Krejcie" in ws.cell(row=1, column=1).comment.text


def test_xlsx_headers_follow_the_language(demo_db_file):
    conn = store.connect(demo_db_file, read_only=True)
    deck = slides.build_deck(conn, Filters(), lang="en")
    conn.close()
    wb = load_workbook(io.BytesIO(export.deck_xlsx(deck)))
    assert wb.sheetnames[0] == "About this report"
    heads = [c.value for c in wb["kampanye"][1]]
    assert heads[:3] == ["Campaign", "Posts", "Reach"]
    icn = [c.value for c in wb["kreator"][1]].index("ICN member") + 1
    values = {wb["kreator"].cell(row=r, column=icn).value for r in range(2, 4)}
    assert values <= {"Yes", "No"}


def test_xlsx_still_neutralises_formulas():
    df = pd.DataFrame({"campaign": ['=HYPERLINK("x")', "aman"], "reach": [1.0, 2.0]})
    raw = report_xlsx.workbook([("a", "=1+1")], [("uji", df, ("+caveat",), None)], "id")
    wb = load_workbook(io.BytesIO(raw))
    ws = wb["uji"]
    assert ws.cell(row=2, column=1).value == '\'=HYPERLINK("x")'
    assert ws.cell(row=2, column=1).data_type == "s"
    assert ws.cell(row=2, column=2).number_format == "#,##0"
    about = [c.value for row in wb.worksheets[0].iter_rows() for c in row]
    assert "'=1+1" in about and "'+caveat" in about


def test_partial_periods_one_setting(monkeypatch):
    spec = ChartSpec(
        "weekly",
        ["1 Jul", "8 Jul", "15 Jul"],
        [Series("Jangkauan", [5.0, 100.0, 2.0])],
        partial=[True, False, True],
        partial_label="Pekan tak penuh",
    )
    monkeypatch.delenv("GEMA_PARTIAL_PERIODS", raising=False)
    fig = chartspec.to_plotly(spec)
    assert [t.name for t in fig.data] == ["Jangkauan", "Pekan tak penuh"]  # said in the legend
    monkeypatch.setenv("GEMA_PARTIAL_PERIODS", "omit")
    fig = chartspec.to_plotly(spec)
    assert [list(t.x) for t in fig.data] == [["8 Jul"]]
    week = pd.DataFrame(
        {"week": pd.to_datetime(["2024-07-01", "2024-07-08"]), "reach": [1, 9], "feedback": [1, 2]}
    )
    from datetime import date

    fig = ringkasan_figures.weekly_trend(week, start=date(2024, 7, 3), end=date(2024, 7, 14))
    assert len(fig.data[0].x) == 1  # the screen honours the same setting


def test_no_series_colour_is_a_sentiment_colour():
    sentiment = {c.upper() for c in figures.SENTIMENT_COLOURS.values()}
    assert not sentiment & {c.upper() for c in figures.PALETTE}
    assert not sentiment & {c.upper() for c in figures.colours_for(range(12)).values()}


def test_spec_rejects_mismatched_series():
    with pytest.raises(ValueError):
        ChartSpec("ranking", ["a", "b"], [Series("x", [1.0])])


def test_topic_names_in_english(demo_db_file):
    from gema import topics

    assert topics.label("Jalan & Infrastruktur", "en") == "Roads & infrastructure"
    assert topics.label("Jalan & Infrastruktur", "id") == "Jalan & Infrastruktur"
    assert topics.label("Topik buatan staf", "en") == "Topik buatan staf"  # unknown: unchanged
    conn = store.connect(demo_db_file, read_only=True)
    en = ringkasan_data.top_topics(conn, Filters(), lang="en")
    idn = ringkasan_data.top_topics(conn, Filters(), lang="id")
    conn.close()
    assert set(en["topic"]) & set(topics.english_names().values())
    assert not set(en["topic"]) & set(topics.english_names())
    assert len(en) == len(idn)


def test_filter_line_names_the_view():
    from datetime import date

    f = Filters(period="30d", start=date(2026, 11, 5), end=date(2026, 12, 4), kabkota=("3602",))
    line = slides.filter_line(f, "id")
    assert line.startswith("Kab. Lebak · 30 hari terakhir (5 November 2026")
    assert line.endswith("· semua platform")
    assert slides.filter_line(Filters(platform=("TikTok",)), "en").endswith("platforms: TikTok")
    assert slides.filter_line(Filters(), "id").startswith("Seluruh Banten · 90 hari terakhir")


def test_partial_weeks_on_lines_and_stacked_bars(monkeypatch):
    from datetime import date

    monkeypatch.delenv("GEMA_PARTIAL_PERIODS", raising=False)
    weeks = pd.to_datetime(["2024-07-01", "2024-07-08", "2024-07-15"])
    df = pd.DataFrame(
        {
            "week": list(weeks) * 2,
            "series": ["A"] * 3 + ["B"] * 3,
            "reach": [5, 50, 40, 3, 30, 35],
        }
    )
    start, end = date(2024, 7, 3), date(2024, 7, 21)  # first week partial, last week full
    fig = jangkauan_figures.lines_by_series(df, "reach", start=start, end=end)
    solid = [t for t in fig.data if t.name == "A"][0]
    assert solid.y[0] is None and list(solid.y[1:]) == [50, 40]  # no plunge drawn solid
    assert any(t.line.dash == "dot" for t in fig.data if t.showlegend is False)
    assert fig.data[-1].name == "Pekan tak penuh"  # said in the legend
    bars = aspirasi_figures.stacked_bars_by_series(
        df.rename(columns={"reach": "feedback"}), "feedback", start=start, end=end
    )
    assert list(bars.data[0].marker.opacity) == [0.35, 1.0, 1.0]
    assert bars.data[-1].name == "Pekan tak penuh" and bars.data[-1].type == "bar"
    monkeypatch.setenv("GEMA_PARTIAL_PERIODS", "omit")
    fig = jangkauan_figures.lines_by_series(df, "reach", start=start, end=end)
    assert all(len(t.x) == 2 for t in fig.data)
    assert "Pekan tak penuh" not in [t.name for t in fig.data]


def test_table_columns_fit_their_headers_and_whole_rows():
    from gema import ui

    df = pd.DataFrame({"Biaya/interaksi": ["Rp 1.200"], "Unsur terlemah": ["U8"], "n": [1]})
    widths = ui.column_widths(df)
    for header, px in widths.items():
        assert px >= len(header) * 8, header  # the whole header, never 'Biaya/inter…'
    assert ui.whole_rows_height(3) == ui.TABLE_HEAD_PX + 3 * ui.TABLE_ROW_PX
    assert (ui.TABLE_SCROLL_HEIGHT - ui.TABLE_HEAD_PX) % ui.TABLE_ROW_PX == 0


def test_xlsx_kpi_rows_and_rupiah_formats(xlsx):
    ws = xlsx["kpi"]
    heads = [c.value for c in ws[1]]
    col = heads.index("Nilai") + 1
    keys = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    fmt = {k: ws.cell(row=r, column=col).number_format for r, k in enumerate(keys, start=2)}
    assert fmt["reach"] == "#,##0"  # no spurious decimals
    assert fmt["engagement_rate"] == "0.0%"
    assert fmt["ikm"] == "#,##0.00"
    raw = report_xlsx.workbook(
        [], [("biaya", pd.DataFrame({"cost": [1_500_000.0]}), (), None)], "id"
    )
    cell = load_workbook(io.BytesIO(raw))["biaya"]["A2"]
    assert cell.value == 1_500_000 and "Rp" in cell.number_format


def test_xlsx_null_kabkota_means_province_for_posts_unknown_for_feedback():
    posts = report_xlsx.with_names(pd.DataFrame({"kabkota": [None, "3602"]}), "id")
    assert posts["kabkota_name"].tolist() == ["Seluruh Banten", "Kab. Lebak"]
    fb = report_xlsx.with_names(pd.DataFrame({"feedback_key": [1], "kabkota": [None]}), "id")
    assert fb["kabkota_name"].tolist() == ["Luar Banten / tidak diketahui"]


def test_ikm_caveat_says_n_unknown_when_no_service_user_count(conn):
    table = pd.DataFrame(
        {
            "group": ["3602", "3604"],
            "label": ["Kab. Lebak", "Kab. Serang"],
            "respondents": [12, 400],
            "needed": [30, 30],
            "short": [True, False],
            "ikm": [90.4, 80.0],
            "mutu": ["A", "B"],
        }
    )
    params = Filters().params()
    spec = slides.ikm_spec(table, conn, params, "id")
    assert spec.flagged == [True, False]
    (caveat,) = spec.caveats
    assert caveat.startswith("n tidak diketahui") and "Kab. Lebak (n = 12)" in caveat
    assert "Kab. Serang" not in caveat
    assert "⚠" in spec.labels[0] and "⚠" not in spec.labels[1]


def test_phone_view_of_a_wide_table_wraps_and_escapes():
    """At 390 px a wide table is text that wraps (cards, or a table with few columns), never a
    grid scrolling sideways; cells are escaped and in Indonesian formats."""
    from gema.ui import widgets as ui

    wide = pd.DataFrame(
        {
            f"Kolom {i}": ["<b>x</b>", 1_234_567, 0.5, pd.Timestamp("2024-07-01")] * 6
            for i in range(8)
        }
    )
    assert sum(ui.column_widths(wide).values()) > ui.PHONE_PX
    html = ui.phone_table_html(wide)
    assert html.count("class='card'") == ui.PHONE_CARDS
    assert "<b>Kolom 7:</b>" in html and "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert "1.234.567" in html and "0,50" in html and "1 Juli 2024" in html
    assert f"Menampilkan {ui.PHONE_CARDS} dari 24 baris" in html
    narrow = ui.phone_table_html(pd.DataFrame({"Nama": ["a"], "Nilai": [3]}), {"Nilai": "Skor"})
    assert "<table>" in narrow and "<th>Skor</th>" in narrow and "Menampilkan" not in narrow


def test_ikm_short_sample_caveat_names_each_short_period(demo_db_file):
    """A kab/kota is short when any of its periods falls short of its Krejcie–Morgan size: the
    caveat names those periods with their own n / minimum, never the pooled n (which may be
    above the minimum and read as enough)."""
    import re

    conn = store.connect(demo_db_file, read_only=True)
    try:
        slide = slides._ikm(conn, Filters.from_query({"periode": "all"}), "id")
    finally:
        conn.close()
    (caveat,) = [c for c in slide.caveats if c.startswith("Sampel kurang menurut Krejcie")]
    pairs = re.findall(r": n = ([\d.]+) / ([\d.]+)", caveat)
    assert pairs
    assert all(int(n.replace(".", "")) < int(m.replace(".", "")) for n, m in pairs)
