"""The import pipeline: map → normalise → validate → de-duplicate → load in one transaction.

Everything row-wise happens in DuckDB SQL over the reader's TEMP table (vectorised); Python only
loops over columns and over DISTINCT region values. The staging SQL is assembled here because its
shape depends on the file's headers: source headers only ever appear as quoted identifiers
(`_ident`), and every user-supplied value (constants, JSON keys) is a bound parameter. Fixed
statements (duplicates, loads, batches, undo) are named queries in queries/ingest/.

TEMP objects of one preparation (per connection, replaced by the next one):
  ingest_stage     _row, one typed column per field, _bad_<field> for region fields, extra
                   (JSON of the unmapped source columns), _bad (the row has a problem)
  ingest_errors    _row, ord, field, problem ('invalid'|'check'|'required'|'region'), value
  ingest_rejected  _row of every row with at least one error
  ingest_dup       _row of rows skipped as duplicates (kind's duplicates_query)
  ingest_valid     view: stage rows neither rejected nor duplicate (what a load inserts)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from gema.core import audit, i18n, regions, store
from gema.ingest import mapping as mapping_mod
from gema.ingest import writelock
from gema.ingest.fields import (
    DATE_TYPES,
    REGION_TYPES,
    Field,
    KindSpec,
    LoadContext,
    get_kind,
    get_type,
    kinds,
)
from gema.ingest.parse import detect_date_order
from gema.ingest.read import RawTable, sql_text
from gema.ingest.session import UploadSession, as_session

ERROR_LIMIT = 1000  # errors listed in a result; counts are always complete
PREVIEW_ROWS = 200
REJECTED_LIMIT = 50_000  # rejected source rows kept for the UI download
BATCH_TABLES = (
    "posts",
    "feedback",
    "accounts",
    "campaigns",
    "skm_responses",
    "skm_scores",
    "skm_recaps",
    "skm_service_users",
)
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Plain, offset-free layouts that mean the same under strptime as under gema_ts. When every value
# of a date column fits one of them, the stage uses try_strptime alone: much cheaper to plan and
# to run than the general parser (which stays the path for everything else).
_ISO_FORMATS = [
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d",
    "%b %d, %Y", "%a, %b %d, %Y", "%a %b %d %Y", "%B %d, %Y", "%b %d, %Y %I:%M %p",
]  # fmt: skip
# Layouts that state UTC; gema_ts turns them into WIB (UTC+7), so the fast path adds 7 hours.
_UTC_FORMATS = [
    "%a %b %d %H:%M:%S +0000 %Y", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ",
    "%Y-%m-%dT%H:%M:%S+00:00", "%Y-%m-%d %H:%M:%S+00:00",
]  # fmt: skip
_DMY_FORMATS = [
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %H.%M.%S", "%d/%m/%Y %H.%M", "%d/%m/%Y",
    "%d-%m-%Y %H:%M", "%d-%m-%Y", "%d.%m.%Y",
]  # fmt: skip
_MDY_FORMATS = [f.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m") for f in _DMY_FORMATS]


class IngestError(Exception):
    """A usage error (unknown kind, field or preset, a bad --map/--set/--region value): CLI exit 2.
    str(exc) is an Indonesian message."""


def _ident(name: str) -> str:
    """A quoted SQL identifier (a source header may contain anything, quotes included)."""
    return '"' + str(name).replace('"', '""') + '"'


def _t(key: str, lang: str, **kw: object) -> str:
    return i18n.t(key, lang, **kw)


# --- results -----------------------------------------------------------------------------------
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
    date_formats: dict[str, tuple[str, bool]] = field(default_factory=dict)  # col → (fmt, utc)
    problems: list[dict[str, Any]] = field(default_factory=list)  # blocking, row = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    unresolved_regions: dict[str, int] = field(default_factory=dict)
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


# --- prepare -----------------------------------------------------------------------------------
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
) -> Prepared:
    """Read, map, normalise, validate and check duplicates; write nothing. Raises IngestError for
    usage errors and gema.ingest.read.ReadError for an unreadable file. `source` is an
    UploadSession (the upload page: the file is read once per upload) or a path.

    mapping: {source column: field or '-'}; constants: {field: value}; regions: {raw value: kode
    or '-'}; dayfirst: the date order for columns whose order is ambiguous (None = ask)."""
    prep = _prepare(
        conn, kind, source, file_name, preset=preset, mapping=mapping, constants=constants,
        region_choices=regions, sheet=sheet, dayfirst=dayfirst, lang=lang, for_ui=True,
    )  # fmt: skip
    _drop_temp(conn, prep)
    return prep


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
    raw = upload.raw(conn, sheet)
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
            _stage(conn, spec, prep)
            _validate(conn, prep, lang, for_ui)
            if not for_ui:  # the source text is in ingest_stage/ingest_errors now: free memory
                _drop(conn, raw.table)
            _duplicates(conn, spec)
            store.execute(conn, "ingest/valid_view")
            counts = store.run(conn, "ingest/stage_counts").iloc[0]
            prep.rows_rejected = int(counts["rejected"])
            prep.rows_duplicate = int(counts["duplicate"])
        if for_ui:
            _preview(conn, prep, lang)
    except BaseException:
        _drop_temp(conn, prep)
        raise
    return prep


def _problem(column: str | None, value: str | None, message: str) -> dict[str, Any]:
    return {"row": None, "column": column, "value": value, "message": message}


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
        filled = store.run(
            conn, "ingest/column_counts", idents={"table": prep.raw.table}, cols=columns
        ).iloc[0]
        empty = {c for c in columns if not filled[c]}
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


def _field_type(prep: Prepared, name: str) -> str:
    return next(f.type for f in prep.fields if f.name == name)


def _check_constants(conn: duckdb.DuckDBPyConnection, prep: Prepared, lang: str) -> None:
    """A constant is one value for every row: check it once, refuse it as a usage error."""
    for fname, value in prep.constants.items():
        ftype = get_type(_field_type(prep, fname))
        if ftype.name in REGION_TYPES or not ftype.message_key:
            continue
        expr = ftype.expr.format(v="CAST($v AS VARCHAR)", dayfirst="true")
        ok = conn.execute(sql_text("ingest/check_constant", expr=expr), {"v": value}).fetchone()
        if not ok[0]:
            raise IngestError(_t("ingest.usage.bad_constant", lang, field=fname, value=value))


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


def _date_orders(
    conn: duckdb.DuckDBPyConnection, prep: Prepared, dayfirst: bool | None, lang: str
) -> None:
    """Detect each date column's day/month order once; ambiguous → the caller must choose."""
    for col, fname in prep.mapping.items():
        if _field_type(prep, fname) not in DATE_TYPES:
            continue
        order = detect_date_order(conn, prep.raw.table, col)
        prep.date_orders[col] = order
        if order.ambiguous and dayfirst is None:
            examples = ", ".join(str(v) for v in order.evidence.get("examples", []))
            prep.problems.append(
                _problem(
                    col, examples, _t("ingest.err.date_order", lang, column=col, examples=examples)
                )
            )
            prep.dayfirst[col] = None
        else:
            prep.dayfirst[col] = dayfirst if order.ambiguous else order.dayfirst
            fast = _single_format(conn, prep.raw.table, col, prep.dayfirst[col])
            if fast is not None:
                prep.date_formats[col] = fast


def _single_format(
    conn: duckdb.DuckDBPyConnection, table: str, col: str, dayfirst: bool | None
) -> tuple[str, bool] | None:
    """(strptime format, is UTC) that reads every non-blank value of the column the way gema_ts
    does, or None. One format only: try_strptime with a list of formats is far slower per row
    than gema_ts itself, while a single format is much cheaper to plan and to run."""
    local = _ISO_FORMATS + {True: _DMY_FORMATS, False: _MDY_FORMATS, None: []}[dayfirst]
    names = {"table": table, "col": col}
    sample = store.execute(conn, "ingest/date_sample", idents=names, limit=20)
    values = [r[0] for r in sample.fetchall()]
    if not values:
        return None
    for fmt, utc in [(f, False) for f in local] + [(f, True) for f in _UTC_FORMATS]:
        if all(_strptime_ok(conn, v, fmt) for v in values):
            if store.scalar(conn, "ingest/date_fast_check", idents=names, fmt=fmt) == 0:
                return fmt, utc
            return None
    return None


def _strptime_ok(conn: duckdb.DuckDBPyConnection, value: str, fmt: str) -> bool:
    return store.scalar(conn, "ingest/strptime_ok", value=value, fmt=fmt) is not None


def _regions(
    conn: duckdb.DuckDBPyConnection, prep: Prepared, choices: Mapping[str, str], lang: str
) -> None:
    """Match every DISTINCT region value (column or constant) and build TEMP look-up tables
    ingest_region_<field>(raw, kode, bad)."""
    clean: dict[str, str] = {}
    for raw_value, target in choices.items():
        target = str(target).strip()
        if target != regions.OUTSIDE and target not in regions.KODE_NAMA:
            m = regions.match(target)
            if m.status != "ok":
                raise IngestError(_t("ingest.usage.bad_region", lang, value=raw_value, kode=target))
            target = m.kode
        clean[str(raw_value)] = target
    prep.region_choices = clean
    sources = {f: c for c, f in prep.mapping.items()}
    lookups: dict[str, dict[str, list[Any]]] = {}
    for f in prep.fields:
        if f.type not in REGION_TYPES:
            continue
        if f.name in sources:
            counts = store.run(
                conn,
                "ingest/region_values",
                idents={"table": prep.raw.table, "col": sources[f.name]},
            )
        elif f.name in prep.constants:
            counts = pd.DataFrame({"raw": [prep.constants[f.name]], "n": [prep.rows_read]})
        else:
            continue
        rows = []
        lookup = lookups.setdefault(f.name, {"raw": [], "kode": [], "bad": []})
        for raw_value, n in zip(counts["raw"].astype(str), counts["n"], strict=True):
            if f.type == "kabkota_list":
                kode, bad, parts = _match_list(raw_value, clean)
                for part, m in parts:
                    rows.append(_region_row(f.name, part, int(n), m, clean))
            else:
                m = regions.match(raw_value)
                entry = _region_row(f.name, raw_value, int(n), m, clean)
                rows.append(entry)
                kode, bad = entry["kode"], entry["bad"]
            lookup["raw"].append(raw_value)
            lookup["kode"].append(kode)
            lookup["bad"].append(bad)
        if rows:
            df = pd.DataFrame(rows)
            prep.region_values = (
                df if prep.region_values is None else pd.concat([prep.region_values, df])
            )
    if prep.region_values is not None:
        rv = prep.region_values.groupby(["raw", "status", "candidates"], as_index=False).agg(
            rows=("rows", "sum"), kode=("kode", "first"), bad=("bad", "max")
        )
        prep.region_values = rv.sort_values(["bad", "rows"], ascending=[False, False])
        need = rv[rv["bad"]]
        prep.unresolved_regions = {
            str(r): int(n) for r, n in zip(need["raw"], need["rows"], strict=True)
        }
    for f in prep.fields:
        if f.type not in REGION_TYPES:
            continue
        lookup = lookups.get(f.name, {"raw": [], "kode": [], "bad": []})
        frame = pd.DataFrame(
            {
                "raw": pd.Series(lookup["raw"], dtype="object"),
                "kode": pd.Series(lookup["kode"], dtype="object"),
                "bad": pd.Series(lookup["bad"], dtype="bool"),
            }
        )
        query = "ingest/region_list_table" if f.type == "kabkota_list" else "ingest/region_table"
        conn.register("_ingest_region_df", frame)
        try:
            store.execute(conn, query, idents={"table": "ingest_region_" + f.name})
        finally:
            conn.unregister("_ingest_region_df")


def _region_row(
    fname: str, raw_value: str, n: int, m: regions.RegionMatch, choices: Mapping[str, str]
) -> dict[str, Any]:
    """One distinct value's verdict: kode (None = NULL: province-wide/unknown/outside) and bad."""
    chosen = choices.get(raw_value)
    if chosen is not None:
        kode = None if chosen == regions.OUTSIDE else chosen
        bad = False
    elif m.status == "ok":
        kode, bad = m.kode, False
    elif m.status in ("province", "empty"):
        kode, bad = None, False
    else:
        kode, bad = None, True
    return {
        "field": fname,
        "raw": raw_value,
        "rows": n,
        "status": m.status if chosen is None else "chosen",
        "kode": kode,
        "candidates": ",".join(m.candidates),
        "bad": bad,
    }


def _match_list(
    raw_value: str, choices: Mapping[str, str]
) -> tuple[list[str] | None, bool, list[tuple[str, regions.RegionMatch]]]:
    """A list of kab/kota ('Lebak; Pandeglang'): the whole value first, else split on ; , / |."""
    whole = regions.match(raw_value)
    if raw_value in choices or whole.status in ("ok", "province", "empty"):
        row = _region_row("", raw_value, 0, whole, choices)
        return ([row["kode"]] if row["kode"] else None), row["bad"], [(raw_value, whole)]
    parts = [p.strip() for p in re.split(r"[;,/|]| dan ", raw_value) if p.strip()]
    kodes: list[str] = []
    bad = False
    matched = []
    for part in parts:
        m = regions.match(part)
        row = _region_row("", part, 0, m, choices)
        matched.append((part, m))
        bad = bad or row["bad"]
        if row["kode"] and row["kode"] not in kodes:
            kodes.append(row["kode"])
    return (kodes or None), bad, matched


def _value_expr(prep: Prepared, f: Field, params: dict[str, Any]) -> str | None:
    source = next((c for c, fn in prep.mapping.items() if fn == f.name), None)
    if source is not None:
        return f"r.{_ident(source)}"
    if f.name in prep.constants:
        key = f"c_{f.name}"
        params[key] = prep.constants[f.name]
        return f"CAST(${key} AS VARCHAR)"
    return None


def _stage(conn: duckdb.DuckDBPyConnection, spec: KindSpec, prep: Prepared) -> None:
    """CREATE TEMP TABLE ingest_stage: one typed column per field, normalised in one SELECT, plus
    `_bad` (the row has at least one problem). Source text is not copied: the few bad rows are
    joined back to the reader's table when errors are listed (`_validate`)."""
    params: dict[str, Any] = {}
    inner = ["r._row AS _row"]
    outer = ["_row"]
    bad: list[str] = []
    joins = []
    mapped = set(prep.mapping.values())
    for f in prep.fields:
        ftype = get_type(f.type)
        v = _value_expr(prep, f, params)
        name, raw = _ident(f.name), _ident("_raw_" + f.name)
        outer.append(name)
        if v is None:
            inner.append(f"CAST(NULL AS {ftype.sql_type}) AS {name}")
            continue
        if f.type in REGION_TYPES:
            alias = _ident("g_" + f.name)
            flag = _ident("_bad_" + f.name)
            joins.append(
                f"LEFT JOIN {_ident('ingest_region_' + f.name)} {alias} ON {alias}.raw = {v}"
            )
            inner.append(f"{alias}.kode AS {name}")
            inner.append(f"coalesce({alias}.bad, false) AS {flag}")
            outer.append(flag)
            bad.append(flag)
            continue
        source = next((c for c, fn in prep.mapping.items() if fn == f.name), None)
        order = prep.dayfirst.get(source) if source else True
        dayfirst = {True: "true", False: "false", None: "NULL"}[order]
        expr = ftype.expr.format(v=v, dayfirst=dayfirst)
        if source in prep.date_formats and f.type in DATE_TYPES:
            fmt, utc = prep.date_formats[source]
            params[f"f_{f.name}"] = fmt
            expr = f"try_strptime(trim({v}), $f_{f.name})"
            expr = f"({expr} + INTERVAL 7 HOUR)" if utc else expr
            expr = f"CAST({expr} AS DATE)" if f.type == "date" else expr
        inner.append(f"{expr} AS {name}")
        if f.name not in mapped:  # a constant: checked once in _check_constants
            continue
        inner.append(f"{v} AS {raw}")
        if f.required:
            bad.append(f"{name} IS NULL")
        elif ftype.message_key:
            bad.append(
                f"CASE WHEN {name} IS NOT NULL OR {raw} IS NULL THEN false "
                f"ELSE NOT gema_blank({raw}) END"
            )
        if ftype.check:
            bad.append(f"coalesce({ftype.check.format(t=name)}, false)")
    pairs = []
    for i, col in enumerate(prep.unmapped_columns):
        params[f"x{i}"] = col
        pairs.append(f"$x{i}, r.{_ident(col)}")
    extra = f"json_object({', '.join(pairs)})" if pairs else "CAST(NULL AS JSON)"
    inner.append(f"{extra} AS extra")
    outer.append("extra")
    outer.append(f"({' OR '.join(bad) or 'false'}) AS _bad")
    sql = sql_text(
        "ingest/stage",
        outer=", ".join(outer),
        inner=",\n        ".join(inner),
        table=_ident(prep.raw.table),
        joins="\n    ".join(joins),
    )
    conn.execute(sql, params or None)


def _validate(conn: duckdb.DuckDBPyConnection, prep: Prepared, lang: str, for_ui: bool) -> None:
    """ingest_errors for the rows flagged `_bad` (source text joined back from the reader's
    table); list the first ERROR_LIMIT with messages."""
    params: dict[str, Any] = {}
    raws = []
    parts = []
    constant_fields = set(prep.constants) - set(prep.mapping.values())
    for order, f in enumerate(prep.fields):
        mapped = f.name in prep.mapping.values()
        if not mapped and f.name not in constant_fields:
            continue
        if not mapped and f.type not in REGION_TYPES:
            continue  # constants are checked once, before staging
        ftype = get_type(f.type)
        col, raw = _ident(f.name), _ident("_raw_" + f.name)
        raws.append(f"{_value_expr(prep, f, params)} AS {raw}")
        head = f"SELECT _row, {order} AS ord, '{f.name}' AS field"
        if f.type in REGION_TYPES:
            parts.append(
                f"{head}, 'region' AS problem, {raw} AS value FROM bad "
                f"WHERE {_ident('_bad_' + f.name)}"
            )
            continue
        if ftype.message_key:
            parts.append(
                f"{head}, 'invalid' AS problem, {raw} AS value FROM bad "
                f"WHERE {col} IS NULL AND NOT gema_blank({raw})"
            )
        if ftype.check:
            parts.append(
                f"{head}, 'check' AS problem, {raw} AS value FROM bad "
                f"WHERE {ftype.check.format(t=col)}"
            )
        if f.required:
            parts.append(
                f"{head}, 'required' AS problem, {raw} AS value FROM bad WHERE gema_blank({raw})"
            )
    if parts:
        sql = sql_text(
            "ingest/errors",
            raws=", ".join(raws),
            table=_ident(prep.raw.table),
            checks="\nUNION ALL\n".join(parts),
        )
        conn.execute(sql, params or None)
    else:
        store.execute(conn, "ingest/errors_none")
    _date_range(conn, prep)
    store.execute(conn, "ingest/rejected_rows")
    first = store.run(conn, "ingest/errors_first", limit=ERROR_LIMIT)
    prep.errors = [_message(prep, r, lang) for r in first.to_dict(orient="records")]


DATE_MIN = date(1990, 1, 1)  # older than any social-media or SKM record this dashboard keeps


def _date_range(conn: duckdb.DuckDBPyConnection, prep: Prepared) -> None:
    """Mapped date values before DATE_MIN or more than a year ahead (1900, 2100, 2204 for 2024)
    become row errors ('range'), for every kind."""
    hi = date.today() + timedelta(days=366)
    for order, f in enumerate(prep.fields):
        if f.type not in DATE_TYPES or f.name not in prep.mapping.values():
            continue
        store.execute(
            conn,
            "ingest/date_range_errors",
            idents={"col": f.name},
            lo=DATE_MIN,
            hi=hi,
            ord=order,
            field=f.name,
        )
    store.execute(conn, "ingest/mark_bad")


def _source_of(prep: Prepared, fname: str) -> str:
    source = next((c for c, fn in prep.mapping.items() if fn == fname), None)
    return source if source is not None else f"{fname} (--set)"


def _message(prep: Prepared, r: dict[str, Any], lang: str) -> dict[str, Any]:
    column = _source_of(prep, r["field"])
    raw = r["value"]
    value = None if raw is None or (isinstance(raw, float) and pd.isna(raw)) else str(raw)
    ftype = get_type(_field_type(prep, r["field"]))
    key = {
        "invalid": ftype.message_key,
        "check": ftype.check_key or "ingest.err.invalid",
        "required": "ingest.err.required",
        "region": "ingest.err.region",
        "range": "rel.err.date_range",
    }[r["problem"]]
    row = int(r["_row"])
    label = mapping_mod.field_label(r["field"], lang)
    text = _t(key, lang, row=row, column=column, value=value or "", field=r["field"], label=label)
    return {"row": row, "column": column, "value": value, "message": text}


def _duplicates(conn: duckdb.DuckDBPyConnection, spec: KindSpec) -> None:
    if spec.duplicates_query:
        store.execute(conn, spec.duplicates_query)
    else:
        store.execute(conn, "ingest/no_duplicates")


def _record_claims(conn: duckdb.DuckDBPyConnection, spec: KindSpec, batch_id: int) -> None:
    """Record the stored rows this upload's duplicates match (queries/ingest/claims_<table>.sql,
    when the kind's table has one), so undoing their first owner keeps them."""
    name = f"ingest/claims_{spec.table}"
    try:
        store.load_query(name)
    except store.QueryError:
        return
    store.execute(conn, name, batch_id=batch_id)


def _keep_claimed(conn: duckdb.DuckDBPyConnection, table: str, batch_id: int) -> int:
    """Hand the rows of `table` that another live batch also delivered to that batch; return how
    many (0 for a table without claims)."""
    name = f"ingest/keep_claimed_{table}"
    try:
        store.load_query(name)
    except store.QueryError:
        return 0
    return len(store.execute(conn, name, batch_id=batch_id).fetchall())


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
    store.execute(conn, "ingest/drop_temp")
    if prep is not None:
        for f in prep.fields:
            if f.type in REGION_TYPES:
                _drop(conn, "ingest_region_" + f.name)
        if prep.raw is not None:
            _drop(conn, prep.raw.table)


def _drop(conn: duckdb.DuckDBPyConnection, table: str) -> None:
    store.execute(conn, "ingest/drop_table", idents={"table": table})


# --- import ------------------------------------------------------------------------------------
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
) -> ImportResult:
    """Import one file: loads whole (or, with skip_invalid, its valid rows) in one transaction, or
    writes nothing and says why (result.refusal, result.errors). `source`: the UploadSession
    the page previewed (its read is reused: the file is not read again) or a path."""
    prep = _prepare(
        conn, kind, source, file_name, preset=preset, mapping=mapping, constants=constants,
        region_choices=regions, sheet=sheet, dayfirst=dayfirst, lang=lang, for_ui=False,
    )  # fmt: skip
    try:
        return _import_prepared(
            conn, prep, skip_invalid=skip_invalid, dry_run=dry_run, user=user,
            is_demo=is_demo, lang=lang, save_preset_as=save_preset_as,
        )  # fmt: skip
    finally:
        _drop_temp(conn, prep)


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
        counts = store.run(conn, "ingest/stage_counts").iloc[0]
        prep.rows_duplicate = result.rows_duplicate = int(counts["duplicate"])
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
        ctx = LoadContext(conn, prep.kind, batch_id, prep.fields, prep.mapping, user)
        if spec.load is not None:
            loaded = int(spec.load(ctx))
        else:
            cur = store.execute(conn, spec.load_query, batch_id=batch_id, user=user)
            loaded = int(cur.fetchone()[0])
        if loaded != prep.rows_valid:
            store.execute(conn, "ingest/batch_set_loaded", batch_id=batch_id, rows_loaded=loaded)
        if spec.after_load is not None:
            spec.after_load(ctx)
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
    from gema import alerts  # early warning (issue 13): new feedback may start a surge

    alerts.refresh_after_import(conn, prep.kind, user)
    if save_preset_as:
        mapping_mod.save_preset(
            conn, save_preset_as, prep.kind, prep.mapping, prep.constants, user=user
        )
    return result


# --- batches -----------------------------------------------------------------------------------
def list_batches(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every upload, oldest first (undone ones included, with status 'undone')."""
    return store.run(conn, "ingest/batches")


def rows_in_batch(conn: duckdb.DuckDBPyConnection, batch_id: int) -> dict[str, int]:
    """{table: rows} still carrying this batch id (0-row tables left out)."""
    df = store.run(conn, "ingest/batch_row_counts", batch_id=batch_id)
    return {str(t): int(n) for t, n in zip(df["tbl"], df["n"], strict=True) if n}


@dataclass
class UndoResult:
    """What an undo did: rows deleted per table, and rows kept per table because another live
    upload also delivered them (they now belong to that upload)."""

    batch_id: int
    deleted: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)

    @property
    def kept_total(self) -> int:
        return sum(self.kept.values())


def undo_batch(
    conn: duckdb.DuckDBPyConnection, batch_id: int, user: str, lang: str = i18n.DEFAULT_LANG
) -> dict[str, int]:
    """Delete every row a batch brought (see `undo`); returns {table: rows deleted}."""
    return undo(conn, batch_id, user, lang).deleted


def undo(
    conn: duckdb.DuckDBPyConnection, batch_id: int, user: str, lang: str = i18n.DEFAULT_LANG
) -> UndoResult:
    """Delete every row a batch brought, from every table, plus the label corrections made on its
    feedback rows (else they would linger, pointing at nothing), and mark it undone, in one
    transaction under the writer lock. A row another live upload also delivered (skipped there as
    a duplicate of this batch's row) is kept and handed to that upload, with its corrections.
    IngestError when the batch is unknown or undone."""
    with writelock.writer(conn), store.transaction(conn):
        found = store.run(conn, "ingest/batch_get", batch_id=batch_id)
        if found.empty:
            raise IngestError(_t("ingest.usage.no_batch", lang, batch=batch_id))
        row = found.iloc[0]
        if row["status"] == "undone":
            raise IngestError(
                _t(
                    "ingest.usage.already_undone",
                    lang,
                    batch=batch_id,
                    when=i18n.fmt_datetime(row["undone_at"], lang),
                    user=row["undone_by"],
                )
            )
        tables: list[str] = list(BATCH_TABLES)
        with contextlib.suppress(KeyError):
            tables += [t for t in get_kind(str(row["kind"])).batch_tables() if t not in tables]
        kept = {t: n for t in tables if (n := _keep_claimed(conn, t, batch_id))}
        before = rows_in_batch(conn, batch_id)
        corrections = int(
            store.run(conn, "ingest/batch_correction_count", batch_id=batch_id)["n"][0]
        )
        if corrections:
            before["label_corrections"] = corrections
        # corrections first: they point at feedback rows by key, which the next step deletes
        store.execute(conn, "ingest/undo_label_corrections", batch_id=batch_id)
        for table in tables:
            store.execute(conn, f"ingest/undo_{table}", batch_id=batch_id)
        store.execute(conn, "ingest/batch_mark_undone", batch_id=batch_id, user=user)
        audit.record(
            conn, user, "undo", batch_id=batch_id, kind=str(row["kind"]), deleted=before,
            kept=kept, file_name=str(row["file_name"]),
        )  # fmt: skip
    return UndoResult(batch_id=batch_id, deleted=before, kept=kept)


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
