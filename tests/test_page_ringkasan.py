"""Ringkasan page: KPI cards with changes, the change list, trend and rankings; empty state."""

from __future__ import annotations

PAGE = "pages/ringkasan.py"


def test_ringkasan_on_data(dashboard_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    labels = [m.label for m in at.metric]
    for label in ("Jangkauan", "Interaksi", "Aspirasi", "Sentimen bersih", "Tingkat interaksi"):
        assert label in labels
    assert labels[:5] == [
        "Jangkauan",
        "Interaksi",
        "Aspirasi",
        "Sentimen bersih",
        "Tingkat interaksi",
    ]
    reach = next(m for m in at.metric if m.label == "Jangkauan")
    assert reach.value.endswith(("rb", "jt")) and reach.delta  # compared with the previous period
    er = next(m for m in at.metric if m.label == "Tingkat interaksi")
    assert "jangkauan" in er.help  # the denominator is stated
    net = next(m for m in at.metric if m.label == "Sentimen bersih")
    assert "(positif − negatif)" in net.help
    subheaders = [s.value for s in at.subheader]
    assert "Apa yang berubah" in subheaders and "Topik teratas" in subheaders
    assert len(at.get("plotly_chart")) >= 3


def test_ringkasan_empty_database_says_what_to_upload(conn, app_for):
    at = app_for(PAGE, role="staf")
    assert not at.exception
    text = " ".join(i.value for i in at.info)
    assert "Unggah data" in text and "Konten/posts" in text and "Aspirasi/feedback" in text
    assert not at.metric


def test_ringkasan_in_english(dashboard_db, app_for):
    at = app_for(None, role="pimpinan")
    at.session_state["gema_lang"] = "en"
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert at.title[0].value == "Overview"
    assert "Reach" in [m.label for m in at.metric]
    assert "What changed" in [s.value for s in at.subheader]


def test_ringkasan_on_demo_data(demo_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    assert len(at.metric) >= 10
    assert any("Data contoh" in i.value for i in at.info)  # the demo banner
    assert at.markdown  # the 'apa yang berubah' list or its 'no notable change' caption


def test_ringkasan_all_data_has_no_comparison(dashboard_db, app_for):
    from gema.core.filters import Filters
    from gema.ui import FILTERS_KEY

    at = app_for(None, role="pimpinan")
    at.session_state[FILTERS_KEY] = Filters.from_query({"periode": "all"})
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    assert any("tanpa perbandingan" in c.value for c in at.caption)
    assert all(m.delta in (None, "") for m in at.metric)
