"""FGD sessions and live aspiration capture: data (sessions, saving an entry) and frames
(speaker-group labels, the capture table, masking for public screens)."""

from gema.fgd.data import (
    APP_FONT,
    AUDIT_CLOSE,
    AUDIT_ENTRY,
    AUDIT_OPEN,
    MAX_TEXT,
    SPEAKER_GROUPS,
    FgdError,
    Saved,
    StoreError,
    close_session,
    entries,
    open_session,
    save_entry,
    session,
    sessions,
    topic_counts,
    topics,
    wall_session,
)
from gema.fgd.frames import DISPLAY_WIDTHS, display_frame, group_key, group_label, is_closed, redact
from gema.fgd.page import PageData, page_data
from gema.fgd.wall import WallData, wall_data

__all__ = [
    "WallData",
    "wall_data",
    "StoreError",
    "APP_FONT",
    "AUDIT_CLOSE",
    "AUDIT_ENTRY",
    "AUDIT_OPEN",
    "DISPLAY_WIDTHS",
    "MAX_TEXT",
    "PageData",
    "SPEAKER_GROUPS",
    "FgdError",
    "Saved",
    "close_session",
    "display_frame",
    "entries",
    "group_key",
    "group_label",
    "is_closed",
    "open_session",
    "page_data",
    "redact",
    "save_entry",
    "session",
    "sessions",
    "topic_counts",
    "topics",
    "wall_session",
]
