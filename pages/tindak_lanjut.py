"""Pengaturan tindak lanjut (admin): the topic → OPD routing table that suggests the responsible
OPD for each aspiration, the national holidays and cuti bersama that are not working days, and
the working-day deadlines. Reference data, edited here and kept with who and when."""

import pandas as pd
import streamlit as st

from gema import tindak_lanjut, ui
from gema.ui import i18n

ui.require_role("admin")  # refuses anyone else even when the page is reached by URL
ui.page_header("nav.tindak_lanjut", "fu.admin.caption")
conn, lang = ui.conn(), ui.lang()
data = tindak_lanjut.page_data(conn)

flash = st.session_state.pop("_gema_fu_admin_flash", None)
if flash:
    st.success(flash, icon=":material/check_circle:")

st.subheader(ui.t("fu.admin.routing"))
st.caption(ui.t("fu.admin.routing.caption"))
routing = data.routing
ui.phone_hint("rep.table.phone_edit")
edited = st.data_editor(
    routing,
    num_rows="dynamic",
    hide_index=True,
    width="stretch",
    column_config={
        "topic": st.column_config.TextColumn(ui.t("dash.col.topic"), required=True, pinned=True),
        "opd": st.column_config.TextColumn(ui.t("fu.col.opd"), required=True),
    },
    key="fu_routing",
)
if st.button(ui.t("fu.admin.save_routing"), type="primary"):
    n = tindak_lanjut.save_routing(conn, edited, ui.username())
    st.session_state["_gema_fu_admin_flash"] = ui.t("fu.admin.saved", n=i18n.fmt_int(n))
    st.session_state.pop("fu_routing", None)
    st.rerun()

st.subheader(ui.t("fu.admin.holidays"))
st.caption(ui.t("fu.admin.holidays.caption"))
hol = data.holidays
ui.phone_hint("rep.table.phone_edit")
edited_h = st.data_editor(
    hol,
    num_rows="dynamic",
    hide_index=True,
    width="stretch",
    column_config={
        "date": st.column_config.DateColumn(
            ui.t("agenda.date"), format="DD/MM/YYYY", required=True, pinned=True
        ),
        "name": st.column_config.TextColumn(ui.t("fu.admin.holiday_name"), required=True),
        "kind": st.column_config.SelectboxColumn(
            ui.t("agenda.kind"), options=["libur", "cuti_bersama"], required=True
        ),
        "source": st.column_config.TextColumn(ui.t("fu.admin.source")),
    },
    key="fu_holidays",
)
if st.button(ui.t("fu.admin.save_holidays"), type="primary"):
    n = tindak_lanjut.save_holidays(conn, pd.DataFrame(edited_h), ui.username())
    st.session_state["_gema_fu_admin_flash"] = ui.t("fu.admin.saved", n=i18n.fmt_int(n))
    st.session_state.pop("fu_holidays", None)
    st.rerun()

st.subheader(ui.t("fu.admin.deadlines"))
settings = data.settings
with st.form("fu_deadlines", border=False):
    values = {}
    cols = st.columns(4)
    fields = tindak_lanjut.setting_fields(("followup.",))
    for col, (key, low, high) in zip(cols, fields, strict=True):
        values[key] = col.number_input(
            ui.t(f"setting.{key}"), min_value=int(low), max_value=int(high),
            value=int(settings[key]), step=1,
        )  # fmt: skip
    if st.form_submit_button(ui.t("alerts.settings.save"), type="primary"):
        changed = tindak_lanjut.save_settings(conn, values, settings, ui.username())
        st.session_state["_gema_fu_admin_flash"] = ui.t("fu.admin.saved", n=len(changed))
        st.rerun()
