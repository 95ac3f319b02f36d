"""Dashboard benchmark (issue 3, item 9): every dashboard page's named queries at 1,000,000 posts
and 500,000 feedback rows, against pandas computing the same figures from the same data in the
same run, and the browser time until each page is ready.

    .venv/bin/python bench/dashboard_bench.py [--posts 1000000] [--feedback 500000]
        [--db bench/out/dashboard.duckdb] [--fresh] [--runs 5] [--no-browser]

1. Data: the seeded demo year (gema.demo, scale 1: realistic campaigns, accounts, heavy-tailed
   reach, Indonesian feedback with computed labels, SKM) is loaded, then posts and feedback are
   multiplied inside DuckDB (vectorised INSERT … SELECT over range(k)) up to the wanted counts:
   each copy is shifted by a deterministic pseudo-random number of hours inside the demo year and
   gets its own post/feedback id. Generation is timed separately and the file is reused by later
   runs (`--fresh` rebuilds it).
2. Queries: each page script runs once under Streamlit's AppTest with `gema.store.run/execute`
   wrapped, which records the exact named queries the page runs and their parameters (default
   filters: last 90 days, no other filter). Those calls are replayed on a fresh read-only
   connection (cold) and then `--runs` times (warm, median). Target: ≤ 250 ms warm per page.
3. pandas: posts, feedback (labels with corrections applied), accounts, campaigns, regions and
   the SKM tables are loaded into DataFrames (load time printed apart), and each page's figures
   are computed again with pandas (the main figures of each page; see PANDAS_PAGES); ratio =
   DuckDB warm ÷ pandas. Headline numbers are compared to make sure both compute the same thing.
4. Browser: `streamlit run` on that database, headless Chromium signs in, then each page is
   opened through the sidebar: time from the click to stApp notRunning with its charts drawn.
   Target: ≤ 3 s per page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gema import demo, nav, store  # noqa: E402
from gema.filters import Filters  # noqa: E402

OUT = ROOT / "bench" / "out"
PAGES = ("ringkasan", "peta", "jangkauan", "aspirasi", "kepuasan")
QUERY_TARGET_MS = 250.0
BROWSER_TARGET_S = 3.0

# Multiply the demo rows inside DuckDB. Copy k of row r is shifted by a pseudo-random number of
# hours (hash of key and k) and wrapped back into the demo year, so the weekly pattern, the
# heavy-tailed reach and the kab/kota mix of the demo survive while the rows spread over time.
INFLATE_POSTS = """
INSERT INTO posts (platform, account, campaign, published_at, kabkota, post_id, url, title, views,
                   impressions, reach, likes, comments, shares, saves, cost, batch_id, extra)
SELECT p.platform, p.account, p.campaign,
       $year_start + to_seconds(CAST((epoch(p.published_at) - epoch($year_start)
            + (hash(p.post_key, k.k) % 8760) * 3600) % (365 * 86400) AS BIGINT)),
       p.kabkota, p.post_id || '-x' || k.k, p.url || '?x=' || k.k, p.title,
       p.views, p.impressions, p.reach, p.likes, p.comments, p.shares, p.saves, p.cost,
       p.batch_id, p.extra
FROM (SELECT * FROM posts ORDER BY post_key LIMIT $base) p, range(1, $copies + 1) k(k)
ORDER BY k.k, p.post_key
LIMIT $wanted
"""
INFLATE_FEEDBACK = """
INSERT INTO feedback (received_at, channel, kabkota, topic, topic_source, text, author,
                      author_type, author_location, sentiment, sentiment_score, sentiment_source,
                      status, status_updated_at, feedback_id, post_id, fgd_session_id, batch_id,
                      created_by, extra)
SELECT $year_start + to_seconds(CAST((epoch(f.received_at) - epoch($year_start)
            + (hash(f.feedback_key, k.k) % 8760) * 3600) % (365 * 86400) AS BIGINT)),
       f.channel, f.kabkota, f.topic, f.topic_source, f.text, f.author, f.author_type,
       f.author_location, f.sentiment, f.sentiment_score, f.sentiment_source, f.status,
       f.status_updated_at, f.feedback_id || '-x' || k.k, f.post_id, f.fgd_session_id,
       f.batch_id, f.created_by, f.extra
FROM (SELECT * FROM feedback ORDER BY feedback_key LIMIT $base) f, range(1, $copies + 1) k(k)
ORDER BY k.k, f.feedback_key
LIMIT $wanted
"""


def _count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def build_database(path: Path, posts: int, feedback: int, fresh: bool) -> dict[str, float]:
    """The benchmark store; reused when it already has the wanted row counts."""
    if path.exists() and not fresh:
        c = duckdb.connect(str(path), read_only=True)
        try:
            if _count(c, "posts") == posts and _count(c, "feedback") == feedback:
                return {"reused": 1.0}
        finally:
            c.close()
    for p in (path, path.with_suffix(path.suffix + ".wal")):
        p.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    conn = store.connect(path)
    end = date.today()
    demo.load_demo(conn, seed=demo.DEFAULT_SEED, end=end, scale=1.0)
    timings["demo (scale 1, incl. sentiment labels)"] = time.perf_counter() - t0
    year_start = datetime.combine(end - timedelta(days=364), datetime.min.time())
    for table, sql, wanted in (("posts", INFLATE_POSTS, posts), ("feedback", INFLATE_FEEDBACK,
                                                                  feedback)):  # fmt: skip
        t1 = time.perf_counter()
        base = _count(conn, table)
        missing = wanted - base
        if missing > 0:
            copies = -(-missing // base)
            conn.execute(
                sql,
                {"year_start": year_start, "base": base, "copies": copies, "wanted": missing},
            )
        elif missing < 0:  # fewer wanted than the demo has: keep the first rows
            key = "post_key" if table == "posts" else "feedback_key"
            conn.execute(
                f"DELETE FROM {table} WHERE {key} NOT IN "  # noqa: S608
                f"(SELECT {key} FROM {table} ORDER BY {key} LIMIT {int(wanted)})"
            )
        timings[f"{table}: {base:,} → {wanted:,}"] = time.perf_counter() - t1
    t1 = time.perf_counter()
    conn.execute("CHECKPOINT")
    conn.close()
    timings["checkpoint"] = time.perf_counter() - t1
    timings["total"] = time.perf_counter() - t0
    return timings
