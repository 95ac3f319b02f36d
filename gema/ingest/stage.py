"""Stage and validate an upload in DuckDB: one typed column per field, `_bad` per row, and the
row errors (TEMP tables ingest_stage and ingest_errors; see gema/ingest/pipeline.py).

The statement's shape depends on the file's headers and the kind's fields, so its select list
is assembled here from the field types' SQL templates (gema/ingest/fields.py); every name in it
is quoted by gema.core.sql.ident and every user value is a bound parameter."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from gema.core import store
from gema.core.sql import ident as _ident
from gema.ingest import mapping as mapping_mod
from gema.ingest.dates import _date_range
from gema.ingest.fields import DATE_TYPES, REGION_TYPES, Field, KindSpec, get_type
from gema.ingest.read import sql_text
from gema.ingest.results import ERROR_LIMIT, IngestError, Prepared, _field_type, _source_of, _t


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
            macro = ("gema_date_format" if f.type == "date" else "gema_ts_format") + (
                "_utc" if utc else ""
            )
            expr = f"{_ident(macro)}({v}, $f_{f.name})"
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
    """ingest_errors for the rows flagged `_bad`: one named statement per field and problem,
    quoting the source text of the bad rows (ingest_bad_source); list the first ERROR_LIMIT
    with messages."""
    store.execute(conn, "ingest/errors_none")
    if store.scalar(conn, "ingest/bad_count"):
        _row_errors(conn, prep)
    _date_range(conn, prep)
    store.execute(conn, "ingest/rejected_rows")
    first = store.run(conn, "ingest/errors_first", limit=ERROR_LIMIT)
    prep.errors = [_message(prep, r, lang) for r in first.to_dict(orient="records")]


def _row_errors(conn: duckdb.DuckDBPyConnection, prep: Prepared) -> None:
    """Insert the errors of the bad rows into ingest_errors, field by field."""
    store.execute(conn, "ingest/errors_bad_source", idents={"table": prep.raw.table})
    sources = {fn: c for c, fn in reversed(list(prep.mapping.items()))}  # first column wins
    constant_fields = set(prep.constants) - set(prep.mapping.values())
    for order, f in enumerate(prep.fields):
        src = sources.get(f.name)
        at = {"ord": order, "field": f.name}
        if f.type in REGION_TYPES:
            flag = "_bad_" + f.name
            if src is not None:
                store.execute(conn, "ingest/errors_region", idents={"flag": flag, "src": src}, **at)
            elif f.name in constant_fields:
                value = prep.constants[f.name]
                store.execute(
                    conn, "ingest/errors_region_constant", idents={"flag": flag}, value=value, **at
                )
            continue
        if src is None:
            continue  # unmapped, or a constant (checked once, before staging)
        ftype = get_type(f.type)
        if ftype.message_key:
            names = {"col": f.name, "src": src}
            store.execute(conn, "ingest/errors_invalid", idents=names, **at)
        if ftype.check:
            sql = store.query_text("ingest/errors_check", {"src": src})
            conn.execute(sql.replace("{check}", ftype.check.format(t=_ident(f.name))), at)
        if f.required:
            store.execute(conn, "ingest/errors_required", idents={"src": src}, **at)


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
