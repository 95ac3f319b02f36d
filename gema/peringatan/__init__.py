"""Peringatan (early warning): surges and jumps in negative share per kab/kota and topic.

data: detection, computing and storing alerts, acknowledging; frames: the sentence that
explains an alert, its Aspirasi link, the CLI records.
"""

from gema.peringatan.data import (
    MAD_SCALE,
    REFRESH_DAYS,
    TOP_WORDS,
    WINDOW_DAYS,
    Settings,
    acknowledge,
    compute,
    detect,
    latest_day,
    refresh,
    refresh_after_import,
    stored,
    top_words,
)
from gema.peringatan.frames import aspirasi_link, aspirasi_query, explain, records

__all__ = [
    "MAD_SCALE",
    "REFRESH_DAYS",
    "Settings",
    "TOP_WORDS",
    "WINDOW_DAYS",
    "acknowledge",
    "aspirasi_link",
    "aspirasi_query",
    "compute",
    "detect",
    "explain",
    "latest_day",
    "records",
    "refresh",
    "refresh_after_import",
    "stored",
    "top_words",
]
