"""The shared sidebar filters: widgets, URL sync, and setting the kab/kota or period from a click."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import duckdb
import streamlit as st
from streamlit.errors import StreamlitAPIException

from gema.core import i18n
from gema.core.filters import LIST_FIELDS, PERIODS, Filters
from gema.core.regions import KODE_NAMA
from gema.ui.session import FILTERS_KEY, LANG_KEY, lang, run, t

# --- filters ---------------------------------------------------------------------------------
# Widget keys of the sidebar filters. Widgets get their value from session state only (never
# `default=` as well), so the map can set the kab/kota filter without a widget warning.
W_DATES, W_KABKOTA = "_f_dates", "_f_kabkota"


def period_widget() -> str:
    """The period selectbox shows translated labels, and a selectbox keeps its value as the
    label: one widget key per language, so switching language never meets a stale label."""
    return f"_f_period_{lang()}"


_PENDING_KABKOTA = "_gema_pending_kabkota"


def filters() -> Filters:
    """The shared filters of this session (read from the URL on first use)."""
    if FILTERS_KEY not in st.session_state:
        st.session_state[FILTERS_KEY] = Filters.from_query(st.query_params.to_dict())
    return st.session_state[FILTERS_KEY]


def set_filters(new: Filters) -> None:
    """Store filters and mirror them in the URL so a copied link reproduces the view."""
    st.session_state[FILTERS_KEY] = new
    _sync_url(new)


def _sync_url(f: Filters) -> None:
    """Write the filters (and a non-default language) into the query string when it differs.
    Streamlit drops the query string when the user switches pages in the sidebar, so this runs
    on every script run: the address bar always holds a link that reproduces the view."""
    wanted = dict(f.to_query())
    if st.session_state.get(LANG_KEY, i18n.DEFAULT_LANG) != i18n.DEFAULT_LANG:
        wanted["lang"] = st.session_state[LANG_KEY]
    current = st.query_params.to_dict()
    keys = _filter_query_keys() | {"lang"}
    if {k: v for k, v in current.items() if k in keys} != wanted:
        keep = {k: v for k, v in current.items() if k not in keys}
        st.query_params.from_dict({**keep, **wanted})


def _filter_query_keys() -> set[str]:
    return {"periode", "dari", "sampai", *LIST_FIELDS}


def _options(name: str) -> list[str]:
    try:
        return run(f"filters/{name}_options").iloc[:, 0].dropna().astype(str).tolist()
    except duckdb.Error:
        return []


def _seed_widgets(f: Filters) -> None:
    """Give each filter widget its value from the shared filters, once per session (and again
    after a reset or a map click), before the widgets are created."""
    pending = st.session_state.pop(_PENDING_KABKOTA, None)
    if pending is not None:
        st.session_state[W_KABKOTA] = list(pending)
    for other in i18n.LANGS:  # a period widget of another language would hold a stale value
        if f"_f_period_{other}" != period_widget():
            st.session_state.pop(f"_f_period_{other}", None)
    st.session_state.setdefault(period_widget(), f.period)
    st.session_state.setdefault(W_DATES, (f.start, f.end))
    st.session_state.setdefault(W_KABKOTA, [k for k in f.kabkota if k in KODE_NAMA])
    for name in ("campaign", "platform", "channel"):
        st.session_state.setdefault(f"_f_{name}", list(getattr(f, name)))


def _reset_filters() -> None:
    """Callback of the reset button: default period, no other filter."""
    default = Filters()
    st.session_state[period_widget()] = default.period
    st.session_state[W_DATES] = (default.start, default.end)
    for name in LIST_FIELDS:
        st.session_state[f"_f_{name}"] = []


def render_filters() -> Filters:
    """The shared filter widgets in the sidebar (called once by app.py, before the page runs).
    Campaign and platform narrow the content figures; channel narrows the feedback figures;
    period and kab/kota narrow both."""
    f = filters()
    _seed_widgets(f)
    current_lang = lang()
    sb = st.sidebar
    sb.header(t("filter.title"))
    period = sb.selectbox(
        t("filter.period"),
        PERIODS,
        format_func=lambda p, lg=current_lang: i18n.t(f"filter.period.{p}", lg),
        key=period_widget(),
    )
    if period == "custom":
        picked = sb.date_input(t("filter.period.custom"), format="DD/MM/YYYY", key=W_DATES)
        if isinstance(picked, (tuple, list)) and len(picked) == 2:
            start, end = picked
        else:  # the user has picked only the first day so far
            start, end = f.start, f.end
        base = Filters(period="custom", start=start, end=end)
    else:
        base = Filters.from_query({"periode": period})
    kabkota = sb.multiselect(
        t("filter.kabkota"),
        list(KODE_NAMA),
        format_func=KODE_NAMA.get,
        placeholder=t("filter.all"),
        key=W_KABKOTA,
    )
    lists: dict[str, tuple[str, ...]] = {"kabkota": tuple(kabkota)}
    for name in ("campaign", "platform", "channel"):
        options = _options(name)
        key = f"_f_{name}"
        chosen = st.session_state.get(key) or []
        # values from a shared link that this database does not have are dropped, not kept
        st.session_state[key] = [v for v in chosen if v in options]
        lists[name] = tuple(
            sb.multiselect(
                t(f"filter.{name}"),
                options,
                placeholder=t("filter.all"),
                key=key,
                help=t(f"dash.filter.{name}.help"),
            )
        )
    new = Filters(period=base.period, start=base.start, end=base.end, **lists)
    if new != f:
        st.session_state[FILTERS_KEY] = new
    _sync_url(new)
    shown_start = None if new.period == "all" else new.start
    sb.caption(i18n.fmt_period(shown_start, new.end, lang()))
    sb.button(t("filter.reset"), on_click=_reset_filters, icon=":material/restart_alt:")
    return new


def set_kabkota_filter(kodes: list[str]) -> None:
    """Used by the map: a click on a kab/kota filters every page. Works from a widget callback
    (applied at once) and from the page body (applied on an immediate rerun)."""
    f = filters()
    kodes = [k for k in kodes if k in KODE_NAMA]
    try:
        st.session_state[W_KABKOTA] = list(kodes)
        rerun = False
    except StreamlitAPIException:  # the sidebar widget already exists in this run
        st.session_state[_PENDING_KABKOTA] = list(kodes)
        rerun = True
    set_filters(replace(f, kabkota=tuple(kodes)))
    if rerun:
        st.rerun()


def set_custom_period(start: date, end: date) -> None:
    """Callback for a page's period shortcut (e.g. "Kuartal lalu" on Kreator, issue 14): the
    shared filters and the sidebar widgets take the custom period [start, end]."""
    st.session_state[period_widget()] = "custom"
    st.session_state[W_DATES] = (start, end)
    set_filters(replace(filters(), period="custom", start=start, end=end))
