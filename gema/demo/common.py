"""Shared pieces of the demo generator: sizes, channels, the Demo tables, the year context and
small vectorised helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from numpy.dtypes import StringDType

DEFAULT_SEED = 2024
TARGETS = {"posts": 50_000, "feedback": 30_000, "skm": 5_000}
PLATFORMS = ("Instagram", "TikTok", "YouTube", "X", "Facebook")
SOCIAL_CHANNELS = ("Instagram", "Facebook", "X", "TikTok", "YouTube")
# Share of feedback (outside FGD and survey) per channel.
CHANNEL_SHARE = {
    "Instagram": 30,
    "Facebook": 17,
    "X": 14,
    "TikTok": 14,
    "YouTube": 5,
    "LAPOR!": 11,
    "WhatsApp": 9,
}
SENTIMENTS = ("negatif", "netral", "positif")


class DemoRefused(RuntimeError):
    """The store already holds real uploads: demo rows would mix with real figures."""


@dataclass(frozen=True)
class Demo:
    """The generated tables, ready to load (no database ids yet)."""

    campaigns: pd.DataFrame
    accounts: pd.DataFrame
    posts: pd.DataFrame
    fgd_sessions: pd.DataFrame
    feedback: pd.DataFrame
    skm_responses: pd.DataFrame
    skm_scores: pd.DataFrame
    skm_service_users: pd.DataFrame
    truth: pd.DataFrame  # intended sentiment/topic per feedback row; never stored in the DB


# --- context and small helpers --------------------------------------------------------------


class _Context:
    """The demo year and the population weights shared by every table."""

    def __init__(self, regions: pd.DataFrame, end: date) -> None:
        self.end = end
        self.start = end - timedelta(days=364)
        self.days = 365
        self.kode = np.array(regions["kode"].astype(str).tolist())
        self.nama = dict(zip(self.kode, regions["nama"].astype(str), strict=True))
        pop = regions["population"].astype(float).to_numpy()
        self.pop_p = pop / pop.sum()
        day_dates = pd.date_range(self.start, end, freq="D")
        self.weekday = day_dates.day_of_week.to_numpy()
        self.month = day_dates.month.to_numpy() - 1
        self.start64 = np.datetime64(self.start, "s")
        self.end64 = np.datetime64(end + timedelta(days=1), "s")

    def kab(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """n kab/kota codes drawn in proportion to population."""
        return self.kode[rng.choice(len(self.kode), size=n, p=self.pop_p)]

    def stamp(self, day: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """Timestamps from day offsets in the year and seconds in the day."""
        return self.start64 + (day.astype(np.int64) * 86_400 + seconds.astype(np.int64)).astype(
            "timedelta64[s]"
        )


def _pick(rng: np.random.Generator, options: list[str], n: int) -> np.ndarray:
    return np.array(options, dtype=StringDType())[rng.integers(0, len(options), n)]


def _s(a: np.ndarray | list) -> np.ndarray:
    return np.asarray(a, dtype=StringDType())


_B64 = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", np.uint8)


def _b64(values: np.ndarray, width: int) -> np.ndarray:
    """Fixed-width base64url strings of non-negative integers (vectorised)."""
    v = values.astype(np.uint64)
    out = np.empty((len(v), width), np.uint8)
    for i in range(width - 1, -1, -1):
        out[:, i] = _B64[(v % 64).astype(np.intp)]
        v //= 64
    return out.view(f"S{width}").ravel().astype(str)


def _hours(rng: np.random.Generator, n: int, kind: str) -> np.ndarray:
    """Seconds into the day: office hours for OPD, evening peaks for creators and the public."""
    if kind == "opd":
        p = np.array([0, 0, 0, 0, 0, 1, 2, 5, 9, 10, 9, 7, 6, 7, 8, 7, 5, 4, 4, 5, 4, 3, 1, 0.5])
    else:
        p = np.array(
            [1, 0.5, 0.3, 0.2, 0.3, 1, 2, 4, 5, 5, 5, 6, 7, 6, 5, 5, 6, 7, 8, 10, 11, 10, 7, 3]
        )
    hour = rng.choice(24, size=n, p=p / p.sum())
    return hour * 3600 + rng.integers(0, 3600, n)
