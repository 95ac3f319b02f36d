"""The DuckLake backend (gema.core.lake): how migrations and queries are adapted (both backends'
runs, no server needed), and on the lake backend (`--backend lake`) keys, RETURNING, snapshots
per load, undo by batch, and two app processes plus two CLI importers on one lake."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from gema.core import lake, lakestore, store

ROOT = Path(__file__).resolve().parent.parent


# --- adaptation (no lake needed) -------------------------------------------------------------
def test_migration_split_drops_what_ducklake_cannot_hold():
    m = lake.split_migration(
        "-- a comment\nCREATE SEQUENCE s_seq START 1;\n"
        "CREATE TABLE t (id BIGINT PRIMARY KEY DEFAULT nextval('s_seq'),\n"
        "  kind VARCHAR NOT NULL CHECK (kind IN ('a', 'b')), name VARCHAR UNIQUE);\n"
        "CREATE INDEX t_name ON t (name);\n"
        "CREATE MACRO twice(x) AS x * 2;\n"
        "CREATE VIEW v AS SELECT twice(id) AS d FROM t;\n"
    )
    assert m.keys == [lake.Key("s_seq", "t", "id")]
    table, view = m.lake
    assert "PRIMARY" not in table and "CHECK" not in table and "UNIQUE" not in table
    assert "NOT NULL" in table and "getvariable('gema_key_base')['s_seq']" in table
    assert view.startswith("CREATE VIEW v")
    assert m.local == ["CREATE OR REPLACE MACRO twice(x) AS x * 2"]
    assert [is_macro for is_macro, _ in m.ordered] == [False, True, False]


def test_every_shipped_migration_splits_into_statements_duckdb_parses():
    for _, _, path in store.migrations():
        m = lake.migration(path)
        for stmt in m.lake + m.local:
            assert duckdb.extract_statements(stmt), path.name
            assert "nextval('" not in stmt or "gema_key_base" in stmt, path.name
    sequences = [k.sequence for k in lakestore.key_columns()]
    assert "batch_id_seq" in sequences and "post_key_seq" in sequences
    assert len(sequences) == len(set(sequences))


def test_query_adaptation_answers_returning_and_keys():
    q = lake.adapt_query(store.load_query("ingest/batch_insert"))
    assert q.writes and q.returning == lake.Returning(["batch_id"], "import_batches")
    assert "RETURNING" not in q.sql
    q = lake.adapt_query(store.load_query("ingest/keep_claimed_posts"))
    assert q.returning is not None and q.returning.insert_table is None
    q = lake.adapt_query(store.load_query("skm/keys"))
    assert "gema_key_base" in q.sql and not q.writes
    assert not lake.adapt_query(store.load_query("reference/regions")).writes


def test_extensions_come_from_the_pinned_packages():
    pg, dl = lake.extension_files()
    assert pg.name == "postgres_scanner.duckdb_extension" and pg.resolve().is_file()
    assert "duckdb_extension_postgres" in str(pg.resolve())
    assert "duckdb_extension_ducklake" in str(dl) and dl.is_file()


def test_default_store_is_the_file_unless_gema_lake_is_set(monkeypatch, tmp_path):
    monkeypatch.delenv("GEMA_LAKE", raising=False)
    monkeypatch.setenv("GEMA_DB", str(tmp_path / "x.duckdb"))
    assert not store.uses_lake() and not store.uses_lake(tmp_path / "x.duckdb")
    monkeypatch.setenv("GEMA_LAKE", "postgres:dbname=x")
    assert store.uses_lake() and store.uses_lake(tmp_path / "x.duckdb")
    assert not store.uses_lake(tmp_path / "other.duckdb") and not store.uses_lake(":memory:")
    monkeypatch.setenv("GEMA_LAKE", "sqlite:x.db")
    with pytest.raises(lake.LakeConfigError):
        lake.catalog()


# --- on the lake -----------------------------------------------------------------------------
@pytest.fixture
def lake_conn(lake_cluster, db_file):
    if lake_cluster is None:
        pytest.skip("lake backend only (--backend lake)")
    c = store.connect(db_file)
    assert store.is_lake(c)
    yield c
    c.close()


def _snapshots(conn) -> int:
    return conn.execute("SELECT max(snapshot_id) FROM gema_lake.snapshots()").fetchone()[0]


def _touching(conn, after: int, table: str) -> list[int]:
    """The snapshots after `after` that changed `table` (inserted into or deleted from it)."""
    table_id = conn.execute(
        "SELECT table_id FROM __ducklake_metadata_gema_lake.ducklake_table"
        " WHERE table_name = $t AND end_snapshot IS NULL",
        {"t": table},
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT snapshot_id, flatten(map_values(changes)) FROM gema_lake.snapshots()"
        " WHERE snapshot_id > $n ORDER BY 1",
        {"n": after},
    ).fetchall()
    return [sid for sid, ids in rows if str(table_id) in [str(i) for i in ids]]


def test_keys_are_drawn_lake_wide_and_returning_is_answered(lake_conn, db_file):
    other = store.connect(db_file)  # a second process would do the same
    first = store.scalar(lake_conn, "fgd/session_create", name="a", held_on=date(2024, 1, 2),
                         place=None, kabkota=None, created_by="u")  # fmt: skip
    second = store.scalar(other, "fgd/session_create", name="b", held_on=date(2024, 1, 3),
                          place=None, kabkota=None, created_by="u")  # fmt: skip
    cur = store.cursor(lake_conn)
    third = store.scalar(cur, "fgd/session_create", name="c", held_on=date(2024, 1, 4),
                         place=None, kabkota=None, created_by="u")  # fmt: skip
    assert (first, second, third) == (1, 2, 3)
    ids = lake_conn.execute("SELECT session_id FROM fgd_sessions ORDER BY 1").fetchall()
    assert ids == [(1,), (2,), (3,)]
    other.close()


def test_each_load_and_undo_is_one_snapshot(lake_conn):
    from gema import ingest

    exports = Path(__file__).parent / "fixtures" / "exports"
    before = _snapshots(lake_conn)
    res = ingest.import_file(lake_conn, "feedback", exports / "tweet_harvest.csv")
    assert res.loaded
    (load,) = _touching(lake_conn, before, "feedback")
    assert _touching(lake_conn, before, "import_batches") == [
        load
    ]  # batch row and rows: one commit
    n = lake_conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
    assert n == res.rows_loaded > 0
    ingest.undo_batch(lake_conn, res.batch_id, "uji")
    (undo,) = _touching(lake_conn, load, "feedback")
    assert _touching(lake_conn, load, "import_batches") == [undo]
    assert lake_conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
    # the undone load is still readable at its snapshot (time travel)
    back = lake_conn.execute(f"SELECT count(*) FROM feedback AT (VERSION => {int(load)})")
    assert back.fetchone()[0] == n


POSTS = """
COPY (
    SELECT 'Instagram' AS platform, 'akun' || (i % 4)::VARCHAR AS account,
           TIMESTAMP '2024-03-01' + to_hours(CAST(i AS BIGINT)) AS published_at,
           (['3601', '3602', '3671', '3674'])[1 + i % 4] AS kabkota,
           'P' || i::VARCHAR AS post_id, 'https://example.org/p/' || i::VARCHAR AS url,
           (i * 37) % 5000 AS views, (i * 13) % 300 AS likes, i % 20 AS comments, i % 7 AS shares
    FROM range($first, $last) t(i)
) TO '{path}' (HEADER)
"""

READER = """
import sys, time
from datetime import date
from pathlib import Path
from gema.core import store
from gema.core.filters import Filters
from gema import ringkasan
stop, loops = Path(sys.argv[1]), 0
f = Filters(period="custom", start=date(2024, 1, 1), end=date(2024, 12, 31))
while not stop.exists() or loops < 2:
    c = store.connect(read_only=True)
    ringkasan.page_data(c, f)
    c.close()
    loops += 1
print(loops)
"""


def _posts_csv(path: Path, first: int, last: int) -> Path:
    sql = POSTS.replace("{path}", str(path)).replace("$first", str(first))
    duckdb.connect().execute(sql.replace("$last", str(last)))
    return path


def _figures(conn) -> dict:
    from gema.core.filters import Filters

    row = conn.execute(
        "SELECT count(*), count(DISTINCT post_id), count(DISTINCT post_key), sum(views),"
        " sum(likes) FROM posts"
    ).fetchone()
    batches = conn.execute(
        "SELECT count(*), sum(rows_loaded) FROM import_batches WHERE status = 'loaded'"
    ).fetchone()
    f = Filters(period="custom", start=date(2024, 1, 1), end=date(2024, 12, 31))
    kpis = store.run(conn, "jangkauan/kpi_posts", **f.params())
    return {
        "posts": row,
        "batches": batches,
        "kpis": kpis.astype(object).fillna(-1).to_dict("list"),
    }


def test_two_importers_and_two_app_processes_equal_the_serial_result(
    lake_cluster, db_file, tmp_path, monkeypatch
):
    if lake_cluster is None:
        pytest.skip("lake backend only (--backend lake)")
    a = _posts_csv(tmp_path / "a.csv", 1, 1201)
    b = _posts_csv(tmp_path / "b.csv", 601, 1801)  # rows 601–1200 in both files
    store.connect(db_file).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    stop = tmp_path / "stop"
    readers = [
        subprocess.Popen([sys.executable, "-c", READER, str(stop)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]  # fmt: skip
    importers = [
        subprocess.Popen([sys.executable, "-m", "gema", "import", "posts", str(f), "--json"],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for f in (a, b)
    ]  # fmt: skip
    outs = [p.communicate(timeout=600) for p in importers]
    stop.touch()
    loops = [p.communicate(timeout=600) for p in readers]
    assert [p.returncode for p in importers] == [0, 0], outs
    assert [p.returncode for p in readers] == [0, 0], loops
    assert all(int(out) >= 2 for out, _ in loops)
    c = store.connect(db_file)
    concurrent = _figures(c)
    c.close()

    lake_cluster.createdb(f"serial_{os.getpid()}", template="gema_template")
    monkeypatch.setenv("GEMA_LAKE", "postgres:" + lake_cluster.conninfo(f"serial_{os.getpid()}"))
    from gema import ingest

    c = store.connect(db_file)
    assert ingest.import_file(c, "posts", a).loaded and ingest.import_file(c, "posts", b).loaded
    serial = _figures(c)
    c.close()
    assert concurrent == serial
    assert concurrent["posts"][:3] == (1800, 1800, 1800)


def test_roll_ups_are_not_kept_on_the_lake_and_figures_come_from_the_base_tables(lake_conn):
    """Per-writer keys break the watermark rule on a lake, so the roll-ups stay empty there with
    the watermark at 0; the dashboard figures still equal the base tables."""
    from gema import ingest
    from gema.core import rollups
    from gema.core.filters import Filters

    assert not rollups.kept(lake_conn)
    path = Path(__file__).parent / "fixtures" / "exports"
    assert ingest.import_file(lake_conn, "feedback", path / "tweet_harvest.csv").loaded
    skm = Path(__file__).parent / "fixtures" / "skm" / "numeric_shuffled.csv"
    assert ingest.import_file(lake_conn, "skm", skm).loaded
    tables = [f"rollup_{r}" for rs in rollups.ROLLUPS.values() for r in rs]
    assert "rollup_skm" in tables
    counts = [lake_conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    assert counts == [0] * len(tables)
    marks = lake_conn.execute("SELECT DISTINCT watermark FROM rollup_state").fetchall()
    assert marks == [(0,)]
    f = Filters.from_query({"periode": "all"})
    kpi = store.run(lake_conn, "aspirasi/kpi_feedback", **f.params())
    n = lake_conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
    assert n > 0 and int(kpi.set_index("period").loc["cur", "feedback"]) == n
    pooled = store.run(lake_conn, "kepuasan/base", **f.params())
    answers = lake_conn.execute("SELECT count(*), sum(score) FROM skm_scores").fetchone()
    assert answers[0] > 0
    assert (int(pooled["answers"].sum()), int(pooled["score_sum"].sum())) == answers


WRITER = """
import sys
from datetime import date
from gema import agenda
from gema.core import store
c = store.connect()
for i in range(int(sys.argv[2])):
    agenda.add_event(c, date(2024, 5, 1 + i % 28), f"{sys.argv[1]} {i}", "kunjungan", "uji", "3602")
c.close()
"""


def test_two_app_servers_writing_at_once_both_land(lake_cluster, db_file):
    """Two app processes saving at the same moment: on the lake every write transaction meets the
    key ledger, so one of two overlapping writers loses the commit; store.write runs it again
    instead of showing the user an error, and nothing is written twice."""
    if lake_cluster is None:
        pytest.skip("lake backend only (--backend lake)")
    store.connect(db_file).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, name, "25"], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("server-a", "server-b")
    ]  # fmt: skip
    outs = [p.communicate(timeout=600) for p in writers]
    assert [p.returncode for p in writers] == [0, 0], outs
    c = store.connect(db_file)
    titles = [r[0] for r in c.execute("SELECT title FROM events ORDER BY event_id").fetchall()]
    audits = c.execute("SELECT count(*) FROM audit_log WHERE action = 'event_add'").fetchone()[0]
    c.close()
    assert sorted(titles) == sorted(f"server-{s} {i}" for s in "ab" for i in range(25))
    assert audits == 50


def test_statement_splitter_keeps_quotes_comments_and_non_ascii():
    text = (
        "-- café — ‘x’; not a split\nCREATE TABLE a (s VARCHAR DEFAULT 'a;b');\n/* ; */ SELECT 1;"
    )
    assert [s.strip() for s in lake.statements(text)] == [
        "-- café — ‘x’; not a split\nCREATE TABLE a (s VARCHAR DEFAULT 'a;b')",
        "/* ; */ SELECT 1",
    ]


def test_migrate_to_lake_copies_every_table_and_keys_continue(lake_cluster, db_file, tmp_path):
    if lake_cluster is None:
        pytest.skip("lake backend only (--backend lake)")
    from gema import ingest
    from gema.cli import EXIT_USAGE, main

    exports = Path(__file__).parent / "fixtures" / "exports"
    source = tmp_path / "source.duckdb"  # not GEMA_DB: an embedded file even on the lake backend
    f = store.connect(source)
    assert not store.is_lake(f)
    assert ingest.import_file(f, "feedback", exports / "tweet_harvest.csv").loaded
    posts = _posts_csv(tmp_path / "p.csv", 1, 301)
    assert ingest.import_file(f, "posts", posts).loaded
    f.execute("UPDATE regions SET population = 1234 WHERE kode = '3601'")  # an admin's edit
    file_figures, file_keys = _figures(f), f.execute("SELECT max(feedback_key) FROM feedback")
    file_max = file_keys.fetchone()[0]
    f.close()

    assert main(["migrate-to-lake", "--from", str(source), "--json"]) == 0
    c = store.connect(db_file)
    assert _figures(c) == file_figures
    assert c.execute("SELECT population FROM regions WHERE kode = '3601'").fetchone()[0] == 1234
    assert c.execute("SELECT count(*) FROM regions").fetchone()[0] == 8
    more = _posts_csv(tmp_path / "q.csv", 1001, 1011)
    res = ingest.import_file(c, "posts", more)
    assert res.loaded and res.batch_id == 3  # after the two copied batches
    fb = store.scalar(c, "fgd/entry_insert", received_at=date(2024, 5, 1), kabkota=None,
                      topic=None, topic_source=None, text="baru", author_type=None,
                      session_id=None, created_by="u", extra=None)  # fmt: skip
    assert fb == file_max + 1
    c.close()
    assert main(["migrate-to-lake", "--from", str(source)]) == EXIT_USAGE  # only an empty lake


def test_every_upsert_has_a_lake_variant_with_the_same_parameters():
    param = store._PARAM
    for path in sorted(store.QUERIES.rglob("*.sql")):
        rel = path.relative_to(store.QUERIES)
        if rel.parts[0] in ("lake", "schema"):
            continue
        name = rel.with_suffix("").as_posix()
        if "ON CONFLICT" not in store._strip_comments(store.load_query(name)).upper():
            continue
        variant = lakestore.variant(name)
        assert variant is not None, f"queries/lake/{name}.sql missing"
        assert set(param.findall(store._strip_comments(variant))) == store.query_params(name), name
    for path in (store.QUERIES / "lake").rglob("*.sql"):  # and no variant without its query
        store.load_query(path.relative_to(store.QUERIES / "lake").with_suffix("").as_posix())


def test_upserts_run_on_the_lake(lake_conn):
    from datetime import datetime

    now = datetime(2024, 5, 1, 10, 0)
    for _ in range(2):
        store.execute(lake_conn, "auth/throttle_bump", key="k", now=now, forget_seconds=600)
    rows = lake_conn.execute("SELECT throttle_key, failures FROM signin_throttle").fetchall()
    assert rows == [("k", 2)]
    store.execute(lake_conn, "tindak_lanjut/state_upsert", feedback_key=7, opd="Dinkes",
                  user="u", reject_reason=None, duplicate_of=None)  # fmt: skip
    store.execute(lake_conn, "tindak_lanjut/state_upsert", feedback_key=7, opd=None,
                  user="u", reject_reason="x", duplicate_of=None)  # fmt: skip
    rows = lake_conn.execute("SELECT feedback_key, opd, reject_reason FROM followup_state")
    assert rows.fetchall() == [(7, "Dinkes", "x")]


def test_a_write_that_lost_the_race_is_retried_and_keys_stay_unique(lake_conn, db_file):
    other = store.connect(db_file)  # another server, or a CLI import
    attempts = []

    def session(conn, name: str) -> int:
        return store.scalar(conn, "fgd/session_create", name=name, held_on=date(2024, 1, 2),
                            place=None, kabkota=None, created_by="u")  # fmt: skip

    def work() -> None:
        attempts.append(1)
        with store.transaction(lake_conn):
            session(lake_conn, "mine")
            if len(attempts) == 1:
                session(other, "theirs")  # commits first: ours must conflict at COMMIT

    with pytest.raises(duckdb.Error) as lost:
        work()
    assert lake.is_conflict(lost.value)
    attempts.clear()
    store.retrying(work)
    assert len(attempts) == 2
    rows = lake_conn.execute("SELECT session_id, name FROM fgd_sessions ORDER BY 1").fetchall()
    assert [r[1] for r in rows] == ["theirs", "theirs", "mine"]
    assert [r[0] for r in rows] == [1, 2, 3]
    other.close()
