"""Catat FGD: open an FGD session and capture each aspiration as it is raised (staff).

The Save button's callback writes the entry to the database (gema.fgd.save_entry: one
transaction with its label and audit row) BEFORE the form is cleared; if the save fails the text
stays in the box. What is realistic in Streamlit: a draft lives in this session's state (it
survives reruns and a reconnect of the same tab); a tab that is CLOSED before Save is pressed
loses its draft, because the browser sends nothing until then. While the connection is down the
button cannot reach the server, so only entries listed under "Tersimpan" (with their number,
read back from the database) are saved. A repeated Save of the same draft is not stored twice
(client token)."""

import uuid
from datetime import date

import streamlit as st

from gema import fgd, ui
from gema.ui import KODE_NAMA, i18n, nav

user = ui.require_role("staf", "admin")
ui.page_header("fgd.title", "fgd.caption")
conn, lang = ui.conn(), ui.lang()

sessions = fgd.sessions(conn)
labels = {
    int(r.session_id): ui.t(
        "fgd.session.label",
        id=int(r.session_id),
        name=r.name,
        date=i18n.fmt_date(r.held_on, lang),
        closed=ui.t("fgd.session.closed_mark") if fgd.is_closed(r.closed_at) else "",
    )
    for r in sessions.itertuples()
}


def _open_session() -> None:
    """Form callback: create the session and select it."""
    ss = st.session_state
    try:
        sid = fgd.open_session(
            conn,
            ss.get("fgd_new_name", ""),
            ss.get("fgd_new_date") or date.today(),
            ss.get("fgd_new_place"),
            ss.get("fgd_new_kabkota"),
            user["username"],
        )
    except fgd.FgdError as exc:
        ss["_fgd_msg"] = ("error", ui.t(exc.key))
        return
    ss["fgd_session"] = sid
    ss["fgd_new_name"] = ""
    ss["fgd_new_place"] = ""
    ss["_fgd_msg"] = ("success", ui.t("fgd.session.opened", id=sid))


new_box = st.expander(ui.t("fgd.session.new"), expanded=not labels, icon=":material/add:")
with new_box, st.form("fgd_new_session"):
    st.text_input(
        ui.t("fgd.session.name"), placeholder=ui.t("fgd.session.name_ph"), key="fgd_new_name"
    )
    c1, c2, c3 = st.columns(3)
    c1.date_input(ui.t("fgd.session.date"), format="DD/MM/YYYY", key="fgd_new_date")
    c2.text_input(ui.t("fgd.session.place"), key="fgd_new_place")
    c3.selectbox(
        ui.t("fgd.session.kabkota"),
        list(KODE_NAMA),
        format_func=KODE_NAMA.get,
        index=None,
        placeholder=ui.t("fgd.form.kabkota_none"),
        key="fgd_new_kabkota",
    )
    st.form_submit_button(
        ui.t("fgd.session.open"), icon=":material/play_arrow:", on_click=_open_session
    )

msg = st.session_state.pop("_fgd_msg", None)
if msg:
    getattr(st, msg[0])(msg[1])

if not labels:
    ui.empty_state("fgd.session.none")
    st.stop()

if st.session_state.get("fgd_session") not in labels:
    st.session_state["fgd_session"] = next(iter(labels))
sid = st.selectbox(
    ui.t("fgd.session.pick"), list(labels), format_func=labels.get, key="fgd_session"
)
data = fgd.page_data(conn, sid, lang)
current, closed = data.session, data.closed

# --- the fast form --------------------------------------------------------------------------
ss = st.session_state
ss.setdefault("fgd_token", uuid.uuid4().hex)
if ss.get("_fgd_kab_for") != sid:  # a newly picked session brings its kab/kota as default
    ss["_fgd_kab_for"] = sid
    ss["fgd_kabkota"] = current.get("kabkota") if current.get("kabkota") in KODE_NAMA else None


def _save() -> None:
    """Submit callback: save synchronously; clear the text only after the COMMIT returned."""
    try:
        saved = fgd.save_entry(
            conn,
            sid,
            ss.get("fgd_text", ""),
            ss.get("fgd_group") or "",
            user["username"],
            kabkota=ss.get("fgd_kabkota"),
            topic=ss.get("fgd_topic"),
            token=ss.get("fgd_token"),
        )
    except fgd.FgdError as exc:
        ss["_fgd_form_msg"] = ("error", ui.t(exc.key))
        return
    except fgd.StoreError as exc:
        ss["_fgd_form_msg"] = ("error", ui.t("fgd.err.db", error=type(exc).__name__))
        return
    key = "fgd.form.duplicate" if saved.duplicate else "fgd.form.saved"
    ss["_fgd_form_msg"] = (
        "success",
        ui.t(
            key,
            id=saved.feedback_key,
            sent=ui.t(f"dash.sent.{saved.sentiment}") if saved.sentiment else "—",
            topic=saved.topic or "—",
        ),
    )
    ss["fgd_text"] = ""
    ss["fgd_topic"] = None
    ss["fgd_token"] = uuid.uuid4().hex  # the next draft is a new entry


if closed:
    st.warning(ui.t("fgd.session.is_closed"), icon=":material/lock:")
else:
    st.subheader(ui.t("fgd.form.title"))
    with st.form("fgd_entry", border=True, enter_to_submit=False):
        st.segmented_control(
            ui.t("fgd.form.group"),
            list(fgd.SPEAKER_GROUPS),
            format_func=lambda g: ui.t(f"fgd.group.{g}"),
            key="fgd_group",
            default="masyarakat",
        )
        c1, c2 = st.columns(2)
        c1.selectbox(
            ui.t("fgd.form.topic"),
            fgd.topics(),
            index=None,
            placeholder=ui.t("fgd.form.topic_auto"),
            key="fgd_topic",
        )
        c2.selectbox(
            ui.t("fgd.form.kabkota"),
            list(KODE_NAMA),
            format_func=KODE_NAMA.get,
            index=None,
            placeholder=ui.t("fgd.form.kabkota_none"),
            key="fgd_kabkota",
        )
        st.text_area(
            ui.t("fgd.form.text"),
            placeholder=ui.t("fgd.form.text_ph"),
            max_chars=fgd.MAX_TEXT,
            height=140,
            key="fgd_text",
        )
        st.form_submit_button(
            ui.t("fgd.form.save"), type="primary", icon=":material/save:", on_click=_save
        )
    st.caption(ui.t("fgd.form.unsaved_note"))
    form_msg = ss.pop("_fgd_form_msg", None)
    if form_msg:
        getattr(st, form_msg[0])(form_msg[1])
    if st.button(ui.t("fgd.session.close"), icon=":material/lock:", key="fgd_close"):
        fgd.close_session(conn, sid, user["username"])
        ss["_fgd_msg"] = ("info", ui.t("fgd.session.closed", id=sid))
        st.rerun()

# --- what is saved (read back from the database) ------------------------------------------------
st.subheader(ui.t("fgd.saved.title"))
rows = data.entries
if rows.empty:
    st.caption(ui.t("fgd.saved.none"))
else:
    st.caption(ui.t("fgd.saved.count", n=i18n.fmt_int(len(rows))))
    shown = data.table
    ui.text_table(
        shown,
        column_config={
            ui.t(k): st.column_config.Column(width=w) for k, w in fgd.DISPLAY_WIDTHS.items()
        },
    )
    ui.table_downloads(shown, f"fgd-sesi-{sid}", key="fgd_dl")
for spec in nav.available(user["role"]):
    if spec.file == "dinding.py":
        st.page_link(spec.path, label=ui.t("fgd.wall_link"), icon=spec.icon)
