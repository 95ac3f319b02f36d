"""The one UI-text catalogue, kept in per-area modules so none grows past a readable size.

Why one merged dict: callers (gema.core.i18n.t, the key guard-rail test) see a single catalogue;
a key defined in two area modules would silently shadow the other, so merging raises instead.
Add keys to the module of your area; a new area gets a new module listed in AREAS (order kept).
"""

from __future__ import annotations

from types import ModuleType

from gema.core.catalogue import (
    access,
    alerts,
    creators,
    dashboards,
    deploy,
    exports,
    ikm,
    ingest,
    maps,
    present,
    reliability,
    reports,
    sentiment,
    shell,
)

# Merge order = the order of the former single catalogue (iteration order is unchanged).
AREAS: tuple[ModuleType, ...] = (
    shell,
    ingest,
    dashboards,
    maps,
    ikm,
    present,
    access,
    deploy,
    sentiment,
    exports,
    reports,
    alerts,
    creators,
    reliability,
)


class DuplicateKeyError(ValueError):
    """A key is defined in two area modules."""


def merge(areas: tuple[ModuleType, ...] = AREAS) -> dict[str, tuple[str, str]]:
    """One dict from the area modules' ENTRIES; raise DuplicateKeyError on a key defined twice."""
    catalog: dict[str, tuple[str, str]] = {}
    owner: dict[str, str] = {}
    for area in areas:
        name = area.__name__.rsplit(".", 1)[-1]
        for key, pair in area.ENTRIES.items():
            if key in catalog:
                raise DuplicateKeyError(
                    f"i18n key {key!r} is defined twice: catalogue.{owner[key]} and "
                    f"catalogue.{name}"
                )
            catalog[key] = pair
            owner[key] = name
    return catalog


CATALOG: dict[str, tuple[str, str]] = merge()
