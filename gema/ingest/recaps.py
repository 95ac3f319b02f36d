"""Loading an SKM recap workbook (issue 11): one sheet or every sheet, each as its own batch.

The report side (our IKM beside the published one) is gema.kepuasan.recap; this module is the
import side, used by the upload page and `python -m gema ikm-recap`.
"""

from __future__ import annotations

from typing import Any

import duckdb

from gema.core import i18n

# --- loading a recap workbook, one sheet or every sheet ----------------------------------------
ALL_SHEETS = "all"


def import_recap(
    conn: duckdb.DuckDBPyConnection,
    path: Any,
    file_name: str | None = None,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    constants: dict[str, str] | None = None,
    regions_chosen: dict[str, str] | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    user: str = "cli",
    lang: str = i18n.DEFAULT_LANG,
) -> tuple[list[tuple[str | None, Any]], list[str]]:
    """Import a recap: one sheet (`sheet` = a name or None for the first with data) or every
    sheet (`sheet="all"`), each as its own batch. A sheet without a period column takes its
    sheet name as the period ('2021', '2022 C'). Returns ([(sheet, ImportResult)], notes);
    stops at the first refused sheet (its result is the last in the list). Empty sheets are
    skipped with a note when reading all of them."""
    from gema import ingest
    from gema.ingest.read import ReadError
    from gema.ingest.sheets import sheet_names

    name = file_name or str(path).rsplit("/", 1)[-1]
    sheets: list[str | None] = [sheet] if sheet != ALL_SHEETS else list(sheet_names(path, name))
    if not sheets:
        sheets = [None]  # a CSV: no sheets
    results: list[tuple[str | None, Any]] = []
    notes: list[str] = []
    for sh in sheets:
        consts = dict(constants or {})
        common = {"mapping": mapping, "regions": regions_chosen, "sheet": sh, "lang": lang}
        try:
            if not {"period", "period_start"} & set(consts):
                prep = ingest.prepare(conn, "skm_recap", path, name, constants=consts, **common)
                has_period = {"period", "period_start"} & set(prep.mapping.values())
                if not has_period and prep.raw is not None and prep.raw.sheet:
                    consts["period"] = prep.raw.sheet
            result = ingest.import_file(
                conn, "skm_recap", path, name, constants=consts, skip_invalid=skip_invalid,
                dry_run=dry_run, user=user, **common,
            )  # fmt: skip
        except ReadError as exc:
            if sheet == ALL_SHEETS and exc.key == "ingest.read.empty_sheet":
                notes.append(i18n.t("recap.cli.sheet_empty", lang, sheet=sh))
                continue
            raise
        results.append((sh, result))
        if result.refusal:
            break
    return results, notes
