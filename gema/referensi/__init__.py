"""Referensi (admin): the regions table (population, area) and the boundary file upload."""

from gema.referensi.data import (
    AREA_FORMAT,
    EDITABLE,
    EDITOR_ORDER,
    POPULATION_FORMAT,
    UpdateResult,
    editor_frame,
    short_path,
    update_regions,
)

__all__ = [
    "AREA_FORMAT",
    "EDITABLE",
    "EDITOR_ORDER",
    "POPULATION_FORMAT",
    "UpdateResult",
    "editor_frame",
    "short_path",
    "update_regions",
]
