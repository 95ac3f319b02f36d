"""Aspirasi: what the public says: volume by channel and topic, sentiment, kab/kota × topic,
follow-up status with overdue flags, a searchable feedback table (text shown as plain text) and,
for staff, label corrections that are kept with who and when."""

import streamlit as st

from gema import aspirasi, ui

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.aspirasi", "dash.aspirasi.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()
topic = ui.alert_topic()  # set by an alert's link (Ringkasan, Peringatan) or a shared link
# the widgets below keep their choice in st.session_state under their key: read it (or the
# widget's default) first, so the page asks for its data once and then draws
state = st.session_state
data = aspirasi.page_data(
    conn,
    f,
    lang,
    by=state.get("a_by", "channel") or "channel",
    q=state.get("a_q", "") or "",
    status=state.get("a_status") or [],
    sentiment=state.get("a_sentiment_filter") or [],
    overdue_only=bool(state.get("a_overdue", False)),
    topic=topic,
)

if not data.has_feedback:
    ui.empty_state("dash.empty.feedback", upload_link=True)
    st.stop()

ui.kpi_cards(data.kpis, key="gema_kpi_main", columns=4)
ui.followup_cards(data.followup)

st.subheader(ui.t("dash.a.volume"))
st.segmented_control(
    ui.t("dash.a.by"),
    ["channel", "topic"],
    default="channel",
    format_func=lambda v: ui.t(f"dash.a.by.{v}"),
    key="a_by",
)
ui.chart(data.volume, key="a_volume")

st.subheader(ui.t("dash.a.sentiment"))
ui.chart(data.sentiment, key="a_sentiment")
st.caption(data.accuracy_caption)
st.subheader(ui.t("dash.a.languages"))
ui.chart(data.languages, key="a_languages")
st.caption(data.language_caption)
st.subheader(ui.t("dash.a.heatmap"))
ui.chart(data.heatmap, key="a_heatmap")
if not data.grid.empty:
    st.caption(ui.t("dash.a.heatmap_top", n=data.heatmap_topics))
with st.expander(ui.t("dash.a.heatmap.table")):
    ui.text_table(data.grid_table)

if not data.ratings.empty:  # only files with a rating column (app reviews, complaint logs)
    st.subheader(ui.t("fb.r.title"))
    st.caption(ui.t("fb.r.caption"))
    ui.text_table(data.ratings)  # full width: no column cut off
    ui.chart(data.rating_week, key="a_rating_week")

st.subheader(ui.t("dash.a.table"))
deadlines = data.deadlines
st.caption(
    ui.t(
        "dash.a.table.caption",
        forward=deadlines.forward,
        act=deadlines.act,
        close=deadlines.close,
    )
)
if topic:
    t1, t2 = st.columns([4, 1], vertical_alignment="center")
    t1.info(ui.t("fu.topic_filter", topic=topic), icon=":material/filter_alt:")
    t2.button(ui.t("fu.topic_clear"), on_click=ui.clear_alert_topic, icon=":material/close:")
c1, c2, c3, c4 = st.columns([3, 2, 2, 1.4], vertical_alignment="bottom")
c1.text_input(ui.t("dash.a.search"), placeholder=ui.t("dash.a.search.placeholder"), key="a_q")
c2.multiselect(
    ui.t("dash.a.status"),
    list(aspirasi.STATUSES),
    format_func=lambda s: ui.t(f"dash.status.{s}"),
    placeholder=ui.t("filter.all"),
    key="a_status",
)
c3.multiselect(
    ui.t("dash.a.sentiment_filter"),
    [*aspirasi.SENTIMENTS, "-"],
    format_func=lambda s: ui.t(f"dash.sent.{s if s != '-' else 'none'}"),
    placeholder=ui.t("filter.all"),
    key="a_sentiment_filter",
)
c4.toggle(ui.t("dash.a.overdue_only"), key="a_overdue")
rows = data.rows
selected = ui.feedback_table(rows)
ui.followup_panel(conn, selected)
ui.correction_panel(conn, rows, selected)

st.subheader(ui.t("fu.by_opd"))
st.caption(ui.t("fu.by_opd.caption"))
ui.opd_table(data.by_opd)
