"""The dashboard roll-ups (migration 220, gema.core.rollups) always equal the base tables: after
random sequences of uploads (overlapping ones, so duplicates are skipped and rows handed over on
undo), undos, staff corrections, computed labels and FGD entries, with a fixed seed, against a
real DuckDB store. Also: rows written around the upkeep are still counted by the page queries,
and each roll-up-backed page query gives the same figures as its plain-table version."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from gema import ingest
from gema.aspirasi import corrections
from gema.core import rollups, store
from gema.core.filters import Filters

KABKOTA = ["3601", "3602", "3603", "3671", "3674", ""]
PLATFORMS = ["Instagram", "TikTok", "YouTube", "X"]
CHANNELS = ["LAPOR!", "Instagram", "X", "WhatsApp"]
TOPICS = ["banjir", "jalan", "kesehatan", ""]
SENTIMENTS = ["positif", "netral", "negatif", ""]
DAY0 = date(2024, 6, 1)


def _maybe(rng: random.Random, value: object, p: float = 0.25) -> str:
    return "" if rng.random() < p else str(value)


def _posts_csv(rng: random.Random, path: Path, pool: int) -> Path:
    lines = ["platform,account,campaign,published_at,kabkota,post_id,reach,impressions,views,"
             "likes,comments,shares,saves,cost"]  # fmt: skip
    for _ in range(rng.randint(1, 25)):
        pid = rng.randrange(pool)  # ids repeat across files: duplicates, claims on undo
        r = random.Random(pid)  # the same post id always carries the same row
        ts = datetime.combine(DAY0, datetime.min.time()) + timedelta(
            hours=r.randrange(24 * 40), minutes=r.randrange(60)
        )
        lines.append(",".join([
            r.choice(PLATFORMS), f"akun{r.randrange(6)}", r.choice(["Banten Sehat", "Jalan", ""]),
            ts.strftime("%Y-%m-%d %H:%M"), r.choice(KABKOTA), f"P{pid}",
            _maybe(r, r.choice([0, r.randrange(1, 5000)])), _maybe(r, r.randrange(9000), 0.5),
            _maybe(r, r.randrange(9000)), _maybe(r, r.randrange(300)), _maybe(r, r.randrange(50)),
            _maybe(r, r.randrange(40), 0.5), _maybe(r, r.randrange(20), 0.6),
            _maybe(r, r.randrange(1, 10) * 10_000, 0.7),
        ]))  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _feedback_csv(rng: random.Random, path: Path, pool: int) -> Path:
    lines = ["received_at,channel,kabkota,topic,sentiment,text,feedback_id"]
    for _ in range(rng.randint(1, 25)):
        fid = rng.randrange(pool)
        r = random.Random(10_000 + fid)
        ts = datetime.combine(DAY0, datetime.min.time()) + timedelta(hours=r.randrange(24 * 40))
        lines.append(",".join([
            ts.strftime("%Y-%m-%d %H:%M"), r.choice(CHANNELS), r.choice(KABKOTA),
            r.choice(TOPICS), r.choice(SENTIMENTS), f"aspirasi nomor {fid} soal jalan rusak",
            f"F{fid}",
        ]))  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


UNITS = ["Samsat Kota Serang", " Samsat Kota Serang ", "Puskesmas Rangkasbitung", "RSUD Banten"]
UNSUR = ["Persyaratan", "Prosedur", "Waktu", "Biaya", "Produk", "Kompetensi", "Perilaku",
         "Pengaduan", "Sarana"]  # fmt: skip


def _skm_csv(rng: random.Random, path: Path, pool: int, rows: int = 20) -> Path:
    """Respondent answers; a respondent id always carries the same answers, so files overlap.
    The unsur names vary by file (a longer name now and then), as real uploads do."""
    names = [n + (" pelayanan" if rng.random() < 0.3 else "") for n in UNSUR]
    lines = [";".join(["Tanggal", "Unit Layanan", "Kab/Kota", "ID responden"]
                      + [f"U{i + 1} {n}" for i, n in enumerate(names)])]  # fmt: skip
    for _ in range(rng.randint(1, rows)):
        rid = rng.randrange(pool)
        r = random.Random(20_000 + rid)
        ts = datetime.combine(DAY0, datetime.min.time()) + timedelta(
            hours=r.randrange(24 * 40), minutes=r.randrange(60)
        )
        lines.append(";".join(
            [ts.strftime("%d/%m/%Y %H:%M"), r.choice(UNITS), r.choice(KABKOTA[:-1]), f"R{rid}"]
            + [str(r.randint(1, 4)) for _ in UNSUR]
        ))  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _exact(conn: duckdb.DuckDBPyConnection, step: str) -> None:
    assert rollups.differences(conn) == {
        "posts": 0,
        "top_posts": 0,
        "feedback": 0,
        "followup": 0,
        "skm": 0,
        "skm_people": 0,
    }, step
    assert rollups.tail(conn) == {"posts": 0, "feedback": 0, "skm": 0}, step


@pytest.mark.parametrize("seed", [17, 2024])
def test_rollups_equal_base_tables_after_random_writes(conn, tmp_path, seed):
    rng = random.Random(seed)
    live: list[int] = []
    for i in range(20):
        op = rng.choices(
            ["posts", "feedback", "skm", "undo", "correct", "relabel"], [4, 4, 3, 3, 3, 1]
        )[0]
        if op in ("posts", "feedback", "skm"):
            make = {"posts": _posts_csv, "feedback": _feedback_csv, "skm": _skm_csv}[op]
            res = ingest.import_file(
                conn, op, make(rng, tmp_path / f"{i}.csv", pool=60), skip_invalid=True
            )
            if res.loaded:
                live.append(int(res.batch_id))
        elif op == "undo" and live:
            ingest.undo_batch(conn, live.pop(rng.randrange(len(live))), "admin1")
        elif op == "correct":
            keys = [k for (k,) in conn.execute("SELECT feedback_key FROM feedback").fetchall()]
            if keys:
                field = rng.choice(["sentiment", "topic", "status"])
                value = {"sentiment": rng.choice(["positif", "netral", "negatif"]),
                         "topic": rng.choice(["banjir", "sampah", "jalan"]),
                         "status": rng.choice(["diverifikasi", "selesai"])}[field]  # fmt: skip
                corrections.correct_label(conn, rng.choice(keys), field, value, "staf1")
        elif op == "relabel":
            from gema import sentimen

            sentimen.relabel_computed(conn)
        _exact(conn, f"step {i}: {op}")
    assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM rollup_feedback").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM rollup_skm").fetchone()[0] > 0


def test_fgd_entry_and_demo_keep_rollups_exact(conn):
    from gema import demo
    from gema.fgd import data as fgd

    demo.load_demo(conn, seed=demo.DEFAULT_SEED, end=date(2024, 7, 31), scale=0.05)
    _exact(conn, "demo")
    session_id = int(conn.execute(
        "INSERT INTO fgd_sessions (name, held_on) VALUES ('FGD uji', '2024-07-30') RETURNING session_id"
    ).fetchone()[0])  # fmt: skip
    fgd.save_entry(conn, session_id, "Jalan di desa kami rusak parah", "masyarakat", "notulis",
                   kabkota="3602", now=datetime(2024, 7, 30, 10))  # fmt: skip
    _exact(conn, "fgd entry")


# --- the page queries read the roll-ups and give the plain-table figures ----------------------
PLAIN = {  # roll-up-backed query → the same figure from the base tables, written plainly
    "aspirasi/followup_summary": """
        WITH f AS (
            SELECT status, received_at, workdays, due_workdays
            FROM feedback_followup_in($start, $end, $kabkota, $channel, $today, $forward_days, $act_days, $close_days)
        )
        SELECT status,
               count(*) AS feedback,
               count(*) FILTER (WHERE workdays > due_workdays) AS overdue,
               median(date_diff('day', received_at::DATE, $today::DATE))
                   FILTER (WHERE status NOT IN ('selesai', 'ditolak', 'duplikat')) AS median_age_days
        FROM f
        GROUP BY status
        ORDER BY CASE status WHEN 'baru' THEN 1 WHEN 'diverifikasi' THEN 2 WHEN 'diteruskan' THEN 3
                             WHEN 'ditindaklanjuti' THEN 4 WHEN 'selesai' THEN 5 WHEN 'ditolak' THEN 6
                             WHEN 'duplikat' THEN 7 ELSE 8 END""",
    "jangkauan/kpi_posts": """
        SELECT CASE WHEN published_at >= $start THEN 'cur' ELSE 'prev' END AS period,
               count(*) AS posts, sum(reach) AS reach,
               gema_active_accounts(platform, account) AS active_accounts
        FROM posts_in($prev_start, $end, $kabkota, $campaign, $platform)
        GROUP BY ALL ORDER BY period""",
    "aspirasi/kpi_feedback": """
        SELECT CASE WHEN received_at >= $start THEN 'cur' ELSE 'prev' END AS period,
               count(*) AS feedback, count(sentiment) AS labelled,
               count(*) FILTER (WHERE sentiment = 'negatif') AS negatif
        FROM feedback_in($prev_start, $end, $kabkota, $channel)
        GROUP BY ALL ORDER BY period""",
}


def _both(conn: duckdb.DuckDBPyConnection, name: str, f: Filters) -> tuple[pd.DataFrame, ...]:
    from gema.tindak_lanjut import Deadlines

    params = {**f.params(), "today": date(2024, 7, 8), **Deadlines.from_store(conn).params()}
    got = store.run(conn, name, **params)
    want = conn.execute(PLAIN[name], store._bind(name, params)).df()
    return got[want.columns].reset_index(drop=True), want.reset_index(drop=True)


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_page_queries_count_rows_written_around_the_upkeep(conn, tmp_path, name):
    rng = random.Random(5)
    for i in range(3):
        ingest.import_file(conn, "posts", _posts_csv(rng, tmp_path / f"p{i}.csv", 500),
                           skip_invalid=True)  # fmt: skip
        ingest.import_file(conn, "feedback", _feedback_csv(rng, tmp_path / f"f{i}.csv", 500),
                           skip_invalid=True)  # fmt: skip
    keys = [k for (k,) in conn.execute("SELECT feedback_key FROM feedback ORDER BY 1").fetchall()]
    for k in keys[::5]:  # some follow-up states other than 'baru'
        corrections.correct_label(conn, k, "status", rng.choice(["diverifikasi", "selesai"]), "s")
    f = Filters(period="custom", start=date(2024, 6, 20), end=date(2024, 7, 5))
    got, want = _both(conn, name, f)
    assert len(want) and want.iloc[:, 1].sum() > 0
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    # a bulk INSERT that bypasses the upkeep: rows above the watermark are added from the table
    conn.execute("INSERT INTO posts (platform, account, published_at, kabkota, reach, batch_id)"
                 " VALUES ('X', 'baru', '2024-06-25 10:00', '3601', 777, 99)")  # fmt: skip
    conn.execute("INSERT INTO feedback (received_at, channel, kabkota, text, sentiment)"
                 " VALUES ('2024-06-25 10:00', 'X', '3601', 'teks', 'negatif')")  # fmt: skip
    assert rollups.tail(conn) == {"posts": 1, "feedback": 1, "skm": 0}
    got, want = _both(conn, name, f)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    rollups.rebuild(conn)
    _exact(conn, "rebuild")
    got, want = _both(conn, name, f)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_feedback_list_match_count_from_the_rollup_equals_the_row_count(conn, tmp_path):
    from gema.aspirasi import data as aspirasi_data

    rng = random.Random(9)
    for i in range(3):
        ingest.import_file(conn, "feedback", _feedback_csv(rng, tmp_path / f"f{i}.csv", 500),
                           skip_invalid=True)  # fmt: skip
    f = Filters(period="custom", start=date(2024, 6, 1), end=date(2024, 7, 20))
    plain = aspirasi_data.search_feedback(conn, f, limit=3)  # counted from the roll-up
    narrowed = aspirasi_data.search_feedback(conn, f, q="aspirasi", limit=3)  # every row matches
    rows = conn.execute(
        "SELECT count(*) FROM feedback WHERE received_at >= ? AND received_at < ?",
        [f.params()["start"], f.params()["end"]],
    ).fetchone()[0]
    assert rows > 3
    assert plain.attrs["matches"] == narrowed.attrs["matches"] == rows


def test_content_table_from_the_daily_candidates_equals_the_plain_top_n(conn, tmp_path):
    from gema.jangkauan import data as jangkauan_data

    rng = random.Random(11)
    for i in range(4):
        ingest.import_file(conn, "posts", _posts_csv(rng, tmp_path / f"p{i}.csv", 2000),
                           skip_invalid=True)  # fmt: skip
    # many posts on one day, so that day's candidates are cut at 100; one above the watermark
    conn.execute("INSERT INTO posts (platform, account, published_at, reach, batch_id)"
                 " SELECT 'X', 'banyak', TIMESTAMP '2024-06-20 08:00' + INTERVAL (i) MINUTE,"
                 " (i * 7919) % 5000, 98 FROM range(300) t(i)")  # fmt: skip
    rollups.rebuild(conn)
    conn.execute("INSERT INTO posts (platform, account, published_at, reach, batch_id)"
                 " VALUES ('X', 'baru', '2024-06-21 10:00', 4999, 99)")  # fmt: skip
    f = Filters(period="custom", start=date(2024, 6, 1), end=date(2024, 7, 20))
    for limit in (5, 100):
        got = jangkauan_data.content_table(conn, f, limit=limit)
        want = store.run(conn, "jangkauan/content_table", **f.params(), limit=limit)
        cols = ["published_at", "platform", "account", "reach", "engagements", "cost"]
        pd.testing.assert_frame_equal(got[cols], want[cols], check_dtype=False)
    assert (got["account"] == "baru").any()


def test_top_posts_candidates_are_each_days_top_100_in_the_tables_order(conn):
    """Migration 240's top-100 aggregate picks the rows the window of migration 220 picked:
    reach first, a row without reach below every row with one, then the later post, then the
    larger key; checked against pandas on days over 100 posts with NULLs and ties."""
    conn.execute("INSERT INTO posts (platform, published_at, reach, batch_id)"
                 " SELECT 'X', TIMESTAMP '2024-06-01' + INTERVAL (i % 3) DAY"
                 " + INTERVAL ((i * 37) % 50) MINUTE,"
                 " CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 13) % 7 - 5 END, 1"
                 " FROM range(700) t(i)")  # fmt: skip
    got = conn.execute(
        "SELECT day, post_key FROM rollup_top_posts_rows("
        "TIMESTAMP '2024-01-01', TIMESTAMP '2025-01-01') ORDER BY post_key"
    ).df()
    posts = conn.execute("SELECT post_key, published_at, reach FROM posts").df()
    posts["day"] = posts["published_at"].dt.date
    posts["has_reach"] = posts["reach"].notna()
    want = (
        posts.sort_values(["has_reach", "reach", "published_at", "post_key"], ascending=False)
        .groupby("day")
        .head(100)
        .sort_values("post_key")
    )
    assert len(got) == 300 and posts["reach"].isna().sum() > 50
    assert got["post_key"].tolist() == want["post_key"].tolist()
    assert [d.date() if hasattr(d, "date") else d for d in got["day"]] == want["day"].tolist()


def test_feedback_list_default_view_equals_the_full_list(conn, tmp_path):
    from gema.aspirasi import data as aspirasi_data
    from gema.tindak_lanjut import Deadlines

    rng = random.Random(13)
    for i in range(3):
        ingest.import_file(conn, "feedback", _feedback_csv(rng, tmp_path / f"f{i}.csv", 500),
                           skip_invalid=True)  # fmt: skip
    f = Filters(period="custom", start=date(2024, 6, 1), end=date(2024, 7, 20))
    # the newest row in the period (keys come from a sequence a parallel insert may hand out
    # in any order, so "the largest key" is not a stable choice): it is on the first page
    key = conn.execute(
        "SELECT feedback_key FROM feedback WHERE received_at >= $s AND received_at < $e"
        " ORDER BY received_at DESC, feedback_key DESC LIMIT 1",
        {"s": f.params()["start"], "e": f.params()["end"]},
    ).fetchone()[0]
    corrections.correct_label(conn, key, "status", "selesai", "staf1")
    today = date(2024, 7, 25)
    got = aspirasi_data.search_feedback(conn, f, limit=7, today=today)  # newest rows first
    params = {**f.params(), "q": "", "status": [], "sentiment": [], "overdue_only": False,
              "today": today, "limit": 7, "topic": "", **Deadlines.from_store(conn).params()}  # fmt: skip
    want = store.run(conn, "aspirasi/feedback_table", **params)  # the full list's query
    assert len(want) == 7 and (want["status"] == "selesai").any()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))


# --- the SKM roll-up (migration 230) ------------------------------------------------------------
SKM_PLAIN = """
    WITH resp AS (
        SELECT response_key, trim(unit) AS unit, kabkota,
               CAST(date_trunc('month', submitted_at) AS DATE) AS month
        FROM skm_responses
        WHERE submitted_at >= $start AND submitted_at < $end
          AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
    ),
    people AS (SELECT unit, kabkota, month, count(*) AS respondents FROM resp GROUP BY ALL),
    scored AS (
        SELECT r.unit, r.kabkota, r.month, s.unsur, min(s.unsur_name) AS unsur_name,
               CAST(sum(s.score) AS DOUBLE) AS score_sum, count(*) AS answers
        FROM resp r JOIN skm_scores s ON s.response_key = r.response_key
        GROUP BY ALL
    )
    SELECT s.unit, s.kabkota, s.month, s.unsur, s.unsur_name, s.score_sum, s.answers, p.respondents
    FROM scored s
    JOIN people p ON p.unit = s.unit AND p.kabkota IS NOT DISTINCT FROM s.kabkota AND p.month = s.month
    ORDER BY ALL"""
SKM_COLS = [
    "unit",
    "kabkota",
    "month",
    "unsur",
    "unsur_name",
    "score_sum",
    "answers",
    "respondents",
]


def _skm_both(conn, start: datetime, end: datetime, kabkota: list[str]):
    got = store.run(conn, "kepuasan/base", start=start, end=end, kabkota=kabkota)
    got = got[got["source"] == "responden"][SKM_COLS].sort_values(SKM_COLS).reset_index(drop=True)
    want = conn.execute(SKM_PLAIN, {"start": start, "end": end, "kabkota": kabkota}).df()
    got["month"] = pd.to_datetime(got["month"])
    want["month"] = pd.to_datetime(want["month"])
    return got, want


def test_skm_pooled_from_the_rollup_equals_the_answers_for_any_range(conn, tmp_path):
    rng = random.Random(11)
    for i in range(4):
        res = ingest.import_file(conn, "skm", _skm_csv(rng, tmp_path / f"s{i}.csv", 600, 200),
                                 skip_invalid=True)  # fmt: skip
        assert res.loaded, res.errors
    _exact(conn, "loads")
    assert conn.execute("SELECT count(*) FROM rollup_skm").fetchone()[0] > 0
    # bounds in the middle of a day's answers: answers on the same day fall on both sides
    times = [t for (t,) in conn.execute(
        "SELECT submitted_at FROM skm_responses WHERE CAST(submitted_at AS DATE) IN ("
        " SELECT CAST(submitted_at AS DATE) FROM skm_responses GROUP BY 1 HAVING count(*) >= 5)"
        " ORDER BY 1").fetchall()]  # fmt: skip
    a, b = times[2], times[-3]
    assert a.date() < b.date() and (a.hour, a.minute) != (0, 0)
    ranges = [
        (datetime(2024, 6, 5), datetime(2024, 7, 1), []),  # whole days: the roll-up
        (a, b, []),  # part-days at both ends
        (a, a + timedelta(hours=3), []),  # inside one day
        (datetime(2000, 1, 1), datetime(2024, 12, 1), ["3602", "3671"]),
    ]

    def check(step: str) -> None:
        for start, end, kabkota in ranges:
            got, want = _skm_both(conn, start, end, kabkota)
            assert len(want), (step, start, end)
            pd.testing.assert_frame_equal(got, want, check_dtype=False, obj=f"{step} {start}")

    check("rolled up")
    # answers written around the upkeep (a bulk INSERT): read from the base tables until absorbed
    key = conn.execute(
        "INSERT INTO skm_responses (submitted_at, unit, kabkota, batch_id)"
        " VALUES ('2024-06-10 09:00', 'Samsat Kota Serang', '3602', 99) RETURNING response_key"
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO skm_scores SELECT $k, 'U' || i, 'Nama baru', 1 + i % 4, 99 FROM range(1, 10) t(i)",
        {"k": key},
    )
    assert rollups.tail(conn)["skm"] == 1
    check("tail")
    rollups.rebuild(conn)
    _exact(conn, "rebuild")
    check("rebuilt")


def test_unsur_names_from_the_rollup_are_the_most_frequent(conn, tmp_path):
    rng = random.Random(3)
    for i in range(5):
        ingest.import_file(conn, "skm", _skm_csv(rng, tmp_path / f"s{i}.csv", 200),
                           skip_invalid=True)  # fmt: skip
    want = conn.execute(
        "SELECT unsur, first(unsur_name ORDER BY n DESC, unsur_name) AS unsur_name FROM ("
        " SELECT unsur, unsur_name, count(*) AS n FROM skm_scores GROUP BY ALL) GROUP BY unsur"
        " ORDER BY unsur"
    ).df()
    got = store.run(conn, "kepuasan/unsur_names")
    assert conn.execute("SELECT count(DISTINCT unsur_name) FROM skm_scores").fetchone()[0] > 9
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
