"""Agenda pimpinan: leadership events, their markers on time charts, before/after figures.

data: events and before/after figures; figures: markers on charts; frames: display table;
kind: the import kind `events` (registered when this package is imported).
"""

from gema.agenda.data import (
    KINDS,
    WINDOW_DAYS,
    AgendaError,
    BeforeAfter,
    PageData,
    add_event,
    before_after,
    delete_event,
    events_for,
    page_data,
)
from gema.agenda.figures import MARKER_AXIS, MARKER_COLOUR, add_event_markers, marker_count
from gema.agenda.frames import events_table
from gema.agenda.kind import EVENTS  # importing it registers the import kind `events`

__all__ = [
    "AgendaError",
    "BeforeAfter",
    "EVENTS",
    "KINDS",
    "MARKER_AXIS",
    "MARKER_COLOUR",
    "PageData",
    "WINDOW_DAYS",
    "add_event",
    "add_event_markers",
    "before_after",
    "delete_event",
    "events_for",
    "events_table",
    "marker_count",
    "page_data",
]
