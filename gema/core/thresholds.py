"""The admin-editable numeric settings of the early warning and the follow-up tracker (issue 13),
kept in the `issue13_settings` table so an admin changes them in the app, not in code."""

from __future__ import annotations

import duckdb

from gema.core import audit, store

DEFAULTS: dict[str, float] = {
    "followup.forward_days": 3,
    "followup.act_days": 5,
    "followup.close_days": 10,
    "followup.duplicate_days": 7,
    "alerts.baseline_days": 28,
    "alerts.min_count": 10,
    "alerts.z": 4,
    "alerts.min_ratio": 2,
    "alerts.neg_jump": 0.25,
    "alerts.neg_z": 3,
}
# sensible bounds, so a typo cannot switch the warning off or flood the list
BOUNDS: dict[str, tuple[float, float]] = {
    "followup.forward_days": (1, 60),
    "followup.act_days": (1, 60),
    "followup.close_days": (1, 120),
    "followup.duplicate_days": (0, 60),
    "alerts.baseline_days": (7, 120),
    "alerts.min_count": (3, 10_000),
    "alerts.z": (1, 20),
    "alerts.min_ratio": (1, 100),
    "alerts.neg_jump": (0.05, 1),
    "alerts.neg_z": (1, 20),
}


def get(conn: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """Every setting: the stored value, or the default when a row is missing."""
    out = dict(DEFAULTS)
    try:
        df = store.run(conn, "peringatan/settings")
    except duckdb.CatalogException:  # a read-only store from before migration 130
        return out
    out.update({str(k): float(v) for k, v in zip(df["key"], df["value"], strict=True)})
    return out


def update(conn: duckdb.DuckDBPyConnection, key: str, value: float, user: str) -> None:
    """Change one setting (admin), audited. ValueError for an unknown key or out-of-range value."""
    if key not in DEFAULTS:
        raise ValueError(f"unknown setting {key!r}")
    low, high = BOUNDS[key]
    if not low <= float(value) <= high:
        raise ValueError(f"{key} must be between {low:g} and {high:g}")
    old = get(conn)[key]

    def work() -> None:
        store.execute(conn, "peringatan/setting_update", key=key, value=float(value), user=user)
        audit.record(conn, user, "setting_update", key=key, old=old, new=float(value))

    store.write(conn, work)
