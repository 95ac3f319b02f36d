"""Kinds of upload, their canonical fields, value types and header synonyms: the kind registry.

A *kind* (posts, feedback, accounts, campaigns, skm, skm_recap) is a `KindSpec`. The pipeline
(gema/ingest/pipeline.py) only ever talks to the spec, so a new kind plugs in from its own module
with `register_kind(spec)` and, if it needs a value type of its own (e.g. SKM answer labels),
`register_type(FieldType(...))`. See gema/ingest/__init__.py for the extension contract.

Value types are DuckDB macros, so normalisation stays vectorised and no SQL is written here: a
type names its parse macro (`gema_text(v)`; `gema_ts(v, dayfirst)` for dates, with the column's
detected date order) and optionally a check macro `gema_check_<type>(t, r)` over the parsed value
and the staged row (migrations 171, 172). The staging statements (queries/ingest/stage_*.sql)
splice only these macro names, quoted. A value is *invalid* when it is not blank (`gema_blank`)
and the parse macro gives NULL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import duckdb


_MACRO = re.compile(r"^gema_[a-z0-9_]+$")


@dataclass(frozen=True)
class FieldType:
    """How one value type is normalised in SQL and explained when it is wrong.

    parse: the macro giving the typed value from the raw VARCHAR, NULL when blank/invalid; it
           takes the date order (BOOLEAN, NULL = unknown) as second argument when `dayfirst`.
    sql_type: the DuckDB type of the staged column (documentation; the macro decides).
    message_key / check_key: i18n keys (section ingest) for the row error; they receive
           {column}, {value} and {field}.
    check: optional macro `(t, r)` that is TRUE for a wrong value that did parse (a negative
           count); `t` the value, `r` the staged row as a STRUCT; with `check_unsur` it also
           gets the row's unsur values (U1…Un) as a list.
    seed: puts reference data a macro reads in place (TEMP tables), run before staging.
    lookup: the column holds few distinct texts (platform names, handles, labels): the parse
           macro runs once per distinct text and is joined in (never for `dayfirst` types).
    Macro names are identifiers chosen here, never from input: checked against `gema_…`.
    """

    name: str
    parse: str
    sql_type: str
    message_key: str
    check: str | None = None
    check_key: str | None = None
    dayfirst: bool = False
    check_unsur: bool = False
    seed: Callable[[duckdb.DuckDBPyConnection], None] | None = None
    lookup: bool = False

    def __post_init__(self) -> None:
        for macro in (self.parse, self.check):
            if macro is not None and not _MACRO.match(macro):
                raise ValueError(f"field type {self.name!r}: {macro!r} is not a gema_ macro name")


_TYPES: dict[str, FieldType] = {}


def register_type(ftype: FieldType) -> None:
    """Add or replace a value type (plug-in modules such as gema/ingest/skm.py use this)."""
    _TYPES[ftype.name] = ftype


def get_type(name: str) -> FieldType:
    return _TYPES[name]


for _t in (
    FieldType("text", "gema_text", "VARCHAR", ""),
    FieldType("id", "gema_id", "VARCHAR", ""),
    FieldType(
        "count",
        "gema_parse_count",
        "BIGINT",
        "ingest.err.number",
        check="gema_check_count",
        check_key="ingest.err.negative",
    ),
    FieldType(
        "money",
        "gema_parse_count",
        "BIGINT",
        "ingest.err.number",
        check="gema_check_count",
        check_key="ingest.err.negative",
    ),
    FieldType("number", "gema_num", "DOUBLE", "ingest.err.number"),
    FieldType("timestamp", "gema_ts", "TIMESTAMP", "ingest.err.date", dayfirst=True),
    FieldType("date", "gema_parse_date", "DATE", "ingest.err.date", dayfirst=True),
    FieldType("platform", "gema_platform", "VARCHAR", "", lookup=True),
    FieldType("channel", "gema_channel", "VARCHAR", "", lookup=True),
    FieldType("handle", "gema_handle", "VARCHAR", "", lookup=True),
    FieldType("sentiment", "gema_sentiment", "VARCHAR", "ingest.err.sentiment", lookup=True),
    FieldType("status", "gema_status", "VARCHAR", "ingest.err.status", lookup=True),
    FieldType("bool", "gema_bool", "BOOLEAN", "ingest.err.bool", lookup=True),
    FieldType(
        "account_type", "gema_account_type", "VARCHAR", "ingest.err.account_type", lookup=True
    ),
    # app-store stars / complaint ratings 1..5 ('4', '4,0', '4 bintang'); issue 11
    FieldType(
        "rating",
        "gema_parse_rating",
        "DOUBLE",
        "fb.err.rating",
        check="gema_check_rating",
        check_key="fb.err.rating",
    ),
    # a point: 'LatLng(-7.03, 113.77)', '-7.03,113.77' (issue 11)
    FieldType("point", "gema_point", "STRUCT(lat DOUBLE, lon DOUBLE)", "fb.err.point"),
    # Region types are resolved through gema/regions.py over DISTINCT values and joined in;
    # their macro only gives the typed NULL of an unmapped field; the message is for unresolved values.
    FieldType("kabkota", "gema_null_kabkota", "VARCHAR", "ingest.err.region"),
    FieldType("kabkota_list", "gema_null_kabkota_list", "VARCHAR[]", "ingest.err.region"),
):
    register_type(_t)

DATE_TYPES = ("timestamp", "date")
REGION_TYPES = ("kabkota", "kabkota_list")


@dataclass(frozen=True)
class Field:
    """One canonical field of a kind. Synonyms are compared after `mapping.normalise_header`
    (lower case, accents and punctuation removed), so write them in any spelling."""

    name: str
    type: str = "text"
    required: bool = False
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """A known export format recognised by its headers: when all `headers` are present, the
    `constants` are suggested (never override what the user mapped or set)."""

    name: str
    headers: tuple[str, ...]
    constants: dict[str, str] = field(default_factory=dict)


@dataclass
class LoadContext:
    """What a load hook gets. The staged rows to load are in the TEMP view `ingest_valid`
    (every field of the kind as a typed column, plus `_row` and `extra` JSON); rejected and
    duplicate rows are already removed."""

    conn: duckdb.DuckDBPyConnection
    kind: str
    batch_id: int
    fields: tuple[Field, ...]
    mapping: dict[str, str]
    user: str


@dataclass
class KindSpec:
    """One kind of upload.

    name: the CLI KIND (`posts`, `feedback`, …); label_key: i18n key shown in the UI.
    table: the main table (rows_loaded counts rows there); tables: every table a batch of this
        kind writes (undo deletes `WHERE batch_id = $batch_id` from each).
    fields: the canonical fields; required_any: groups of which at least one must be mapped/set.
    dynamic_fields(columns) -> extra fields that depend on the headers (SKM unsur U1…Un).
    detect(columns) -> {source column: field} for columns the synonym matcher cannot know
        (e.g. unsur columns matched by name); applied after the synonym matcher, before presets.
    duplicates_query: named query that creates TEMP table `ingest_dup(_row BIGINT)` from
        `ingest_stage` (rows with `NOT _bad`, i.e. not in `ingest_rejected`) and the existing
        table; None = no dedup.
    load_query: named query `INSERT … SELECT … FROM ingest_valid` with `$batch_id`.
    load(ctx) -> rows loaded: a Python hook used instead of load_query (several tables, e.g. SKM).
    after_load(ctx): runs in the same transaction after loading (feedback: sentiment labels).
    signatures: recognised export formats and the constants they imply.
    """

    name: str
    label_key: str
    table: str
    fields: tuple[Field, ...]
    tables: tuple[str, ...] = ()
    required_any: tuple[tuple[str, ...], ...] = ()
    natural_key: tuple[str, ...] = ()
    duplicates_query: str | None = None
    load_query: str | None = None
    dynamic_fields: Callable[[Sequence[str]], Sequence[Field]] | None = None
    detect: Callable[[Sequence[str]], dict[str, str]] | None = None
    load: Callable[[LoadContext], int] | None = None
    after_load: Callable[[LoadContext], Any] | None = None
    signatures: tuple[Signature, ...] = ()
    template_example: tuple[dict[str, str], ...] = ()

    def all_fields(self, columns: Sequence[str] = ()) -> tuple[Field, ...]:
        """Static fields plus the header-dependent ones."""
        extra = tuple(self.dynamic_fields(columns)) if self.dynamic_fields else ()
        names = {f.name for f in self.fields}
        return self.fields + tuple(f for f in extra if f.name not in names)

    def batch_tables(self) -> tuple[str, ...]:
        return self.tables or (self.table,)


_KINDS: dict[str, KindSpec] = {}
PLUGIN_MODULES = (
    "gema.ingest.kinds_core",  # posts, feedback, accounts, campaigns
    "gema.ingest.skm",
    "gema.ingest.skm_recap_kind",  # skm_recap (needs gema.ingest.skm)
    "gema.ingest.account_daily",
    "gema.agenda",  # kind `events` (issue 13)
)  # imported on first lookup so they can register kinds


def register_kind(spec: KindSpec) -> None:
    """Add or replace a kind (idempotent, so a plug-in module may be re-imported)."""
    _KINDS[spec.name] = spec


def _load_plugins() -> None:
    import importlib

    for module in PLUGIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # the plug-in has not landed (yet): core kinds only
            if exc.name != module:
                raise


def kinds() -> dict[str, KindSpec]:
    """Every registered kind, plug-ins included."""
    _load_plugins()
    return dict(_KINDS)


def get_kind(name: str) -> KindSpec:
    """The spec of a kind; KeyError for an unknown one."""
    found = kinds().get(name)
    if found is None:
        raise KeyError(name)
    return found


_CORE_NAMES = (
    "METRICS",
    "POSTS",
    "FEEDBACK",
    "ACCOUNTS",
    "CAMPAIGNS",
    "label_feedback_after_load",
    "record_followers_after_load",
)


def __getattr__(name: str) -> Any:
    """The built-in kinds moved to gema/ingest/kinds_core.py; their names still resolve here."""
    if name in _CORE_NAMES:
        from gema.ingest import kinds_core

        return getattr(kinds_core, name)
    raise AttributeError(name)


# The built-in kinds register first, whatever module is imported first (the kind list keeps its
# order: posts, feedback, accounts, campaigns, then the plug-ins). At the end of this module:
# kinds_core imports the names defined above.
from gema.ingest import kinds_core as _kinds_core  # noqa: E402,F401
