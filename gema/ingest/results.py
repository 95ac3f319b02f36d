"""What an import produces: the prepared upload (for the preview) and the import result,
plus the usage error and the limits on what a result lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from gema.core import i18n
from gema.ingest.fields import Field
from gema.ingest.read import RawTable

ERROR_LIMIT = 1000  # errors listed in a result; counts are always complete

PREVIEW_ROWS = 200

REJECTED_LIMIT = 50_000  # rejected source rows kept for the UI download


class IngestError(Exception):
    """A usage error (unknown kind, field or preset, a bad --map/--set/--region value): CLI exit 2.
    str(exc) is an Indonesian message."""


def _t(key: str, lang: str, **kw: object) -> str:
    return i18n.t(key, lang, **kw)


def _problem(column: str | None, value: str | None, message: str) -> dict[str, Any]:
    return {"row": None, "column": column, "value": value, "message": message}


@dataclass
class Prepared:
    """A file read, mapped, normalised and validated; nothing written. For the UI preview."""

    kind: str
    file_name: str
    sha256: str
    raw: RawTable | None
    fields: tuple[Field, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)  # source column → field
    detected_mapping: dict[str, str] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    suggested_constants: dict[str, str] = field(default_factory=dict)
    guessed: dict[str, str] = field(default_factory=dict)  # field → value guessed (e.g. from links)
    detected_format: str | None = None
    region_choices: dict[str, str] = field(default_factory=dict)
    region_values: pd.DataFrame | None = None  # raw, rows, status, kode, candidates per value
    date_orders: dict[str, Any] = field(default_factory=dict)  # source column → DateOrder
    dayfirst: dict[str, bool | None] = field(default_factory=dict)  # source column → used order
    # col → (fmt, utc, cast: TRY_CAST to TIMESTAMP reads every value as fmt does)
    date_formats: dict[str, tuple[str, bool, bool]] = field(default_factory=dict)
    problems: list[dict[str, Any]] = field(default_factory=list)  # blocking, row = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    unresolved_regions: dict[str, int] = field(default_factory=dict)
    area_rows: int | None = None  # rows whose kecamatan/desa fill or question the kab/kota
    unmapped_columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    rows_rejected: int = 0
    rows_duplicate: int = 0
    already_loaded: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)
    preview: pd.DataFrame | None = None
    rejected_rows: pd.DataFrame | None = None
    error_table: pd.DataFrame | None = None

    @property
    def rows_valid(self) -> int:
        return self.rows_read - self.rows_rejected - self.rows_duplicate

    @property
    def staged(self) -> bool:
        """True when the rows were staged (no blocking problem such as a missing mapping)."""
        return not self.problems

    def can_load(self, skip_invalid: bool = False) -> bool:
        if self.problems or self.already_loaded:
            return False
        if skip_invalid:
            return True
        return self.rows_rejected == 0 and not self.unresolved_regions


@dataclass
class ImportResult:
    """The outcome of one import. `to_json()` is the CLI --json contract, exactly."""

    kind: str
    batch_id: int | None = None
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    rows_duplicate: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)
    unresolved_regions: dict[str, int] = field(default_factory=dict)
    loaded: bool = False
    dry_run: bool = False
    refusal: str | None = None  # why nothing was written (Indonesian), None when loaded
    rows_summary: int = 0
    notes: list[str] = field(default_factory=list)
    prepared: Prepared | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "kind": self.kind,
            "rows_read": self.rows_read,
            "rows_loaded": self.rows_loaded,
            "rows_rejected": self.rows_rejected,
            "rows_duplicate": self.rows_duplicate,
            "errors": self.errors,
            "unmapped_columns": self.unmapped_columns,
            "unresolved_regions": self.unresolved_regions,
        }


def _field_type(prep: Prepared, name: str) -> str:
    return next(f.type for f in prep.fields if f.name == name)


def _source_of(prep: Prepared, fname: str) -> str:
    source = next((c for c, fn in prep.mapping.items() if fn == fname), None)
    return source if source is not None else f"{fname} (--set)"
