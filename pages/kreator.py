"""Kreator: the creator scorecard (issue 14): which accounts (ICN creators, OPD, media) gave the
most engagement, on each platform's own basis, and at what cost where the cost is known; ICN vs
OPD vs media; share of voice per kab/kota and campaign; flags to check, with their evidence."""

import streamlit as st

from gema import creators, export, ui
from gema.core import i18n
from gema.core import presence as metrics

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.kreator", "kreator.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

if not metrics.has_data(conn)["posts"]:
    ui.empty_state("dash.empty.posts", upload_link=True)
    st.stop()

q_start, q_end = creators.last_quarter()
st.button(
    ui.t("kreator.last_quarter"),
    on_click=ui.set_custom_period,
    args=(q_start, q_end),
    help=ui.t("kreator.last_quarter.help", period=i18n.fmt_period(q_start, q_end, lang)),
    icon=":material/date_range:",
    key="k_last_quarter",
)
kab_text = (
    ", ".join(creators.kabkota_name(k) for k in f.kabkota)
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
    ["all", *creators.SOURCES[:3]],
    default="all",
    format_func=lambda v: ui.t(f"kreator.source.{v}"),
    key="k_source",
)
by = c2.selectbox(
    ui.t("kreator.rank_by"),
    list(creators.RANK_BY),
    format_func=lambda v: ui.t(f"kreator.rank_by.{v}"),
    key="k_by",
)
min_posts = c3.number_input(
    ui.t("kreator.min_posts"),
    min_value=1,
    max_value=100,
    value=creators.DEFAULT_MIN_POSTS,
    step=1,
    help=ui.t("kreator.min_posts.help"),
    key="k_min_posts",
)
sources = () if source in (None, "all") else (source,)
card = creators.scorecard(conn, f, sources)
if card.empty:
    ui.empty_state("kreator.empty")
    st.stop()
ranked, unranked = creators.rank(card, by, int(min_posts))
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
        creators.scorecard_frame(ranked, lang, by),
        # no fixed widths: ui.text_table fits every column to its longest name (never cut)
        column_config={ui.t("kreator.col.rank"): st.column_config.TextColumn(width="small")},
    )
if len(unranked):
    with st.expander(ui.t("kreator.unranked", n=i18n.fmt_int(len(unranked)))):
        ui.text_table(creators.scorecard_frame(unranked, lang, by))

# --- ICN vs OPD vs media --------------------------------------------------------------------
st.subheader(ui.t("kreator.comparison"))
st.caption(ui.t("kreator.comparison.caption"))
comp = creators.comparison(conn, f)
ui.text_table(creators.comparison_frame(comp, lang))

# --- share of voice -------------------------------------------------------------------------
st.subheader(ui.t("kreator.sov"))
st.caption(ui.t("kreator.sov.caption"))
sov = creators.share_of_voice(conn, f)
least = creators.heard_least(sov)
if len(least):
    items = "; ".join(
        f"{r.nama} ({i18n.fmt_num(r.reach_per_1000, 0)})" for r in least.itertuples(index=False)
    )
    st.warning(ui.t("kreator.heard_least", items=items), icon=":material/hearing_disabled:")
ui.text_table(creators.sov_frame(sov, lang))
sov_c = creators.share_of_voice_campaigns(conn, f)
with st.expander(ui.t("kreator.sov_campaign")):
    ui.text_table(creators.sov_campaign_frame(sov_c, lang))

# --- flags ------------------------------------------------------------------------------------
st.subheader(ui.t("kreator.flags"))
st.caption(ui.t("kreator.flags.caption"))
# account flags follow the accounts in view only when a filter narrows them (kab/kota, campaign,
# type): otherwise a follower jump of an account that did not post in the period still shows
narrowed = bool(f.kabkota or f.campaign or sources)
flag_rows = creators.flags(conn, f, lang, accounts=card if narrowed else None)
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
        creators.flags_frame(flag_rows.head(FLAGS_SHOWN), lang),
        column_config={
            ui.t("kreator.col.evidence"): st.column_config.TextColumn(width="large"),
        },
    )

# --- download ---------------------------------------------------------------------------------
sheets = creators.export_sheets(card, comp, sov, sov_c, flag_rows)
st.download_button(
    ui.t("kreator.download"),
    data=lambda: export.to_xlsx(sheets),
    file_name=export.table_file_name("kreator", ext="xlsx"),
    mime=export.MIME["xlsx"],
    key="k_xlsx",
    icon=":material/download:",
    on_click="ignore",
)
