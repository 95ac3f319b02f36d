"""Peta Banten: a choropleth of the 8 kab/kota (offline), a ranking of the same figure, and the
profile of the kab/kota picked by a click or the selectbox (which also sets the shared filter)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from gema import geo, mapmetrics, ui
from gema.core import i18n
from gema.core.regions import KODE_NAMA

MAP_KEY = "peta_map"
PICK_KEY = "peta_pick"
METRIC_KEY = "peta_metric"


def _on_map_click() -> None:
    """A click on a kab/kota (a callback: the sidebar filter widget may only change here)."""
    kode = geo.selected_kode(st.session_state.get(MAP_KEY))
    if kode:
        ui.set_kabkota_filter([kode])
        st.session_state[PICK_KEY] = kode


def _on_pick() -> None:
    kode = st.session_state.get(PICK_KEY) or ""
    ui.set_kabkota_filter([kode] if kode else [])


def _on_metric() -> None:
    st.query_params["metrik"] = st.session_state[METRIC_KEY]


ui.require_role()
lang = ui.lang()
ui.page_header("nav.peta", "map.caption")
f = ui.filters()
params = f.params()
conn = ui.conn()

options = [m.key for m in mapmetrics.available(conn, **params)]
if METRIC_KEY not in st.session_state:
    wanted = st.query_params.get("metrik", mapmetrics.DEFAULT_METRIC)
    st.session_state[METRIC_KEY] = wanted if wanted in options else mapmetrics.DEFAULT_METRIC
elif st.session_state[METRIC_KEY] not in options:
    st.session_state[METRIC_KEY] = mapmetrics.DEFAULT_METRIC
metric = mapmetrics.get(
    st.selectbox(
        ui.t("map.metric"),
        options,
        format_func=lambda k: mapmetrics.get(k).label(lang),
        key=METRIC_KEY,
        on_change=_on_metric,
    )
)
st.caption(metric.help(lang))

figures = mapmetrics.all_values(conn, **params)  # map/values runs once for map, table, profile
values = mapmetrics.values(conn, metric, figures, **params)
if not (figures["posts"].sum() or figures["feedback"].sum()):
    ui.empty_state("map.empty", upload_link=True)

bounds = geo.boundaries()
map_col, rank_col = st.columns([3, 2], gap="medium")
with map_col:
    fig = geo.map_figure(values, metric, lang, bounds, highlight=f.kabkota)
    if fig is not None:
        st.html(geo.PHONE_CSS)
        with st.container(key=geo.MAP_CONTAINER_KEY):
            st.plotly_chart(
                fig,
                key=MAP_KEY,
                on_select=_on_map_click,
                selection_mode="points",
                config=geo.PLOTLY_CONFIG,
                width="stretch",
            )
        notes = [ui.t("map.filtered_note")]
        if values["value"].isna().any():
            notes.append(ui.t("map.no_value_legend"))
        st.caption(" ".join(notes))
        ui.boundary_missing_note(bounds)
        if bounds.attribution:
            st.caption(ui.md_escape(bounds.attribution))
        elif (ui.current_user() or {}).get("role") == "admin":
            st.caption(ui.md_escape(ui.t("map.attribution_missing", path=str(bounds.path))))
        else:
            st.caption(ui.t("map.attribution_unknown"))
        st.caption(ui.t("map.boundary_note"))
    else:
        st.warning(ui.md_escape(ui.boundary_problem(bounds)), icon=":material/map:")
        st.caption(ui.t("map.unavailable"))
        user = ui.current_user() or {}
        if user.get("role") == "admin":
            st.page_link(
                "pages/referensi.py", label=ui.t("map.admin_pointer"), icon=":material/upload_file:"
            )
        else:
            st.caption(ui.t("map.ask_admin"))
with rank_col:
    st.subheader(ui.t("map.ranking"))
    st.plotly_chart(
        geo.bar_figure(values, metric, lang, highlight=f.kabkota),
        key="peta_bar",
        config={"displaylogo": False, "displayModeBar": False},
        width="stretch",
    )
    gone = mapmetrics.unmapped(conn, **params)
    if gone["posts"] or gone["feedback"]:
        st.caption(
            ui.t(
                "map.unmapped",
                posts=i18n.fmt_int(gone["posts"]),
                reach=i18n.fmt_int(gone["reach"]),
                feedback=i18n.fmt_int(gone["feedback"]),
            )
        )

with st.expander(ui.t("map.table")):
    table = figures.merge(values[["kode", "value"]], on="kode")
    ui.text_table(
        pd.DataFrame(
            {
                ui.t("map.col.kabkota"): table["nama"],
                ui.t("map.col.population"): table["population"].map(i18n.fmt_int),
                metric.label(lang): table["value"].map(lambda v: metric.fmt(v, lang)),
            }
        )
    )

# --- profile of one kab/kota --------------------------------------------------------------------
current = f.kabkota[0] if len(f.kabkota) == 1 else ""
if st.session_state.get(PICK_KEY, None) != current:
    st.session_state[PICK_KEY] = current
st.selectbox(
    ui.t("map.pick"),
    ["", *KODE_NAMA],
    format_func=lambda k: ui.t("map.pick_none") if not k else KODE_NAMA[k],
    key=PICK_KEY,
    on_change=_on_pick,
)
if not current:
    st.caption(ui.t("map.profile_hint"))
else:
    prof = mapmetrics.profile(conn, current, figures=figures, **params)
    st.subheader(ui.t("map.profile", name=prof.nama))
    if prof.empty:
        ui.empty_state("map.profile_empty", name=prof.nama)
    grid = st.grid(4, min_column_width=150, gap="small")
    with grid:
        for label, text, help_text in mapmetrics.profile_cards(prof, lang):
            st.metric(label, text, help=help_text, border=True)
    st.button(
        ui.t("map.clear"), on_click=ui.set_kabkota_filter, args=([],), icon=":material/close:"
    )

    left, right = st.columns(2, gap="medium")
    with left:
        st.markdown(f"**{ui.t('map.topics')}**")
        if prof.topics.empty:
            st.caption(ui.t("map.none_yet"))
        else:
            ui.text_table(
                pd.DataFrame(
                    {
                        ui.t("map.col.topic"): prof.topics["topic"].fillna(
                            ui.t("map.topic_unlabelled")
                        ),
                        ui.t("map.col.feedback"): prof.topics["feedback"].map(i18n.fmt_int),
                        ui.t("map.col.positif"): prof.topics["positif"].map(i18n.fmt_int),
                        ui.t("map.col.negatif"): prof.topics["negatif"].map(i18n.fmt_int),
                    }
                )
            )
    with right:
        st.markdown(f"**{ui.t('map.creators')}**")
        if prof.creators.empty:
            st.caption(ui.t("map.none_yet"))
        else:
            c = prof.creators
            ui.text_table(
                pd.DataFrame(
                    {
                        ui.t("map.col.account"): c["account"],
                        ui.t("map.col.name"): c["display_name"].fillna(""),
                        ui.t("map.col.platform"): c["platform"],
                        ui.t("map.col.icn"): c["is_icn"].map({True: "✓", False: ""}),
                        ui.t("map.col.posts"): c["posts"].map(i18n.fmt_int),
                        ui.t("map.col.reach"): c["reach"].map(i18n.fmt_int),
                    }
                )
            )
    st.markdown(f"**{ui.t('map.recent')}**")
    if prof.feedback.empty:
        st.caption(ui.t("map.none_yet"))
    else:
        fb = prof.feedback
        ui.text_table(
            pd.DataFrame(
                {
                    ui.t("map.col.received"): fb["received_at"].map(
                        lambda d: i18n.fmt_datetime(d, lang)
                    ),
                    ui.t("map.col.channel"): fb["channel"],
                    ui.t("map.col.topic"): fb["topic"].fillna(""),
                    ui.t("map.col.sentiment"): fb["sentiment"].fillna(""),
                    ui.t("map.col.text"): fb["text"],
                }
            ),
            column_config={ui.t("map.col.text"): st.column_config.TextColumn(width="large")},
        )
