"""Lake benchmark (issue 17, item 3): the same work on the embedded DuckDB file and on a DuckLake
(catalog in a throw-away local PostgreSQL cluster, Parquet files in a temp folder), in one run.

    .venv/bin/python bench/lake_bench.py [--rows 200000] [--repeat 5]

Prints, each as lake / file ratios measured side by side:
  * import: `python -m gema import posts` of the same generated Meta export, as fresh processes
    (store already created and migrated on both, so only the load is timed);
  * page data: warm `page_data` of Ringkasan, Jangkauan and Aspirasi (median of --repeat runs),
    query by query and inside one `store.snapshot` (one lake transaction for the whole page);
  * connect: `store.connect()` of an existing store (the app does it once per process on the lake).
No target: the figures say what moving to the lake costs on one machine (docs/skala.md).
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import GENERATE  # noqa: E402  (same file as the import benchmark)

from gema.core import pgtemp  # noqa: E402


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _import(env: dict[str, str], csv_path: Path) -> float:
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "gema", "import", "posts", str(csv_path), "--json"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    took = time.perf_counter() - t
    json.loads(out.stdout)
    return took


PAGES = """
import json, statistics, sys, time
from datetime import date
from gema.core import store
from gema.core.filters import Filters
from gema import aspirasi, jangkauan, ringkasan
repeat = int(sys.argv[1])
t = time.perf_counter(); c = store.connect(); connect_s = time.perf_counter() - t
f = Filters(period="custom", start=date(2024, 1, 1), end=date(2024, 12, 31))
out = {"connect": connect_s}
for name, mod in (("ringkasan", ringkasan), ("jangkauan", jangkauan), ("aspirasi", aspirasi)):
    mod.page_data(c, f)  # warm
    runs = []
    for _ in range(repeat):
        t = time.perf_counter(); mod.page_data(c, f); runs.append(time.perf_counter() - t)
    out[name] = statistics.median(runs)
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        with store.snapshot(c):
            mod.page_data(c, f)
        runs.append(time.perf_counter() - t)
    out[name + "_snapshot"] = statistics.median(runs)
c.close()
print(json.dumps(out))
"""


def _pages(env: dict[str, str], repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PAGES, str(repeat)],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gema-lakebench-"))
    pg = pgtemp.TempPostgres()
    try:
        csv_path = tmp / "meta_posts.csv"
        duckdb.connect().execute(
            GENERATE.replace("{path}", str(csv_path)).replace("$rows", str(int(args.rows)))
        )
        base = {k: v for k, v in os.environ.items() if not k.startswith("GEMA_LAKE")}
        base["PYTHONPATH"] = str(ROOT)
        file_env = {**base, "GEMA_DB": str(tmp / "gema.duckdb")}
        pg.createdb("bench")
        lake_env = {
            **file_env,
            "GEMA_LAKE": "postgres:" + pg.conninfo("bench"),
            "GEMA_LAKE_DATA": str(tmp / "lake-data"),
        }
        for env in (file_env, lake_env):  # create and migrate both stores, untimed
            subprocess.run([sys.executable, "-m", "gema", "init"], cwd=ROOT, env=env, check=True,
                           capture_output=True)  # fmt: skip
        print(f"{args.rows:,} posts; load average before: {_load()}")
        file_s = _import(file_env, csv_path)
        lake_s = _import(lake_env, csv_path)
        print(
            f"import  file {file_s:7.2f}s  lake {lake_s:7.2f}s  ratio lake/file {lake_s / file_s:5.2f}"
        )
        file_p = _pages(file_env, args.repeat)
        lake_p = _pages(lake_env, args.repeat)
        print("page data, warm median in ms; 'one snapshot': the page read inside store.snapshot()")
        for name in ("connect", "ringkasan", "jangkauan", "aspirasi"):
            f, lk = file_p[name], lake_p[name]
            line = f"{name:<9} file {f * 1000:6.0f} lake {lk * 1000:6.0f} ratio lake/file {lk / f:6.2f}"
            if name + "_snapshot" in lake_p:
                ls = lake_p[name + "_snapshot"]
                line += f" | one snapshot: lake {ls * 1000:6.0f} ratio {ls / f:6.2f}"
            print(line)
        print(f"load average after: {_load()}")
    finally:
        pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
