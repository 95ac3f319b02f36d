"""Issue 17, import close to the engine: what the faster importer must keep.

- the upload page's calls (first preview, preview with the mapping, the "Muat" rerun, the load)
  read the file once and stage and validate its rows once;
- progress is reported with row counts, step by step, never going back;
- a large-ish messy file loads exactly the rows the value macros gave before the rewrite
  (migration 210, the lookups for few-valued columns, the in-place ISO date cast).
No wall-clock assertion here: bench/import_bench.py measures time."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from gema import ingest
from gema.core import store
from gema.ingest import progress_bar
from gema.ingest.progress import Progress
from gema.ingest.session import UploadSession

ROWS = 40_000

# Messy but loadable posts: platform and handle spellings, thousands with dots, 'rb', blanks.
MESSY = """
COPY (
    SELECT
        (['instagram', 'IG', ' TikTok ', 'YT', 'x', 'Facebook', 'Insta', 'youtube shorts'])[1 + i % 8]
            AS "Platform",
        (['@Dinkes.Banten', 'https://www.instagram.com/icn.lebak/', ' kreator.tangsel ', 'BantenNews',
          'https://youtube.com/@bantenprov', 'diskominfo.banten'])[1 + (i // 3) % 6] AS "Akun",
        strftime(TIMESTAMP '2024-01-01' + to_minutes(CAST(i * 7 AS BIGINT)), '%Y-%m-%d %H:%M:%S')
            AS "Waktu publikasi",
        (['Kota Serang', 'Kab. Lebak', 'Pandeglang', 'Cilegon', 'Tangsel'])[1 + i % 5] AS "Kab/Kota",
        CAST(7300000000000000000 + i * 7919 AS HUGEINT)::VARCHAR AS "Post ID",
        'https://example.org/p/' || i::VARCHAR AS "Permalink",
        CASE WHEN i % 11 = 0 THEN '  Judul ' || i::VARCHAR || '  ' ELSE 'Judul ' || i::VARCHAR END
            AS "Judul",
        CASE WHEN i % 13 = 0 THEN '1,2 rb' WHEN i % 17 = 0 THEN '-'
             ELSE format('{:,}', (i * 37) % 250000).replace(',', '.') END AS "Views",
        ((i * 13) % 9000)::VARCHAR AS "Likes",
        CASE WHEN i % 19 = 0 THEN '' ELSE ((i * 3) % 700)::VARCHAR END AS "Comments"
    FROM range(1, $rows + 1) t(i)
) TO '{path}' (HEADER, DELIMITER ',')
"""


def messy_file(folder: Path, rows: int = ROWS) -> Path:
    path = folder / "posts_besar.csv"
    duckdb.connect().execute(MESSY.replace("{path}", str(path)).replace("$rows", str(rows)))
    return path


def test_page_calls_read_once_and_stage_once(conn, tmp_path):
    path = messy_file(tmp_path)
    upload = UploadSession.from_bytes(path.name, path.read_bytes())
    base = ingest.prepare(conn, "posts", upload)
    options = {"mapping": dict(base.mapping), "constants": {}, "regions": {}}
    first = ingest.prepare(conn, "posts", upload, **options)
    again = ingest.prepare(conn, "posts", upload, **options)  # the "Muat" rerun
    result = ingest.import_file(conn, "posts", upload, **options)
    assert upload.reads == 1 and upload.stagings == 1
    assert base.rows_valid == first.rows_valid == again.rows_valid == ROWS
    assert result.loaded and result.rows_loaded == ROWS
    assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == ROWS
    # nothing of a preparation is left in the connection: no TEMP table, no registered rows
    left = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE temporary AND "
        "(table_name LIKE 'ingest%' OR table_name LIKE 'gema_raw%')"
    ).fetchone()[0]
    views = conn.execute(
        "SELECT count(*) FROM duckdb_views() WHERE temporary AND "
        "(view_name LIKE 'ingest%' OR view_name LIKE 'gema_raw%')"
    ).fetchone()[0]
    assert left == 0 and views == 0


def test_changed_choices_stage_again_and_load_what_was_chosen(conn, tmp_path):
    path = messy_file(tmp_path, 3_000)
    upload = UploadSession.from_bytes(path.name, path.read_bytes())
    base = ingest.prepare(conn, "posts", upload)
    mapping = {**base.mapping, "Judul": "-"}  # the title column left out
    ingest.prepare(conn, "posts", upload, mapping=mapping)
    assert upload.stagings == 2
    result = ingest.import_file(conn, "posts", upload, mapping=mapping)
    assert upload.stagings == 2 and result.rows_loaded == 3_000
    titles = conn.execute("SELECT count(title) FROM posts").fetchone()[0]
    assert titles == 0
    # a duplicate found by the preview is found again by the load (the database changed)
    other = UploadSession.from_bytes("lagi.csv", path.read_bytes() + b"\n")
    prep = ingest.prepare(conn, "posts", other)
    assert prep.rows_duplicate == 3_000 and prep.rows_valid == 0


def test_progress_reports_rows_step_by_step(conn, tmp_path):
    path = messy_file(tmp_path)
    seen: list[Progress] = []
    result = ingest.import_file(conn, "posts", UploadSession.from_path(path), progress=seen.append)
    assert result.rows_loaded == ROWS
    steps = [p.step for p in seen]
    assert steps[-1] == "load" and "check" in steps
    order = {"read": 0, "check": 1, "load": 2}
    assert [order[s] for s in steps] == sorted(order[s] for s in steps)
    for step in order:
        rows = [p.rows for p in seen if p.step == step]
        assert rows == sorted(rows), step  # never goes back
    assert all(p.total == ROWS for p in seen if p.step in ("check", "load"))
    assert seen[-1] == Progress("load", ROWS, ROWS, 1.0)
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[0] >= 0 and fractions[-1] == 1.0
    assert progress_bar.line(seen[-1]).endswith("memuat 40.000 / 40.000 baris")


def test_preview_progress_has_read_and_check(conn, tmp_path):
    path = messy_file(tmp_path, 2_000)
    seen: list[Progress] = []
    prep = ingest.prepare(conn, "posts", UploadSession.from_path(path), progress=seen.append)
    assert prep.rows_valid == 2_000
    assert seen[-1].step == "check" and seen[-1].rows == seen[-1].total == 2_000


def _old_macros() -> duckdb.DuckDBPyConnection:
    """A database with every migration before 210: the value macros as they were."""
    old = duckdb.connect()
    for version, _name, path in store.migrations():
        if version >= 210:
            break
        old.execute(path.read_text(encoding="utf-8"))
    return old


EXPECTED = """
SELECT "Post ID" AS post_id, gema_platform("Platform") AS platform, gema_handle("Akun") AS account,
       gema_ts("Waktu publikasi", true) AS published_at, gema_text("Permalink") AS url,
       gema_text("Judul") AS title, gema_parse_count("Views") AS views,
       gema_parse_count("Likes") AS likes, gema_parse_count("Comments") AS comments
FROM read_csv(?, all_varchar = true)
ORDER BY post_id
"""

LOADED = """
SELECT post_id, platform, account, published_at, url, title, views, likes, comments
FROM posts ORDER BY post_id
"""


@pytest.mark.parametrize("through", ["cli", "page"])
def test_large_file_loads_the_rows_the_old_macros_gave(conn, tmp_path, through):
    path = messy_file(tmp_path)
    if through == "cli":
        source = UploadSession.from_path(path)
    else:
        source = UploadSession.from_bytes(path.name, path.read_bytes())
        ingest.prepare(conn, "posts", source)
    result = ingest.import_file(conn, "posts", source)
    assert result.loaded and result.rows_loaded == ROWS and result.errors == []
    expected = _old_macros().execute(EXPECTED, [str(path)]).fetchall()
    loaded = conn.execute(LOADED).fetchall()
    assert len(loaded) == ROWS
    assert loaded == expected
    kabkota = conn.execute("SELECT DISTINCT kabkota FROM posts ORDER BY 1").fetchall()
    assert kabkota == [("3601",), ("3602",), ("3672",), ("3673",), ("3674",)]


def test_cli_progress_bar_on_stderr_json_alone_on_stdout(db_file, tmp_path, capsys):
    import json

    from gema.cli import main

    path = messy_file(tmp_path, 2_000)
    code = main(["import", "posts", str(path), "--json", "--progress"])
    captured = capsys.readouterr()
    assert code == 0 and json.loads(captured.out)["rows_loaded"] == 2_000
    last = captured.err.split("\r")[-1]
    assert "100% memuat 2.000 / 2.000 baris" in last


def _longest_line(body: bytes, stop_at: int) -> tuple[int, int]:
    """The plain reading of the rule: (bytes, 1-based line) of the first line longer than
    `stop_at`, else of the (first) longest line; '\r' counts, the newline does not."""
    lines = body.split(b"\n")
    for n, line in enumerate(lines, start=1):
        if len(line) > stop_at:
            return len(line), n
    n = max(range(len(lines)), key=lambda k: (len(lines[k]), -k))
    return len(lines[n]), n + 1


@pytest.mark.parametrize(
    "body",
    [
        b"a,b\n1,2\n3,4\n",
        b"a,b\n1,2\n\n3,4\n",  # a blank line between data lines
        b"a,b\r\n1,2\r\n\r\n3,4\r\n",
        b"a,b\n1,2\n3,4\n\n\n",  # blank lines only at the end
        b"a,b\n" + b"x" * 5000 + b",1\n2,3\n",
    ],
)
def test_one_pass_scan_finds_what_the_three_passes_found(tmp_path, body):
    import hashlib

    from gema.ingest import filescan

    path = tmp_path / "f.csv"
    path.write_bytes(body)
    found = filescan.scan(path, 4096)
    assert found.sha256 == hashlib.sha256(body).hexdigest()
    assert (found.longest, found.longest_line) == _longest_line(body, 4096)
    inner = b"\n\n" in body.rstrip() or b"\n\r\n" in body.rstrip()
    assert found.inner_blank_lines == inner
