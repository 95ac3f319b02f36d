"""Jangkauan: how far campaigns and creators reach: reach and engagement over time by campaign
and platform, campaign comparison, creator leaderboard, platform mix and the top content."""

from typing import Any

import pandas as pd
import streamlit as st

from gema import account_trend, agenda, charts, metrics, ui
from gema.core import i18n

OVER_TIME_SERIES = 5  # campaigns drawn over time; the rest as one grey 'Lainnya' line

# Column order by importance, left to right: a phone shows only the first two or three columns
# without scrolling, so the name and the reach come first. Widths keep names whole on desktop.
CAMPAIGN_ORDER = (
    "dash.col.campaign", "dash.col.reach", "dash.col.engagements", "dash.col.er",
    "dash.col.posts", "dash.col.opd", "dash.col.cost", "dash.col.cpe", "dash.col.budget",
    "dash.col.dates",
)  # fmt: skip
CREATOR_ORDER = (
    "#", "dash.col.account", "dash.col.reach", "dash.col.engagements", "dash.col.er",
    "dash.col.posts", "dash.col.followers", "dash.col.platform", "dash.col.account_type",
    "dash.col.icn", "dash.col.kabkota",
)  # fmt: skip
CONTENT_ORDER = (
    "dash.col.title", "dash.col.reach", "dash.col.link", "dash.col.engagements", "dash.col.er",
    "dash.col.date", "dash.col.platform", "dash.col.account", "dash.col.campaign",
    "dash.col.kabkota",
)  # fmt: skip
WIDTHS: dict[str, str | int] = {  # pixels where a whole name must show on a 1440 px screen
    "dash.col.campaign": 220,
    "dash.col.opd": 260,  # 'Dinas Pendidikan dan Kebudayaan'
    "dash.col.account": 270,  # "@bantenprov (Pemerintah Provinsi Banten)"
    "dash.col.title": "large",
    "dash.col.dates": 230,
    "#": "small",
}


def _table(
    frame: pd.DataFrame, order: tuple[str, ...], config: dict[str, Any] | None = None
) -> None:
    """The frame with its columns in `order` (i18n keys; any other column after them) and
    fixed widths for the name columns."""
    names = [key if key == "#" else ui.t(key) for key in order]
    cols = [c for c in names if c in frame.columns] + [c for c in frame.columns if c not in names]
    cfg: dict[str, Any] = dict(config or {})
    for key, width in WIDTHS.items():
        name = key if key == "#" else ui.t(key)
        if name in frame.columns and name not in cfg:
            cfg[name] = st.column_config.TextColumn(name, width=width)
    ui.text_table(frame[cols], column_config=cfg)


def _account_trend(daily: pd.DataFrame) -> None:
    """Daily account trend (issue 11): account-level figures from overview exports, beside the
    per-post figures; one chart per measure, gaps where an export has no day."""
    st.subheader(ui.t("ad.j.title"))
    accounts, days = account_trend.summary(daily)
    st.caption(
        ui.t("ad.j.caption")
        + " "
        + ui.t("ad.j.accounts", n=i18n.fmt_int(accounts), days=i18n.fmt_int(days))
    )
    cols = st.columns(2)  # side by side on a laptop, stacked on a phone
    for col, measure in zip(cols, account_trend.MEASURES, strict=True):
        with col:
            ui.chart(account_trend.trend_figure(daily, measure, lang), key=f"j_ad_{measure}")


ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.jangkauan", "dash.jangkauan.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

daily = account_trend.daily_trend(conn, f)
if not metrics.has_data(conn)["posts"]:
    ui.empty_state("dash.empty.posts", upload_link=True)
    if not daily.empty:
        _account_trend(daily)
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
measure = measure or "reach"
series = metrics.reach_over_time(
    conn, f, by=by or "campaign", top=OVER_TIME_SERIES, lang=lang, with_none=False
)
# one viral week would flatten every other line: then the view opens as share (%)
suggested = charts.suggested_view(series, measure)
if "j_view" not in st.session_state:
    st.session_state["j_view"] = suggested
view = st.segmented_control(
    ui.t("dash.j.view"),
    list(charts.SERIES_VIEWS),
    format_func=lambda v: ui.t(f"dash.j.view.{v}"),
    key="j_view",
)
view = view or "count"
ui.chart(
    agenda.add_event_markers(
        charts.lines_by_series(
            series,
            measure,
            lang,
            y_label=ui.t(f"dash.chart.{measure}"),
            view=view,
            start=None if f.period == "all" else f.start,
            end=f.end,
        ),
        agenda.events_for(conn, f),
        lang,
    ),
    key="j_series",
)
notes = []
if view == "share" and suggested == "share":
    notes.append(ui.t("dash.j.view.flattened"))
elif view != "count":
    notes.append(ui.t(f"dash.j.view.{view}.caption"))
if by != "platform":
    notes.append(ui.t("dash.j.over_time.caption"))
if notes:
    st.caption(" ".join(notes))

if daily.empty:
    st.subheader(ui.t("ad.j.title"))
    st.caption(ui.t("ad.j.empty"))
else:
    _account_trend(daily)

st.subheader(ui.t("dash.j.campaigns"))
st.caption(ui.t("dash.j.campaigns.caption"))
camp = metrics.campaign_table(conn, f)
if camp.empty:
    ui.empty_state("dash.empty.campaigns", upload_link=True)
else:
    _table(ui.campaign_frame(camp), CAMPAIGN_ORDER)

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
    _table(ui.creator_frame(creators), CREATOR_ORDER)

st.subheader(ui.t("dash.j.mix"))
ui.chart(charts.mix_chart(metrics.platform_mix(conn, f), lang), key="j_mix")

st.subheader(ui.t("dash.j.content"))
st.caption(ui.t("dash.j.content.caption"))
frame, config = ui.content_frame(metrics.content_table(conn, f, limit=100))
_table(frame, CONTENT_ORDER, config)
