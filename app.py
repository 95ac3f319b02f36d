"""Gema Banten: page config, sign-in gate, navigation over pages/, shared filters. Nothing else."""

from pathlib import Path

import streamlit as st

from gema import nav, ui

st.set_page_config(
    page_title="Gema Banten",
    page_icon=str(Path(__file__).parent / "data" / "reference" / "icon.png"),
    layout="wide",
    initial_sidebar_state="auto",
)

try:
    user = ui.require_sign_in()
except BaseException:  # st.stop() on the sign-in page: give the database back
    ui.release_connection()
    raise
specs = nav.available(user["role"])
sections: dict[str, list[st.Page]] = {}
for spec in specs:
    sections.setdefault(ui.t(spec.section), []).append(
        st.Page(
            spec.path,
            title=ui.t(spec.title_key),
            icon=spec.icon,
            url_path=spec.url_path,
            default=spec.default,
        )
    )
if not any(spec.default for spec in specs):  # kiosk: see ui.landing_page
    first = next(iter(sections.values()))
    first.insert(0, ui.landing_page(first[0]))
page = st.navigation(sections, position="sidebar", expanded=True)  # every page listed
ui.sidebar_account(user)
ui.phone_nav_closes_sidebar()
ui.language_switch()
ui.render_filters()
try:
    page.run()
finally:  # the app holds no database lock between a user's actions (issue 9)
    ui.release_connection()
