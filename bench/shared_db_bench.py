"""How long a CLI import waits while a user is uploading in the app (issue 9).

The app's upload runs in the app process on a leased cursor (`store.lease`, as `ui.conn()` does)
through the same pipeline (`ingest.import_file`); DuckDB lets one process hold the file, so a
`python -m gema import` started meanwhile waits until the upload is done and the lease is
returned, then runs. Printed: the CLI import alone (baseline, same run, same file), the CLI
import started 0.5 s into an in-app upload of a larger file, the upload's own duration, and the
ratio and extra wait against the baseline.

    .venv/bin/python bench/shared_db_bench.py [--upload-rows 200000] [--cli-rows 2000]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gema import ingest  # noqa: E402
from gema.core import store  # noqa: E402

PLACES = ["Kab. Pandeglang", "Kab. Lebak", "Kota Cilegon", "Kota Serang", "Kota Tangerang Selatan"]


def write_lapor(path: Path, rows: int, prefix: str) -> Path:
    """A LAPOR!-like export (';'-separated) with `rows` distinct tickets."""
    start = date(2024, 7, 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["No. Tiket", "Tanggal Laporan", "Judul Laporan", "Isi Laporan", "Kategori",
                    "Lokasi", "Status"])  # fmt: skip
        for i in range(rows):
            day = (start + timedelta(days=i % 300)).strftime("%d/%m/%Y")
            w.writerow([f"{prefix}-{i:07d}", day, "Laporan", f"Isi laporan nomor {i} tentang jalan",
                        "Infrastruktur", PLACES[i % len(PLACES)], "Baru"])  # fmt: skip
    return path


def cli_import(db: Path, path: Path) -> tuple[float, subprocess.CompletedProcess]:
    env = {**os.environ, "GEMA_DB": str(db), "GEMA_DB_WAIT": "300"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "gema", "import", "feedback", str(path), "--json", "--user", "cron"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    return time.monotonic() - started, done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--upload-rows", type=int, default=200_000)
    ap.add_argument("--cli-rows", type=int, default=2_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "gema.duckdb"
        store.connect(db).close()
        big = write_lapor(tmp / "unggahan_besar.csv", args.upload_rows, "UP")
        small_a = write_lapor(tmp / "cron_a.csv", args.cli_rows, "CA")
        small_b = write_lapor(tmp / "cron_b.csv", args.cli_rows, "CB")

        alone, done = cli_import(db, small_a)
        assert done.returncode == 0, done.stderr

        upload: dict[str, float] = {}

        def user_uploads() -> None:
            cur = store.lease(db)
            t0 = time.monotonic()
            try:
                result = ingest.import_file(cur, "feedback", big, user="staf")
                assert result.batch_id is not None, result.refusal
            finally:
                upload["seconds"] = time.monotonic() - t0
                store.release(cur, db)

        thread = threading.Thread(target=user_uploads)
        thread.start()
        time.sleep(0.5)
        during, done = cli_import(db, small_b)
        thread.join()
        assert done.returncode == 0, done.stderr
        waited_msg = "menunggu" in done.stderr
        print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        print(f"CLI import of {args.cli_rows:,} rows alone (baseline): {alone:.2f} s")
        print(f"in-app upload of {args.upload_rows:,} rows: {upload['seconds']:.2f} s")
        print(
            f"CLI import started 0.5 s into the upload: {during:.2f} s "
            f"(ratio {during / alone:.2f} × baseline, extra wait {during - alone:.2f} s; "
            f"waiting message printed: {waited_msg})"
        )


if __name__ == "__main__":
    main()
