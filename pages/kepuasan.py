"""Kepuasan (IKM): the Indeks Kepuasan Masyarakat by PermenPANRB 14/2017 per unit layanan and
per kab/kota with mutu badges, NRR per unsur with the weakest highlighted, the trend per semester
and year, sample adequacy (Krejcie-Morgan), an explicit rounded-weight option and the method."""

import streamlit as st

from gema import kepuasan, ui
from gema.kepuasan import ikm
from gema.ui import i18n

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.kepuasan", "ikm.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

if not kepuasan.has_data(conn):
    ui.empty_state("ikm.empty", upload_link=True)
    ui.skm_templates()
    with st.expander(ui.t("ikm.tab.method")):
        st.markdown(ui.t("ikm.method_md"))
    st.stop()

left, right = st.columns([3, 2], vertical_alignment="center")
with left:
    rounded = st.toggle(
        ui.t("ikm.rounded_toggle"), key="ikm_rounded", help=ui.t("ikm.rounded_help")
    )
mode: ikm.WeightMode = "exact"
if rounded:
    with right:
        mode = (
            st.segmented_control(
                ui.t("ikm.rounded_digits"),
                ["round3", "round2"],
                default="round3",
                format_func=lambda m: "0,111" if m == "round3" else "0,11",
                key="ikm_digits",
            )
            or "round3"
        )

data = kepuasan.page_data(conn, f.params(), mode, lang)
ov = data.overview


def unknown_n_section() -> None:
    """Recaps without a respondent count: listed apart, never silently dropped."""
    if data.unknown_n.empty:
        return
    st.subheader(ui.t("ikm.unknown_n.title"))
    st.caption(ui.t("ikm.unknown_n.caption", n=i18n.fmt_int(len(data.unknown_n))))
    ui.text_table(kepuasan.display_unknown_n(data.unknown_n, lang))


if ov is None:
    if data.unknown_n.empty:
        ui.empty_state("ikm.empty_filter")
    else:
        st.info(ui.t("ikm.unknown_n.only"), icon=":material/info:")
        unknown_n_section()
    st.stop()

if mode != "exact":
    n = int(data.unsur["unsur"].nunique()) or 9
    st.warning(ui.t("ikm.rounded_active", weight=ikm.weight_text(n, mode)), icon=":material/tune:")

c1, c2, c3, c4 = st.columns([3, 2, 2, 3])
with c1:
    scope = ", ".join(kepuasan.group_label("kabkota", k, lang) for k in f.kabkota) or ui.t(
        "common.province"
    )
    period = (
        ui.t("filter.period.all") if f.period == "all" else i18n.fmt_period(f.start, f.end, lang)
    )
    st.caption(f"{ui.t('ikm.kpi.ikm')} · {scope} · {period}")
    ui.mutu_badge(ov.mutu, ikm.fmt_ikm(ov.ikm))
c2.metric(ui.t("ikm.kpi.respondents"), i18n.fmt_int(ov.respondents), border=True)
c3.metric(ui.t("ikm.kpi.units"), i18n.fmt_int(ov.units), border=True)
with c4.container(border=True, key="ikm_weakest_card"):
    # the unsur's name as wrapping text: in a metric delta it was cut off ("Penanganan p…")
    st.metric(ui.t("ikm.kpi.weakest"), ", ".join(ov.weakest) or "—", help=ui.t("ikm.weakest_help"))
    names = "; ".join(n for n in (data.unsur_names.get(u, "") for u in ov.weakest) if n)
    if names:
        st.caption(names)
if not data.unknown_n.empty:
    st.caption(ui.t("ikm.unknown_n.short", n=i18n.fmt_int(len(data.unknown_n))))

tabs = st.tabs(
    [ui.t(k) for k in ("ikm.tab.unit", "ikm.tab.kabkota", "ikm.tab.unsur", "ikm.tab.trend",
                       "ikm.tab.sample", "ikm.tab.method")]
)  # fmt: skip
mutu_col = ui.t("ikm.col.mutu")

with tabs[0]:
    limit = 25
    ui.chart(kepuasan.ikm_bars(data.units, lang, limit=limit), key="ikm_units")
    st.caption(ui.t("ikm.unit_caption", n=min(limit, len(data.units)), total=len(data.units)))
    if data.units["short"].any():
        st.caption(ui.t("ikm.short_caption", min=kepuasan.MIN_RESPONDENTS))
    table = kepuasan.display_table(data.units, "unit", data.unsur_names, lang)
    ui.text_table(kepuasan.mutu_styled(table, mutu_col))

with tabs[1]:
    ui.chart(kepuasan.ikm_bars(data.kabkota, lang), key="ikm_kabkota")
    if data.kabkota["short"].any():
        st.caption(ui.t("ikm.short_caption", min=kepuasan.MIN_RESPONDENTS))
    table = kepuasan.display_table(data.kabkota, "kabkota", data.unsur_names, lang)
    ui.text_table(kepuasan.mutu_styled(table, mutu_col))

with tabs[2]:
    weakest = data.unsur[data.unsur["weakest"]]["unsur"].tolist()
    st.caption(ui.t("ikm.unsur_caption", weakest=kepuasan.unsur_text(weakest, data.unsur_names)))
    ui.chart(kepuasan.unsur_bars(data.unsur, lang), key="ikm_unsur")
    ui.text_table(kepuasan.mutu_styled(kepuasan.display_unsur(data.unsur, mode, lang), mutu_col))

with tabs[3]:
    per = st.segmented_control(
        ui.t("ikm.trend_by"),
        ["semester", "year"],
        default="semester",
        format_func=lambda v: ui.t(f"ikm.by.{v}"),
        key="ikm_trend_by",
    )
    trend = data.trend_year if per == "year" else data.trend_semester
    st.caption(ui.t("ikm.trend_caption", end=ui.fmt_date(f.end)))
    ui.chart(kepuasan.trend_chart(trend, lang), key="ikm_trend")
    by = "year" if per == "year" else "semester"
    ui.text_table(
        kepuasan.mutu_styled(kepuasan.display_table(trend, by, data.unsur_names, lang), mutu_col)
    )

with tabs[4]:
    st.caption(ui.t("ikm.sample_caption"))
    if data.adequacy_unit.empty:
        ui.empty_state("ikm.sample_none")
    else:
        short = int((data.adequacy_unit["adequate"] == False).sum())  # noqa: E712 (None stays out)
        st.markdown(
            ui.t(
                "ikm.sample_short",
                n=i18n.fmt_int(short),
                total=i18n.fmt_int(len(data.adequacy_unit)),
            )
        )
        level = st.segmented_control(
            ui.t("ikm.sample_level"),
            ["unit", "kabkota"],
            default="unit",
            format_func=lambda v: ui.t(f"ikm.by.{v}"),
            key="ikm_sample_level",
        )
        chosen = data.adequacy_kabkota if level == "kabkota" else data.adequacy_unit
        ui.text_table(kepuasan.display_adequacy(chosen, level or "unit", lang))

with tabs[5]:
    st.markdown(ui.t("ikm.method_md"))

unknown_n_section()
