"""Tindak lanjut: the follow-up tracker (states, routing to OPD, deadlines, holidays).

data: state changes and reference data; frames: display tables of the follow-up widgets.
"""

from gema.tindak_lanjut.data import (
    CLOSED,
    NEAR_DUPLICATE_SIMILARITY,
    OPEN,
    STATES,
    TRANSITIONS,
    Deadlines,
    FollowupError,
    PageData,
    by_opd,
    close_group,
    history,
    holidays_frame,
    near_duplicates,
    page_data,
    routing,
    save_holidays,
    save_routing,
    save_settings,
    setting_fields,
    state,
    transition,
)
from gema.tindak_lanjut.frames import history_frame, opd_frame, similar_frame

__all__ = [
    "CLOSED",
    "Deadlines",
    "FollowupError",
    "NEAR_DUPLICATE_SIMILARITY",
    "OPEN",
    "PageData",
    "STATES",
    "TRANSITIONS",
    "by_opd",
    "close_group",
    "history",
    "history_frame",
    "holidays_frame",
    "near_duplicates",
    "opd_frame",
    "page_data",
    "routing",
    "save_holidays",
    "save_routing",
    "save_settings",
    "setting_fields",
    "similar_frame",
    "state",
    "transition",
]
