"""Peringatan (early warning): surges and jumps in negative share per kab/kota and topic.

data: detection, computing and storing alerts, acknowledging; frames: the sentence that
explains an alert, its Aspirasi link, the CLI records.
"""

from gema.peringatan.data import (
    MAD_SCALE,
    REFRESH_DAYS,
    TOP_WORDS,
    WINDOW_DAYS,
    PageData,
    Settings,
    acknowledge,
    compute,
    detect,
    latest_day,
    page_data,
    refresh,
    refresh_after_import,
    stored,
    top_words,
)
from gema.peringatan.frames import aspirasi_link, aspirasi_query, explain, records
from gema.tindak_lanjut.data import save_settings, setting_fields  # the admin form

__all__ = [
    "MAD_SCALE",
    "PageData",
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
    "page_data",
    "records",
    "refresh",
    "refresh_after_import",
    "save_settings",
    "setting_fields",
    "stored",
    "top_words",
]
