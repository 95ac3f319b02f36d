"""Peringatan: the early-warning list (surges and jumps in negative share per kab/kota and
topic), with acknowledge/assign for staff, recompute on demand, and the thresholds for admins."""

from datetime import timedelta

import streamlit as st

from gema import peringatan, ui
from gema.ui import i18n

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.peringatan", "alerts.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

days = st.session_state.get("alerts_days", 7)  # the window widget below, as last chosen
data = peringatan.page_data(conn, f, days=int(days or 7))
if not data.has_feedback:
    ui.empty_state("dash.empty.feedback", upload_link=True)
    st.stop()

days = st.segmented_control(
    ui.t("alerts.window"), [7, 30], default=7, format_func=lambda d: ui.t("dash.days", n=d),
    key="alerts_days",
)  # fmt: skip
rows = data.rows
st.caption(
    ui.t(
        "alerts.window_line",
        period=i18n.fmt_period(f.end - timedelta(days=int(days or 7) - 1), f.end, lang),
        n=i18n.fmt_int(len(rows)),
    )
)
if rows.empty:
    st.info(ui.t("alerts.none"), icon=":material/check_circle:")
else:
    ui.alert_cards(rows, "alerts_page", manage=True)

if ui.is_staff():
    st.subheader(ui.t("alerts.recompute.title"))
    st.caption(ui.t("alerts.recompute.caption", days=peringatan.REFRESH_DAYS))
    if st.button(ui.t("alerts.recompute"), icon=":material/refresh:"):
        n = peringatan.refresh(conn, ui.username())
        st.success(ui.t("alerts.recomputed", n=i18n.fmt_int(n)), icon=":material/check_circle:")

st.subheader(ui.t("alerts.method.title"))
settings = data.settings
st.markdown(
    ui.t(
        "alerts.method",
        baseline=int(settings["alerts.baseline_days"]),
        min_count=int(settings["alerts.min_count"]),
        z=i18n.fmt_num(settings["alerts.z"], 1),
        ratio=i18n.fmt_num(settings["alerts.min_ratio"], 1),
        jump=i18n.fmt_int(round(settings["alerts.neg_jump"] * 100)),
        neg_z=i18n.fmt_num(settings["alerts.neg_z"], 1),
    )
)
if ui.current_user() and ui.current_user().get("role") == "admin":
    with st.expander(ui.t("alerts.settings")), st.form("alert_settings", border=False):
        values = {}
        for key, low, high in peringatan.setting_fields(("alerts.", "followup.")):
            values[key] = st.number_input(
                ui.t(f"setting.{key}"), min_value=float(low), max_value=float(high),
                value=float(settings[key]), key=f"set_{key}",
            )  # fmt: skip
        if st.form_submit_button(ui.t("alerts.settings.save"), type="primary"):
            peringatan.save_settings(conn, values, settings, ui.username())
            st.rerun()
