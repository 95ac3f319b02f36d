"""Recaps without a respondent count ("n tidak diketahui") on the Kepuasan page.

The pooled IKM weighs every unit by its respondents (queries/staging/skm.sql), so a recap that
gives no count cannot enter it without inventing a weight. Dropping it silently would hide a
unit the agency did survey; these rows are listed apart instead, each with its own unweighted
IKM (25 x NRR x 1/n, the one formula in gema.kepuasan.ikm) and the agency's published figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import duckdb
import pandas as pd

from gema.core import store
from gema.kepuasan import ikm
from gema.kepuasan.recap import nrr_dict

COLUMNS = ["unit", "kabkota", "period", "ikm", "mutu", "published_ikm", "published_mutu"]


def unknown_n(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    mode: ikm.WeightMode = "exact",
) -> pd.DataFrame:
    """One row per recap unit-period in the filter that has no respondent count, with its IKM
    (same weight mode as the rest of the page) and mutu; empty when there is none."""
    rows = store.run(conn, "kepuasan/unknown_n", **params)
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    values = [ikm.ikm(nrr_dict(n), mode) for n in rows["nrr"]]
    return pd.DataFrame(
        {
            "unit": rows["unit"].astype(str),
            "kabkota": rows["kabkota"],
            "period": rows["period"].astype(str),
            "ikm": values,
            "mutu": [ikm.mutu(v) for v in values],
            "published_ikm": rows["published_ikm"],
            "published_mutu": rows["published_mutu"],
        }
    )
