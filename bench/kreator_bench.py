"""Kreator benchmark (issue 14): the creator scorecard's named queries on the seeded demo year,
against the existing Jangkauan leaderboard query (jangkauan/creators) on the same data in the
same run. The scorecard does more work per post (the follower count nearest the post date, the
per-platform basis, best post, targets), so the ratio says what that costs.

    .venv/bin/python bench/kreator_bench.py [--scale 2] [--runs 5]

Data: gema.demo at `--scale` (1 = 50.000 posts, 6.000 accounts snapshots), in memory, filters:
the whole demo year and the last 90 days. Prints the median warm time per query and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gema import demo  # noqa: E402
from gema import kreator as creators  # noqa: E402
from gema.core import store  # noqa: E402
from gema.core.filters import Filters  # noqa: E402

QUERIES = (
    "kreator/scorecard", "kreator/comparison", "kreator/sov_kabkota", "kreator/sov_campaign",
    "kreator/engagement_outliers", "kreator/comment_bursts", "kreator/follower_jumps",
)  # fmt: skip
BASELINE = "jangkauan/creators"


def _median(fn, runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    conn = store.connect(":memory:")
    t = time.perf_counter()
    demo.load_demo(conn, scale=args.scale, label=False)
    posts = store.scalar(conn, "app/demo_loaded")
    print(f"demo scale {args.scale}: loaded in {time.perf_counter() - t:.1f} s ({posts=})")
    today = date.today()
    views = {
        "year": Filters(period="custom", start=today - timedelta(days=364), end=today),
        "90d": Filters(),
    }
    rules = {k: getattr(creators.RULES, k) for k in creators.RULES.__dataclass_fields__}
    for label, f in views.items():
        p = {**f.params(), **rules, "sources": [], "min_posts": 3, "limit": 1000,
             "icn_only": False}  # fmt: skip
        base = _median(lambda p=p: store.run(conn, BASELINE, **p), args.runs)
        print(f"\n[{label}] baseline {BASELINE}: {base * 1000:.0f} ms")
        total = 0.0
        for q in QUERIES:
            ms = _median(lambda q=q, p=p: store.run(conn, q, **p), args.runs)
            total += ms
            print(f"  {q:<32} {ms * 1000:7.0f} ms   ratio {ms / base:5.1f}")
        page = _median(lambda f=f: creators.flags(conn, f), args.runs)
        print(
            f"  all queries {total * 1000:.0f} ms (ratio {total / base:.1f}); flags() {page * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
