"""The shared-filter table macros (queries/schema/051_filter_macros.sql, 052_feedback_rows_macro.sql)
return exactly the rows of the written-out filter they replace, so every named query reading them
keeps its figures."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from gema.core import store

# The filter as DEVELOPERS.md spells it out; the macros must select the same rows.
POSTS_WRITTEN_OUT = """
SELECT post_key FROM posts
WHERE published_at >= $start AND published_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($campaign) = 0 OR list_contains($campaign, campaign))
  AND (len($platform) = 0 OR list_contains($platform, platform))
ORDER BY post_key
"""
POSTS_MACRO = """
SELECT post_key FROM posts_in($start, $end, $kabkota, $campaign, $platform) ORDER BY post_key
"""
FEEDBACK_WRITTEN_OUT = """
SELECT feedback_key, topic, sentiment, status FROM feedback_effective
WHERE received_at >= $start AND received_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($channel) = 0 OR list_contains($channel, channel))
ORDER BY feedback_key
"""
FEEDBACK_MACRO = """
SELECT feedback_key, topic, sentiment, status FROM feedback_in($start, $end, $kabkota, $channel)
ORDER BY feedback_key
"""
FEEDBACK_ROWS_MACRO = """
SELECT feedback_key FROM feedback_rows_in($start, $end, $kabkota, $channel) ORDER BY feedback_key
"""


@pytest.fixture(scope="module")
def demo(demo_db_file: Path):
    c = store.connect(demo_db_file, read_only=True)
    yield c
    c.close()


def _period(c: duckdb.DuckDBPyConnection) -> tuple[datetime, datetime]:
    end = c.execute("SELECT max(published_at) FROM posts").fetchone()[0]
    return end - timedelta(days=60), end


def _first(c: duckdb.DuckDBPyConnection, column: str, table: str, n: int) -> list[str]:
    sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1 LIMIT {n}"
    return [r[0] for r in c.execute(sql).fetchall()]


@pytest.mark.parametrize("which", ["none", "kabkota", "all"])
def test_posts_in_selects_the_written_out_rows(demo: duckdb.DuckDBPyConnection, which: str) -> None:
    start, end = _period(demo)
    params = {"start": start, "end": end, "kabkota": [], "campaign": [], "platform": []}
    if which != "none":
        params["kabkota"] = _first(demo, "kabkota", "posts", 2)
    if which == "all":
        params["campaign"] = _first(demo, "campaign", "posts", 3)
        params["platform"] = _first(demo, "platform", "posts", 2)
    want = demo.execute(POSTS_WRITTEN_OUT, params).fetchall()
    assert want, "the demo period must hold posts, or this test proves nothing"
    assert demo.execute(POSTS_MACRO, params).fetchall() == want


@pytest.mark.parametrize("which", ["none", "kabkota", "all"])
def test_feedback_macros_select_the_written_out_rows(
    demo: duckdb.DuckDBPyConnection, which: str
) -> None:
    start, end = _period(demo)
    params = {"start": start, "end": end, "kabkota": [], "channel": []}
    if which != "none":
        params["kabkota"] = _first(demo, "kabkota", "feedback", 3)
    if which == "all":
        params["channel"] = _first(demo, "channel", "feedback", 2)
    want = demo.execute(FEEDBACK_WRITTEN_OUT, params).fetchall()
    assert want, "the demo period must hold feedback, or this test proves nothing"
    assert demo.execute(FEEDBACK_MACRO, params).fetchall() == want
    # feedback_rows_in skips the corrections join: same rows, only the labels may differ.
    assert demo.execute(FEEDBACK_ROWS_MACRO, params).fetchall() == [(r[0],) for r in want]


def test_a_value_nobody_has_selects_nothing(demo: duckdb.DuckDBPyConnection) -> None:
    """A non-empty list filters (only an empty list means "no filter")."""
    start, end = _period(demo)
    none = {"start": start, "end": end, "kabkota": ["9999"], "campaign": [], "platform": []}
    assert demo.execute(POSTS_MACRO, none).fetchall() == []
    fb = {"start": start, "end": end, "kabkota": [], "channel": ["no such channel"]}
    assert demo.execute(FEEDBACK_MACRO, fb).fetchall() == []
    assert demo.execute(FEEDBACK_ROWS_MACRO, fb).fetchall() == []
