"""Jangkauan: how far campaigns and creators reach (pages/jangkauan.py).

data (content KPIs, series, campaign table, creator leaderboard, platform mix, top content,
daily account trend) · figures (over time, platform mix, account trend) · frames (display
tables) · page (`page_data`).
"""

from gema.jangkauan.data import DEFAULT_MIN_POSTS
from gema.jangkauan.figures import SERIES_VIEWS
from gema.jangkauan.page import PageData, page_data

__all__ = ["DEFAULT_MIN_POSTS", "SERIES_VIEWS", "PageData", "page_data"]
