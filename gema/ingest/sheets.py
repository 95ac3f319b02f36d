"""Sheet names of a workbook, for `--sheet all` / "semua lembar" (issue 11): a recap workbook
keeps one period per sheet ('2020', '2021', '2022 C')."""

from __future__ import annotations

from pathlib import Path

from gema.ingest.read import ReadError


def sheet_names(path: str | Path, name: str | None = None) -> list[str]:
    """Every sheet of an XLSX/XLS/ODS workbook, in order; [] for a text file (CSV/TSV)."""
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(8)
    if not (head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0")):
        return []
    import python_calamine as calamine

    try:
        return list(calamine.CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception as exc:  # calamine raises its own error types for broken files
        raise ReadError("ingest.read.corrupt_excel", name=name or path.name) from exc
