"""Cold-start benchmark (issue 17, item 4): how soon the first page is ready after a server
start, at 1,000,000 posts and 500,000 feedback rows, with the background warm-up (serve.py →
gema.ui.launch.warm_in_background) and, as the baseline in the same run, without it
(GEMA_WARM=0).

    .venv/bin/python bench/cold_start_bench.py [--runs 3] [--scale 1] [--signin-delay 0]

Each run starts a fresh `streamlit run serve.py` process on the dashboard benchmark's database
(bench/dashboard_bench.py builds it; reused when present) and a fresh Chromium context (the
browser itself is started once, before the first server, and is not counted). Timed from the
moment the server process is started:
- health: /_stcore/health answers;
- sign-in form: the page shows the password field;
- first page: sign-in is submitted (after --signin-delay seconds; 0 = at once, the worst case
  for a warm-up running in the background) and the default page (Ringkasan, last 90 days) is
  ready: stApp notRunning with its charts drawn.
`click→ready` is the time from the sign-in click to the ready page: what a visitor waits for.
Target: first page ready ≤ 5 s (click→ready) with the warm-up. Never a test: the figures move
with the machine's load, which is printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from dashboard_bench import OUT, build_database  # noqa: E402

from gema.core import auth  # noqa: E402

TARGET_S = 5.0
READY = """() => document.querySelector('[data-testid=stApp]')
    ?.getAttribute('data-test-script-state') === 'notRunning'
    && document.querySelectorAll('.js-plotly-plot .main-svg').length > 0"""


def one_start(browser, db: Path, users: Path, warm: bool, delay: float, i: int) -> dict[str, float]:
    """Start a server, sign in, wait for the first page; seconds from the server start."""
    from e2e.conftest import DESKTOP, Offline, free_port

    port = free_port()
    env = {**os.environ, "GEMA_DB": str(db), "GEMA_USERS": str(users),
           "GEMA_WARM": "1" if warm else "0"}  # fmt: skip
    env.pop("GEMA_KIOSK", None)
    log_path = OUT / f"cold_{'warm' if warm else 'plain'}_{i}.log"
    t0 = time.perf_counter()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    out: dict[str, float] = {}
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(log_path.read_text()[-2000:])
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.05)
        out["health"] = time.perf_counter() - t0
        offline = Offline()
        ctx = browser.new_context(viewport=DESKTOP)
        ctx.route("**/*", offline.route)
        page = ctx.new_page()
        page.goto(f"{base}/?periode=90d")
        page.wait_for_selector("input[type=password]", timeout=120_000)
        out["sign-in form"] = time.perf_counter() - t0
        time.sleep(delay)
        page.get_by_label("Nama pengguna").fill("bench-admin")
        page.get_by_label("Kata sandi").fill("Bench-admin-2024!")
        click = time.perf_counter()
        page.get_by_role("button", name="Masuk").click()
        page.wait_for_selector("[data-testid=stSidebarNav]", timeout=120_000)
        page.wait_for_function(READY, timeout=120_000, polling=20)
        done = time.perf_counter()
        out["first page"] = done - t0
        out["click→ready"] = done - click
        ctx.close()
        if offline.external:
            print(f"!! requests outside 127.0.0.1: {offline.external}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    warmed = [ln for ln in log_path.read_text().splitlines() if "caches warmed" in ln]
    if warmed:
        out["warm-up s (server log)"] = float(warmed[-1].split(" in ")[1].split(" s")[0])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=1, help="1 = 1M posts, 500k feedback")
    ap.add_argument("--runs", type=int, default=3, help="server starts per mode (median)")
    ap.add_argument("--signin-delay", type=float, default=0.0,
                    help="seconds between the sign-in form and the click (0 = at once)")  # fmt: skip
    args = ap.parse_args()
    from e2e.conftest import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    suffix = "" if args.scale == 1 else f"_x{args.scale}"
    db = OUT / f"dashboard{suffix}.duckdb"
    build = build_database(db, 1_000_000 * args.scale, 500_000 * args.scale, fresh=False)
    print(f"data: {db.name} ({'reused' if 'reused' in build else 'built'}); load "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")  # fmt: skip
    users = OUT / "bench_users.json"
    users.unlink(missing_ok=True)
    auth.create_account("bench-admin", "Bench-admin-2024!", "admin", path=users)
    results: dict[str, list[dict[str, float]]] = {"warm-up": [], "no warm-up": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for i in range(args.runs):  # interleaved, so both modes see the same load
            for mode in results:
                r = one_start(browser, db, users, mode == "warm-up", args.signin_delay, i)
                results[mode].append(r)
                print(
                    f"   run {i + 1} {mode:<10} " + ", ".join(f"{k} {v:.2f}" for k, v in r.items())
                )
        browser.close()
    print()
    keys = ["health", "sign-in form", "click→ready", "first page"]
    print(f"{'median s':<12}" + "".join(f"{k:>14}" for k in keys) + f"{'≤5 s':>7}")
    for mode, runs in results.items():
        med = {k: statistics.median(r[k] for r in runs) for k in keys}
        ok = "ok" if med["click→ready"] <= TARGET_S else "MISS"
        print(f"{mode:<12}" + "".join(f"{med[k]:>14.2f}" for k in keys) + f"{ok:>7}")
    w = statistics.median(r["click→ready"] for r in results["warm-up"])
    p = statistics.median(r["click→ready"] for r in results["no warm-up"])
    print(f"\nclick→ready with warm-up ÷ without: {w / p:.2f}; load at the end "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
