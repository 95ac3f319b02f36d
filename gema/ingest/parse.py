"""Parsing helpers around the SQL macros of migration 010 (gema_blank, gema_num, gema_ts).

Values are parsed in SQL, a whole column at a time. What needs a look at the whole column first
lives here: the order of numeric dates. Indonesian sheets write day/month/year, exports from
English-language tools month/day/year; a column only tells which when some value cannot be read
the other way (a part above 12). A column that holds evidence for both orders is reported, never
guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb

from gema.core import store

EXAMPLES = 3


@dataclass
class DateOrder:
    """The order of numeric dates (01/07/2024) in one column."""

    dayfirst: bool | None  # True = day/month, False = month/day, None = no numeric dates
    ambiguous: bool  # both orders are proven by some values: report it, do not guess
    evidence: dict = field(default_factory=dict)  # counts and examples for the message


def detect_date_order(
    conn: duckdb.DuckDBPyConnection | Sequence[object],
    table: str | None = None,
    column: str | None = None,
) -> DateOrder:
    """Day-first by Indonesian convention; month-first only when some value is valid only that
    way (middle part > 12) and none is valid only day-first; ambiguous when both occur.

    When ambiguous, `dayfirst` stays True (the convention) so callers that must pick one have a
    default, but they are expected to report the column instead of loading it.

    `detect_date_order(values)` (a list of texts) is accepted too, for callers holding values.
    """
    if not isinstance(conn, duckdb.DuckDBPyConnection):
        return _order_of_values(list(conn))
    assert table is not None and column is not None
    row = store.execute(
        conn,
        "ingest_read/date_order",
        idents={"table": table, "column": column},
        examples=EXAMPLES,
    ).fetchone()
    numeric, only_day, only_month, either, invalid, ex_day, ex_month = row or (0,) * 7
    evidence = {
        "numeric": int(numeric or 0),
        "only_dayfirst": int(only_day or 0),
        "only_monthfirst": int(only_month or 0),
        "either": int(either or 0),
        "invalid": int(invalid or 0),
        "examples_dayfirst": list(ex_day or []),
        "examples_monthfirst": list(ex_month or []),
    }
    evidence["examples"] = evidence["examples_dayfirst"][:2] + evidence["examples_monthfirst"][:2]
    if not evidence["numeric"]:
        return DateOrder(None, False, evidence)
    if evidence["only_dayfirst"] and evidence["only_monthfirst"]:
        return DateOrder(True, True, evidence)
    if evidence["only_monthfirst"]:
        return DateOrder(False, False, evidence)
    return DateOrder(True, False, evidence)


def _order_of_values(values: list[object]) -> DateOrder:
    """The same rule over values held in Python (a throw-away in-memory DuckDB)."""
    texts = [None if v is None else str(v) for v in values]
    with duckdb.connect() as mem:
        store.execute(mem, "ingest_read/values_table", texts=texts)
        return detect_date_order(mem, "gema_values", "value")
