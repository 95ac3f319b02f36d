"""Jangkauan: how far campaigns and creators reach: reach and engagement over time by campaign
and platform, campaign comparison, creator leaderboard, platform mix and the top content."""

from typing import Any

import pandas as pd
import streamlit as st

from gema import jangkauan, ui
from gema.ui import i18n

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


def _account_trend(data: jangkauan.PageData) -> None:
    """Daily account trend (issue 11): account-level figures from overview exports, beside the
    per-post figures; one chart per measure, gaps where an export has no day."""
    st.subheader(ui.t("ad.j.title"))
    st.caption(
        ui.t("ad.j.caption")
        + " "
        + ui.t(
            "ad.j.accounts",
            n=i18n.fmt_int(data.account_accounts),
            days=i18n.fmt_int(data.account_days),
        )
    )
    cols = st.columns(2)  # side by side on a laptop, stacked on a phone
    for col, (measure, fig) in zip(cols, data.account_figures.items(), strict=True):
        with col:
            ui.chart(fig, key=f"j_ad_{measure}")


ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.jangkauan", "dash.jangkauan.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()
# the widgets below keep their choice in st.session_state under their key: read it (or the
# widget's default) first, so the page asks for its data once and then draws
state = st.session_state
data = jangkauan.page_data(
    conn,
    f,
    lang,
    by=state.get("j_by", "campaign") or "campaign",
    measure=state.get("j_measure", "reach") or "reach",
    min_posts=int(state.get("j_min_posts", jangkauan.DEFAULT_MIN_POSTS)),
    icn_only=bool(state.get("j_icn_only", False)),
)

if not data.has_posts:
    ui.empty_state("dash.empty.posts", upload_link=True)
    if not data.daily.empty:
        _account_trend(data)
    st.stop()

ui.kpi_cards(data.kpis, key="gema_kpi_main", columns=3)

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
suggested = data.suggested_view
if "j_view" not in st.session_state:
    st.session_state["j_view"] = suggested
view = st.segmented_control(
    ui.t("dash.j.view"),
    list(jangkauan.SERIES_VIEWS),
    format_func=lambda v: ui.t(f"dash.j.view.{v}"),
    key="j_view",
)
view = view or "count"
ui.chart(data.series_figure(view), key="j_series")
notes = []
if view == "share" and suggested == "share":
    notes.append(ui.t("dash.j.view.flattened"))
elif view != "count":
    notes.append(ui.t(f"dash.j.view.{view}.caption"))
if by != "platform":
    notes.append(ui.t("dash.j.over_time.caption"))
if notes:
    st.caption(" ".join(notes))

if data.daily.empty:
    st.subheader(ui.t("ad.j.title"))
    st.caption(ui.t("ad.j.empty"))
else:
    _account_trend(data)

st.subheader(ui.t("dash.j.campaigns"))
st.caption(ui.t("dash.j.campaigns.caption"))
if data.campaigns.empty:
    ui.empty_state("dash.empty.campaigns", upload_link=True)
else:
    _table(data.campaigns, CAMPAIGN_ORDER)

st.subheader(ui.t("dash.j.creators"))
c1, c2 = st.columns([1, 2], vertical_alignment="bottom")
min_posts = c1.number_input(
    ui.t("dash.j.min_posts"),
    min_value=1,
    max_value=100,
    value=jangkauan.DEFAULT_MIN_POSTS,
    step=1,
    key="j_min_posts",
)
icn_only = c2.toggle(ui.t("dash.j.icn_only"), key="j_icn_only")
st.caption(
    ui.t(
        "dash.j.min_posts.caption",
        n=int(min_posts),
        shown=data.creators_shown,
        eligible=data.creators_eligible,
    )
)
if data.creators.empty:
    st.info(ui.t("dash.j.no_creators", n=int(min_posts)), icon=":material/info:")
else:
    _table(data.creators, CREATOR_ORDER)

st.subheader(ui.t("dash.j.mix"))
ui.chart(data.mix, key="j_mix")

st.subheader(ui.t("dash.j.content"))
st.caption(ui.t("dash.j.content.caption"))
link = data.content_link
config = {link: st.column_config.LinkColumn(link, display_text=ui.t("dash.col.open"))}
_table(data.content, CONTENT_ORDER, config)
