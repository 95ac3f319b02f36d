"""Peta Banten: a choropleth of the 8 kab/kota (offline), a ranking of the same figure, and the
profile of the kab/kota picked by a click or the selectbox (which also sets the shared filter)."""

from __future__ import annotations

import streamlit as st

from gema import peta, ui
from gema.ui import KODE_NAMA, i18n

MAP_KEY = "peta_map"
PICK_KEY = "peta_pick"
METRIC_KEY = "peta_metric"


def _on_map_click() -> None:
    """A click on a kab/kota (a callback: the sidebar filter widget may only change here)."""
    kode = peta.selected_kode(st.session_state.get(MAP_KEY))
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

options = [m.key for m in peta.available(conn, **params)]
if METRIC_KEY not in st.session_state:
    wanted = st.query_params.get("metrik", peta.DEFAULT_METRIC)
    st.session_state[METRIC_KEY] = wanted if wanted in options else peta.DEFAULT_METRIC
elif st.session_state[METRIC_KEY] not in options:
    st.session_state[METRIC_KEY] = peta.DEFAULT_METRIC
metric_key = st.selectbox(
    ui.t("map.metric"),
    options,
    format_func=lambda k: peta.get(k).label(lang),
    key=METRIC_KEY,
    on_change=_on_metric,
)
st.caption(peta.get(metric_key).help(lang))

current = f.kabkota[0] if len(f.kabkota) == 1 else ""
data = peta.page_data(conn, params, metric_key, current, highlight=f.kabkota, lang=lang)
metric, figures, values = data.metric, data.figures, data.values
if not (figures["posts"].sum() or figures["feedback"].sum()):
    ui.empty_state("map.empty", upload_link=True)

bounds = data.bounds
map_col, rank_col = st.columns([3, 2], gap="medium")
with map_col:
    fig = data.map_figure
    if fig is not None:
        st.html(peta.PHONE_CSS)
        with st.container(key=peta.MAP_CONTAINER_KEY):
            st.plotly_chart(
                fig,
                key=MAP_KEY,
                on_select=_on_map_click,
                selection_mode="points",
                config=peta.PLOTLY_CONFIG,
                width="stretch",
            )
        notes = [ui.t("map.filtered_note")]
        if values["value"].isna().any():
            notes.append(ui.t("map.no_value_legend"))
        st.caption(" ".join(notes))
        for note in data.notes:
            st.caption(ui.md_escape(note))
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
        data.bar_figure,
        key="peta_bar",
        config={"displaylogo": False, "displayModeBar": False},
        width="stretch",
    )
    gone = data.unmapped
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
    ui.text_table(data.table)

# --- profile of one kab/kota --------------------------------------------------------------------
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
elif data.profile is not None:
    prof = data.profile
    st.subheader(ui.t("map.profile", name=prof.nama))
    if prof.empty:
        ui.empty_state("map.profile_empty", name=prof.nama)
    grid = st.grid(4, min_column_width=150, gap="small")
    with grid:
        for label, text, help_text in peta.profile_cards(prof, lang):
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
            ui.text_table(peta.topics_frame(prof.topics, lang))
    with right:
        st.markdown(f"**{ui.t('map.creators')}**")
        if prof.creators.empty:
            st.caption(ui.t("map.none_yet"))
        else:
            ui.text_table(peta.creators_frame(prof.creators, lang))
    st.markdown(f"**{ui.t('map.recent')}**")
    if prof.feedback.empty:
        st.caption(ui.t("map.none_yet"))
    else:
        ui.text_table(
            peta.feedback_frame(prof.feedback, lang),
            column_config={ui.t("map.col.text"): st.column_config.TextColumn(width="large")},
        )
