"""Ringkasan: the state of public communication in 10 seconds: the headline KPIs with their
change, what changed most, the weekly trend, the map in small, top campaigns and topics."""

import streamlit as st

from gema import agenda, charts, metrics, peringatan, ui
from gema.core import i18n

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.ringkasan", "dash.ringkasan.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()
present = metrics.has_data(conn)

if not (present["posts"] or present["feedback"]):
    ui.empty_state("dash.empty.all", upload_link=True)
    st.stop()

# early warning first: what is suddenly being talked about, and where (issue 13)
current_alerts = peringatan.stored(conn, f.end, f.kabkota)
if len(current_alerts):
    st.subheader(ui.t("alerts.title"))
    ui.alert_cards(current_alerts, "ring_alerts", limit=3)
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

all_kpis = metrics.kpis(conn, f)
main = [k for key in metrics.HEADLINE_KPIS for k in all_kpis if k.key == key]
ui.kpi_cards(main, key="gema_kpi_main", columns=len(main) if len(main) <= 5 else 3)
ui.kpi_cards([k for k in all_kpis if k not in main], key="gema_kpi_more", columns=5)
if not present["posts"]:
    ui.empty_state("dash.empty.posts", upload_link=True)
if not present["feedback"]:
    ui.empty_state("dash.empty.feedback", upload_link=True)

left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(ui.t("dash.change.title"))
    st.caption(ui.t("dash.change.caption"))
    ui.change_list(metrics.changes(conn, f))
with right:
    st.subheader(ui.t("dash.map.title"))
    ui.small_map(conn, f)

st.subheader(ui.t("dash.trend.title"))
ui.chart(
    agenda.add_event_markers(
        charts.weekly_trend(
            metrics.weekly_trend(conn, f),
            lang,
            start=None if f.period == "all" else f.start,
            end=f.end,
        ),
        agenda.events_for(conn, f),
        lang,
    ),
    key="trend",
)
st.caption(ui.t("dash.trend.caption"))

left, right = st.columns(2, gap="large")
with left:
    st.subheader(ui.t("dash.top_campaigns"))
    st.caption(ui.t("dash.top_campaigns.caption"))
    ui.chart(
        charts.ranking_bar(
            metrics.top_campaigns(conn, f),
            "campaign",
            "reach",
            lang,
            value_label=ui.t("dash.chart.reach"),
        ),
        key="top_campaigns",
    )
with right:
    st.subheader(ui.t("dash.top_topics"))
    st.caption(ui.t("dash.top_topics.caption"))
    ui.chart(charts.topics_chart(metrics.top_topics(conn, f, lang=lang), lang), key="top_topics")
