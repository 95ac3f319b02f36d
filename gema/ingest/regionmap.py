"""Kab/kota values of an upload: every DISTINCT value (column or constant) matched once through
gema.core.regions, the user's choices applied, and one TEMP look-up table per region field
(ingest_region_<field>: raw, kode, bad) that the stage joins."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import duckdb
import pandas as pd

from gema.core import regions, store
from gema.ingest.fields import REGION_TYPES
from gema.ingest.results import IngestError, Prepared, _t


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
