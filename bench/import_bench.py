"""Import benchmark (issue 2, item 9): `python -m gema import posts` end to end against a bare
DuckDB `read_csv` of the same file into a table, both as fresh subprocesses in the same run (so
both pay interpreter start-up). Prints rows/s, the ratio and each process's peak RSS.

    .venv/bin/python bench/import_bench.py [--rows 1000000] [--keep]

Targets: ratio ≤ 3, peak RSS ≤ 1.5 GB. The file looks like a Meta Business Suite export from an
Indonesian-locale laptop: 19-digit ids, month-first publish times, thousands with dots, some
'1,2 rb' / '3,4 jt' figures, '-' for n/a, multi-line captions, a Kab/Kota column.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
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

BASELINE = (
    "import duckdb, sys; c = duckdb.connect(sys.argv[1]); c.execute('SET enable_progress_bar = false'); "
    "c.execute('CREATE TABLE t AS SELECT * FROM read_csv(?)', [sys.argv[2]]); "
    "print(c.execute('SELECT count(*) FROM t').fetchone()[0])"
)


def run(argv: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(seconds, peak RSS in bytes, stdout) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    # ru_maxrss of RUSAGE_CHILDREN is the max over all waited-for children so far; run the
    # lighter baseline first so each reading belongs to the process just run.
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace"))
        raise SystemExit(f"{argv[:4]} exited {proc.returncode}")
    return seconds, peak, out.decode("utf-8", "replace")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gema-bench-"))
    try:
        csv_path = tmp / "meta_posts.csv"
        t0 = time.perf_counter()
        duckdb.connect().execute(
            GENERATE.replace("{path}", str(csv_path)).replace("$rows", str(int(args.rows)))
        )
        size_mb = csv_path.stat().st_size / 1e6
        print(
            f"file: {args.rows:,} rows, {size_mb:,.1f} MB, generated in {time.perf_counter() - t0:.1f}s"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT)}

        base_s, base_rss, base_out = run(
            [sys.executable, "-c", BASELINE, str(tmp / "baseline.duckdb"), str(csv_path)], env
        )
        assert int(base_out.strip()) == args.rows, base_out

        env_gema = {**env, "GEMA_DB": str(tmp / "gema.duckdb")}
        subprocess.run([sys.executable, "-m", "gema", "init"], cwd=ROOT, env=env_gema, check=True,
                       capture_output=True)  # fmt: skip
        gema_s, gema_rss, gema_out = run(
            [sys.executable, "-m", "gema", "import", "posts", str(csv_path), "--json"], env_gema
        )
        result = json.loads(gema_out)
        assert result["rows_loaded"] == args.rows, {k: result[k] for k in list(result)[:6]}

        ratio = gema_s / base_s
        print(f"baseline read_csv → table : {base_s:6.2f}s  {args.rows / base_s:>12,.0f} rows/s  "
              f"peak RSS {base_rss / 2**20:,.0f} MiB")  # fmt: skip
        print(f"python -m gema import posts: {gema_s:6.2f}s  {args.rows / gema_s:>12,.0f} rows/s  "
              f"peak RSS {gema_rss / 2**20:,.0f} MiB")  # fmt: skip
        print(f"ratio import / baseline   : {ratio:.2f}  (target ≤ 3)")
        print(f"peak RSS import           : {gema_rss / 1e9:.2f} GB (target ≤ 1.5 GB)")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
