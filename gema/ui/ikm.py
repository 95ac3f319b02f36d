"""IKM mutu badges and SKM templates."""

from __future__ import annotations

import streamlit as st

from gema.ui.session import lang, t


# --- kepuasan / IKM (issue 4) -------------------------------------------------------------------
def mutu_badge(letter: str | None, value_text: str | None = None) -> None:
    """A mutu badge: Okabe-Ito colour AND the letter AND the label (never colour alone). Only our
    own fixed strings go into the HTML (letter, label from gema.kepuasan.ikm, a formatted number)."""
    from html import escape

    from gema.kepuasan import ikm, mutu

    if not letter:
        return
    bg = mutu.MUTU_COLOURS[letter]
    fg = mutu.MUTU_TEXT_COLOURS[letter]
    label = escape(mutu.mutu_badge_text(letter, lang()))
    number = (
        f"<span style='font-size:2.2rem;font-weight:700'>{escape(value_text)}</span> "
        if value_text
        else ""
    )
    st.html(
        f"<div style='display:flex;align-items:center;gap:.75rem;flex-wrap:wrap'>{number}"
        f"<span style='background:{bg};color:{fg};border-radius:.5rem;padding:.25rem .75rem;"
        f"font-size:1.25rem;font-weight:700' title='{escape(ikm.BAND_BY_LETTER[letter].kinerja)}'>"
        f"{label}</span></div>"
    )


def skm_templates() -> None:
    """Download buttons for the SKM upload templates (respondent answers and recap)."""
    from gema.ingest import templates

    cols = st.columns(2)
    for col, kind, key in (
        (cols[0], "skm", "ikm.template_skm"),
        (cols[1], "skm_recap", "ikm.template_recap"),
    ):
        with col:
            st.caption(t(key))
            st.download_button(
                t("common.download_csv"),
                templates.template_csv(kind),
                file_name=f"templat_{kind}.csv",
                mime="text/csv",
                key=f"tpl_{kind}_csv",
                icon=":material/download:",
            )
            st.download_button(
                t("common.download_xlsx"),
                templates.template_xlsx(kind),
                file_name=f"templat_{kind}.xlsx",
                mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                key=f"tpl_{kind}_xlsx",
                icon=":material/download:",
            )
