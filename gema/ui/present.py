"""Presentation, wall and projector views: big type, slides, downloads."""

from __future__ import annotations

import time
from typing import Any

import pandas as pd
import streamlit as st

from gema.ui.session import lang, t

# --- presentation, FGD, exports (issue 5) -------------------------------------------------
# Big type for the projector: ≥ 28 px body text at 1920×1080, black on white. User text only
# ever reaches st.html through html.escape.
_PRES_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; padding-bottom: 1rem; max-width: 100%; }
.st-key-gema_slide { color: #111; }
.gs-title { font-size: 56px; font-weight: 700; line-height: 1.1; color: #0B3D6E; }
.gs-sub { font-size: 28px; color: #444; margin-top: .3rem; }
.gs-lines { padding-top: 8vh; min-height: 52vh; }
.gs-lines div { font-size: 44px; line-height: 1.35; margin-top: .6rem; }
.gs-lines div:first-child { font-weight: 700; font-size: 52px; }
.gs-lines div:nth-child(n+3) { font-size: 28px; color: #8A4B00; }
.gs-kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 24px;
           margin-top: 16px; }
.gs-kpi { border: 3px solid #0B3D6E; border-radius: 14px; padding: 18px 24px; }
.gs-kpi .l { font-size: 30px; color: #333; }
.gs-kpi .v { font-size: 76px; font-weight: 800; line-height: 1.1; }
.gs-kpi .d { font-size: 28px; }
.gs-kpi .e { font-size: 22px; color: #555; margin-top: .2rem; }
.gs-table { width: 100%; border-collapse: collapse; font-size: 28px; margin-top: 12px; }
.gs-table th { text-align: left; border-bottom: 3px solid #0B3D6E; padding: 6px 10px; }
.gs-table td { border-bottom: 1px solid #bbb; padding: 8px 10px; vertical-align: top; }
.gs-foot { font-size: 20px; color: #555; display: flex; justify-content: space-between; }
.gs-notes { font-size: 24px; background: #F3F6FA; border-left: 6px solid #0B3D6E;
            padding: 8px 16px; margin-top: 8px; }
.st-key-gema_pres_nav button { min-height: 3.2rem; }
.st-key-gema_pres_nav button p { font-size: 28px; }
.st-key-gema_pres_nav [data-testid="stMarkdownContainer"] p { font-size: 28px; }
.st-key-gema_pres_keys { display: none; }
.gs-caveats { font-size: 18px; color: #5a3b00; background: #FFF6E0; border-left: 4px solid #E69F00;
  padding: .4rem .8rem; margin: .3rem 0; }
.gs-caveats div + div { margin-top: .2rem; }
@media (max-width: 700px) {
  .gs-title { font-size: 34px; } .gs-sub { font-size: 20px; } .gs-lines div { font-size: 26px; }
  .gs-kpi .v { font-size: 48px; } .gs-kpi .l, .gs-kpi .d { font-size: 22px; }
  .gs-kpis { grid-template-columns: 1fr; } .gs-table { font-size: 20px; }
  .gs-foot { font-size: 14px; }
  .st-key-gema_pres_nav button p, .st-key-gema_pres_nav [data-testid="stMarkdownContainer"] p {
    font-size: 20px; }
}
</style>
"""


_HIDE_CHROME_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"] { display: none !important; }
</style>
"""


_DECK_KEY = "_gema_deck"


_DECK_TTL = 60.0  # seconds: new uploads or FGD entries reach the slides within a minute


SLIDE_KEY = "pres_slide"


def esc(value: object) -> str:
    """User text for the big-type HTML blocks: escaped, so it is shown as text, never markup."""
    from html import escape

    return escape(str(value), quote=True)


def presentation_chrome() -> bool:
    """The presentation's look: big type and, unless the presenter asked for the menu, no
    sidebar, header or toolbar. Returns whether the menu is shown."""
    st.html(_PRES_CSS)
    show = bool(st.session_state.get("pres_menu", False))
    if not show:
        st.html(_HIDE_CHROME_CSS)
    return show


def cached_deck(build: Any, key: Any) -> Any:
    """The slide deck of this session, rebuilt when the filters change or after _DECK_TTL, so
    moving between slides never recomputes the figures."""
    held = st.session_state.get(_DECK_KEY)
    now = time.time()
    if held is None or held[0] != key or now - held[1] > _DECK_TTL:
        held = (key, now, build())
        st.session_state[_DECK_KEY] = held
    return held[2]


def deck_stale() -> bool:
    """Whether the held deck is older than _DECK_TTL (a fragment rerun then asks for a full run,
    so a presentation left running picks up new data)."""
    held = st.session_state.get(_DECK_KEY)
    return held is None or time.time() - held[1] > _DECK_TTL


def slide_index(n: int) -> int:
    """The current slide (0-based): session state, else ?slide=N (1-based) from the URL."""
    if SLIDE_KEY not in st.session_state:
        try:
            st.session_state[SLIDE_KEY] = int(st.query_params.get("slide", "1")) - 1
        except ValueError:
            st.session_state[SLIDE_KEY] = 0
    index = min(max(int(st.session_state[SLIDE_KEY]), 0), max(n - 1, 0))
    st.session_state[SLIDE_KEY] = index
    return index


def move_slide(index: int, n: int, wrap: bool = False) -> int:
    """Go to slide `index` (clamped, or wrapped for auto-advance) and mirror it in the URL."""
    if n <= 0:
        return 0
    index = index % n if wrap else min(max(index, 0), n - 1)
    st.session_state[SLIDE_KEY] = index
    st.session_state["_pres_moved"] = time.time()
    st.query_params["slide"] = str(index + 1)
    return index


def _kpi_html(kpis: Any, lg: str, lines: dict[str, str] | None = None) -> str:
    """The KPI cards; `lines` adds a small line under a card (the IKM's mutu and sample)."""
    cards = []
    for k in kpis:
        delta = k.delta_text(lg)
        colour = "#555"
        if k.change and k.better:
            good = (k.change > 0) == (k.better == "up")
            colour = "#0B5394" if good else "#A63D00"
        d = (
            f"<div class='d' style='color:{colour}'>{esc(t('pres.note.vs_prev', delta=delta))}</div>"
            if delta
            else ""
        )
        extra = (lines or {}).get(k.key)
        e = f"<div class='e'>{esc(extra)}</div>" if extra else ""
        cards.append(
            f"<div class='gs-kpi'><div class='l'>{esc(t(k.label_key))}</div>"
            f"<div class='v'>{esc(k.value_text(lg))}</div>{d}{e}</div>"
        )
    return "<div class='gs-kpis'>" + "".join(cards) + "</div>"


def _table_html(df: pd.DataFrame) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc('' if v is None else v)}</td>" for v in row) + "</tr>"
        for row in df.itertuples(index=False)
    )
    return f"<table class='gs-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_slide(deck: Any, slide: Any, index: int) -> None:
    """One slide: title, subtitle, its visual, footer and (optionally) the speaker figures."""
    from gema.peta import figures as geo

    lg = lang()
    with st.container(key="gema_slide"):
        sub = f"<div class='gs-sub'>{esc(slide.subtitle)}</div>" if slide.subtitle else ""
        st.html(
            f"<div class='gs-title' role='heading' aria-level='1'>{esc(slide.title)}</div>{sub}"
        )
        if slide.lines:
            st.html(
                "<div class='gs-lines'>"
                + "".join(f"<div>{esc(x)}</div>" for x in slide.lines)
                + "</div>"
            )
        elif slide.figure is not None:
            from gema.presentasi import look

            config = {**geo.PLOTLY_CONFIG, "displayModeBar": False}
            fig = look.small_copy(slide.figure) if st.session_state.get("pres_small") else None
            st.plotly_chart(
                fig or slide.figure, width="stretch", theme=None, config=config,
                key=f"gs_{slide.key}",
            )  # fmt: skip
        elif slide.kpis:
            st.html(_kpi_html(slide.kpis, lg, getattr(slide, "kpi_lines", {})))
        elif slide.table is not None:
            st.html(_table_html(slide.table))
        # the caveats travel with the figure (the demo one is already in the footer)
        demo_caveat = t("rep.caveat.demo")
        shown = [c for c in getattr(slide, "caveats", ()) if c != demo_caveat]
        if shown:
            st.html(
                "<div class='gs-caveats'>"
                + "".join(f"<div>⚠ {esc(c)}</div>" for c in shown)
                + "</div>"
            )
        demo = f" · {esc(t('app.demo_banner'))}" if deck.demo else ""
        st.html(
            f"<div class='gs-foot'><span>Gema Banten · {esc(deck.period_text)} · "
            f"{esc(deck.scope_text)}{demo}</span><span>{index + 1} / {len(deck.slides)}</span></div>"
        )
        if st.session_state.get("pres_notes") and slide.notes:
            st.html("<div class='gs-notes'>" + "<br>".join(esc(x) for x in slide.notes) + "</div>")


def slide_controls(deck: Any, slide: Any, index: int, allow_files: bool = True) -> None:
    """Previous/next with keyboard shortcuts (←/→ and, hidden, PageUp/PageDown for clickers),
    the slide counter, and this slide's PNG/CSV when files are allowed."""
    from gema.presentasi import deck as slides
    from gema.presentasi import export

    n = len(deck.slides)
    back = {"on_click": move_slide, "args": (index - 1, n)}
    forward = {"on_click": move_slide, "args": (index + 1, n)}
    with st.container(key="gema_pres_nav", horizontal=True, vertical_alignment="center"):
        # No arrow icon: Streamlit already shows the shortcut (←/→) beside the label, and an
        # icon made it "Berikutnya → →". The one page counter is the slide's footer (issue 12).
        st.button(
            t("pres.prev"), shortcut="Left", key="pres_prev", disabled=index == 0, **back,
        )  # fmt: skip
        st.button(
            t("pres.next"), shortcut="Right", key="pres_next", type="primary",
            disabled=index >= n - 1, **forward,
        )  # fmt: skip
        if allow_files and slide.figure is not None:
            st.download_button(
                t("pres.dl.png"),
                data=lambda: export.figure_png(slide.figure),
                file_name=slides.file_name(f"grafik-{slide.key}", deck.filters, "png"),
                mime="image/png",
                key=f"pres_png_{slide.key}",
                icon=":material/image:",
                on_click="ignore",
            )
        if allow_files and slide.data is not None:
            st.download_button(
                t("pres.dl.csv"),
                data=lambda: export.to_csv(slide.data),
                file_name=slides.file_name(f"tabel-{slide.key}", deck.filters, "csv"),
                mime="text/csv",
                key=f"pres_csv_{slide.key}",
                icon=":material/table:",
                on_click="ignore",
            )
    # Clickers send PageUp/PageDown; one shortcut per button, so two hidden twins carry them.
    with st.container(key="gema_pres_keys"):
        st.button("PageUp", shortcut="PageUp", key="pres_pgup", **back)
        st.button("PageDown", shortcut="PageDown", key="pres_pgdn", **forward)


def table_downloads(df: pd.DataFrame, what: str, key: str) -> None:
    """CSV and XLSX buttons for any table, text cells neutralised against formula injection
    (gema.presentasi.export). `what` names the file: gema-banten_<what>_<today>.csv."""
    from gema.presentasi import export

    c1, c2 = st.columns(2)
    c1.download_button(
        t("common.download_csv"),
        data=lambda: export.to_csv(df),
        file_name=export.table_file_name(what, ext="csv"),
        mime=export.MIME["csv"],
        key=f"{key}_csv",
        icon=":material/download:",
        on_click="ignore",
    )
    c2.download_button(
        t("common.download_xlsx"),
        data=lambda: export.to_xlsx({what: df}),
        file_name=export.table_file_name(what, ext="xlsx"),
        mime=export.MIME["xlsx"],
        key=f"{key}_xlsx",
        icon=":material/download:",
        on_click="ignore",
    )


def big_text_html(rows: list[tuple[str, str]], css_class: str = "gw-item") -> str:
    """Escaped big-type cards (meta line, text) for the aspiration wall: user text is shown as
    plain text (html.escape), never as markup."""
    return "".join(
        f"<div class='{css_class}'><div class='m'>{esc(meta)}</div>"
        f"<div class='x'>{esc(text)}</div></div>"
        for meta, text in rows
    )


_WALL_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 1rem; max-width: 100%; }
.gw-title { font-size: 52px; font-weight: 800; color: #0B3D6E; line-height: 1.1; }
.gw-h { font-size: 32px; font-weight: 700; margin: .4rem 0; }
.gw-item { border-left: 8px solid #0B3D6E; background: #F3F6FA; padding: 10px 18px;
           margin-bottom: 12px; border-radius: 6px; }
.gw-item .m { font-size: 22px; color: #444; }
.gw-item .x { font-size: 32px; line-height: 1.3; color: #111; white-space: pre-wrap;
              overflow-wrap: anywhere; }
@media (max-width: 700px) { .gw-title { font-size: 32px; } .gw-item .x { font-size: 22px; } }
</style>
"""


def wall_chrome() -> bool:
    """The aspiration wall's look: big type and, unless the menu was asked for, no sidebar or
    header. The 'menu' toggle sits at the bottom of the page (key 'wall_menu')."""
    st.html(_WALL_CSS)
    show = bool(st.session_state.get("wall_menu", False))
    if not show:
        st.html(_HIDE_CHROME_CSS)
    return show
