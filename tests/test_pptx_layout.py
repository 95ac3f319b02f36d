"""The PPTX as LibreOffice draws it (issue 12), checked structurally with python-pptx (no
LibreOffice in CI): text fits its box and no box runs over another, KPI values stay on one line,
the headline IKM carries its sample caveat, weekly charts label few points and count their axis
in whole jt/rb, every visible number is Indonesian text whatever the viewer's locale, labels
have room after their bar, tables are sized to their content. Real DuckDB, demo data."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pandas as pd
import pytest
from pptx import Presentation
from pptx.util import Emu

from gema.core import i18n, store
from gema.core.filters import Filters
from gema.presentasi import chartspec, export, pptx_chart, pptx_deck, textfit
from gema.presentasi import deck as slides
from gema.presentasi.chartspec import ChartSpec, Series

TOL = 0.01  # inches


@pytest.fixture(scope="module")
def deck(demo_db_file):
    conn = store.connect(demo_db_file, read_only=True)
    d = slides.build_deck(conn, Filters())
    conn.close()
    return d


@pytest.fixture(scope="module")
def prs(deck):
    return Presentation(io.BytesIO(export.deck_pptx(deck)))


def _inches(v: int) -> float:
    return Emu(v).inches


def _rect(sh) -> tuple[float, float, float, float]:
    return _inches(sh.left), _inches(sh.top), _inches(sh.width), _inches(sh.height)


def _slide(prs, deck, key):
    return prs.slides[deck.slide_keys().index(key)]


def _charts(pslide):
    return [sh.chart for sh in pslide.shapes if sh.has_chart]


def _size(para) -> float:
    return para.font.size.pt


@pytest.fixture(scope="module")
def prs_en(demo_db_file):
    conn = store.connect(demo_db_file, read_only=True)
    d = slides.build_deck(conn, Filters(), lang="en")
    conn.close()
    return Presentation(io.BytesIO(export.deck_pptx(d)))


@pytest.fixture(params=["id", "en"])
def any_prs(request, prs, prs_en):
    return prs if request.param == "id" else prs_en


def test_every_text_fits_its_box(any_prs):
    """Wrapped lines × line height ≤ the box: a title never runs over its subtitle."""
    for n, pslide in enumerate(any_prs.slides, start=1):
        for sh in pslide.shapes:
            if not sh.has_text_frame or not sh.text_frame.text:
                continue
            _, _, w, h = _rect(sh)
            need = sum(
                textfit.lines_needed(p.text, w, _size(p)) * textfit.line_height(_size(p))
                for p in sh.text_frame.paragraphs
            )
            assert need <= h - pptx_deck.INSET + TOL, (n, sh.text_frame.text[:50], need, h)


def test_no_shape_runs_over_another(any_prs):
    for n, pslide in enumerate(any_prs.slides, start=1):
        rects = [(sh.name, _rect(sh)) for sh in pslide.shapes]
        for i, (a, (ax, ay, aw, ah)) in enumerate(rects):
            assert ax + aw <= pptx_deck.SLIDE_W + TOL and ay + ah <= pptx_deck.SLIDE_H + TOL
            for b, (bx, by, bw, bh) in rects[i + 1 :]:
                apart = (
                    ax + aw <= bx + TOL or bx + bw <= ax + TOL
                    or ay + ah <= by + TOL or by + bh <= ay + TOL
                )  # fmt: skip
                assert apart, (n, a, b)


def test_long_title_shrinks_or_moves_the_subtitle(deck):
    long = slides.Slide(
        "judul", "Komunikasi Publik Provinsi Banten " * 2, "Sub judul", lines=("x",)
    )
    raw = export.deck_pptx(
        slides.Deck(Filters(), "id", "p", "s", datetime(2026, 1, 1), False, [long]), {}
    )
    (pslide,) = Presentation(io.BytesIO(raw)).slides
    boxes = sorted((sh for sh in pslide.shapes if sh.has_text_frame), key=lambda s: s.top)
    title, sub = boxes[0], boxes[1]
    assert sub.text_frame.text == "Sub judul"
    assert _inches(sub.top) >= _inches(title.top) + _inches(title.height) - TOL
    pt = _size(title.text_frame.paragraphs[0])
    lines = textfit.lines_needed(title.text_frame.text, _inches(title.width), pt)
    assert lines >= 2 and _inches(title.height) >= lines * textfit.line_height(pt)
    # the deck's own title stays on one line
    short = pptx_deck.title_size(deck.slides[0].title, 11.7, 48, 36)
    assert textfit.fits(deck.slides[0].title, 11.7, short)


def test_kpi_values_stay_on_one_line_and_ikm_carries_its_sample(prs, deck):
    kpi = deck.get("kpi")
    pslide = _slide(prs, deck, "kpi")
    values = {pptx_deck.kpi_value(k) for k in kpi.kpis}
    seen = 0
    for sh in pslide.shapes:
        if sh.has_text_frame and sh.text_frame.text in values:
            p = sh.text_frame.paragraphs[0]
            assert p.font.bold and _size(p) >= 24
            assert textfit.fits(p.text, _inches(sh.width), _size(p)), p.text
            seen += 1
    assert seen == len(kpi.kpis)
    ikm = next(k for k in kpi.kpis if k.key == "ikm")
    assert "(" not in pptx_deck.kpi_value(ikm)  # '81,16 · B', not '81,16 (B · Baik)'
    body = "\n".join(sh.text_frame.text for sh in pslide.shapes if sh.has_text_frame)
    (caveat,) = [c for c in kpi.caveats if c.startswith("IKM")]
    assert caveat in body and ("Krejcie" in caveat or "n tidak diketahui" in caveat)
    assert f"n = {i18n.fmt_int(1)}" not in caveat  # a real count, formatted
    assert "responden" in kpi.kpi_lines["ikm"] and kpi.kpi_lines["ikm"] in body


def test_headline_ikm_caveat_says_n_unknown_without_service_users(conn):
    """No service-user counts: the n < 30 rule and 'n tidak diketahui' (as on the Kepuasan page)."""
    from gema.kepuasan.data import Overview
    from gema.presentasi.specs import ikm_headline

    ov = Overview(ikm=90.4, mutu="A", kinerja="Sangat Baik", respondents=12, units=1, weakest=())
    groups = pd.DataFrame({"short": [True, False]})
    text, card = ikm_headline(conn, Filters().params(), ov, groups, "id")
    assert text.startswith("IKM 90,40: n tidak diketahui") and "kurang dari 30" in text
    assert "1 dari 2 kab/kota" in text
    assert card.endswith("⚠") and "n = 12" in card


def test_weekly_chart_labels_few_points_and_formats_its_axis(prs, deck):
    from pptx.enum.chart import XL_CHART_TYPE

    trend = deck.get("tren")
    n = len(trend.spec.categories)
    assert n > pptx_chart.MAX_POINT_LABELS  # the demo quarter has 14 weeks
    for chart in _charts(_slide(prs, deck, "tren")):
        plot = chart.plots[0]
        assert not plot.has_data_labels  # no label on every one of 14 points
        labelled = [
            p.data_label.text_frame.text
            for s in plot.series
            for p in list(s.points)[:n]
            if p.data_label.has_text_frame
        ]
        assert 1 <= len(labelled) <= 2, labelled
        axis = chart.value_axis
        fmt = axis.tick_labels.number_format
        assert not axis.tick_labels.number_format_is_linked
        assert "#,##" not in fmt and "." not in fmt  # no separator a locale could change
        assert axis.major_unit and axis.maximum_scale % axis.major_unit == 0
        if chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED:
            assert fmt.endswith('," jt"')  # 5 jt, 10 jt, … instead of 20000000
            names = [s.name for s in plot.series]
            assert names[-1] == trend.spec.partial_label  # the pale weeks, in the legend


def test_numbers_on_charts_are_indonesian_text(prs, deck):
    """Ranking/stacked labels are custom text with Indonesian separators (25.718.088), never a
    number format that follows the viewer's locale (25,718,088 in en-US)."""
    peta = deck.get("peta")
    (chart,) = _charts(_slide(prs, deck, "peta"))
    plot = chart.plots[0]
    assert not plot.has_data_labels
    labels = [p.data_label.text_frame.text for p in plot.series[0].points]
    assert labels == [i18n.fmt_int(v) for v in peta.spec.series[0].values]
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*", x) for x in labels), labels
    assert any("." in x for x in labels)
    for key in ("kampanye", "topik", "ikm"):
        (chart,) = _charts(_slide(prs, deck, key))
        last = chart.plots[0].series[-1]
        texts = [
            p.data_label.text_frame.text
            for p in list(last.points)[: len(deck.get(key).spec.categories)]
        ]
        assert texts == chartspec.point_labels(
            deck.get(key).spec, deck.get(key).spec.series[0], "id"
        )
        assert not any(re.search(r"\d,\d{3}\b", x) for x in texts), (key, texts)


def test_ranking_labels_have_room_after_their_bar(prs, deck):
    for key in ("peta", "kampanye", "kreator", "topik", "ikm"):
        s = deck.get(key)
        if s is None:
            continue
        (chart,) = _charts(_slide(prs, deck, key))
        (frame,) = [sh for sh in _slide(prs, deck, key).shapes if sh.has_chart]
        w = _inches(frame.width)
        spec = s.spec
        totals = [sum(x.values[j] or 0 for x in spec.series) for j in range(len(spec.categories))]
        top = max(totals) if spec.kind == "stacked" else max(v or 0 for v in spec.series[0].values)
        plot_w = pptx_chart.plot_width(spec, w, 14)
        label_w = max(
            textfit.text_width(x, 14) for x in chartspec.point_labels(spec, spec.series[0], "id")
        )
        if spec.kind == "stacked":
            continue  # the total sits inside the bar's end
        assert top / chart.value_axis.maximum_scale * plot_w + label_w <= plot_w + TOL, key


def test_ikm_labels_are_short_and_the_footnote_says_it_all(prs, deck):
    ikm = deck.get("ikm")
    (chart,) = _charts(_slide(prs, deck, "ikm"))
    labels = [p.data_label.text_frame.text for p in chart.plots[0].series[0].points]
    assert all(len(x) <= 12 for x in labels), labels  # '90,40 · A ⚠', never a sentence
    assert all(re.fullmatch(r"\d{2,3},\d{2} · [ABCD]( ⚠)?", x) for x in labels), labels
    assert sum(x.endswith("⚠") for x in labels) == int(ikm.data["short"].sum()) > 0
    body = "\n".join(
        sh.text_frame.text for sh in _slide(prs, deck, "ikm").shapes if sh.has_text_frame
    )
    assert "Krejcie" in body and "n = 57" not in "".join(labels)


def test_tables_fit_their_content(prs, deck):
    """No tall empty header row; every column as wide as its longest word; the widest column
    is the one with the most text ('Acara', not the date)."""
    for key in ("agenda", "suara"):
        s = deck.get(key)
        (shape,) = [sh for sh in _slide(prs, deck, key).shapes if sh.has_table]
        table = shape.table
        pt = _size(table.cell(1, 0).text_frame.paragraphs[0])
        widths = [_inches(c.width) for c in table.columns]
        assert sum(widths) == pytest.approx(_inches(shape.width), abs=TOL)
        heads = [table.cell(0, j).text for j in range(len(widths))]
        assert all(h.strip() for h in heads) and heads == [str(c) for c in s.table.columns]
        head_lines = max(textfit.lines_needed(h, w, pt) for h, w in zip(heads, widths, strict=True))
        assert _inches(table.rows[0].height) <= head_lines * textfit.line_height(pt) + 0.15
        for j, w in enumerate(widths):
            words = [x for r in range(len(table.rows)) for x in table.cell(r, j).text.split()]
            assert (
                textfit.text_width(max(words, key=lambda x: textfit.text_width(x, pt)), pt) + 0.2
                <= w + TOL
            )
        longest = [
            max(len(table.cell(r, j).text) for r in range(1, len(table.rows)))
            for j in range(len(widths))
        ]
        assert widths.index(max(widths)) == longest.index(max(longest)), (key, widths)
    agenda = [sh for sh in _slide(prs, deck, "agenda").shapes if sh.has_table][0].table
    assert agenda.cell(0, 1).text == "Acara"
    assert _inches(agenda.columns[1].width) > _inches(agenda.columns[0].width)


def test_axis_scale_and_labelled_points():
    assert pptx_chart.axis_scale(20_000_000) == (20e6, 5e6, '[=0]0;0,," jt"')
    assert pptx_chart.axis_scale(16_000_000) == (20e6, 5e6, '[=0]0;0,," jt"')
    assert pptx_chart.axis_scale(663) == (800, 200, "0")
    assert pptx_chart.axis_scale(45_000, "en")[2] == '[=0]0;0," K"'
    for top in (7, 93, 1234, 9_999_999, 3.2e9):
        maximum, step, _ = pptx_chart.axis_scale(top)
        assert maximum >= top and maximum % step == 0 and maximum / step <= 5
    assert pptx_chart.labelled_points([1.0, 5.0, 2.0]) == [0, 1, 2]
    many = [float(x) for x in range(14)]
    many[3] = 99.0
    assert pptx_chart.labelled_points(many) == [3, 13]


def test_textfit_estimate():
    assert not textfit.fits("130.661.976", 3.9, 40)  # the value that wrapped in LibreOffice
    assert textfit.fits("130.661.976", 3.9, 32)
    assert textfit.lines_needed("Komunikasi Publik Provinsi Banten", 11.7, 48) == 2
    assert textfit.fit_size(["Komunikasi Publik Provinsi Banten"], 11.7, 48, 30) < 48


def test_screen_charts_come_from_the_chart_spec(deck):
    """Trend, topics and IKM on the Presentasi page are drawn from the same ChartSpec as the
    PPTX and PDF (issue 12: one definition, three renderers)."""
    trend = deck.get("tren")
    bars = [t for t in trend.figure.data if t.type == "bar"]
    shown = [list(t.x) for t in bars]
    assert sum(len(x) for x in shown) == len(trend.spec.categories)
    assert set().union(*map(set, shown)) == set(trend.spec.categories)
    if trend.spec.markers:
        assert any(getattr(t, "meta", None) == "agenda" for t in trend.figure.data)
    topics = deck.get("topik")
    assert topics.spec.kind == "stacked"
    assert [t.name for t in topics.figure.data] == [s.name for s in topics.spec.series]
    assert list(topics.figure.data[-1].text) == topics.spec.labels
    ikm = deck.get("ikm")
    (bar,) = ikm.figure.data
    assert list(bar.text) == ikm.spec.labels
    assert [str(y).replace("<br>", " ") for y in bar.y] == ikm.spec.categories


def test_stacked_spec_renders_everywhere():
    from fpdf import FPDF

    spec = ChartSpec(
        "stacked",
        ["Jalan", "Banjir"],
        [Series("Negatif", [72.0, 10.0], colour="#D55E00"), Series("Lain", [28.0, 90.0])],
        labels=["100", "100"],
        part_share=True,
    )
    assert chartspec.part_shares(spec, "id") == ["72%", "10%"]
    fig = chartspec.to_plotly(spec)
    assert list(fig.data[0].text) == ["72%", "10%"] and list(fig.data[1].text) == ["100", "100"]
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    chartspec.draw_pdf(pdf, spec, 250, "id")
    assert bytes(pdf.output()).startswith(b"%PDF")


def test_share_labels_are_white_on_dark_parts(prs, deck):
    """The sentiment shares' 'Positif' part is dark: its percentages are white, the light
    'Netral' and the orange 'Negatif' parts keep black ones (read on a projector)."""
    from gema.core.figures import SENTIMENT_COLOURS
    from gema.presentasi.pptx_chart import _dark

    assert _dark(SENTIMENT_COLOURS["positif"])
    assert not _dark(SENTIMENT_COLOURS["netral"]) and not _dark(SENTIMENT_COLOURS["negatif"])
    (chart,) = _charts(_slide(prs, deck, "sentimen"))
    positive, neutral = chart.plots[0].series[0], chart.plots[0].series[1]
    assert str(positive.data_labels.font.color.rgb) == "FFFFFF"
    assert neutral.data_labels.font.color.type is None  # plot-wide black
