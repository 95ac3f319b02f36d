"""Aspirasi: what the public says: volume by channel and topic, sentiment, kab/kota × topic,
follow-up status with overdue flags, a searchable feedback table (text shown as plain text) and,
for staff, label corrections that are kept with who and when."""

import streamlit as st

from gema import agenda, aspirasi, charts, metrics, ratings, sentimen, ui
from gema import tindak_lanjut as fu

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.aspirasi", "dash.aspirasi.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

if not metrics.has_data(conn)["feedback"]:
    ui.empty_state("dash.empty.feedback", upload_link=True)
    st.stop()

followup = metrics.followup_summary(conn, f)
ui.kpi_cards(metrics.feedback_kpis(conn, f), key="gema_kpi_main", columns=4)
ui.followup_cards(followup)

st.subheader(ui.t("dash.a.volume"))
by = st.segmented_control(
    ui.t("dash.a.by"),
    ["channel", "topic"],
    default="channel",
    format_func=lambda v: ui.t(f"dash.a.by.{v}"),
    key="a_by",
)
ui.chart(
    agenda.add_event_markers(
        charts.stacked_bars_by_series(
            metrics.feedback_over_time(conn, f, by=by or "channel", lang=lang),
            "feedback",
            lang,
            y_label=ui.t("dash.chart.feedback"),
            start=None if f.period == "all" else f.start,
            end=f.end,
        ),
        agenda.events_for(conn, f),
        lang,
    ),
    key="a_volume",
)

st.subheader(ui.t("dash.a.sentiment"))
ui.chart(charts.sentiment_chart(metrics.sentiment_split(conn, f), lang), key="a_sentiment")
st.caption(sentimen.accuracy_caption(conn, lang))
st.subheader(ui.t("dash.a.languages"))
ui.chart(
    charts.ranking_bar(
        sentimen.language_mix(conn, f, lang),
        "label",
        "feedback",
        lang,
        value_label=ui.t("dash.chart.feedback"),
        compact=False,
    ),
    key="a_languages",
)
st.caption(sentimen.language_caption(lang))
st.subheader(ui.t("dash.a.heatmap"))
grid = metrics.kabkota_topic(conn, f, lang=lang)
unknown = ui.t("common.outside_unknown")
ui.chart(aspirasi.kabkota_topic_heatmap(grid, lang, last_row=unknown), key="a_heatmap")
if not grid.empty:
    st.caption(ui.t("dash.a.heatmap_top", n=min(aspirasi.TOP_TOPICS, grid["topic"].nunique())))
with st.expander(ui.t("dash.a.heatmap.table")):
    ui.text_table(ui.kabkota_topic_frame(grid, unknown))

rated = ratings.by_kabkota(conn, f)
if not rated.empty:  # only files with a rating column (app reviews, complaint logs) have any
    st.subheader(ui.t("fb.r.title"))
    st.caption(ui.t("fb.r.caption"))
    ui.text_table(ratings.kabkota_frame(rated, lang))  # full width: no column cut off
    ui.chart(ratings.week_figure(ratings.by_week(conn, f), lang), key="a_rating_week")

st.subheader(ui.t("dash.a.table"))
deadlines = fu.Deadlines.from_store(conn)
st.caption(
    ui.t(
        "dash.a.table.caption",
        forward=deadlines.forward,
        act=deadlines.act,
        close=deadlines.close,
    )
)
topic = ui.alert_topic()  # set by an alert's link (Ringkasan, Peringatan) or a shared link
if topic:
    t1, t2 = st.columns([4, 1], vertical_alignment="center")
    t1.info(ui.t("fu.topic_filter", topic=topic), icon=":material/filter_alt:")
    t2.button(ui.t("fu.topic_clear"), on_click=ui.clear_alert_topic, icon=":material/close:")
c1, c2, c3, c4 = st.columns([3, 2, 2, 1.4], vertical_alignment="bottom")
q = c1.text_input(ui.t("dash.a.search"), placeholder=ui.t("dash.a.search.placeholder"), key="a_q")
status = c2.multiselect(
    ui.t("dash.a.status"),
    list(metrics.STATUSES),
    format_func=lambda s: ui.t(f"dash.status.{s}"),
    placeholder=ui.t("filter.all"),
    key="a_status",
)
sentiment = c3.multiselect(
    ui.t("dash.a.sentiment_filter"),
    [*metrics.SENTIMENTS, "-"],
    format_func=lambda s: ui.t(f"dash.sent.{s if s != '-' else 'none'}"),
    placeholder=ui.t("filter.all"),
    key="a_sentiment_filter",
)
overdue_only = c4.toggle(ui.t("dash.a.overdue_only"), key="a_overdue")
rows = metrics.search_feedback(
    conn, f, q=q, status=status, sentiment=sentiment, overdue_only=overdue_only, topic=topic
)
selected = ui.feedback_table(rows)
ui.followup_panel(conn, selected)
ui.correction_panel(conn, rows, selected)

st.subheader(ui.t("fu.by_opd"))
st.caption(ui.t("fu.by_opd.caption"))
ui.opd_table(fu.by_opd(conn, f))
