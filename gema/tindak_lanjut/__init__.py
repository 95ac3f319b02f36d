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
    by_opd,
    close_group,
    history,
    holidays_frame,
    near_duplicates,
    routing,
    save_holidays,
    save_routing,
    state,
    transition,
)
from gema.tindak_lanjut.frames import history_frame, opd_frame, similar_frame

__all__ = [
    "history_frame",
    "opd_frame",
    "similar_frame",
    "CLOSED",
    "Deadlines",
    "FollowupError",
    "NEAR_DUPLICATE_SIMILARITY",
    "OPEN",
    "STATES",
    "TRANSITIONS",
    "by_opd",
    "close_group",
    "history",
    "holidays_frame",
    "near_duplicates",
    "routing",
    "save_holidays",
    "save_routing",
    "state",
    "transition",
]
