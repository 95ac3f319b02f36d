"""The importer: read → map columns → normalise → validate → load in one transaction.

One code path for the upload page, the CLI and other modules.

Public API
----------
    from gema import ingest

    upload = ingest.UploadSession.from_bytes(name, data)   # or .from_path(path)
        # one upload: the file is read once (per sheet); every prepare and the load reuse the
        # read. prepare/import_file also accept a path (read for that call only).
    prep = ingest.prepare(conn, "posts", upload, file_name=None, preset=None, mapping=None,
                          constants=None, regions=None, sheet=None, dayfirst=None, lang="id")
        # read + map + normalise + validate + duplicate check; nothing is written.
        # mapping {source column: field or '-'}, constants {field: value}, regions {raw: kode|'-'},
        # dayfirst: the order to use for a date column whose order is ambiguous.
        # prep.mapping / detected_mapping / constants / suggested_constants / detected_format,
        # prep.problems (blocking: unmapped required field, ambiguous date order, file already
        # loaded, empty file), prep.errors (row errors), prep.unresolved_regions,
        # prep.region_values, prep.unmapped_columns, prep.rows_read / rows_valid /
        # rows_rejected / rows_duplicate, prep.preview and prep.rejected_rows (DataFrames of the
        # source rows), prep.can_load(skip_invalid).
    result = ingest.import_file(conn, "posts", upload, ..., skip_invalid=False, dry_run=False,
                                user="cli", is_demo=False, save_preset_as=None, progress=None)
        # progress: a callable given gema.ingest.progress.Progress(step, rows, total, fraction)
        # while it runs (read, check, load); prepare takes it too (read, check)
        # ImportResult; result.to_json() is exactly the CLI --json contract:
        # {"batch_id", "kind", "rows_read", "rows_loaded", "rows_rejected", "rows_duplicate",
        #  "errors": [{"row", "column", "value", "message"}], "unmapped_columns": [...],
        #  "unresolved_regions": {"VALUE": count}}
        # result.loaded is False when refused (nothing written), result.refusal says why.
    ingest.undo_batch(conn, batch_id, user)       # deletes the batch's rows everywhere
    ingest.list_batches(conn) -> DataFrame         # oldest first
    ingest.save_preset / load_preset / list_presets (gema.ingest.mapping)
    ingest.template_csv(kind) / template_xlsx(kind) -> bytes (Indonesian headers)

Errors listed in a result are capped at `ERROR_LIMIT` (the counts are always complete).
Usage errors (unknown kind/field/preset, bad --set/--region value) raise `ingest.IngestError`;
an unreadable file raises `gema.ingest.read.ReadError`. gema/ingest/review.py holds the tables
the upload page shows (mapping editor, kab/kota choices, history).

Modules by job: session (one upload, read once), read + textlayout + excel + raw (file → TEMP
table of text), mapping (headers → fields, presets), pipeline (prepare / import_file),
stage (normalise + row errors), dates, regionmap (kab/kota), batches (history, undo),
results (Prepared, ImportResult), fields (kind and type registry), kinds_core / skm /
skm_recap_kind / account_daily (the kinds), limits, spool, writelock, templates.

Extension point: the kind registry (gema/ingest/fields.py)
----------------------------------------------------------
A kind is a `KindSpec`. A module registers its own kinds without editing this package:

    # gema/ingest/skm.py
    from gema.ingest.fields import Field, FieldType, KindSpec, LoadContext, register_kind, register_type

    register_type(FieldType("skm_answer", "gema_skm_score", "TINYINT", "ingest.err.skm_answer"))

    def unsur_fields(columns):                 # header-dependent fields U1..Un
        return [Field("U1", "skm_answer", synonyms=("persyaratan",)), ...]

    def load(ctx: LoadContext) -> int:         # several tables: run named queries on ctx.conn
        # staged rows: TEMP view ingest_valid (typed field columns, _row, extra)
        ...
        return rows_inserted_into_main_table

    register_kind(KindSpec(
        name="skm", label_key="ingest.kind.skm", table="skm_responses",
        tables=("skm_responses", "skm_scores", "feedback"),   # undo: queries/ingest/undo_<table>.sql
        fields=(Field("submitted_at", "timestamp", True, ("timestamp", "stempel waktu")), ...),
        dynamic_fields=unsur_fields, detect=None,
        duplicates_query="ingest/duplicates_skm" or None, load=load,
    ))

`gema.ingest.fields.PLUGIN_MODULES` lists "gema.ingest.skm", imported on the first kind lookup,
so the kind appears in the CLI and the upload page as soon as that module exists.
Hooks and their contracts are documented on `KindSpec` and `LoadContext`:
  - value types: a parse macro name (raw VARCHAR → typed value) and an optional check macro
    `gema_check_<type>(t, r)` (migrations 171, 172); invalid = not blank and NULL;
  - `dynamic_fields(columns)` / `detect(columns)` for header-dependent fields and mapping;
  - `duplicates_query`: named query creating TEMP table ingest_dup(_row) from the rows of
    ingest_stage that are not rejected (`NOT _bad`; TEMP table ingest_rejected(_row) also exists);
  - `load_query` ($batch_id, optional $user) or `load(ctx)`; `after_load(ctx)` in the same
    transaction; `signatures` for known export formats (suggested constants).
Undo deletes `WHERE batch_id = $batch_id` from each table in `spec.batch_tables()` via the named
query `ingest/undo_<table>` (present for every table of 001_core.sql that carries batch_id).
"""

from __future__ import annotations

from typing import Any

from gema.ingest.fields import (
    Field,
    FieldType,
    KindSpec,
    LoadContext,
    Signature,
    get_kind,
    kinds,
    register_kind,
    register_type,
)
from gema.ingest.mapping import list_presets, load_preset, save_preset

_PIPELINE_NAMES = (
    "ERROR_LIMIT",
    "ImportResult",
    "Prepared",
    "IngestError",
    "prepare",
    "import_file",
    "undo_batch",
    "undo",
    "UndoResult",
    "list_batches",
    "rows_in_batch",
)
_TEMPLATE_NAMES = ("template_csv", "template_xlsx", "template_columns")
_SESSION_NAMES = ("UploadSession",)


def __getattr__(name: str) -> Any:
    """Pipeline names are imported lazily, so `gema.ingest.fields` stays importable on its own."""
    if name in _PIPELINE_NAMES:
        from gema.ingest import pipeline

        return getattr(pipeline, name)
    if name in _SESSION_NAMES:
        from gema.ingest import session

        return getattr(session, name)
    if name in _TEMPLATE_NAMES:
        from gema.ingest import templates

        return getattr(templates, name)
    raise AttributeError(name)


__all__ = [
    "Field",
    "FieldType",
    "KindSpec",
    "LoadContext",
    "Signature",
    "get_kind",
    "kinds",
    "register_kind",
    "register_type",
    "save_preset",
    "load_preset",
    "list_presets",
    *_PIPELINE_NAMES,
    *_TEMPLATE_NAMES,
    *_SESSION_NAMES,
]
