"""Agenda pimpinan: the leadership's visits, FGDs, programme launches and disasters. Staff add
events here (or upload them as kind `events`); every time chart marks them; a 'sebelum /
sesudah' card compares the 14 days before an event with the 14 days from its day on."""

from datetime import date

import pandas as pd
import streamlit as st

from gema import agenda, ui
from gema.ui import KODE_NAMA, i18n

ui.require_role()  # refuses a stranger even when the page is reached by URL
ui.page_header("nav.agenda", "agenda.caption")
conn, lang, f = ui.conn(), ui.lang(), ui.filters()

flash = st.session_state.pop("_gema_agenda_flash", None)
if flash:
    st.success(flash, icon=":material/check_circle:")

if ui.is_staff():
    with st.expander(ui.t("agenda.add"), icon=":material/add:"):
        with st.form("agenda_add", clear_on_submit=True, border=False):
            c1, c2 = st.columns([1, 2])
            day = c1.date_input(ui.t("agenda.date"), value=date.today(), format="DD/MM/YYYY")
            title = c2.text_input(ui.t("agenda.title"), max_chars=200)
            c3, c4 = st.columns(2)
            kab = c3.selectbox(
                ui.t("agenda.kabkota"), ["", *KODE_NAMA],
                format_func=lambda k: KODE_NAMA.get(k, ui.t("agenda.province")),
            )  # fmt: skip
            kind = c4.selectbox(
                ui.t("agenda.kind"), agenda.KINDS, format_func=lambda k: ui.t(f"agenda.kind.{k}")
            )
            note = st.text_input(ui.t("agenda.note"), max_chars=500)
            if st.form_submit_button(ui.t("agenda.save"), type="primary"):
                try:
                    agenda.add_event(conn, day, title, kind, ui.username(), kab or None, note)
                except agenda.AgendaError as exc:
                    st.error(str(exc), icon=":material/block:")
                else:
                    st.session_state["_gema_agenda_flash"] = ui.t("agenda.saved")
                    st.rerun()
        st.caption(ui.t("agenda.import_hint"))

st.subheader(ui.t("agenda.list"))
data = agenda.page_data(conn, f, lang)
events = data.events
if events.empty:
    st.info(ui.t("agenda.none"), icon=":material/event_busy:")
    st.stop()
frame = data.table
rows = ui.pick_table(frame, key="agenda_table", pin=ui.t("agenda.col.title"))
if not rows:
    st.caption(ui.t("agenda.pick"))
    st.stop()
event = events.iloc[rows[0]].to_dict()
ba = agenda.before_after(conn, event)
place = KODE_NAMA.get(event["kabkota"], "") or ui.t("agenda.province")
with st.container(border=True, key="gema_before_after"):
    st.markdown(f"**{ui.md_escape(ui.t('agenda.ba.title', title=event['title']))}**")
    st.caption(ui.t("agenda.ba.caption", days=agenda.WINDOW_DAYS, place=place))
    if ba.after_days < agenda.WINDOW_DAYS:
        st.warning(ui.t("agenda.ba.partial", n=ba.after_days, days=agenda.WINDOW_DAYS))
    c1, c2, c3 = st.columns(3)

    reach_now, reach_before = ba.after["reach"], ba.before["reach"]
    reach_delta = None
    if reach_now is not None and reach_before is not None:
        diff = reach_now - reach_before
        reach_delta = ("+" if diff > 0 else "") + i18n.fmt_compact(diff, lang)
    c1.metric(
        ui.t("agenda.ba.reach"), i18n.fmt_compact(reach_now, lang), delta=reach_delta,
        delta_color="off", border=True,
    )  # fmt: skip
    c2.metric(
        ui.t("agenda.ba.feedback"), i18n.fmt_int(ba.after["feedback"]),
        delta=i18n.fmt_int(int(ba.after["feedback"]) - int(ba.before["feedback"])),
        delta_color="off", border=True,
        help=ui.t("agenda.ba.before", v=i18n.fmt_int(ba.before["feedback"])),
    )  # fmt: skip
    net_now, net_before = ba.after["net_sentiment"], ba.before["net_sentiment"]
    c3.metric(
        ui.t("agenda.ba.net"), "—" if net_now is None else i18n.fmt_num(net_now, 0),
        delta=None if net_now is None or net_before is None else i18n.fmt_num(net_now - net_before, 0),
        border=True,
        help=ui.t("agenda.ba.before", v="—" if net_before is None else i18n.fmt_num(net_before, 0)),
    )  # fmt: skip
    st.caption(
        " · ".join(
            [
                ui.t("agenda.ba.reach") + ": " + ui.t("agenda.ba.before", v=i18n.fmt_compact(ba.before["reach"], lang)),
                ui.t("agenda.ba.feedback") + ": " + ui.t("agenda.ba.before", v=i18n.fmt_int(ba.before["feedback"])),
                ui.t("agenda.ba.net") + ": " + ui.t("agenda.ba.before", v="—" if net_before is None else i18n.fmt_num(net_before, 0)),
            ]
        )
    )  # fmt: skip
if ui.is_staff():
    if pd.isna(event.get("batch_id")):
        if st.button(ui.t("agenda.delete"), icon=":material/delete:"):
            agenda.delete_event(conn, int(event["event_id"]), ui.username())
            st.session_state.pop("agenda_table", None)
            st.rerun()
    else:
        st.caption(ui.t("agenda.uploaded"))
