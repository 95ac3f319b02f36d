"""The pure generator: all demo tables for one (seed, end, scale), and a labelled sample."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from gema.core import store
from gema.demo.accounts import _accounts, _campaigns
from gema.demo.common import TARGETS, Demo, _Context
from gema.demo.feedback import _feedback
from gema.demo.fgd import _fgd_sessions
from gema.demo.posts import _posts
from gema.demo.skm import _skm


def feedback_sample(n: int = 500, *, seed: int = 7, end: date | None = None) -> pd.DataFrame:
    """A labelled sample of generated feedback texts (text, channel, intended sentiment and
    topic) for checking a sentiment method against. It is template ground truth, so it should
    be one evaluation set among others, never the only one."""
    regions = pd.read_csv(store.REGIONS_CSV, dtype={"kode": str})
    demo = generate(regions, seed=seed, end=end or date(2025, 6, 30), scale=max(n / 25_000, 0.01))
    both = demo.feedback[["text", "channel"]].join(demo.truth)
    return both.sample(n=min(n, len(both)), random_state=seed).reset_index(drop=True)


def generate(regions: pd.DataFrame, *, seed: int, end: date, scale: float) -> Demo:
    """All demo tables for the 365 days ending at `end`. Pure and deterministic."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    ss = np.random.SeedSequence([seed, end.toordinal()])
    rngs = [np.random.default_rng(s) for s in ss.spawn(6)]
    ctx = _Context(regions, end)
    campaigns = _campaigns(ctx)
    accounts = _accounts(ctx, rngs[0])
    posts = _posts(ctx, rngs[1], campaigns, accounts, round(TARGETS["posts"] * scale))
    skm_resp, skm_scores, skm_users, skm_tone = _skm(ctx, rngs[2], round(TARGETS["skm"] * scale))
    sessions = _fgd_sessions(ctx, rngs[3])
    feedback, truth = _feedback(
        ctx,
        rngs[4],
        posts,
        campaigns,
        sessions,
        skm_resp,
        skm_tone,
        round(TARGETS["feedback"] * scale),
    )
    return Demo(
        campaigns, accounts, posts, sessions, feedback, skm_resp, skm_scores, skm_users, truth
    )
