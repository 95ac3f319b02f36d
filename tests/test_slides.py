"""The slide deck (issue 5): order, kiosk subset, empty store, notes equal the named queries."""

from __future__ import annotations

from gema.core import i18n, store
from gema.core.filters import Filters
from gema.presentasi import deck as slides
from gema.presentasi import look
from gema.ringkasan import data as ringkasan_data

FULL = [
    "judul",
    "kpi",
    "tren",
    "agenda",
    "peta",
    "kampanye",
    "kreator",
    "topik",
    "suara",
    "sentimen",
    "ikm",
]


def test_demo_deck_order_and_content(demo_db):
    conn = store.connect(demo_db)
    f = Filters()
    deck = slides.build_deck(conn, f)
    assert deck.slide_keys() == FULL
    assert deck.demo and deck.has_data
    assert deck.scope_text == "Seluruh Banten"
    for s in deck.slides:
        assert s.title and s.notes, s.key
        assert (s.figure is not None) or s.kpis or s.lines or (s.table is not None), s.key
    # the notes carry the same figures as the named queries, in Indonesian format
    camp = ringkasan_data.top_campaigns(conn, f, limit=slides.TOP_N)
    first = deck.get("kampanye").notes[0]
    assert camp.iloc[0]["campaign"] in first and i18n.fmt_int(camp.iloc[0]["reach"]) in first
    reach = next(k for k in ringkasan_data.kpis(conn, f) if k.key == "reach")
    assert any(
        n.startswith(f"Jangkauan: {i18n.fmt_int(reach.value)}") for n in deck.get("kpi").notes
    )
    # the figures are the dashboards' own, enlarged for the projector
    assert deck.get("tren").figure.layout.font.size == look.SLIDE_FONT
    # "suara warga" quotes text without any author column
    assert "author" not in deck.get("suara").data.columns
    conn.close()


def test_kiosk_deck_has_no_names_or_quotes(demo_db):
    conn = store.connect(demo_db)
    deck = slides.build_deck(conn, Filters(), kiosk=True)
    assert "kreator" not in deck.slide_keys() and "suara" not in deck.slide_keys()
    assert deck.slide_keys()[0] == "judul" and "kpi" in deck.slide_keys()
    conn.close()


def test_filters_reach_the_deck(demo_db):
    conn = store.connect(demo_db)
    f = Filters(kabkota=("3602",))
    deck = slides.build_deck(conn, f, lang="en")
    assert deck.scope_text == "Kab. Lebak"
    assert "Kab. Lebak" in deck.slides[0].lines
    assert deck.get("kampanye").data.equals(
        ringkasan_data.top_campaigns(conn, f, limit=slides.TOP_N)
    )
    assert deck.get("kpi").title == "Headline figures"
    conn.close()


def test_empty_store_gives_only_the_title(conn):
    deck = slides.build_deck(conn, Filters())
    assert deck.slide_keys() == ["judul"]
    assert not deck.has_data
