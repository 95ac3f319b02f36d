"""Date columns of an upload: the day/month order of each column, a single strptime format
when every value fits one (the fast path of the stage), and the plausible-date range check."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb

from gema.core import store
from gema.ingest.fields import DATE_TYPES
from gema.ingest.parse import detect_date_order
from gema.ingest.results import Prepared, _field_type, _problem, _t

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


def _date_orders(
    conn: duckdb.DuckDBPyConnection, prep: Prepared, dayfirst: bool | None, lang: str
) -> None:
    """Detect each date column's day/month order once; ambiguous → the caller must choose."""
    for col, fname in prep.mapping.items():
        if _field_type(prep, fname) not in DATE_TYPES:
            continue
        memo = prep.raw.memo
        if ("date_order", col) not in memo:
            memo["date_order", col] = detect_date_order(conn, prep.raw.table, col)
        order = memo["date_order", col]
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
            key = ("date_format", col, prep.dayfirst[col])
            if key not in memo:
                memo[key] = _single_format(conn, prep.raw.table, col, prep.dayfirst[col])
            fast = memo[key]
            if fast is not None:
                prep.date_formats[col] = fast


def _single_format(
    conn: duckdb.DuckDBPyConnection, table: str, col: str, dayfirst: bool | None
) -> tuple[str, bool, bool] | None:
    """(strptime format, is UTC, DuckDB's cast reads every value alike) for a format that reads
    every non-blank value of the column the way gema_ts does, or None. One format only: try_strptime with a list of formats is far slower per row
    than gema_ts itself, while a single format is much cheaper to plan and to run."""
    local = _ISO_FORMATS + {True: _DMY_FORMATS, False: _MDY_FORMATS, None: []}[dayfirst]
    names = {"table": table, "col": col}
    sample = store.execute(conn, "ingest/date_sample", idents=names, limit=20)
    values = [r[0] for r in sample.fetchall()]
    if not values:
        return None
    for fmt, utc in [(f, False) for f in local] + [(f, True) for f in _UTC_FORMATS]:
        if all(_strptime_ok(conn, v, fmt) for v in values):
            found = store.execute(conn, "ingest/date_fast_check", idents=names, fmt=fmt)
            misses, cast_differs = found.fetchone()
            if misses == 0:
                return fmt, utc, not utc and cast_differs == 0
            return None
    return None


def _strptime_ok(conn: duckdb.DuckDBPyConnection, value: str, fmt: str) -> bool:
    return store.scalar(conn, "ingest/strptime_ok", value=value, fmt=fmt) is not None


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
