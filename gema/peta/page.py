"""The Peta page's data in one call: figures, values, both charts, the table and the profile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema.core import i18n, store
from gema.core.regions import KODE_NAMA
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
    notes: tuple[str, ...] = ()  # caveats under the map (IKM: recaps left out for want of n)


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
        notes=_ikm_notes(conn, params, lang) if m.key == "ikm" else (),
    )


def _ikm_notes(
    conn: duckdb.DuckDBPyConnection, params: Mapping[str, Any], lang: str
) -> tuple[str, ...]:
    """The IKM layer pools by respondents: recaps without a count are not on the map, and the
    map says so per kab/kota rather than showing a region as if its survey were complete."""
    unk = store.run(conn, "kepuasan/unknown_n", **params)
    if unk.empty:
        return ()
    counts = unk["kabkota"].map(lambda k: KODE_NAMA.get(str(k), str(k))).value_counts(sort=False)
    names = "; ".join(f"{name} ({i18n.fmt_int(n)})" for name, n in counts.items())
    return (i18n.t("map.ikm_unknown_n", lang, n=i18n.fmt_int(len(unk)), names=names),)
