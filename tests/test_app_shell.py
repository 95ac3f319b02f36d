"""The app shell: navigation lists only existing pages, filters survive in the URL."""

from __future__ import annotations

from datetime import date

from gema import nav
from gema.core.filters import Filters


def test_app_opens_without_exception(app_for):
    at = app_for()
    assert not at.exception


def test_filters_round_trip_through_query_string():
    f = Filters(
        period="custom", start=date(2024, 7, 1), end=date(2024, 9, 30), kabkota=("3601", "3674")
    )
    again = Filters.from_query(f.to_query())
    assert again == f
    assert f.previous().end == date(2024, 6, 30) and f.previous().days == f.days


def test_unknown_period_falls_back_to_default():
    assert Filters.from_query({"periode": "zzz"}, today=date(2024, 7, 1)).period == "90d"


def test_every_registered_page_file_exists():
    missing = [p.path for p in nav.PAGES if not (nav.ROOT / p.path).is_file()]
    assert missing == [], f"pages registered but not written: {missing}"


def test_column_widths_of_an_empty_table():
    """An empty table (a page with a filter that matches nothing) still gets widths: the
    header's, never a crash on a column without a string dtype."""
    import pandas as pd

    from gema.ui.widgets import column_widths

    widths = column_widths(pd.DataFrame({"Biaya/interaksi": pd.Series([], dtype=float)}))
    assert widths["Biaya/interaksi"] >= len("Biaya/interaksi") * 8
