"""The import pipeline: map → normalise → validate → de-duplicate → load in one transaction.

Everything row-wise happens in DuckDB SQL over the reader's TEMP table (vectorised); Python only
loops over columns and over DISTINCT region values. The file comes from an UploadSession (read
once per upload); staging and validation are in gema/ingest/stage.py, dates in dates.py, kab/kota
in regionmap.py, history and undo in batches.py. Fixed statements (duplicates, loads, batches,
undo) are named queries in queries/ingest/; identifiers go through gema.core.sql.

TEMP objects of one preparation (per connection, replaced by the next one):
  ingest_stage     _row, one typed column per field, _bad_<field> for region fields, extra
                   (JSON of the unmapped source columns), _bad (the row has a problem)
  ingest_errors    _row, ord, field, problem ('invalid'|'check'|'required'|'region'), value
  ingest_rejected  _row of every row with at least one error
  ingest_dup       _row of rows skipped as duplicates (kind's duplicates_query)
  ingest_valid     view: stage rows neither rejected nor duplicate (what a load inserts)
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import duckdb
import pandas as pd

from gema.core import audit, i18n, rollups, store
from gema.ingest import mapping as mapping_mod
from gema.ingest import progress as progress_mod
from gema.ingest import writelock
from gema.ingest.batches import (  # noqa: F401  (re-exported: the ingest API)
    BATCH_TABLES,
    UndoResult,
    _keep_claimed,
    list_batches,
    rows_in_batch,
    undo,
    undo_batch,
)
from gema.ingest.dates import (  # noqa: F401  (re-exported for tests)
    _DMY_FORMATS,
    _ISO_FORMATS,
    _MDY_FORMATS,
    _UTC_FORMATS,
    _date_orders,
    _strptime_ok,
)
from gema.ingest.fields import REGION_TYPES, KindSpec, LoadContext, get_kind, kinds
from gema.ingest.progress import ProgressFn
from gema.ingest.regionmap import _regions, apply_areas
from gema.ingest.results import (
    ERROR_LIMIT,
    PREVIEW_ROWS,
    REJECTED_LIMIT,
    ImportResult,
    IngestError,
    Prepared,
    _problem,
    _source_of,
    _t,
)
from gema.ingest.session import STAGED_TABLES, UploadSession, as_session
from gema.ingest.stage import _check_constants, _stage, _validate

_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def sheet_sha256(file_sha: str, sheet: str | None) -> str:
    """The identity of what was loaded: the file's bytes, and for a workbook the sheet read, so
    every sheet of a recap workbook (one per period) loads once, and no sheet twice (issue 11)."""
    if not sheet:
        return file_sha
    return hashlib.sha256(f"{file_sha}:{sheet}".encode()).hexdigest()


def _kind(kind: str, lang: str) -> KindSpec:
    try:
        return get_kind(kind)
    except KeyError:
        raise IngestError(
            _t("ingest.usage.kind", lang, kind=kind, kinds=", ".join(sorted(kinds())))
        ) from None


def prepare(
    conn: duckdb.DuckDBPyConnection,
    kind: str,
    source: UploadSession | str | Path,
    file_name: str | None = None,
    *,
    preset: str | None = None,
    mapping: Mapping[str, str] | None = None,
    constants: Mapping[str, str] | None = None,
    regions: Mapping[str, str] | None = None,
    sheet: str | None = None,
    dayfirst: bool | None = None,
    lang: str = i18n.DEFAULT_LANG,
    progress: ProgressFn | None = None,
) -> Prepared:
    """Read, map, normalise, validate and check duplicates; write nothing. Raises IngestError for
    usage errors and gema.ingest.read.ReadError for an unreadable file. `source` is an
    UploadSession (the upload page: the file is read once per upload) or a path.

    mapping: {source column: field or '-'}; constants: {field: value}; regions: {raw value: kode
    or '-'}; dayfirst: the date order for columns whose order is ambiguous (None = ask);
    progress: called with a `gema.ingest.progress.Progress` (rows read, rows checked)."""

    def work() -> Prepared:
        prep = _prepare(
            conn, kind, source, file_name, preset=preset, mapping=mapping, constants=constants,
            region_choices=regions, sheet=sheet, dayfirst=dayfirst, lang=lang, for_ui=True,
        )  # fmt: skip
        _drop_temp(conn, prep)
        return prep

    return progress_mod.watch(conn, work, progress, steps=("read", "check"))


def _prepare(
    conn: duckdb.DuckDBPyConnection,
    kind: str,
    source: UploadSession | str | Path,
    file_name: str | None,
    *,
    preset: str | None,
    mapping: Mapping[str, str] | None,
    constants: Mapping[str, str] | None,
    region_choices: Mapping[str, str] | None,
    sheet: str | None,
    dayfirst: bool | None,
    lang: str,
    for_ui: bool,
) -> Prepared:
    spec = _kind(kind, lang)
    upload = as_session(source, file_name)
    name = file_name or upload.file_name
    progress_mod.start("read", upload.estimated_rows(sheet), estimated=True)
    raw = upload.raw(conn, sheet)
    progress_mod.done(raw.rows_read)
    sha = sheet_sha256(upload.sha256, raw.sheet)
    prep = Prepared(kind=kind, file_name=name, sha256=sha, raw=raw, notes=list(raw.notes or []))
    try:
        _map(conn, spec, prep, preset, mapping, constants, lang)
        _check_constants(conn, prep, lang)
        prep.rows_read = int(raw.rows_read)
        _already_loaded(conn, prep, lang)
        if prep.rows_read == 0:
            prep.problems.append(_problem(None, None, _t("ingest.err.empty", lang)))
        _date_orders(conn, prep, dayfirst, lang)
        _regions(conn, prep, region_choices or {}, lang)
        if not prep.problems:
            progress_mod.start("check", prep.rows_read)
            key = _staging_key(prep, lang)
            kept = upload.restore_staged(conn, key)
            if kept is not None:  # same file, same choices: the rows were validated already
                prep.errors = kept
            else:
                _stage(conn, spec, prep)
                _validate(conn, prep, lang, for_ui)
                apply_areas(conn, prep, lang)  # kab/kota from kecamatan/desa (regionmap)
                upload.keep_staged(conn, key, prep.errors)
            if not for_ui:  # the source text is in ingest_stage/ingest_errors now: free memory
                _drop(conn, raw.table)
            if for_ui:  # the preview shows duplicates; a load finds them under the writer lock
                batches = tuple(store.run(conn, "ingest/batches_state").iloc[0].tolist())
                if not upload.restore_duplicates(conn, (key, batches)):
                    _duplicates(conn, spec)
                    upload.keep_duplicates(conn, (key, batches))
            else:  # import_file: found once, inside the load transaction (not twice)
                store.execute(conn, "ingest/no_duplicates")
            counts = store.run(conn, "ingest/stage_counts").iloc[0]
            prep.rows_rejected = int(counts["rejected"])
            prep.rows_duplicate = int(counts["duplicate"])
            _valid_view(conn, prep.rows_duplicate)
            progress_mod.done(prep.rows_read)
        if for_ui:
            _preview(conn, prep, lang)
    except BaseException:
        _drop_temp(conn, prep)
        raise
    return prep


def _staging_key(prep: Prepared, lang: str) -> tuple:
    """Everything the staged rows and their messages depend on besides the file itself."""

    def frozen(d: Mapping) -> tuple:
        return tuple(sorted((str(k), repr(v)) for k, v in d.items()))

    return (
        prep.kind, prep.raw.sheet, lang, tuple(prep.mapping.items()), frozen(prep.constants),
        frozen(prep.region_choices), frozen(prep.dayfirst), frozen(prep.date_formats),
        tuple(f.name for f in prep.fields), prep.area_rows,
    )  # fmt: skip


def _map(
    conn: duckdb.DuckDBPyConnection,
    spec: KindSpec,
    prep: Prepared,
    preset: str | None,
    explicit: Mapping[str, str] | None,
    constants: Mapping[str, str] | None,
    lang: str,
) -> None:
    columns = list(prep.raw.columns)
    fields = spec.all_fields(columns)
    for f in fields:
        if not _FIELD_NAME.match(f.name):
            raise ValueError(f"invalid field name {f.name!r} in kind {spec.name!r}")
    names = {f.name for f in fields}
    prep.fields = fields
    preset_map: dict[str, str] = {}
    preset_const: dict[str, str] = {}
    if preset:
        found = mapping_mod.load_preset(conn, preset)
        if found is None:
            raise IngestError(_t("ingest.usage.preset_missing", lang, name=preset))
        if found.kind != spec.name:
            raise IngestError(
                _t("ingest.usage.preset_kind", lang, name=preset, kind=found.kind, wanted=spec.name)
            )
        preset_map, preset_const = found.mapping, found.constants
    given: dict[str, str] = {}
    for source, fname in (explicit or {}).items():
        col = mapping_mod.match_source(columns, source)
        if col is None:
            raise IngestError(
                _t("ingest.usage.no_column", lang, column=source, columns=", ".join(columns))
            )
        target = (fname or "").strip()
        if target not in names and target not in ("", mapping_mod.IGNORE):
            raise IngestError(
                _t("ingest.usage.no_field", lang, field=target, fields=", ".join(sorted(names)))
            )
        given[col] = target or mapping_mod.IGNORE
    consts: dict[str, str] = {}
    for source in (preset_const, constants or {}):
        for fname, value in source.items():
            if fname not in names:
                raise IngestError(
                    _t("ingest.usage.no_field", lang, field=fname, fields=", ".join(sorted(names)))
                )
            consts[fname] = str(value)
    empty: set[str] = set()
    if columns:
        if "empty_columns" not in prep.raw.memo:  # once per read (the file does not change)
            filled = store.run(
                conn, "ingest/column_counts", idents={"table": prep.raw.table}, cols=columns
            ).iloc[0]
            prep.raw.memo["empty_columns"] = {c for c in columns if not filled[c]}
        empty = set(prep.raw.memo["empty_columns"])
    prep.detected_mapping = mapping_mod.detect(spec, columns, empty)
    combined = mapping_mod.combine(columns, prep.detected_mapping, preset_map, given)
    # a constant is for the whole file: the column it would replace is kept in `extra`
    combined = {c: f for c, f in combined.items() if f not in consts}
    fmt, suggested = mapping_mod.signature_constants(spec, columns)
    mapped_fields = set(combined.values())
    suggested = {k: v for k, v in suggested.items() if k not in consts and k not in mapped_fields}
    if fmt:
        prep.detected_format = fmt
        prep.notes.append(_t("ingest.note.format", lang, name=fmt))
    for fname, value in suggested.items():
        label = mapping_mod.field_label(fname, lang)
        prep.notes.append(_t("ingest.note.suggested", lang, field=fname, value=value, label=label))
    _guess_platform(conn, prep, names, consts, combined, suggested, lang)
    prep.suggested_constants = suggested
    prep.constants = {**suggested, **consts}
    prep.mapping = combined
    prep.unmapped_columns = [c for c in columns if c not in combined]
    have = set(combined.values()) | set(prep.constants)
    for f in fields:
        if f.required and f.name not in have:
            prep.problems.append(
                _problem(
                    None,
                    None,
                    _t(
                        "ingest.err.unmapped_required",
                        lang,
                        field=f.name,
                        label=mapping_mod.field_label(f.name, lang),
                    ),
                )
            )
    for group in spec.required_any:
        if not have.intersection(group):
            prep.problems.append(
                _problem(
                    None,
                    None,
                    _t(
                        "ingest.err.unmapped_any",
                        lang,
                        fields=", ".join(group),
                        labels=", ".join(mapping_mod.field_label(g, lang) for g in group),
                    ),
                )
            )


def _guess_platform(
    conn: duckdb.DuckDBPyConnection,
    prep: Prepared,
    names: set[str],
    consts: dict[str, str],
    combined: dict[str, str],
    suggested: dict[str, str],
    lang: str,
) -> None:
    """No platform column, constant or recognised format, but a link column: the platform all
    links point to is suggested, marked as a guess (prep.guessed) for the user to confirm."""
    if "platform" not in names or "platform" in consts or "platform" in suggested:
        return
    if "platform" in combined.values():
        return
    url_col = next((c for c, f in combined.items() if f == "url"), None)
    if url_col is None:
        return
    found = mapping_mod.guess_platform(conn, prep.raw.table, url_col)
    if found is None:
        return
    platform, host = found
    suggested["platform"] = platform
    prep.guessed["platform"] = platform
    prep.notes.append(
        _t("ingest.note.platform_guess", lang, column=url_col, value=platform, host=host)
    )


def _already_loaded(conn: duckdb.DuckDBPyConnection, prep: Prepared, lang: str) -> bool:
    """True (and a blocking problem added) when a live batch already holds a file with these
    bytes. Called while preparing (for the preview) and again inside the load transaction."""
    found = store.run(conn, "ingest/batch_by_sha", sha256=prep.sha256)
    if found.empty:
        return False
    row = found.iloc[0]
    prep.already_loaded = {
        "batch_id": int(row["batch_id"]),
        "imported_at": row["imported_at"],
        "file_name": str(row["file_name"]),
    }
    prep.problems.append(
        _problem(
            None,
            prep.file_name,
            _t(
                "ingest.err.already_loaded",
                lang,
                file=prep.file_name,
                when=i18n.fmt_datetime(row["imported_at"], lang),
                batch=int(row["batch_id"]),
                original=str(row["file_name"]),
            ),
        )
    )
    return True


def _duplicates(conn: duckdb.DuckDBPyConnection, spec: KindSpec) -> None:
    if spec.duplicates_query:
        store.execute(conn, spec.duplicates_query)
    else:
        store.execute(conn, "ingest/no_duplicates")


def _count_duplicates(conn: duckdb.DuckDBPyConnection) -> int:
    """The duplicates just found, with the view of the rows to load made to match them."""
    found = int(store.run(conn, "ingest/stage_counts").iloc[0]["duplicate"])
    _valid_view(conn, found)
    return found


def _valid_view(conn: duckdb.DuckDBPyConnection, duplicates: int) -> None:
    """TEMP view ingest_valid (what a load inserts). Without duplicates it is a plain filter:
    the anti join against an empty ingest_dup halved the insert's speed (issue 17)."""
    store.execute(conn, "ingest/valid_view" if duplicates else "ingest/valid_view_all")


def _record_claims(conn: duckdb.DuckDBPyConnection, spec: KindSpec, batch_id: int) -> None:
    """Record the stored rows this upload's duplicates match (queries/ingest/claims_<table>.sql,
    when the kind's table has one), so undoing their first owner keeps them."""
    name = f"ingest/claims_{spec.table}"
    try:
        store.load_query(name)
    except store.QueryError:
        return
    store.execute(conn, name, batch_id=batch_id)


def _preview(conn: duckdb.DuckDBPyConnection, prep: Prepared, lang: str) -> None:
    """The first rows as the user uploaded them, a row-level error table, the rejected rows."""
    names = {"table": prep.raw.table, "cols": list(prep.raw.columns)}
    prep.preview = store.run(conn, "ingest/preview", idents=names, limit=PREVIEW_ROWS)
    prep.error_table = pd.DataFrame(prep.errors, columns=["row", "column", "value", "message"])
    if not prep.staged or prep.rows_rejected == 0:
        prep.rejected_rows = pd.DataFrame(columns=["_row", *prep.raw.columns])
        return
    rejected = store.run(conn, "ingest/rejected_source_rows", idents=names, limit=REJECTED_LIMIT)
    reasons = store.run(conn, "ingest/errors_by_row", limit=REJECTED_LIMIT)
    labels = {
        (f.name, p): f"{_source_of(prep, f.name)}: {_t('ingest.problem.' + p, lang)}"
        for f in prep.fields
        for p in ("invalid", "check", "required", "region", "range")
    }
    reasons["reason"] = [
        labels[(f, p)] for f, p in zip(reasons["field"], reasons["problem"], strict=True)
    ]
    agg = reasons.groupby("_row")["reason"].agg("; ".join)
    rejected[_t("ingest.col.problem", lang)] = rejected["_row"].map(agg)
    prep.rejected_rows = rejected


def _drop_temp(conn: duckdb.DuckDBPyConnection, prep: Prepared | None) -> None:
    store.execute(conn, "ingest/drop_view", idents={"view": "ingest_valid"})
    for table in (*STAGED_TABLES, "ingest_dup"):  # an UploadSession's: registered, not TEMP
        conn.unregister(table)
    store.execute(conn, "ingest/drop_temp")
    if prep is not None:
        for f in prep.fields:
            if f.type in REGION_TYPES:
                _drop(conn, "ingest_region_" + f.name)
        if prep.raw is not None:
            _drop(conn, prep.raw.table)


def _drop(conn: duckdb.DuckDBPyConnection, table: str) -> None:
    conn.unregister(table)  # a session's kept rows are registered, not a TEMP table
    store.execute(conn, "ingest/drop_table", idents={"table": table})


def import_file(
    conn: duckdb.DuckDBPyConnection,
    kind: str,
    source: UploadSession | str | Path,
    file_name: str | None = None,
    *,
    preset: str | None = None,
    mapping: Mapping[str, str] | None = None,
    constants: Mapping[str, str] | None = None,
    regions: Mapping[str, str] | None = None,
    sheet: str | None = None,
    dayfirst: bool | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    user: str = "cli",
    is_demo: bool = False,
    lang: str = i18n.DEFAULT_LANG,
    save_preset_as: str | None = None,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Import one file: loads whole (or, with skip_invalid, its valid rows) in one transaction, or
    writes nothing and says why (result.refusal, result.errors). `source`: the UploadSession
    the page previewed (its read is reused: the file is not read again) or a path. progress:
    called with a `gema.ingest.progress.Progress` (rows read, checked, loaded)."""

    def work() -> ImportResult:
        prep = _prepare(
            conn, kind, source, file_name, preset=preset, mapping=mapping, constants=constants,
            region_choices=regions, sheet=sheet, dayfirst=dayfirst, lang=lang, for_ui=False,
        )  # fmt: skip
        try:
            # a lake write that lost the commit race is retried (a file store never conflicts)
            return store.retrying(lambda: _import_prepared(
                conn, prep, skip_invalid=skip_invalid, dry_run=dry_run, user=user,
                is_demo=is_demo, lang=lang, save_preset_as=save_preset_as,
            ))  # fmt: skip
        finally:
            _drop_temp(conn, prep)

    return progress_mod.watch(conn, work, progress)


def _import_prepared(
    conn: duckdb.DuckDBPyConnection,
    prep: Prepared,
    *,
    skip_invalid: bool,
    dry_run: bool,
    user: str,
    is_demo: bool,
    lang: str,
    save_preset_as: str | None,
) -> ImportResult:
    spec = get_kind(prep.kind)
    result = ImportResult(
        kind=prep.kind,
        rows_read=prep.rows_read,
        rows_rejected=prep.rows_rejected,
        rows_duplicate=prep.rows_duplicate,
        errors=(prep.problems + prep.errors)[:ERROR_LIMIT],
        unmapped_columns=prep.unmapped_columns,
        unresolved_regions=prep.unresolved_regions,
        dry_run=dry_run,
        rows_summary=len(prep.raw.summary_rows or []),
        notes=prep.notes,
        prepared=prep,
    )
    if prep.problems:
        result.refusal = prep.problems[0]["message"]
        return result
    if not skip_invalid and prep.unresolved_regions:
        result.refusal = _t("ingest.refuse.regions", lang, n=len(prep.unresolved_regions))
        return result
    if not skip_invalid and prep.rows_rejected:
        result.refusal = _t("ingest.refuse.invalid", lang, n=i18n.fmt_int(prep.rows_rejected))
        return result
    if dry_run:
        _duplicates(conn, spec)
        prep.rows_duplicate = result.rows_duplicate = _count_duplicates(conn)
        result.rows_loaded = prep.rows_valid
        return result
    # The checks made while preparing may be stale by now (another upload, CLI import or undo
    # committed meanwhile): repeat them under the writer lock, inside the write transaction.
    with writelock.writer(conn), store.transaction(conn):
        if _already_loaded(conn, prep, lang):
            result.refusal = prep.problems[-1]["message"]
            result.errors = (prep.problems + prep.errors)[:ERROR_LIMIT]
            return result
        _duplicates(conn, spec)
        prep.rows_duplicate = result.rows_duplicate = _count_duplicates(conn)
        batch_id = int(
            store.scalar(
                conn,
                "ingest/batch_insert",
                kind=prep.kind,
                file_name=prep.file_name,
                sha256=prep.sha256,
                user=user,
                rows_read=prep.rows_read,
                rows_loaded=prep.rows_valid,
                rows_rejected=prep.rows_rejected,
                rows_duplicate=prep.rows_duplicate,
                rows_summary=result.rows_summary,
                mapping=json.dumps(prep.mapping, ensure_ascii=False),
                constants=json.dumps(prep.constants, ensure_ascii=False),
                region_choices=json.dumps(prep.region_choices, ensure_ascii=False),
                skip_invalid=skip_invalid,
                encoding=prep.raw.encoding,
                delimiter=prep.raw.delimiter,
                notes=json.dumps(prep.notes, ensure_ascii=False),
                is_demo=is_demo,
            )
        )
        _record_claims(conn, spec, batch_id)
        progress_mod.start("load", prep.rows_valid)
        ctx = LoadContext(conn, prep.kind, batch_id, prep.fields, prep.mapping, user)
        if spec.load is not None:
            loaded = int(spec.load(ctx))
        else:
            cur = store.execute(conn, spec.load_query, batch_id=batch_id, user=user)
            loaded = int(cur.fetchone()[0])
        progress_mod.done(loaded)
        if loaded != prep.rows_valid:
            store.execute(conn, "ingest/batch_set_loaded", batch_id=batch_id, rows_loaded=loaded)
        if spec.after_load is not None:
            spec.after_load(ctx)
        rollups.refresh_batch(conn, batch_id)  # dashboard roll-ups, same transaction (issue 17)
        audit.record(
            conn,
            user,
            "import",
            batch_id=batch_id,
            kind=prep.kind,
            file_name=prep.file_name,
            rows_loaded=loaded,
            rows_rejected=prep.rows_rejected,
            rows_duplicate=prep.rows_duplicate,
            skip_invalid=skip_invalid,
        )
    result.batch_id = batch_id
    result.rows_loaded = loaded
    result.loaded = True
    from gema import peringatan  # early warning (issue 13): new feedback may start a surge

    peringatan.refresh_after_import(conn, prep.kind, user)
    if save_preset_as:
        mapping_mod.save_preset(
            conn, save_preset_as, prep.kind, prep.mapping, prep.constants, user=user
        )
    return result


def parse_pairs(
    items: Sequence[str] | None, what: str, lang: str = i18n.DEFAULT_LANG, *, last: bool = False
) -> dict[str, str]:
    """['A=b', …] → {'A': 'b'}; `last` splits on the last '=' (source headers may hold '=')."""
    out: dict[str, str] = {}
    for item in items or []:
        if "=" not in item:
            raise IngestError(_t("ingest.usage.pair", lang, what=what, item=item))
        key, value = item.rsplit("=", 1) if last else item.split("=", 1)
        if not key.strip():
            raise IngestError(_t("ingest.usage.pair", lang, what=what, item=item))
        out[key.strip()] = value.strip()
    return out
