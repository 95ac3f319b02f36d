"""The generated "apa yang berubah" list: the largest rises and falls between the previous
period and this one, each measured against the general trend so the list shows what changed
*differently*, not every large topic."""

from __future__ import annotations

import math

import duckdb
import pandas as pd

from gema.core import store
from gema.core.filters import Filters
from gema.core.kpi import Change

MIN_COUNT = 10  # a feedback change needs this many rows in one of the two periods to be news
MIN_REACH_SHARE = 0.02  # a kab/kota's reach change needs this share of all reach to be news
MIN_REACH_PCT = 0.2  # and at least this relative change
COMPLAINT_WEIGHT = 1.25  # a change in complaints outranks the same change in all feedback


def _poisson_score(cur: float, expected: float) -> float:
    """How surprising a count is against what was expected: |cur − expected| ÷ √(cur + expected)
    (≈ a z-score for counts), so that 120 → 197 ranks above 2 → 9 although the latter is a
    larger percentage."""
    return abs(cur - expected) / math.sqrt(cur + expected) if cur + expected > 0 else 0.0


def _overall_ratio(cur: float, prev: float) -> float:
    """The general trend (all of Banten) a cell is compared with; 1 when there is no base."""
    return cur / prev if prev > 0 and cur > 0 else 1.0


def rank_changes(
    feedback: pd.DataFrame, reach: pd.DataFrame, limit: int = 6, min_score: float = 2.0
) -> list[Change]:
    """The largest rises and falls: complaints (negative feedback) and all feedback by
    kab/kota × topic, by kab/kota and by topic, and reach by kab/kota.

    Each cell is measured against the general trend (previous value × the overall ratio of
    that metric), so that when everything falls by 20% the list shows what fell or rose
    *differently*, not every large topic; a cell is listed only when its raw change goes the
    same way as its deviation, so the sentence (raw numbers) never contradicts the ranking.
    Feedback changes rank by the count z-score (complaints × 1,25); reach changes (not counts) by
    the relative deviation, scaled so that ±50% ranks like z = 5 (capped at ±150%). A change
    already listed hides the same-direction change of the same or a coarser cell it explains."""
    found: list[Change] = []
    by_kab = feedback[feedback["level"] == "kabkota"]
    ratios = {
        "complaints": _overall_ratio(
            float(by_kab["cur_neg"].sum()), float(by_kab["prev_neg"].sum())
        ),
        "feedback": _overall_ratio(float(by_kab["cur"].sum()), float(by_kab["prev"].sum())),
    }
    for row in feedback.itertuples(index=False):
        kab = row.kabkota if row.level != "topic" else None
        topic = row.topic if row.level != "kabkota" else None
        for metric, cur, prev in (
            ("complaints", row.cur_neg, row.prev_neg),
            ("feedback", row.cur, row.prev),
        ):
            cur, prev = float(cur), float(prev)
            expected = prev * ratios[metric]
            if max(cur, prev) < MIN_COUNT or (cur - prev) * (cur - expected) <= 0:
                continue
            score = _poisson_score(cur, expected)
            if score >= min_score:
                score *= COMPLAINT_WEIGHT if metric == "complaints" else 1.0
                overall = ratios[metric] - 1
                found.append(Change(metric, kab, topic, prev, cur, score, overall))  # type: ignore[arg-type]
    total_cur = float(reach["cur"].sum()) if len(reach) else 0.0
    total_prev = float(reach["prev"].sum()) if len(reach) else 0.0
    reach_ratio = _overall_ratio(total_cur, total_prev)
    for row in reach.itertuples(index=False):
        cur, prev = float(row.cur), float(row.prev)
        if not prev or (cur + prev) / (total_cur + total_prev) < MIN_REACH_SHARE:
            continue
        deviation = cur / (prev * reach_ratio) - 1
        if abs(deviation) >= MIN_REACH_PCT and (cur - prev) * deviation > 0:
            score = min(abs(deviation), 1.5) * 10
            found.append(Change("reach", row.kabkota, None, prev, cur, score, reach_ratio - 1))
    # equal scores: the finer cell first (it names both place and topic), then a stable order
    found.sort(
        key=lambda c: (
            -c.score,
            (c.kabkota is None) + (c.topic is None),
            c.metric,
            c.kabkota or "",
            c.topic or "",
        )
    )
    chosen: list[Change] = []
    for c in found:
        if any(_explains(k, c) for k in chosen):
            continue
        chosen.append(c)
        if len(chosen) >= limit:
            break
    return chosen


def _explains(kept: Change, other: Change) -> bool:
    """A kept feedback change already tells the story of `other`: same direction, and `other` is
    the same cell or a coarser one (its kab/kota and topic are unset or equal to the kept ones)."""
    if kept.rising != other.rising or "reach" in (kept.metric, other.metric):
        return False
    return other.kabkota in (None, kept.kabkota) and other.topic in (None, kept.topic)


def changes(conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 6) -> list[Change]:
    """The generated "apa yang berubah" list for the current filters."""
    params = f.params()
    return rank_changes(
        store.run(conn, "ringkasan/changes_feedback", **params),
        store.run(conn, "ringkasan/changes_reach", **params),
        limit=limit,
    )
