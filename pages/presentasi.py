"""Presentasi: the FGD slides, full screen, from the current filters (gema.presentasi.deck).

Keyboard/clicker: the Previous/Next buttons carry Streamlit's own keyboard shortcuts (Left/Right)
and two hidden twins carry PageUp/PageDown, which presentation clickers send. Works offline:
no CDN fonts, no map tiles. Slide number in the URL (?slide=3)."""

import time

import streamlit as st

from gema import ui
from gema.presentasi import deck as slides
from gema.presentasi import export, look
from gema.ui import nav

user = ui.require_sign_in()
kiosk = user["role"] == nav.KIOSK
conn, lang, f = ui.conn(), ui.lang(), ui.filters()
show_menu = ui.presentation_chrome()
st.html(look.PAGE_CSS)

deck = ui.cached_deck(lambda: slides.build_deck(conn, f, lang, kiosk=kiosk), (f, lang, kiosk))
if not deck.has_data:
    ui.empty_state("pres.empty", upload_link=True)

auto = st.session_state.get("pres_auto", False)
seconds = int(st.session_state.get("pres_seconds", 20))


@st.fragment(run_every=seconds if auto else None)
def show() -> None:
    """One slide and its navigation; a click reruns only this fragment (fast)."""
    if ui.deck_stale():  # only in a fragment rerun: a full run has just rebuilt the deck
        st.rerun()  # new uploads or FGD entries reach a presentation left running
    index = ui.slide_index(len(deck.slides))
    if auto and time.time() - st.session_state.get("_pres_moved", 0.0) >= seconds - 0.5:
        index = ui.move_slide(index + 1, len(deck.slides), wrap=True)
    slide = deck.slides[index]
    # controls first: above the slide they stay in the same place whatever the slide's height
    ui.slide_controls(deck, slide, index, allow_files=not kiosk)
    ui.render_slide(deck, slide, index)


show()

c1, c2, c3, c4, c5 = st.columns([1.2, 1.2, 1.6, 1.4, 2], vertical_alignment="bottom")
c1.toggle(
    ui.t("pres.auto"),
    key="pres_auto",
    on_change=lambda: st.session_state.__setitem__("_pres_moved", time.time()),
)
c2.number_input(ui.t("pres.auto_seconds"), 5, 300, 20, 5, key="pres_seconds")
with c3:
    if not kiosk and deck.has_data:
        with st.popover(ui.t("pres.downloads"), icon=":material/download:"):
            st.caption(ui.t("pres.dl.caption"))
            for kind, label in (
                ("pptx", "pres.dl.pptx"),
                ("pdf", "pres.dl.pdf"),
                ("xlsx", "pres.dl.xlsx"),
                ("png", "pres.dl.png_all"),
            ):
                ext = "zip" if kind == "png" else kind
                st.download_button(
                    ui.t(label),
                    data=lambda kind=kind: export.render(deck, kind)[0],
                    file_name=slides.file_name(export.WHAT[kind], f, ext),
                    mime=export.MIME[ext],
                    key=f"pres_dl_{kind}",
                    icon=":material/download:",
                    on_click="ignore",
                )
c4.toggle(ui.t("pres.show_notes"), key="pres_notes")
c4.toggle(ui.t("pres.small"), key="pres_small")
c5.toggle(ui.t("pres.exit"), key="pres_menu")
if not show_menu:
    st.caption(ui.t("pres.caption"))
