"""Stage and validate an upload in DuckDB: one typed column per field, `_bad` per row, and the
row errors (TEMP tables ingest_stage and ingest_errors; see gema/ingest/pipeline.py).

Staging is a chain of steps, one named SELECT per field and step (queries/ingest/stage_*.sql),
run as the CTEs of one statement, ingest/stage: Python only chooses the steps and binds values;
what it splices are identifiers (columns, TEMP names) and the field types' macro names, quoted by
gema.core.sql.

Where the time goes (issue 17, EXPLAIN ANALYZE at 1M rows): not the chain itself (DuckDB inlines
the views into one plan; rebinding the chain costs a fixed ~0.3-0.5 s), but per-row work: IN
lists of 5+ constants in the value macros became a join over every row (migration 210),
regexps over few-valued columns (now once per distinct text: FieldType.lookup) and the date
column's parse table joined back by row (now an in-place cast when it reads alike, 211)."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from gema.core import sql as sql_mod
from gema.core import store
from gema.ingest import mapping as mapping_mod
from gema.ingest.dates import _date_range
from gema.ingest.fields import DATE_TYPES, REGION_TYPES, KindSpec, get_type
from gema.ingest.results import ERROR_LIMIT, IngestError, Prepared, _field_type, _source_of, _t


def _check_constants(conn: duckdb.DuckDBPyConnection, prep: Prepared, lang: str) -> None:
    """A constant is one value for every row: check it once, refuse it as a usage error."""
    _seed(conn, prep)
    for fname, value in prep.constants.items():
        ftype = get_type(_field_type(prep, fname))
        if ftype.name in REGION_TYPES or not ftype.message_key:
            continue
        query = "ingest/check_constant_dayfirst" if ftype.dayfirst else "ingest/check_constant"
        if not store.scalar(conn, query, idents={"parse": ftype.parse}, v=value):
            raise IngestError(_t("ingest.usage.bad_constant", lang, field=fname, value=value))


def _seed(conn: duckdb.DuckDBPyConnection, prep: Prepared) -> None:
    """The reference data the field types' macros read (SKM answer labels), once per type."""
    for seed in dict.fromkeys(get_type(f.type).seed for f in prep.fields):
        if seed is not None:
            seed(conn)


# the date order is a literal in the statement, so the parse macro's branches fold
_DAYFIRST_QUERY = {
    True: "ingest/stage_parse_dayfirst_true",
    False: "ingest/stage_parse_dayfirst_false",
    None: "ingest/stage_parse_dayfirst_null",
}


class _Chain:
    """The staging steps, each a SELECT over the one before, run as the CTEs of ingest/stage
    (bound once: a TEMP view per step was re-bound with every view above it, 0.2 s per upload).
    A step's values sit in a one-row TEMP table of its own, `ingest_a<n>`."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn
        self.steps: list[tuple[str, str]] = []
        self.args: list[str] = []

    @property
    def last(self) -> str:
        return self.steps[-1][0]

    def new_table(self) -> str:
        name = f"ingest_a{len(self.args)}"
        self.args.append(name)
        return name

    def new_args(self, value: str) -> str:
        name = self.new_table()
        store.execute(
            self.conn,
            "ingest/stage_args",
            idents={"args": name},
            value=value,
        )
        return name

    def first(self, query: str, **idents: str | list[str]) -> None:
        self.steps.append(store.chain_step(query, "ingest_s0", idents))

    def step(self, query: str, **idents: str) -> None:
        cte = f"ingest_s{len(self.steps)}"
        self.steps.append(store.chain_step(query, cte, {"prev": self.last, **idents}))

    def drop(self) -> None:
        for table in self.args:
            store.execute(self.conn, "ingest/drop_table", idents={"table": table})


def _stage(conn: duckdb.DuckDBPyConnection, spec: KindSpec, prep: Prepared) -> None:
    """CREATE TEMP TABLE ingest_stage: one typed column per field, normalised in one pass over
    the chained views, plus `_bad` (the row has at least one problem). Source text is not
    copied: the few bad rows are joined back to the reader's table when errors are listed."""
    _seed(conn, prep)
    sources = {fn: c for c, fn in reversed(list(prep.mapping.items()))}  # first column wins
    chain = _Chain(conn)
    if prep.unmapped_columns:
        chain.first("ingest/stage_base_extra", table=prep.raw.table, extra=prep.unmapped_columns)
    else:
        chain.first("ingest/stage_base", table=prep.raw.table)
    for fname, value in prep.constants.items():
        if fname not in sources:
            sources[fname] = "gema:c:" + fname
            chain.step("ingest/stage_const", args=chain.new_args(value=value), col=sources[fname])
    checks = []
    for f in prep.fields:
        ftype = get_type(f.type)
        src = sources.get(f.name)
        out = {"name": "gema:f:" + f.name}
        raw = "gema:raw:" + f.name
        if src is None:
            query = "ingest/stage_null_dayfirst" if ftype.dayfirst else "ingest/stage_null"
            chain.step(query, parse=ftype.parse, **out)
            continue
        if f.type in REGION_TYPES:
            flag = "gema:f:_bad_" + f.name
            regions = "ingest_region_" + f.name
            chain.step("ingest/stage_region", regions=regions, col=src, flag=flag, **out)
            continue
        mapped = f.name in prep.mapping.values()
        if src in prep.date_formats and f.type in DATE_TYPES and prep.date_formats[src][2]:
            iso = "gema_date_iso" if f.type == "date" else "gema_ts_iso"  # cast in place
            chain.step("ingest/stage_parse_plain", parse=iso, col=src, raw=raw, **out)
        elif src in prep.date_formats and f.type in DATE_TYPES:
            fmt, utc, _ = prep.date_formats[src]
            macro = ("gema_date_format" if f.type == "date" else "gema_ts_format") + (
                "_utc" if utc else ""
            )
            table = chain.new_table()
            names = {"args": table, "table": prep.raw.table, "parse": macro, "col": src}
            store.execute(conn, "ingest/stage_format", idents=names, fmt=fmt)
            chain.step("ingest/stage_parse_joined", args=table, col=src, raw=raw, **out)
        elif ftype.lookup and mapped:  # few distinct values: parsed once per distinct text
            table = chain.new_table()
            names = {"args": table, "table": prep.raw.table, "parse": ftype.parse, "col": src}
            store.execute(conn, "ingest/stage_lookup", idents=names)
            chain.step("ingest/stage_parse_lookup", args=table, col=src, raw=raw, **out)
        elif ftype.dayfirst:
            order = prep.dayfirst.get(src) if mapped else True
            query = _DAYFIRST_QUERY[order]
            chain.step(query, parse=ftype.parse, col=src, raw=raw, **out)
        else:
            chain.step("ingest/stage_parse_plain", parse=ftype.parse, col=src, raw=raw, **out)
        if not mapped:  # a constant: checked once in _check_constants
            continue
        if f.required:
            chain.step("ingest/stage_required", flag="gema:flag:req:" + f.name, **out)
        elif ftype.message_key:
            chain.step("ingest/stage_invalid", raw=raw, flag="gema:flag:inv:" + f.name, **out)
        if ftype.check:
            checks.append((ftype, f.name))
    chain.step("ingest/stage_fields")
    for ftype, name in checks:  # after every field: a check may read other fields of the row
        query = "ingest/stage_check_unsur" if ftype.check_unsur else "ingest/stage_check"
        chain.step(query, check=ftype.check, name=name, flag="_chk_" + name)
    try:
        steps = sql_mod.Chain(tuple(chain.steps))
        store.execute(conn, "ingest/stage", idents={"chain": steps, "last": chain.last})
    finally:
        chain.drop()


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
            names = {"src": src, "flag": "_chk_" + f.name}
            store.execute(conn, "ingest/errors_check", idents=names, **at)
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
