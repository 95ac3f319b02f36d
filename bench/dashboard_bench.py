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
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard_pandas import cross_check, load_frames, time_pandas  # noqa: E402

from gema import demo, nav  # noqa: E402
from gema.core import rollups, store  # noqa: E402
from gema.core.filters import Filters  # noqa: E402

OUT = ROOT / "bench" / "out"
PAGES = ("ringkasan", "peta", "jangkauan", "aspirasi", "kepuasan")
# targets by --scale (issue 3 at 1M posts; issue 17 at 10M: ≤ 300 ms warm, ≤ 2 s in Chromium,
# each page ≥ 5× faster than pandas, i.e. duck/pd ≤ 0.2)
TARGETS = {1: (250.0, 3.0, None), 10: (300.0, 2.0, 0.2)}
QUERY_TARGET_MS, BROWSER_TARGET_S, RATIO_TARGET = TARGETS[1]

# Multiply the demo rows inside DuckDB. Copy k of row r is shifted by a pseudo-random number of
# hours (hash of key and k) and wrapped back into the demo year, so the weekly pattern, the
# heavy-tailed reach and the kab/kota mix of the demo survive while the rows spread over time.
# The copies are stored in time order, as a store filled by uploads over the years is (each
# export covers its own weeks), not in copy order, which no real store has.
INFLATE_POSTS = """
INSERT INTO posts (platform, account, campaign, published_at, kabkota, post_id, url, title, views,
                   impressions, reach, likes, comments, shares, saves, cost, batch_id, extra)
SELECT * FROM (
SELECT p.platform, p.account, p.campaign,
       $year_start + to_seconds(CAST((epoch(p.published_at) - epoch($year_start)
            + (hash(p.post_key, k.k) % 8760) * 3600) % (365 * 86400) AS BIGINT)),
       p.kabkota, p.post_id || '-x' || k.k, p.url || '?x=' || k.k, p.title,
       p.views, p.impressions, p.reach, p.likes, p.comments, p.shares, p.saves, p.cost,
       p.batch_id, p.extra
FROM (SELECT * FROM posts ORDER BY post_key LIMIT $base) p, range(1, $copies + 1) k(k)
ORDER BY k.k, p.post_key
LIMIT $wanted
) ORDER BY 4
"""
INFLATE_FEEDBACK = """
INSERT INTO feedback (received_at, channel, kabkota, topic, topic_source, text, author,
                      author_type, author_location, sentiment, sentiment_score, sentiment_source,
                      status, status_updated_at, feedback_id, post_id, fgd_session_id, batch_id,
                      created_by, extra)
SELECT * FROM (
SELECT $year_start + to_seconds(CAST((epoch(f.received_at) - epoch($year_start)
            + (hash(f.feedback_key, k.k) % 8760) * 3600) % (365 * 86400) AS BIGINT)) AS received,
       f.channel, f.kabkota, f.topic, f.topic_source, f.text, f.author, f.author_type,
       f.author_location, f.sentiment, f.sentiment_score, f.sentiment_source, f.status,
       f.status_updated_at + (received - f.received_at),  -- moved with its row: never before it
       f.feedback_id || '-x' || k.k, f.post_id, f.fgd_session_id,
       f.batch_id, f.created_by, f.extra
FROM (SELECT * FROM feedback ORDER BY feedback_key LIMIT $base) f, range(1, $copies + 1) k(k)
ORDER BY k.k, f.feedback_key
LIMIT $wanted
) ORDER BY 1
"""
# SKM answers grow with the rest: respondents are copied (new response_key from the sequence,
# submitted_at shifted within the year like the posts) with all their unsur scores. Banten's
# ~500 unit layanan each survey a few hundred people a semester, so 50,000 respondents per
# scale step (500,000 at --scale 10, 4.5M scores) is a few years of a whole province.
INFLATE_SKM = [
    """
CREATE OR REPLACE TEMP TABLE skm_copy AS
SELECT r.*, k.k, nextval('response_key_seq') AS new_key
FROM (SELECT * FROM skm_responses ORDER BY response_key LIMIT $base) r, range(1, $copies + 1) k(k)
ORDER BY k.k, r.response_key
LIMIT $wanted
""",
    """
INSERT INTO skm_responses (response_key, submitted_at, unit, kabkota, gender, age, education,
                           occupation, suggestion, response_id, batch_id, extra)
SELECT new_key,
       $year_start + to_seconds(CAST((epoch(submitted_at) - epoch($year_start)
            + (hash(response_key, k) % 8760) * 3600) % (365 * 86400) AS BIGINT)),
       unit, kabkota, gender, age, education, occupation, suggestion,
       response_id || '-x' || k, batch_id, extra
FROM skm_copy ORDER BY 2
""",
    """
INSERT INTO skm_scores (response_key, unsur, unsur_name, score, batch_id)
SELECT c.new_key, s.unsur, s.unsur_name, s.score, s.batch_id
FROM skm_copy c JOIN skm_scores s ON s.response_key = c.response_key
ORDER BY c.new_key, s.unsur
""",
    "DROP TABLE skm_copy",
]


def _count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def build_database(
    path: Path, posts: int, feedback: int, fresh: bool, skm: int | None = None
) -> dict[str, float]:
    """The benchmark store; reused when it already has the wanted row counts. `skm`: SKM
    respondents (None: as many as the demo has)."""
    if path.exists() and not fresh:
        c = duckdb.connect(str(path), read_only=True)
        try:
            same = _count(c, "posts") == posts and _count(c, "feedback") == feedback
            if same and (skm is None or _count(c, "skm_responses") == skm):
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
    base = _count(conn, "skm_responses")
    if skm is not None and skm > base:
        t1 = time.perf_counter()
        copies, params = -(-(skm - base) // base), {"year_start": year_start, "base": base}
        for sql in INFLATE_SKM:
            wanted = {"copies": copies, "wanted": skm - base} if "skm_copy AS" in sql else {}
            keep = {k: v for k, v in {**params, **wanted}.items() if f"${k}" in sql}
            conn.execute(sql, keep)
        timings[f"skm_responses: {base:,} → {skm:,}"] = time.perf_counter() - t1
    t1 = time.perf_counter()  # the generator bypassed the loads' upkeep: roll up everything once
    rollups.rebuild(conn)
    timings["roll-ups (rebuild)"] = time.perf_counter() - t1
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
    ap.add_argument(
        "--scale", type=int, default=1, choices=sorted(TARGETS),
        help="1: 1M posts + 500k feedback; 10: 10M posts + 5M feedback (issue 17)",
    )  # fmt: skip
    ap.add_argument("--posts", type=int, help="posts (default 1,000,000 × scale)")
    ap.add_argument("--feedback", type=int, help="feedback rows (default 500,000 × scale)")
    ap.add_argument(
        "--skm", type=int, help="SKM respondents (default 50,000 × scale; 9 unsur scores each)"
    )
    ap.add_argument("--db", type=Path, help="default bench/out/dashboard[_x<scale>].duckdb")
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
    global QUERY_TARGET_MS, BROWSER_TARGET_S, RATIO_TARGET
    QUERY_TARGET_MS, BROWSER_TARGET_S, RATIO_TARGET = TARGETS[args.scale]
    args.posts = args.posts or 1_000_000 * args.scale
    args.feedback = args.feedback or 500_000 * args.scale
    args.skm = args.skm or 50_000 * args.scale
    suffix = "" if args.scale == 1 else f"_x{args.scale}"
    db = (args.db or OUT / f"dashboard{suffix}.duckdb").resolve()
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"(1/5/15 min) on {os.cpu_count()} cores")  # fmt: skip

    print(f"1. data: {args.posts:,} posts, {args.feedback:,} feedback rows, {args.skm:,} SKM "
          f"respondents → {db}")  # fmt: skip
    for what, seconds in build_database(
        db, args.posts, args.feedback, args.fresh, args.skm
    ).items():
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
    for page in PAGES:  # printed now too: the pandas side can take minutes at --scale 10
        print(f"   {page:<10} {qt[page].n_queries:>3} queries, cold {qt[page].cold_ms:8.1f} ms, "
              f"warm {qt[page].warm_ms:8.1f} ms", flush=True)  # fmt: skip

    print("3. pandas: loading DataFrames", flush=True)
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
    qt_ok, br_ok = f"≤{QUERY_TARGET_MS:.0f}", f"≤{BROWSER_TARGET_S:.0f} s"
    head = (f"{'page':<10} {'queries':>7} {'cold ms':>9} {'warm ms':>9} {qt_ok:>5} "
            f"{'pandas ms':>10} {'duck/pd':>8} {'pd/duck':>8} "
            f"{'≥5×' if RATIO_TARGET else '':>4} {'script s':>9} {'browser s':>10} {br_ok:>5}")  # fmt: skip
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
            f"{1 / ratio if ratio else float('nan'):>8.1f} "
            f"{_flag(ratio <= RATIO_TARGET) if RATIO_TARGET else '':>4} {script_s[page]:>9.2f} {bs:>10.2f} {_flag(bs <= BROWSER_TARGET_S) if b else '-':>5}"
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
    print(f"\nload at the end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f} (1/5/15 min)")  # fmt: skip
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
