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
2. Queries: each page script runs once under Streamlit's AppTest with `gema.core.store.run/execute`
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

from gema import demo, nav  # noqa: E402
from gema.core import store  # noqa: E402
from gema.core.filters import Filters  # noqa: E402

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


# --- 2. the exact named queries of each page ---------------------------------------------------
@dataclass
class Call:
    name: str
    params: dict[str, Any]
    kind: str  # "run" or "execute" (store.scalar goes through execute)


@dataclass
class Recorder:
    calls: list[Call] = field(default_factory=list)
    on: bool = False


@contextmanager
def recording(rec: Recorder):
    """Wrap gema.core.store.run/execute so every named query a page runs is recorded (name and
    parameters), exactly as the page's code passes them."""
    orig_run, orig_execute = store.run, store.execute

    def run(conn, name, /, **params):
        if rec.on:
            rec.calls.append(Call(name, dict(params), "run"))
        return orig_run(conn, name, **params)

    def execute(conn, name, /, **params):
        if rec.on:
            rec.calls.append(Call(name, dict(params), "execute"))
        return orig_execute(conn, name, **params)

    store.run, store.execute = run, execute
    try:
        yield rec
    finally:
        store.run, store.execute = orig_run, orig_execute


def record_page_queries(
    db: Path, periode: str = "90d"
) -> tuple[dict[str, list[Call]], dict[str, float]]:
    """Run each page script (under app.py, signed in as admin, default filters) in AppTest and
    keep the named queries it ran. Also returns the whole server-side run time of each page."""
    from streamlit.testing.v1 import AppTest

    from gema.ui import USER_KEY

    os.environ["GEMA_DB"] = str(db)
    specs = {p.url_path: p for p in nav.PAGES}
    calls: dict[str, list[Call]] = {}
    script_s: dict[str, float] = {}
    rec = Recorder()
    with recording(rec):
        for name in PAGES:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
            at.session_state[USER_KEY] = {"username": "bench", "role": "admin"}
            at.query_params["periode"] = periode  # read by gema.ui.filters() on first use
            at.run()
            at.switch_page(specs[name].path)
            rec.calls, rec.on = [], True
            t0 = time.perf_counter()
            at.run()
            script_s[name] = time.perf_counter() - t0
            rec.on = False
            if at.exception:
                raise RuntimeError(f"{name}: {at.exception[0].message}")
            calls[name] = [c for c in rec.calls if not c.name.startswith(("audit/", "auth/"))]
    store.close_shared()
    return calls, script_s


def replay(conn: duckdb.DuckDBPyConnection, calls: list[Call]) -> list[float]:
    """Run the recorded calls in order; seconds per call (results fetched, as the page does)."""
    out = []
    for c in calls:
        t0 = time.perf_counter()
        if c.kind == "run":
            store.run(conn, c.name, **c.params)
        else:
            store.execute(conn, c.name, **c.params).fetchall()
        out.append(time.perf_counter() - t0)
    return out


@dataclass
class QueryTimes:
    cold_ms: float
    warm_ms: float
    per_query_warm_ms: dict[str, float]
    n_queries: int


def time_queries(db: Path, calls: dict[str, list[Call]], runs: int) -> dict[str, QueryTimes]:
    out: dict[str, QueryTimes] = {}
    for page, page_calls in calls.items():
        cold_conn = duckdb.connect(str(db), read_only=True)  # fresh connection: cold caches
        cold = sum(replay(cold_conn, page_calls))
        cold_conn.close()
        conn = duckdb.connect(str(db), read_only=True)
        replay(conn, page_calls)  # warm-up
        samples = [replay(conn, page_calls) for _ in range(runs)]
        conn.close()
        totals = [sum(s) for s in samples]
        per: dict[str, float] = {}
        for i, c in enumerate(page_calls):
            per[c.name] = per.get(c.name, 0.0) + statistics.median(s[i] for s in samples) * 1000
        out[page] = QueryTimes(cold * 1000, statistics.median(totals) * 1000, per, len(page_calls))
    return out


# --- 3. the same figures with pandas ------------------------------------------------------------
@dataclass
class Frames:
    posts: pd.DataFrame
    feedback: pd.DataFrame
    accounts: pd.DataFrame
    campaigns: pd.DataFrame
    regions: pd.DataFrame
    skm: pd.DataFrame  # one row per answer: response columns + unsur, score


def load_frames(db: Path) -> Frames:
    c = duckdb.connect(str(db), read_only=True)
    try:
        return Frames(
            posts=c.execute(
                "SELECT platform, account, campaign, published_at, kabkota, title, url, views,"
                " impressions, reach, likes, comments, shares, saves, cost FROM posts"
            ).df(),
            # labels with staff corrections applied, as every feedback query reads them
            feedback=c.execute(
                "SELECT feedback_key, received_at, channel, kabkota, topic, sentiment, status,"
                " status_updated_at, author, text FROM feedback_effective"
            ).df(),
            accounts=c.execute("SELECT * FROM accounts").df(),
            campaigns=c.execute("SELECT * FROM campaigns").df(),
            regions=c.execute("SELECT kode, nama, population FROM regions").df(),
            skm=c.execute(
                "SELECT r.response_key, trim(r.unit) AS unit, r.kabkota, r.submitted_at,"
                " s.unsur, s.score FROM skm_responses r JOIN skm_scores s USING (response_key)"
            ).df(),
        )
    finally:
        c.close()


def _in(df: pd.DataFrame, col: str, lo: datetime, hi: datetime) -> pd.DataFrame:
    ts = df[col]
    return df[(ts >= lo) & (ts < hi)]


def _eng(p: pd.DataFrame) -> pd.Series:
    return p[["likes", "comments", "shares", "saves"]].fillna(0).sum(axis=1)


def _week(ts: pd.Series) -> pd.Series:
    return ts.dt.to_period("W-SUN").dt.start_time


def pd_kpi_posts(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["prev_start"], q["end"])
    p = p.assign(
        period=np.where(p["published_at"] >= q["start"], "cur", "prev"),
        views2=p["impressions"].fillna(p["views"]),
        eng=_eng(p),
        acct=p["platform"] + "\x1f" + p["account"],
    )
    pos = p["reach"] > 0
    p = p.assign(er_num=p["eng"].where(pos), er_den=p["reach"].where(pos))
    return p.groupby("period").agg(
        posts=("platform", "size"),
        reach=("reach", "sum"),
        views=("views2", "sum"),
        engagements=("eng", "sum"),
        er_numerator=("er_num", "sum"),
        er_denominator=("er_den", "sum"),
        active_accounts=("acct", "nunique"),
    )


def pd_kpi_feedback(fr: Frames, q: dict) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["prev_start"], q["end"])
    f = f.assign(period=np.where(f["received_at"] >= q["start"], "cur", "prev"))
    out = f.groupby("period").agg(feedback=("channel", "size"), labelled=("sentiment", "count"))
    split = pd.crosstab(f["period"], f["sentiment"])
    return out.join(split)


def pd_weekly_trend(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    r = p.groupby(_week(p["published_at"])).agg(reach=("reach", "sum"), posts=("reach", "size"))
    fb = f.groupby(_week(f["received_at"])).size().rename("feedback")
    return r.join(fb, how="outer").fillna(0)


def pd_top_campaigns(fr: Frames, q: dict, limit: int = 5) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["campaign"])
    g = (
        p.assign(eng=_eng(p))
        .groupby("campaign")
        .agg(posts=("eng", "size"), reach=("reach", "sum"), engagements=("eng", "sum"))
    )
    return g.sort_values("reach", ascending=False).head(limit)


def pd_top_topics(fr: Frames, q: dict, limit: int = 8) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["prev_start"], q["end"])
    cur = f["received_at"] >= q["start"]
    g = f.assign(
        cur=cur, prev=~cur, neg=cur & (f["sentiment"] == "negatif"),
        pos=cur & (f["sentiment"] == "positif"),
    ).groupby("topic", dropna=False)[["cur", "prev", "neg", "pos"]].sum()  # fmt: skip
    return g[g["cur"] > 0].sort_values("cur", ascending=False).head(limit)


def pd_changes(fr: Frames, q: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    f = _in(fr.feedback, "received_at", q["prev_start"], q["end"]).dropna(
        subset=["kabkota", "topic"]
    )
    cur = f["received_at"] >= q["start"]
    neg = f["sentiment"] == "negatif"
    f = f.assign(cur=cur, prev=~cur, cur_neg=cur & neg, prev_neg=~cur & neg)
    cols = ["cur", "prev", "cur_neg", "prev_neg"]
    levels = pd.concat(
        [f.groupby(["kabkota", "topic"])[cols].sum().reset_index(),
         f.groupby("kabkota")[cols].sum().reset_index(),
         f.groupby("topic")[cols].sum().reset_index()]
    )  # fmt: skip
    p = _in(fr.posts, "published_at", q["prev_start"], q["end"]).dropna(subset=["kabkota"])
    is_cur = p["published_at"] >= q["start"]
    reach = (
        p.assign(cur=p["reach"].where(is_cur, 0), prev=p["reach"].where(~is_cur, 0))
        .groupby("kabkota")[["cur", "prev"]]
        .sum()
    )
    return levels, reach


def pd_map_values(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["kabkota"])
    pg = p.assign(eng=_eng(p), acct=p["platform"] + ":" + p["account"]).groupby("kabkota").agg(
        posts=("eng", "size"), reach=("reach", "sum"), engagements=("eng", "sum"),
        active_accounts=("acct", "nunique"),
    )  # fmt: skip
    f = _in(fr.feedback, "received_at", q["start"], q["end"]).dropna(subset=["kabkota"])
    fg = f.assign(pos=f["sentiment"] == "positif", neg=f["sentiment"] == "negatif").groupby(
        "kabkota"
    ).agg(feedback=("pos", "size"), labelled=("sentiment", "count"), positif=("pos", "sum"),
          negatif=("neg", "sum"))  # fmt: skip
    out = fr.regions.set_index("kode").join(pg).join(fg).fillna(0)
    out["reach_per_1000"] = out["reach"] * 1000 / out["population"]
    out["feedback_per_100k"] = out["feedback"] * 100_000 / out["population"]
    out["net_sentiment"] = 100 * (out["positif"] - out["negatif"]) / out["labelled"]
    return out


def pd_unmapped(fr: Frames, q: dict) -> tuple[int, float, int]:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    p = p[p["kabkota"].isna()]
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return len(p), float(p["reach"].sum()), int(f["kabkota"].isna().sum())


def pd_reach_by_campaign_week(fr: Frames, q: dict, top: int = 6) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    p = p.assign(week=_week(p["published_at"]), eng=_eng(p), reach0=p["reach"].fillna(0))
    ranked = p.groupby("campaign")["reach0"].sum().sort_values(ascending=False)
    keep = set(ranked.index[:top])
    series = (
        p["campaign"]
        .where(p["campaign"].isin(keep), "Lainnya")
        .where(p["campaign"].notna(), "Tanpa kampanye")
    )
    return p.assign(series=series).groupby(["week", "series"])[["reach0", "eng"]].sum()


def pd_campaign_table(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["campaign"])
    eng = _eng(p)
    pos = p["reach"] > 0
    p = p.assign(
        eng=eng, er_num=eng.where(pos), er_den=p["reach"].where(pos),
        eng_cost=eng.where(p["cost"].notna()), acct=p["platform"] + "\x1f" + p["account"],
    )  # fmt: skip
    g = p.groupby("campaign").agg(
        posts=("eng", "size"), accounts=("acct", "nunique"), reach=("reach", "sum"),
        engagements=("eng", "sum"), er_num=("er_num", "sum"), er_den=("er_den", "sum"),
        cost=("cost", "sum"), eng_cost=("eng_cost", "sum"),
    )  # fmt: skip
    g["engagement_rate"] = g["er_num"] / g["er_den"].replace(0, np.nan)
    g["cost_per_engagement"] = g["cost"] / g["eng_cost"].replace(0, np.nan)
    c = fr.campaigns.groupby("name").agg(
        opd=("opd", "first"), start_date=("start_date", "min"), end_date=("end_date", "max"),
        budget=("budget", "max"),
    )  # fmt: skip
    return g.join(c).sort_values("reach", ascending=False)


def pd_creators(fr: Frames, q: dict, min_posts: int = 3, limit: int = 50) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["account"])
    eng = _eng(p)
    pos = p["reach"] > 0
    p = p.assign(eng=eng, er_num=eng.where(pos), er_den=p["reach"].where(pos))
    g = p.groupby(["platform", "account"]).agg(
        posts=("eng", "size"), reach=("reach", "sum"), engagements=("eng", "sum"),
        er_num=("er_num", "sum"), er_den=("er_den", "sum"),
    )  # fmt: skip
    a = fr.accounts.groupby(["platform", "handle"]).agg(
        display_name=("display_name", "first"), followers=("followers", "max"),
        is_icn=("is_icn", "any"),
    )  # fmt: skip
    a.index = a.index.set_names(["platform", "account"])
    g = g.join(a)
    g["engagement_rate"] = g["er_num"] / g["er_den"].replace(0, np.nan)
    g["eligible"] = int((g["posts"] >= min_posts).sum())
    return g[g["posts"] >= min_posts].sort_values("reach", ascending=False).head(limit)


def pd_platform_mix(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    g = p.assign(eng=_eng(p), v=p["impressions"].fillna(p["views"])).groupby("platform").agg(
        posts=("eng", "size"), reach=("reach", "sum"), views=("v", "sum"),
        engagements=("eng", "sum"),
    )  # fmt: skip
    for col in ("posts", "reach", "engagements"):
        g[f"{col}_share"] = g[col] / g[col].sum()
    return g.sort_values("reach", ascending=False)


def pd_content_table(fr: Frames, q: dict, limit: int = 100) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    top = p.sort_values(["reach", "published_at"], ascending=[False, False], na_position="last")
    top = top.head(limit)
    return top.assign(engagements=_eng(top))


def pd_followup(fr: Frames, q: dict, sla: int = 14) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    today = pd.Timestamp(q["today"])
    age = (today.normalize() - f["received_at"].dt.normalize()).dt.days
    open_ = f["status"] != "selesai"
    return (
        f.assign(overdue=open_ & (age > sla), age=age.where(open_))
        .groupby("status")
        .agg(
            feedback=("overdue", "size"),
            overdue=("overdue", "sum"),
            median_age_days=("age", "median"),
        )
    )


def pd_feedback_by_channel_week(fr: Frames, q: dict) -> pd.Series:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.groupby([_week(f["received_at"]), "channel"]).size()


def pd_sentiment_by_channel(fr: Frames, q: dict) -> pd.Series:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.groupby(["channel", "sentiment"], dropna=False).size()


def pd_kabkota_topic(fr: Frames, q: dict) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.assign(neg=f["sentiment"] == "negatif").groupby(
        ["kabkota", "topic"], dropna=False
    ).agg(feedback=("neg", "size"), negatif=("neg", "sum"))  # fmt: skip


def pd_feedback_table(fr: Frames, q: dict, limit: int = 500) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.sort_values(["received_at", "feedback_key"], ascending=False).head(limit)


def pd_ikm(fr: Frames, q: dict) -> dict[str, pd.DataFrame]:
    """The IKM page's groupings from respondent answers (NRR per unsur = mean score; IKM = mean
    NRR × 25), for the period and for the whole history (trend)."""

    def base(lo: datetime) -> pd.DataFrame:
        s = _in(fr.skm, "submitted_at", lo, q["end"])
        return s.assign(month=s["submitted_at"].dt.to_period("M").dt.start_time).groupby(
            ["unit", "kabkota", "month", "unsur"], dropna=False
        ).agg(score_sum=("score", "sum"), answers=("score", "size"),
              respondents=("response_key", "nunique")).reset_index()  # fmt: skip

    now, history = base(q["start"]), base(datetime(2000, 1, 1))
    out = {}
    for by, df in (("unit", now), ("kabkota", now), ("unsur", now)):
        keys = [by] if by == "unsur" else [by, "unsur"]
        g = df.groupby(keys, dropna=False)[["score_sum", "answers"]].sum()
        g["nrr"] = g["score_sum"] / g["answers"]
        out[by] = g if by == "unsur" else (g.groupby(level=0)["nrr"].mean() * 25).to_frame("ikm")
    sem = history.assign(sem=history["month"].dt.year.astype(str) + "-S"
                         + np.where(history["month"].dt.month <= 6, "1", "2"))  # fmt: skip
    g = sem.groupby(["sem", "unsur"])[["score_sum", "answers"]].sum()
    out["semester"] = (g["score_sum"] / g["answers"]).groupby(level=0).mean() * 25
    return out


PANDAS_PAGES: dict[str, list[tuple[str, Callable[[Frames, dict], Any]]]] = {
    "ringkasan": [
        ("kpi_posts", pd_kpi_posts), ("kpi_feedback", pd_kpi_feedback),
        ("weekly_trend", pd_weekly_trend), ("top_campaigns", pd_top_campaigns),
        ("top_topics", pd_top_topics), ("changes", pd_changes), ("small map", pd_map_values),
        ("ikm card", pd_ikm),
    ],
    "peta": [("map values", pd_map_values), ("unmapped", pd_unmapped)],
    "jangkauan": [
        ("kpi_posts", pd_kpi_posts), ("reach_by_campaign_week", pd_reach_by_campaign_week),
        ("campaign_table", pd_campaign_table), ("creators", pd_creators),
        ("platform_mix", pd_platform_mix), ("content_table", pd_content_table),
    ],
    "aspirasi": [
        ("followup", pd_followup), ("kpi_feedback", pd_kpi_feedback),
        ("by_channel_week", pd_feedback_by_channel_week),
        ("sentiment_by_channel", pd_sentiment_by_channel), ("kabkota_topic", pd_kabkota_topic),
        ("feedback_table", pd_feedback_table),
    ],
    "kepuasan": [("ikm", pd_ikm)],
}  # fmt: skip


def time_pandas(fr: Frames, q: dict, runs: int) -> dict[str, float]:
    out = {}
    for page, steps in PANDAS_PAGES.items():
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            for _label, fn in steps:
                fn(fr, q)
            samples.append(time.perf_counter() - t0)
        out[page] = statistics.median(samples) * 1000
    return out


def cross_check(db: Path, fr: Frames, q: dict, f: Filters) -> list[str]:
    """Headline figures from DuckDB (the pages' own gema functions) and from pandas must agree,
    or the ratio compares different work."""
    from gema import mapmetrics
    from gema.jangkauan import data as jangkauan_data

    c = duckdb.connect(str(db), read_only=True)
    problems = []
    try:
        kp = store.run(c, "jangkauan/kpi_posts", **f.params()).set_index("period")
        pk = pd_kpi_posts(fr, q)
        for col in ("posts", "reach", "engagements", "active_accounts"):
            if float(kp.loc["cur", col]) != float(pk.loc["cur", col]):
                problems.append(f"kpi_posts.{col}: {kp.loc['cur', col]} vs {pk.loc['cur', col]}")
        kf = store.run(c, "aspirasi/kpi_feedback", **f.params()).set_index("period")
        pf = pd_kpi_feedback(fr, q)
        for col in ("feedback", "labelled", "negatif"):
            if int(kf.loc["cur", col]) != int(pf.loc["cur", col]):
                problems.append(f"kpi_feedback.{col}: {kf.loc['cur', col]} vs {pf.loc['cur', col]}")
        camp = jangkauan_data.campaign_table(c, f)
        pc = pd_campaign_table(fr, q)
        if int(camp["reach"].sum()) != int(pc["reach"].sum()):
            problems.append("campaign_table.reach")
        mv = mapmetrics.all_values(c, **f.params()).set_index("kode")
        pm = pd_map_values(fr, q)
        for col in ("reach", "feedback"):
            if int(mv[col].sum()) != int(pm[col].sum()):
                problems.append(f"map.{col}: {mv[col].sum()} vs {pm[col].sum()}")
    finally:
        c.close()
    return problems


# --- 4. browser ----------------------------------------------------------------------------------
def time_browser(db: Path, visits: int, periode: str = "90d") -> dict[str, list[float]]:
    """Seconds from the sidebar click to stApp notRunning with the page's charts drawn."""
    from playwright.sync_api import sync_playwright

    from gema.core import auth

    sys.path.insert(0, str(ROOT / "tests"))
    from e2e.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, Offline, start_server, stop_server

    users = OUT / "bench_users.json"
    users.unlink(missing_ok=True)
    auth.create_account("bench-admin", "Bench-admin-2024!", "admin", path=users)
    server = start_server(db, users, OUT / "bench_streamlit.log")
    specs = nav.available("admin")
    arm = """() => { const app = document.querySelector('[data-testid=stApp]');
        window.__ran = false; if (window.__obs) window.__obs.disconnect();
        window.__obs = new MutationObserver(() => {
          if (app.getAttribute('data-test-script-state') !== 'notRunning') window.__ran = true; });
        window.__obs.observe(app, {attributes: true}); }"""
    ready = """(charts) => window.__ran === true
        && document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state')
           === 'notRunning'
        && (!charts || document.querySelectorAll('.js-plotly-plot .main-svg').length > 0)"""
    out: dict[str, list[float]] = {p: [] for p in PAGES}
    offline = Offline()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            ctx = browser.new_context(viewport=DESKTOP)
            ctx.route("**/*", offline.route)
            page = ctx.new_page()
            page.goto(server.url(query=f"periode={periode}"))
            page.wait_for_selector("input[type=password]", timeout=120_000)
            page.get_by_label("Nama pengguna").fill("bench-admin")
            page.get_by_label("Kata sandi").fill("Bench-admin-2024!")
            page.get_by_role("button", name="Masuk").click()
            page.wait_for_selector("[data-testid=stSidebarNav]", timeout=120_000)
            page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
            links = page.locator("a[data-testid=stSidebarNavLink]")
            for _ in range(visits):
                for name in PAGES:
                    index = next(i for i, s in enumerate(specs) if s.url_path == name)
                    page.evaluate(arm)
                    t0 = time.perf_counter()
                    links.nth(index).dispatch_event("click")
                    page.wait_for_function(ready, arg=True, timeout=120_000, polling=20)
                    out[name].append(time.perf_counter() - t0)
            browser.close()
    finally:
        stop_server(server)
    if offline.external:
        print(f"!! requests outside 127.0.0.1: {offline.external}")
    return out


# --- main ----------------------------------------------------------------------------------------
def _flag(ok: bool) -> str:
    return "ok" if ok else "MISS"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=1_000_000)
    ap.add_argument("--feedback", type=int, default=500_000)
    ap.add_argument("--db", type=Path, default=OUT / "dashboard.duckdb")
    ap.add_argument("--fresh", action="store_true", help="rebuild the database")
    ap.add_argument("--runs", type=int, default=5, help="warm runs (median)")
    ap.add_argument("--visits", type=int, default=3, help="browser visits per page (median)")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--list-queries", action="store_true", help="print each page's queries")
    ap.add_argument(
        "--periode", default="90d", choices=["7d", "30d", "90d", "month", "year", "all"],
        help="the period filter the pages open with (90d = the app's default; all = every row)",
    )  # fmt: skip
    args = ap.parse_args()
    db = args.db.resolve()

    print(f"1. data: {args.posts:,} posts, {args.feedback:,} feedback rows → {db}")
    for what, seconds in build_database(db, args.posts, args.feedback, args.fresh).items():
        print(
            f"   {what:<42} {'(existing file reused)' if what == 'reused' else f'{seconds:7.1f} s'}"
        )
    c = duckdb.connect(str(db), read_only=True)
    sizes = {t: _count(c, t) for t in ("posts", "feedback", "skm_responses", "accounts")}
    c.close()
    print("   rows: " + ", ".join(f"{t} {n:,}" for t, n in sizes.items()))

    print(f"2. recording each page's named queries (AppTest, admin, periode={args.periode})")
    calls, script_s = record_page_queries(db, args.periode)
    qt = time_queries(db, calls, args.runs)
    if args.list_queries:
        for page, page_calls in calls.items():
            print(f"   {page}: " + ", ".join(c.name for c in page_calls))

    print("3. pandas: loading DataFrames")
    t0 = time.perf_counter()
    fr = load_frames(db)
    load_s = time.perf_counter() - t0
    view = Filters.from_query({"periode": args.periode})
    q = {**view.params(), "today": date.today()}
    problems = cross_check(db, fr, q, view)
    pd_ms = time_pandas(fr, q, args.runs)
    print(f"   loaded in {load_s:.1f} s (not counted in the ratio); cross-check: "
          f"{problems or 'figures agree'}")  # fmt: skip

    browser: dict[str, list[float]] = {}
    if not args.no_browser:
        print(f"4. browser: streamlit run on that database, {args.visits} visits per page")
        browser = time_browser(db, args.visits, args.periode)

    print()
    head = (f"{'page':<10} {'queries':>7} {'cold ms':>9} {'warm ms':>9} {'≤250':>5} "
            f"{'pandas ms':>10} {'duck/pd':>8} {'script s':>9} {'browser s':>10} {'≤3 s':>5}")  # fmt: skip
    print(head)
    print("-" * len(head))
    for page in PAGES:
        t = qt[page]
        ratio = t.warm_ms / pd_ms[page] if pd_ms.get(page) else float("nan")
        b = browser.get(page) or []
        bs = statistics.median(b) if b else float("nan")
        print(
            f"{page:<10} {t.n_queries:>7} {t.cold_ms:>9.1f} {t.warm_ms:>9.1f} "
            f"{_flag(t.warm_ms <= QUERY_TARGET_MS):>5} {pd_ms[page]:>10.1f} {ratio:>8.2f} "
            f"{script_s[page]:>9.2f} {bs:>10.2f} {_flag(bs <= BROWSER_TARGET_S) if b else '-':>5}"
        )
    print()
    print("browser s = median of the visits (first visit in brackets); script s = one full page")
    print("run under AppTest (queries + figures + widgets, no browser).")
    if browser:
        print("   " + ", ".join(f"{p} [{browser[p][0]:.2f}]" for p in PAGES))
    print()
    print("slowest named queries (warm median ms, summed when a page runs one twice):")
    rows = sorted(
        ((ms, page, name) for page, t in qt.items() for name, ms in t.per_query_warm_ms.items()),
        reverse=True,
    )
    for ms, page, name in rows[:10]:
        print(f"   {ms:8.1f}  {page:<10} {name}")
    missed = [p for p in PAGES if qt[p].warm_ms > QUERY_TARGET_MS]
    slow = [p for p in PAGES if browser.get(p) and statistics.median(browser[p]) > BROWSER_TARGET_S]
    if missed or slow:
        print(f"\ntargets missed: queries {missed or '-'}, browser {slow or '-'}")
    for page in missed:
        print(f"   {page}: " + ", ".join(
            f"{name.split('/')[-1]} {ms:.0f}"
            for name, ms in sorted(qt[page].per_query_warm_ms.items(), key=lambda kv: -kv[1])
        ))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
