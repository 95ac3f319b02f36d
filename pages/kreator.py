"""Kreator: the creator scorecard (issue 14): which accounts (ICN creators, OPD, media) gave the
most engagement, on each platform's own basis, and at what cost where the cost is known; ICN vs
OPD vs media; share of voice per kab/kota and campaign; flags to check, with their evidence."""

import streamlit as st

from gema import kreator, ui
from gema.ui import i18n

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.kreator", "kreator.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

# the page's own choices, as last set in the widgets below (one data call per render)
source = st.session_state.get("k_source", "all")
by = st.session_state.get("k_by", next(iter(kreator.RANK_BY)))
min_posts = st.session_state.get("k_min_posts", kreator.DEFAULT_MIN_POSTS)
sources = () if source in (None, "all") else (source,)
data = kreator.page_data(conn, f, sources, by, int(min_posts), lang)
if not data.has_posts:
    ui.empty_state("dash.empty.posts", upload_link=True)
    st.stop()

q_start, q_end = kreator.last_quarter()
st.button(
    ui.t("kreator.last_quarter"),
    on_click=ui.set_custom_period,
    args=(q_start, q_end),
    help=ui.t("kreator.last_quarter.help", period=i18n.fmt_period(q_start, q_end, lang)),
    icon=":material/date_range:",
    key="k_last_quarter",
)
kab_text = (
    ", ".join(kreator.kabkota_name(k) for k in f.kabkota)
    if f.kabkota
    else ui.t("kreator.all_kabkota")
)
st.caption(
    ui.t(
        "kreator.scope",
        period=i18n.fmt_period(f.start, f.end, lang),
        kabkota=kab_text,
        weeks=i18n.fmt_num(f.days / 7, 1),
    )
)

# --- scorecard ------------------------------------------------------------------------------
st.subheader(ui.t("kreator.scorecard"))
c1, c2, c3 = st.columns([2, 2, 1], vertical_alignment="bottom")
source = c1.segmented_control(
    ui.t("kreator.source"),
    ["all", *kreator.SOURCES[:3]],
    default="all",
    format_func=lambda v: ui.t(f"kreator.source.{v}"),
    key="k_source",
)
by = c2.selectbox(
    ui.t("kreator.rank_by"),
    list(kreator.RANK_BY),
    format_func=lambda v: ui.t(f"kreator.rank_by.{v}"),
    key="k_by",
)
min_posts = c3.number_input(
    ui.t("kreator.min_posts"),
    min_value=1,
    max_value=100,
    value=kreator.DEFAULT_MIN_POSTS,
    step=1,
    help=ui.t("kreator.min_posts.help"),
    key="k_min_posts",
)
card = data.card
if card.empty:
    ui.empty_state("kreator.empty")
    st.stop()
ranked, unranked = data.ranked, data.unranked
st.caption(ui.t("kreator.scorecard.caption"))
by_text = ui.t(f"kreator.rank_by.{by}")
if ranked.empty:
    st.info(ui.t("kreator.none_ranked", n=int(min_posts)), icon=":material/info:")
else:
    st.caption(
        ui.t(
            "kreator.ranked",
            shown=i18n.fmt_int(len(ranked)),
            by=by_text.lower(),
            unranked=i18n.fmt_int(len(unranked)),
            n=int(min_posts),
        )
    )
    ui.text_table(
        kreator.scorecard_frame(ranked, lang, by),
        # no fixed widths: ui.text_table fits every column to its longest name (never cut)
        column_config={ui.t("kreator.col.rank"): st.column_config.TextColumn(width="small")},
    )
if len(unranked):
    with st.expander(ui.t("kreator.unranked", n=i18n.fmt_int(len(unranked)))):
        ui.text_table(kreator.scorecard_frame(unranked, lang, by))

# --- ICN vs OPD vs media --------------------------------------------------------------------
st.subheader(ui.t("kreator.comparison"))
st.caption(ui.t("kreator.comparison.caption"))
comp = data.comparison
ui.text_table(kreator.comparison_frame(comp, lang))

# --- share of voice -------------------------------------------------------------------------
st.subheader(ui.t("kreator.sov"))
st.caption(ui.t("kreator.sov.caption"))
sov, least = data.sov, data.least
if len(least):
    items = "; ".join(
        f"{r.nama} ({i18n.fmt_num(r.reach_per_1000, 0)})" for r in least.itertuples(index=False)
    )
    st.warning(ui.t("kreator.heard_least", items=items), icon=":material/hearing_disabled:")
ui.text_table(kreator.sov_frame(sov, lang))
sov_c = data.sov_campaigns
with st.expander(ui.t("kreator.sov_campaign")):
    ui.text_table(kreator.sov_campaign_frame(sov_c, lang))

# --- flags ------------------------------------------------------------------------------------
st.subheader(ui.t("kreator.flags"))
st.caption(ui.t("kreator.flags.caption"))
flag_rows = data.flags
FLAGS_SHOWN = 50
if flag_rows.empty:
    st.success(ui.t("kreator.flags.none"), icon=":material/check_circle:")
else:
    if len(flag_rows) > FLAGS_SHOWN:
        st.caption(
            ui.t(
                "kreator.flags.more",
                shown=FLAGS_SHOWN,
                n=i18n.fmt_int(len(flag_rows)),
            )
        )
    ui.text_table(
        kreator.flags_frame(flag_rows.head(FLAGS_SHOWN), lang),
        column_config={
            ui.t("kreator.col.evidence"): st.column_config.TextColumn(width="large"),
        },
    )

# --- download ---------------------------------------------------------------------------------
sheets = kreator.export_sheets(card, comp, sov, sov_c, flag_rows)
xlsx, xlsx_name, xlsx_mime = kreator.xlsx_download(sheets)
st.download_button(
    ui.t("kreator.download"),
    data=xlsx,
    file_name=xlsx_name,
    mime=xlsx_mime,
    key="k_xlsx",
    icon=":material/download:",
    on_click="ignore",
)
