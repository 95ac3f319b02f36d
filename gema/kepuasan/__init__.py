"""Kepuasan (IKM, PermenPANRB 14/2017): data (named queries → tables), figures, frames.

`ikm` holds the formula (pure, no database); the page calls `page_data` once per render.
"""

from gema.kepuasan import ikm
from gema.kepuasan.data import (
    MIN_RESPONDENTS,
    Overview,
    PageData,
    all_time,
    group_label,
    has_data,
    page_data,
)
from gema.kepuasan.figures import ikm_bars, trend_chart, unsur_bars
from gema.kepuasan.frames import (
    display_adequacy,
    display_table,
    display_unknown_n,
    display_unsur,
    mutu_styled,
    unsur_text,
)
from gema.kepuasan.mutu import MUTU_COLOURS, MUTU_TEXT_COLOURS, mutu_badge_text

__all__ = [
    "MIN_RESPONDENTS",
    "MUTU_COLOURS",
    "MUTU_TEXT_COLOURS",
    "Overview",
    "PageData",
    "all_time",
    "display_adequacy",
    "display_table",
    "display_unknown_n",
    "display_unsur",
    "group_label",
    "has_data",
    "ikm",
    "ikm_bars",
    "mutu_badge_text",
    "mutu_styled",
    "page_data",
    "trend_chart",
    "unsur_bars",
    "unsur_text",
]
