"""Import benchmark (issue 2 item 9, issue 17 item 1): `python -m gema import posts` end to end
against a bare DuckDB `read_csv` of the same file into a table, both as fresh child processes in
the same run (both pay interpreter start-up). Each child's wall time, CPU time (user + system)
and peak RSS come from os.wait4 on that child alone.

    .venv/bin/python bench/import_bench.py [--rows 1000000] [--pairs 5] [--case all|meta|plain|upload] [--keep]

Cases:
  meta    the Meta-Business-Suite-like export (22 columns, messy values), one run each, as
          before (targets: ratio ≤ 3, peak RSS ≤ 1.5 GB).
  plain   a plain 10-column posts file: --pairs paired runs (baseline and import one after the
          other, the order alternating), median of the per-pair ratios, wall and CPU, and the
          import's peak RSS (targets: wall ≤ 2, CPU ≤ 3, RSS ≤ 1 GB at 1M rows; at 10M rows the
          import streams: RSS ≤ 2 GB).
  upload  the same plain file through the upload page's calls (an UploadSession from the
          uploaded bytes; first render: the base preview and the preview with the mapping; the
          "Muat" rerun: the preview again and the load), against the CLI import of the file, paired;
          target ≤ 1.5. Skipped above the upload row limit (GEMA_MAX_ROWS).
The plain file looks like a hand-made export: ISO times, plain integers, Kab/Kota names.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent

# Generated inside DuckDB (fast, deterministic: every value is a function of the row number i).
GENERATE = """
COPY (
    SELECT
        CAST(17900000000000000000 + i * 7919 AS HUGEINT)::VARCHAR AS "Post ID",
        '17841400000000001' AS "Account ID",
        (['diskominfo.banten', 'dinkes.banten', 'icn.lebak', 'kreator.tangsel', 'bantennews'])[1 + i % 5]
            AS "Account username",
        'Akun ' || (1 + i % 5)::VARCHAR AS "Account name",
        CASE WHEN i % 50 = 0 THEN 'Ayo ikut vaksinasi 💉' || chr(10) || '#BantenSehat ' || i::VARCHAR
             ELSE 'Konten informasi publik nomor ' || i::VARCHAR END AS "Description",
        (i % 90)::VARCHAR AS "Duration (sec)",
        strftime(TIMESTAMP '2024-01-01' + to_minutes(CAST(i % 500000 AS BIGINT)), '%m/%d/%Y %H:%M')
            AS "Publish time",
        'https://www.instagram.com/p/C' || i::VARCHAR || '/' AS "Permalink",
        (['IG image', 'IG reel', 'IG carousel'])[1 + i % 3] AS "Post type",
        '' AS "Data comment",
        'Lifetime' AS "Date",
        CASE WHEN i % 97 = 0 THEN '1,2 rb'
             WHEN i % 991 = 0 THEN '3,4 jt'
             ELSE format('{:,}', (i * 37) % 250000).replace(',', '.') END AS "Views",
        format('{:,}', (i * 31) % 200000).replace(',', '.') AS "Reach",
        ((i * 13) % 9000)::VARCHAR AS "Likes",
        CASE WHEN i % 101 = 0 THEN '-' ELSE ((i * 7) % 400)::VARCHAR END AS "Shares",
        ((i * 5) % 300)::VARCHAR AS "Follows",
        ((i * 3) % 700)::VARCHAR AS "Comments",
        ((i * 11) % 500)::VARCHAR AS "Saves",
        (['Kota Serang', 'Kab. Lebak', 'Pandeglang', 'Kota Tangerang', 'Kab. Tangerang',
          'Cilegon', 'Tangsel', 'KABUPATEN SERANG', 'Banten'])[1 + i % 9] AS "Kab/Kota"
    FROM range(1, $rows + 1) t(i)
) TO '{path}' (HEADER, DELIMITER ',', QUOTE '"')
"""

# The plain 10-column posts file (issue 17): what a hand-made sheet or a clean export looks like.
GENERATE_PLAIN = """
COPY (
    SELECT
        (['Instagram', 'TikTok', 'YouTube', 'Facebook', 'X'])[1 + i % 5] AS platform,
        (['diskominfo.banten', 'dinkes.banten', 'icn.lebak', 'kreator.tangsel', 'bantennews'])
            [1 + (i // 7) % 5] AS account,
        strftime(TIMESTAMP '2024-01-01' + to_minutes(CAST(i % 500000 AS BIGINT)),
                 '%Y-%m-%d %H:%M:%S') AS published_at,
        (['Kota Serang', 'Kab. Lebak', 'Pandeglang', 'Kota Tangerang', 'Kab. Tangerang', 'Cilegon',
          'Tangsel', 'Kab. Serang'])[1 + i % 8] AS kabkota,
        CAST(7300000000000000000 + i * 7919 AS HUGEINT)::VARCHAR AS post_id,
        'https://example.org/p/' || i::VARCHAR AS url,
        'Konten informasi publik nomor ' || i::VARCHAR AS title,
        ((i * 37) % 250000)::VARCHAR AS views,
        ((i * 13) % 9000)::VARCHAR AS likes,
        ((i * 3) % 700)::VARCHAR AS comments
    FROM range(1, $rows + 1) t(i)
) TO '{path}' (HEADER, DELIMITER ',')
"""

BASELINE = (
    "import duckdb, sys; c = duckdb.connect(sys.argv[1]); c.execute('SET enable_progress_bar = false'); "
    "c.execute('CREATE TABLE t AS SELECT * FROM read_csv(?)', [sys.argv[2]]); "
    "print(c.execute('SELECT count(*) FROM t').fetchone()[0])"
)

# What the upload page calls for one upload (pages/unggah.py): the bytes into an UploadSession,
# the first render (base preview, then the preview with the mapping the editor shows), then the
# rerun of the "Muat" click (the preview again, then the load). One connection stands for the
# cursors the page leases per run.
UPLOAD = """
import json, sys
from pathlib import Path
from gema import ingest
from gema.core import store
from gema.ingest import review
conn = store.connect(sys.argv[1])
conn.execute('SET enable_progress_bar = false')
name = Path(sys.argv[2]).name
sessions = {}
upload = review.upload_session(sessions, name, Path(sys.argv[2]).read_bytes())
base = ingest.prepare(conn, 'posts', upload, name, preset=None, sheet=None, lang='id')
mapping = dict(base.mapping)
options = dict(mapping=mapping, constants={}, regions={}, dayfirst=None, sheet=None, lang='id')
prep = ingest.prepare(conn, 'posts', upload, name, **options)
prep = ingest.prepare(conn, 'posts', upload, name, **options)
result = ingest.import_file(conn, 'posts', upload, name, user='admin', **options)
print(json.dumps({'rows_loaded': result.rows_loaded, 'reads': upload.reads}))
"""


@dataclass
class Child:
    seconds: float
    cpu: float  # user + system of the child alone
    rss: int  # peak RSS of the child alone, bytes
    out: str


def run(argv: list[str], env: dict[str, str]) -> Child:
    """Run one child process; its own wall time, CPU time and peak RSS (os.wait4)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err)
        out = proc.stdout.read() if proc.stdout else b""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            sys.stderr.write(err.read().decode("utf-8", "replace")[-4000:])
            raise SystemExit(f"{argv[:4]} exited {proc.returncode}")
    return Child(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, out.decode())


def generate(query: str, path: Path, rows: int) -> None:
    t0 = time.perf_counter()
    duckdb.connect().execute(query.replace("{path}", str(path)).replace("$rows", str(int(rows))))
    size_mb = path.stat().st_size / 1e6
    print(f"file {path.name}: {rows:,} rows, {size_mb:,.1f} MB, "
          f"generated in {time.perf_counter() - t0:.1f}s")  # fmt: skip


def fresh_db(template: Path, target: Path) -> Path:
    """A copy of the initialised (migrated) database: every import starts from the same state."""
    for old in (target, target.with_name(target.name + ".wal")):
        old.unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def load_avg() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def meta_case(tmp: Path, rows: int, env: dict[str, str], template: Path) -> None:
    """The Meta-like export, one run each (what this benchmark printed before issue 17)."""
    csv_path = tmp / "meta_posts.csv"
    generate(GENERATE, csv_path, rows)
    base = run([sys.executable, "-c", BASELINE, str(tmp / "baseline.duckdb"), str(csv_path)], env)
    assert int(base.out.strip()) == rows, base.out
    env_gema = {**env, "GEMA_DB": str(fresh_db(template, tmp / "gema.duckdb"))}
    gema = run([sys.executable, "-m", "gema", "import", "posts", str(csv_path), "--json"], env_gema)
    result = json.loads(gema.out)
    assert result["rows_loaded"] == rows, {k: result[k] for k in list(result)[:6]}
    ratio = gema.seconds / base.seconds
    print(f"baseline read_csv → table : {base.seconds:6.2f}s  {rows / base.seconds:>12,.0f} rows/s  "
          f"peak RSS {base.rss / 2**20:,.0f} MiB")  # fmt: skip
    print(f"python -m gema import posts: {gema.seconds:6.2f}s  {rows / gema.seconds:>12,.0f} rows/s  "
          f"peak RSS {gema.rss / 2**20:,.0f} MiB")  # fmt: skip
    print(f"ratio import / baseline   : {ratio:.2f}  (target ≤ 3)")
    print(f"peak RSS import           : {gema.rss / 1e9:.2f} GB (target ≤ 1.5 GB)")
    csv_path.unlink(missing_ok=True)


def cli_import(tmp: Path, csv_path: Path, env: dict[str, str], template: Path, rows: int) -> Child:
    env_gema = {**env, "GEMA_DB": str(fresh_db(template, tmp / "gema.duckdb"))}
    child = run(
        [sys.executable, "-m", "gema", "import", "posts", str(csv_path), "--json"], env_gema
    )
    result = json.loads(child.out)
    assert result["rows_loaded"] == rows, {k: result[k] for k in list(result)[:6]}
    return child


def plain_case(tmp: Path, csv_path: Path, rows: int, pairs: int, env: dict[str, str],
               template: Path) -> None:  # fmt: skip
    """Paired runs: baseline and import back to back (order alternating), ratios per pair."""
    print(f"plain 10-column posts, {pairs} paired runs ({load_avg()} at start)")
    walls, cpus, peaks = [], [], []
    base_db = tmp / "baseline.duckdb"
    base_argv = [sys.executable, "-c", BASELINE, str(base_db), str(csv_path)]
    for i in range(pairs):
        base_db.unlink(missing_ok=True)
        if i % 2 == 0:
            base = run(base_argv, env)
            gema = cli_import(tmp, csv_path, env, template, rows)
        else:
            gema = cli_import(tmp, csv_path, env, template, rows)
            base = run(base_argv, env)
        assert int(base.out.strip()) == rows, base.out
        (tmp / "baseline.duckdb").unlink(missing_ok=True)
        walls.append(gema.seconds / base.seconds)
        cpus.append(gema.cpu / base.cpu)
        peaks.append(gema.rss)
        print(f"  pair {i + 1}: read_csv {base.seconds:6.2f}s wall {base.cpu:6.2f}s CPU "
              f"{base.rss / 2**20:5,.0f} MiB | import {gema.seconds:6.2f}s wall {gema.cpu:6.2f}s CPU "
              f"{gema.rss / 2**20:5,.0f} MiB | ratio wall {walls[-1]:.2f} CPU {cpus[-1]:.2f}")  # fmt: skip
    limit = 2.0 if rows > 2_000_000 else 1.0
    label = "streaming RSS" if rows > 2_000_000 else "peak RSS"
    print(f"median ratio wall  : {statistics.median(walls):.2f}  (target ≤ 2)")
    print(f"median ratio CPU   : {statistics.median(cpus):.2f}  (target ≤ 3)")
    print(
        f"{label:19s}: {max(peaks) / 1e9:.2f} GB (import child, max over runs; target ≤ {limit:.0f} GB)"
    )
    print(f"({load_avg()} at end)")


def upload_case(tmp: Path, csv_path: Path, rows: int, pairs: int, env: dict[str, str],
                template: Path) -> None:  # fmt: skip
    """The upload page's calls for one upload against the CLI import of the same file."""
    print(f"upload page path vs CLI, {pairs} paired runs ({load_avg()} at start)")
    ratios = []
    for i in range(pairs):
        page_db = fresh_db(template, tmp / "page.duckdb")
        page_argv = [sys.executable, "-c", UPLOAD, str(page_db), str(csv_path)]
        if i % 2 == 0:
            cli = cli_import(tmp, csv_path, env, template, rows)
            page = run(page_argv, env)
        else:
            page = run(page_argv, env)
            cli = cli_import(tmp, csv_path, env, template, rows)
        out = json.loads(page.out.strip().splitlines()[-1])
        assert out["rows_loaded"] == rows and out["reads"] == 1, out
        ratios.append(page.seconds / cli.seconds)
        print(f"  pair {i + 1}: CLI {cli.seconds:6.2f}s | page path {page.seconds:6.2f}s "
              f"{page.rss / 2**20:5,.0f} MiB, file read {out['reads']}× | ratio {ratios[-1]:.2f}")  # fmt: skip
    print(f"median ratio page/CLI: {statistics.median(ratios):.2f}  (target ≤ 1.5)")
    print(f"({load_avg()} at end)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument(
        "--pairs", type=int, default=5, help="paired runs of the plain and upload cases"
    )
    ap.add_argument("--case", choices=("all", "meta", "plain", "upload"), default="all")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gema-bench-"))
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # the row limit guards web uploads; the CLI benchmark raises it for --rows above it
        env.setdefault("GEMA_MAX_ROWS", str(max(args.rows + 1, 1_048_576)))
        # gema's bytecode, once: an installed app keeps its .pyc files, but a shell with
        # PYTHONDONTWRITEBYTECODE (this workbench sets it) would charge every import child
        # about 0.1 s for compiling gema again
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "gema")],
                       check=True, capture_output=True)  # fmt: skip
        template = tmp / "template.duckdb"
        subprocess.run([sys.executable, "-m", "gema", "init"], cwd=ROOT, check=True,
                       env={**env, "GEMA_DB": str(template)}, capture_output=True)  # fmt: skip
        if args.case in ("all", "meta"):
            meta_case(tmp, args.rows, env, template)
        if args.case in ("all", "plain", "upload"):
            csv_path = tmp / "plain_posts.csv"
            generate(GENERATE_PLAIN, csv_path, args.rows)
            if args.case in ("all", "plain"):
                plain_case(tmp, csv_path, args.rows, args.pairs, env, template)
            if args.case in ("all", "upload"):
                if args.rows > 1_048_576:
                    print("upload case skipped: above the upload row limit (1.048.576)")
                else:
                    upload_case(tmp, csv_path, args.rows, args.pairs, env, template)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
