"""Admin edits of the regions reference table (population with source and year, area).

Populations feed every per-resident figure on the map, so they are data an admin keeps current
(with a stated source and year), never numbers in code. Each save writes who and when on the row
and one `reference_update` audit event listing the old and new values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from gema.core import audit, store
from gema.core.i18n import DEFAULT_LANG, t
from gema.core.kpi import is_missing

EDITABLE = ("population", "population_source", "population_year", "area_km2", "area_source")
EDITOR_ORDER = ("population", "population_year", "area_km2", "population_source", "area_source")


@dataclass(frozen=True)
class UpdateResult:
    """Which kab/kota changed, or the errors that stopped the save (nothing is written then)."""

    changed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _clean(value: Any) -> Any:
    """An editor cell as a value: NULL/NaN and blank text → None, text stripped."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _same(a: Any, b: Any) -> bool:
    a, b = _clean(a), _clean(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return str(a) == str(b)


def _check(row: dict[str, Any], old: dict[str, Any], lang: str) -> list[str]:
    name = str(old.get("nama") or old.get("kode"))
    errors = []
    pop = row["population"]
    if pop is not None and (float(pop) != int(float(pop)) or float(pop) <= 0):
        errors.append(t("ref.err.population", lang, name=name))
    year = row["population_year"]
    max_year = date.today().year + 1
    if year is not None and not (1961 <= float(year) <= max_year):
        errors.append(t("ref.err.year", lang, name=name, max=max_year))
    area = row["area_km2"]
    if area is not None and float(area) <= 0:
        errors.append(t("ref.err.area", lang, name=name))
    if not _same(pop, old.get("population")) and not row["population_source"]:
        errors.append(t("ref.err.source", lang, name=name))
    return errors


def update_regions(
    conn: duckdb.DuckDBPyConnection,
    edited: pd.DataFrame,
    username: str,
    lang: str = DEFAULT_LANG,
) -> UpdateResult:
    """Save the rows of `edited` (kode + EDITABLE columns) that differ from the table.

    All rows are checked first; any error stops the whole save. Changed rows are written in one
    transaction together with the audit event."""
    current = store.run(conn, "reference/regions").set_index("kode")
    errors: list[str] = []
    updates: list[dict[str, Any]] = []
    changes: dict[str, dict[str, list[Any]]] = {}
    for rec in edited.to_dict("records"):
        kode = str(rec.get("kode"))
        if kode not in current.index:
            errors.append(t("ref.err.unknown", lang, kode=kode))
            continue
        old = {"kode": kode, **current.loc[kode].to_dict()}
        row = {col: _clean(rec.get(col)) for col in EDITABLE}
        diff = {c: [_clean(old.get(c)), row[c]] for c in EDITABLE if not _same(old.get(c), row[c])}
        if not diff:
            continue
        errors += _check(row, old, lang)
        updates.append({"kode": kode, **row})
        changes[kode] = diff
    if errors:
        return UpdateResult([], errors)
    if not updates:
        return UpdateResult([], [])

    def work() -> None:
        for row in updates:
            store.execute(
                conn,
                "referensi/update_region",
                kode=row["kode"],
                population=None if row["population"] is None else int(float(row["population"])),
                population_source=row["population_source"],
                population_year=None
                if row["population_year"] is None
                else int(float(row["population_year"])),
                area_km2=None if row["area_km2"] is None else float(row["area_km2"]),
                area_source=row["area_source"],
                username=username,
            )
        audit.record(conn, username, "reference_update", table="regions", changes=changes)

    store.write(conn, work)
    return UpdateResult(sorted(changes), [])


# --- how the page shows the table and the boundary file -----------------------------------------
# Streamlit's data editor formats numbers in the browser. Its "plain" format prints up to 20
# decimals (1910000 came out as "1909999.9999999998" and 3300 as "3300.0000…"); these printf
# formats give Indonesian thousands dots ("%'.,d": pad char "." doubles as the separator).
POPULATION_FORMAT = "%'.,d"
AREA_FORMAT = "%'.,.0f"


def editor_frame(regions: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The regions table for the data editor with whole-number population and year (nullable
    Int64, so a float never reaches the browser) and area as a float."""
    out = regions[columns].copy()
    for col in ("population", "population_year"):
        if col in out:
            out[col] = pd.to_numeric(out[col], errors="coerce").round().astype("Int64")
    if "area_km2" in out:
        out["area_km2"] = pd.to_numeric(out["area_km2"], errors="coerce").astype("float64")
    return out


def short_path(path: Path | None, root: Path | None = None) -> str:
    """A boundary file as an admin may see it: relative to the project ('data/geo/x.geojson',
    '../shared/geo/x.geojson'), or only its file name when it lies elsewhere on the server (an
    absolute server path says more about the machine than the file)."""
    if path is None:
        return "—"
    base = (root or store.ROOT).resolve()
    target = Path(path).resolve()
    for anchor, prefix in ((base, ""), (base.parent, "../")):
        try:
            return prefix + target.relative_to(anchor).as_posix()
        except ValueError:
            continue
    return target.name
