"""Ringkasan: the state of public communication in 10 seconds: the headline KPIs with their
change, what changed most, the weekly trend, the map in small, top campaigns and topics."""

import streamlit as st

from gema import ringkasan, ui
from gema.ui import i18n

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.ringkasan", "dash.ringkasan.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()
data = ringkasan.page_data(conn, f, lang)
present = data.present

if data.empty:
    ui.empty_state("dash.empty.all", upload_link=True)
    st.stop()

# early warning first: what is suddenly being talked about, and where (issue 13)
if len(data.alerts):
    st.subheader(ui.t("alerts.title"))
    ui.alert_cards(data.alerts, "ring_alerts", limit=3)
    st.page_link(
        "pages/peringatan.py", label=ui.t("alerts.see_all"), icon=":material/arrow_forward:"
    )

prev = f.previous()
if f.period == "all":
    st.caption(ui.t("dash.period_all", end=i18n.fmt_date(f.end, lang)))
else:
    st.caption(
        ui.t(
            "dash.period_line",
            period=i18n.fmt_period(f.start, f.end, lang),
            prev=i18n.fmt_period(prev.start, prev.end, lang),
        )
    )

main = data.headline
ui.kpi_cards(main, key="gema_kpi_main", columns=len(main) if len(main) <= 5 else 3)
ui.kpi_cards(data.more, key="gema_kpi_more", columns=5)
if not present["posts"]:
    ui.empty_state("dash.empty.posts", upload_link=True)
if not present["feedback"]:
    ui.empty_state("dash.empty.feedback", upload_link=True)

left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(ui.t("dash.change.title"))
    st.caption(ui.t("dash.change.caption"))
    ui.change_list(data.changes)
with right:
    st.subheader(ui.t("dash.map.title"))
    ui.small_map(conn, f)

st.subheader(ui.t("dash.trend.title"))
ui.chart(data.trend, key="trend")
st.caption(ui.t("dash.trend.caption"))

left, right = st.columns(2, gap="large")
with left:
    st.subheader(ui.t("dash.top_campaigns"))
    st.caption(ui.t("dash.top_campaigns.caption"))
    ui.chart(data.top_campaigns, key="top_campaigns")
with right:
    st.subheader(ui.t("dash.top_topics"))
    st.caption(ui.t("dash.top_topics.caption"))
    ui.chart(data.top_topics, key="top_topics")
