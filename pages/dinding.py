"""Dinding aspirasi: the live aspiration wall for the projector.

The latest FGD aspirations and their topic counts in big type, refreshing by itself every few
seconds (st.fragment(run_every=…)). Text is shown as plain text: escaped with html.escape before
it goes into the big-type block. No names anywhere; in kiosk mode phone numbers and e-mail
addresses inside the text are masked (gema.core.privacy.mask: also names, NIK, addresses). Session: the
open session with the latest entry; an admin may open another (?sesi=ID or the picker)."""

from datetime import datetime

import streamlit as st

from gema import fgd, ui
from gema.ui import i18n, nav

REFRESH_SECONDS = 5
LATEST = 8

user = ui.require_sign_in()
kiosk = user["role"] == nav.KIOSK
conn, lang = ui.conn(), ui.lang()
ui.wall_chrome()

sessions = fgd.sessions(conn)
options: list[int | None] = [None, *[int(x) for x in sessions["session_id"]]]
names = {int(r.session_id): f"#{int(r.session_id)} · {r.name}" for r in sessions.itertuples()}
# Only an admin may open another session's wall (by ?sesi=N or the picker); everyone else, the
# kiosk viewer above all, sees the current session only (issue 16).
admin = user["role"] == "admin"
if "wall_session" not in st.session_state:
    try:
        wanted = int(st.query_params.get("sesi", "")) if admin else None
    except ValueError:
        wanted = None
    st.session_state["wall_session"] = wanted if wanted in names else fgd.wall_session(conn)
if not admin:
    sid = fgd.wall_session(conn)
else:
    sid = st.selectbox(
        ui.t("wall.session"),
        options,
        format_func=lambda s: ui.t("wall.all") if s is None else names[s],
        key="wall_session",
    )


@st.fragment(run_every=REFRESH_SECONDS)
def wall() -> None:
    data = fgd.wall_data(conn, sid, lang, kiosk, latest=LATEST)
    title = ui.t("wall.title") + (f" · {names[sid]}" if sid in names else "")
    st.html(f"<div class='gw-title'>{ui.esc(title)}</div>")
    if data is None:
        ui.empty_state("wall.empty")
        return
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.html(f"<div class='gw-h'>{ui.esc(ui.t('wall.latest'))}</div>")
        st.html(ui.big_text_html(data.items))
    with right:
        st.html(
            f"<div class='gw-h'>{ui.esc(ui.t('wall.topics'))} · "
            f"{ui.esc(ui.t('wall.count', n=i18n.fmt_int(data.total)))}</div>"
        )
        ui.chart(data.topics_figure, key="wall_topics")
    st.caption(
        ui.t("wall.updated", time=datetime.now().strftime("%H.%M.%S"), s=REFRESH_SECONDS)
        + (" · " + ui.t("wall.kiosk") if kiosk else "")
    )


wall()
st.toggle(ui.t("pres.exit"), key="wall_menu")
