"""The Peta page's data in one call: figures, values, both charts, the table and the profile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n
from gema.peta import data, figures, frames
from gema.peta.boundaries import Boundaries, boundaries


@dataclass
class PageData:
    """Everything the Peta page draws for one set of filters, one metric and one kab/kota."""

    metric: data.MapMetric
    figures: pd.DataFrame  # the peta/values rows: runs once for map, table and profile
    values: pd.DataFrame
    bounds: Boundaries
    map_figure: go.Figure | None  # None: no usable boundary file (show bounds' message)
    bar_figure: go.Figure
    unmapped: dict[str, float]
    table: pd.DataFrame
    profile: data.Profile | None


def page_data(
    conn: duckdb.DuckDBPyConnection,
    params: Mapping[str, Any],
    metric: str,
    kode: str = "",
    highlight: Sequence[str] = (),
    lang: str = i18n.DEFAULT_LANG,
) -> PageData:
    """The map page for `params` (Filters.params()), the chosen metric and the profile's kab/kota
    ('' = no profile)."""
    m = data.get(metric)
    fig_rows = data.all_values(conn, **params)
    values = data.values(conn, m, fig_rows, **params)
    bounds = boundaries()
    return PageData(
        metric=m,
        figures=fig_rows,
        values=values,
        bounds=bounds,
        map_figure=figures.map_figure(values, m, lang, bounds, highlight=highlight),
        bar_figure=figures.bar_figure(values, m, lang, highlight=highlight),
        unmapped=data.unmapped(conn, **params),
        table=frames.ranking_table(fig_rows, values, m, lang),
        profile=data.profile(conn, kode, figures=fig_rows, **params) if kode else None,
    )
