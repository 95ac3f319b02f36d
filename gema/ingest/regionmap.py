"""Kab/kota values of an upload: every DISTINCT value (column or constant) matched once through
gema.core.regions, the user's choices applied, and one TEMP look-up table per region field
(ingest_region_<field>: raw, kode, bad) that the stage joins.

Complaint and incident logs often name only the kecamatan or desa/kelurahan: `_areas` reads
them row by row (gema.core.regions.resolve_area) and `apply_areas` (after validation) fills an
empty kab/kota from them, and turns an ambiguous name or a disagreement with the row's own
kab/kota into a row error; an ambiguous name is listed with the kab/kota values to choose."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import duckdb
import pandas as pd

from gema.core import regions, store
from gema.ingest.fields import REGION_TYPES
from gema.ingest.results import ERROR_LIMIT, IngestError, Prepared, _t

AREA_FIELDS = ("kecamatan", "desa")  # field names (and types) of the kecamatan/desa fields


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
            _add_values(prep, rows)
    _add_values(prep, _areas(conn, prep, clean, lookups))
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


def _add_values(prep: Prepared, rows: list[dict[str, Any]]) -> None:
    """Append value verdicts (one dict per distinct value, as `_region_row` makes them)."""
    if not rows:
        return
    df = pd.DataFrame(rows)
    prep.region_values = df if prep.region_values is None else pd.concat([prep.region_values, df])


def _column_rows(conn: duckdb.DuckDBPyConnection, prep: Prepared, fname: str) -> pd.Series | None:
    """The raw text of one field per row (_row index); None when the field is neither mapped
    nor set; a constant is repeated."""
    source = next((c for c, f in prep.mapping.items() if f == fname), None)
    if source is not None:
        df = store.run(
            conn, "ingest/region_area_column", idents={"table": prep.raw.table, "col": source}
        )
        return pd.Series(df["raw"].astype("object").tolist(), index=df["_row"].tolist())
    if fname in prep.constants:
        rows = store.run(conn, "ingest/region_area_rows", idents={"table": prep.raw.table})
        return pd.Series([prep.constants[fname]] * len(rows), index=rows["_row"].tolist())
    return None


def _areas(
    conn: duckdb.DuckDBPyConnection,
    prep: Prepared,
    choices: Mapping[str, str],
    lookups: Mapping[str, Mapping[str, list[Any]]],
) -> list[dict[str, Any]]:
    """Resolve the kecamatan/desa of every row (once per distinct combination with the row's
    kab/kota) into TEMP table ingest_region_area(_row, kode, ord, field, problem, value); return
    the ambiguous (or chosen) kecamatan/desa values for the choice table."""
    prep.area_rows = None
    names = [f.name for f in prep.fields]
    if not any(n in AREA_FIELDS for n in names):
        return []
    columns = {n: _column_rows(conn, prep, n) for n in AREA_FIELDS if n in names}
    columns = {n: c for n, c in columns.items() if c is not None}
    if not columns:
        return []
    frame = pd.DataFrame(columns)
    for n in AREA_FIELDS:
        if n not in frame:
            frame[n] = None
    kab = _column_rows(conn, prep, "kabkota") if "kabkota" in names else None
    kab_lookup = lookups.get("kabkota", {"raw": [], "kode": [], "bad": []})
    kode_of = dict(zip(kab_lookup["raw"], kab_lookup["kode"], strict=True))
    bad_of = dict(zip(kab_lookup["raw"], kab_lookup["bad"], strict=True))
    frame["kab_raw"] = kab.reindex(frame.index) if kab is not None else None
    frame = frame.astype("object").where(frame.notna(), None)
    keys = frame[["kab_raw", "kecamatan", "desa"]].drop_duplicates()
    verdicts: dict[tuple[Any, Any, Any], regions.RowArea] = {}
    for kab_raw, kec, desa in keys.itertuples(index=False):
        kab_raw = None if kab_raw is None else str(kab_raw)
        if kab_raw is not None and bad_of.get(kab_raw):  # the kab/kota itself is undecided
            verdicts[(kab_raw, kec, desa)] = regions.RowArea("none")
            continue
        kode = kode_of.get(kab_raw) if kab_raw is not None else None
        verdicts[(kab_raw, kec, desa)] = regions.resolve_area(
            kode, kec, desa, dict(choices) if kode is None else None
        )
    order = {n: i for i, n in enumerate(names)}
    out: dict[str, list[Any]] = {
        k: [] for k in ("_row", "kode", "ord", "field", "problem", "value")
    }
    values: dict[tuple[str, str], dict[str, Any]] = {}
    for row, kab_raw, kec, desa in zip(
        frame.index, frame["kab_raw"], frame["kecamatan"], frame["desa"], strict=True
    ):
        v = verdicts[(None if kab_raw is None else str(kab_raw), kec, desa)]
        if v.status == "none" or (v.status == "ok" and v.kode is None and not v.chosen):
            continue
        problem = {"ambiguous": "region", "conflict": "check"}.get(v.status)
        out["_row"].append(int(row))
        out["kode"].append(v.kode if v.status == "ok" else None)
        out["ord"].append(order[v.field])
        out["field"].append(v.field)
        out["problem"].append(problem)
        out["value"].append(v.value)
        if v.status == "ambiguous" or v.chosen:
            entry = values.setdefault(
                (v.field, v.value),
                {
                    "field": v.field,
                    "raw": v.value,
                    "rows": 0,
                    "status": "chosen" if v.chosen else "ambiguous",
                    "kode": v.kode,
                    "candidates": ",".join(v.candidates),
                    "bad": v.status == "ambiguous",
                },
            )
            entry["rows"] += 1
    table = pd.DataFrame(
        {
            "_row": pd.Series(out["_row"], dtype="int64"),
            "kode": pd.Series(out["kode"], dtype="object"),
            "ord": pd.Series(out["ord"], dtype="int64"),
            "field": pd.Series(out["field"], dtype="object"),
            "problem": pd.Series(out["problem"], dtype="object"),
            "value": pd.Series(out["value"], dtype="object"),
        }
    )
    conn.register("_ingest_area_df", table)
    try:
        store.execute(conn, "ingest/region_area_table")
    finally:
        conn.unregister("_ingest_area_df")
    prep.area_rows = len(table)
    return list(values.values())


def apply_areas(conn: duckdb.DuckDBPyConnection, prep: Prepared, lang: str) -> None:
    """After validation: fill the empty kab/kota of the staged rows from their kecamatan/desa and
    add the rows whose kecamatan/desa is ambiguous or contradicts their kab/kota to the row
    errors (then the rejected rows and the first messages are listed again)."""
    if not prep.area_rows:
        return
    from gema.ingest.stage import _message  # the one place a row error becomes a message

    store.execute(conn, "ingest/region_area_fill")
    if not store.scalar(conn, "ingest/region_area_problem_count"):
        return
    store.execute(conn, "ingest/region_area_errors")
    store.execute(conn, "ingest/rejected_rows")
    first = store.run(conn, "ingest/errors_first", limit=ERROR_LIMIT)
    prep.errors = [_message(prep, r, lang) for r in first.to_dict(orient="records")]
