"""The app shell: the kiosk landing page and the pages-directory guard."""

from __future__ import annotations

import streamlit as st


def _leave_pages_directory_mode() -> None:
    """Close a gap in Streamlit's multipage handling.

    Until some script in the process calls st.navigation, Streamlit treats pages/ as an old-style
    multipage folder: the first request of a fresh server for /unggah would run pages/unggah.py
    directly, skipping app.py and its sign-in gate. This module is imported by every page, so on
    its first import inside such a run we switch that mode off and rerun through app.py."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
        from streamlit.runtime.scriptrunner import get_script_run_ctx
    except ImportError:  # a future Streamlit without this mode: nothing to close
        return
    in_run = get_script_run_ctx(suppress_warning=True) is not None
    if in_run and getattr(PagesManager, "uses_pages_directory", None):
        PagesManager.uses_pages_directory = False
        st.rerun()


_leave_pages_directory_mode()


# --- landing page (kiosk URLs) -------------------------------------------------------------------
LANDING_URL = "mulai"


def landing_page(target: st.Page) -> st.Page:
    """A hidden default page at "/" that forwards to `target`, query string kept.

    Streamlit serves the default page ONLY at "/" (its url_path answers "Page not found"), and
    when no page is marked default it makes the first one default. In kiosk mode no page is, so
    /presentasi broke; with this landing as default, "/", /presentasi and /dinding all work and
    the presentation keeps its own URL."""

    def forward() -> None:
        st.switch_page(target, query_params=st.query_params.to_dict())

    return st.Page(
        forward, title=target.title, url_path=LANDING_URL, default=True, visibility="hidden"
    )
