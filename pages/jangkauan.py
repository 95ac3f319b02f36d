"""Jangkauan: how far campaigns and creators reach: reach and engagement over time by campaign
and platform, campaign comparison, creator leaderboard, platform mix and the top content."""

import streamlit as st

from gema import charts, metrics, ui

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.jangkauan", "dash.jangkauan.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

if not metrics.has_data(conn)["posts"]:
    ui.empty_state("dash.empty.posts", upload_link=True)
    st.stop()

ui.kpi_cards(metrics.content_kpis(conn, f), key="gema_kpi_main", columns=3)

st.subheader(ui.t("dash.j.over_time"))
c1, c2 = st.columns(2)
by = c1.segmented_control(
    ui.t("dash.j.by"),
    ["campaign", "platform"],
    default="campaign",
    format_func=lambda v: ui.t(f"dash.j.by.{v}"),
    key="j_by",
)
measure = c2.segmented_control(
    ui.t("dash.j.measure"),
    ["reach", "engagements"],
    default="reach",
    format_func=lambda v: ui.t(f"dash.chart.{v}"),
    key="j_measure",
)
series = metrics.reach_over_time(conn, f, by=by or "campaign", lang=lang, with_none=False)
ui.chart(
    charts.lines_by_series(
        series, measure or "reach", lang, y_label=ui.t(f"dash.chart.{measure or 'reach'}")
    ),
    key="j_series",
)
if by != "platform":
    st.caption(ui.t("dash.j.over_time.caption"))

st.subheader(ui.t("dash.j.campaigns"))
st.caption(ui.t("dash.j.campaigns.caption"))
camp = metrics.campaign_table(conn, f)
if camp.empty:
    ui.empty_state("dash.empty.campaigns", upload_link=True)
else:
    ui.text_table(ui.campaign_frame(camp))

st.subheader(ui.t("dash.j.creators"))
c1, c2 = st.columns([1, 2], vertical_alignment="bottom")
min_posts = c1.number_input(
    ui.t("dash.j.min_posts"),
    min_value=1,
    max_value=100,
    value=metrics.DEFAULT_MIN_POSTS,
    step=1,
    key="j_min_posts",
)
icn_only = c2.toggle(ui.t("dash.j.icn_only"), key="j_icn_only")
creators = metrics.creator_leaderboard(conn, f, min_posts=int(min_posts), icn_only=icn_only)
eligible = int(creators["eligible"].iloc[0]) if len(creators) else 0
st.caption(
    ui.t("dash.j.min_posts.caption", n=int(min_posts), shown=len(creators), eligible=eligible)
)
if creators.empty:
    st.info(ui.t("dash.j.no_creators", n=int(min_posts)), icon=":material/info:")
else:
    ui.text_table(ui.creator_frame(creators))

st.subheader(ui.t("dash.j.mix"))
ui.chart(charts.mix_chart(metrics.platform_mix(conn, f), lang), key="j_mix")

st.subheader(ui.t("dash.j.content"))
st.caption(ui.t("dash.j.content.caption"))
frame, config = ui.content_frame(metrics.content_table(conn, f, limit=100))
ui.text_table(frame, column_config=config)
