"""The overview map and boundary-file messages."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from gema import nav
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA
from gema.ui.filters import set_kabkota_filter
from gema.ui.session import current_user, lang, t
from gema.ui.widgets import md_escape


# --- boundary files (issue 9) ---------------------------------------------------------------
def boundary_match_frame(check: Any) -> pd.DataFrame:
    """The matching table of a boundary file (gema.peta.boundaryfile.Check) for the admin page."""
    return pd.DataFrame(
        {
            t("ref.match.col.no"): [str(f.index) for f in check.features],
            t("ref.match.col.name"): [f.name for f in check.features],
            t("ref.match.col.kode"): [f.kode or "—" for f in check.features],
            t("ref.match.col.kabkota"): [KODE_NAMA.get(f.kode or "", "—") for f in check.features],
            t("ref.match.col.how"): [t(f"ref.match.how.{f.status}") for f in check.features],
        }
    )


def boundary_repair_frame(check: Any) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("ref.match.col.kode"): [r["kode"] for r in check.repaired],
            t("ref.match.col.name"): [r["nama"] for r in check.repaired],
            t("ref.match.repaired"): [r["detail"] for r in check.repaired],
        }
    )


def boundary_problem(bounds: Any) -> str:
    """The boundary problem as this user may read it: admins get the file path and the detail,
    everyone else a sentence without any server path (issue 9)."""
    user = current_user() or {}
    return bounds.message(lang()) if user.get("role") == "admin" else bounds.public_message(lang())


def boundary_missing_note(bounds: Any) -> None:
    """Units the boundary file has no shape for: named under the map ('tidak ada batas')."""
    if bounds.ok and bounds.missing:
        st.caption(t("map.no_boundary", names=", ".join(KODE_NAMA[k] for k in bounds.missing)))


_SMALL_MAP_METRICS = ("reach", "feedback", "net_sentiment")


def _small_map_clicked() -> None:
    """Callback of the overview map: a click on a kab/kota sets the shared kab/kota filter."""
    from gema.peta import figures

    kode = figures.selected_kode(st.session_state.get("r_map"))
    if kode:
        set_kabkota_filter([kode])


def small_map(conn_: duckdb.DuckDBPyConnection, f: Filters) -> None:
    """The overview's small Banten map (gema.peta) with a metric switch; a click filters every
    page. Without a usable boundary file: the map helper's message and a ranked bar chart."""
    from gema.peta import boundaries, figures
    from gema.peta import data as mapmetrics

    lg = lang()
    metric = st.segmented_control(
        t("dash.map.metric"),
        list(_SMALL_MAP_METRICS),
        default="reach",
        format_func=lambda k: mapmetrics.get(k).label(lg),
        key="r_map_metric",
        label_visibility="collapsed",
    )
    metric = metric or "reach"
    values = mapmetrics.values(conn_, metric, **f.params())
    fig = figures.small_map(values, metric, lg)
    if fig is not None:
        fig.update_layout(height=320)  # the overview column is wide enough for a larger map
    if fig is None:
        st.info(md_escape(boundary_problem(boundaries.boundaries())), icon=":material/map:")
        st.plotly_chart(
            figures.bar_figure(values, metric, lg, highlight=f.kabkota),
            width="stretch",
            config={"displaylogo": False},
            key="r_map_bars",
        )
    else:
        st.plotly_chart(
            fig,
            width="stretch",
            config=figures.PLOTLY_CONFIG,
            on_select=_small_map_clicked,
            selection_mode="points",
            key="r_map",
        )
        st.caption(t("dash.map.click"))
        boundary_missing_note(boundaries.boundaries())

    for spec in nav.available((current_user() or {}).get("role")):
        if spec.file == "peta.py":
            st.page_link(spec.path, label=t("dash.map.open"), icon=spec.icon)
