"""Working days in Indonesia: Monday–Friday that are not a national holiday or cuti bersama.

The holidays are reference data (`holidays` table, seeded from data/reference/holidays.csv,
SKB 3 Menteri 2024–2026, editable by an admin). Follow-up deadlines (SP4N-LAPOR!: forward
within 3, act within 5, close within 10 working days) count working days *after* the day of
receipt: an aspiration received on Friday 5 April 2024 is due to be forwarded by Tuesday
16 April 2024, because 8–12 and 15 April were Idulfitri and cuti bersama. The SQL side
(`workday_index` in queries/schema/130_followup.sql) does the same arithmetic for whole tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import duckdb

from gema.core import store


def holidays(conn: duckdb.DuckDBPyConnection) -> set[date]:
    """The dates in the holidays table."""
    df = store.run(conn, "tindak_lanjut/holidays")
    return {d.date() if hasattr(d, "date") else d for d in df["date"]}


def is_workday(day: date, off: Iterable[date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(off)


def add_workdays(start: date, n: int, off: Iterable[date] = ()) -> date:
    """The n-th working day after `start` (start itself never counts)."""
    off = set(off)
    day, left = start, n
    while left > 0:
        day += timedelta(days=1)
        if is_workday(day, off):
            left -= 1
    return day


def workdays_between(a: date, b: date, off: Iterable[date] = ()) -> int:
    """Working days strictly after `a` and up to and including `b` (0 when b <= a)."""
    off = set(off)
    n, day = 0, a
    while day < b:
        day += timedelta(days=1)
        if is_workday(day, off):
            n += 1
    return n


def workdays_between_sql(conn: duckdb.DuckDBPyConnection, a: date, b: date) -> int:
    """The same count as the SQL deadlines see it (for tests and the follow-up panel)."""
    return int(store.scalar(conn, "tindak_lanjut/workdays_between", a=a, b=b) or 0)
