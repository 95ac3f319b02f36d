"""Streamlit glue: the only module in `gema/` that imports streamlit.

Pages call these helpers so that every page has the same header, language, filters, demo
banner and empty states, and so that pages stay thin (widgets → one call into gema → render).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from gema import i18n, store
from gema.filters import LIST_FIELDS, PERIODS, Filters
from gema.regions import KODE_NAMA

USER_KEY = (
    "gema_user"  # session-state contract: {"username": str, "role": "pimpinan"|"staf"|"admin"}
)
FILTERS_KEY = "gema_filters"
LANG_KEY = "gema_lang"


# --- connection ------------------------------------------------------------------------------
def conn() -> duckdb.DuckDBPyConnection:
    """A cursor of the process-wide connection, one per browser session."""
    path = str(store.db_path())
    cur = st.session_state.get("_gema_cursor")
    if cur is None or st.session_state.get("_gema_cursor_path") != path:
        cur = store.shared_connection(path).cursor()
        st.session_state["_gema_cursor"] = cur
        st.session_state["_gema_cursor_path"] = path
    return cur


def run(name: str, **params: Any) -> pd.DataFrame:
    """Run a named query on this session's cursor."""
    return store.run(conn(), name, **params)


# --- language --------------------------------------------------------------------------------
def lang() -> str:
    """Current UI language: session state, then the `lang` query parameter, then Indonesian."""
    if LANG_KEY not in st.session_state:
        qp = st.query_params.get("lang", i18n.DEFAULT_LANG)
        st.session_state[LANG_KEY] = qp if qp in i18n.LANGS else i18n.DEFAULT_LANG
    return st.session_state[LANG_KEY]


def t(key: str, **kwargs: object) -> str:
    return i18n.t(key, lang(), **kwargs)


def language_switch() -> None:
    """Bahasa Indonesia / English toggle in the sidebar; remembered in the URL."""
    current = lang()
    choice = st.sidebar.segmented_control(
        t("app.language"),
        options=list(i18n.LANGS),
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
        default=current,
        key="_lang_widget",
    )
    if choice and choice != current:
        st.session_state[LANG_KEY] = choice
        st.query_params["lang"] = choice
        st.rerun()


# --- users -----------------------------------------------------------------------------------
def current_user() -> dict[str, str] | None:
    return st.session_state.get(USER_KEY)


def username() -> str:
    user = current_user()
    return user["username"] if user else "anonim"


# --- filters ---------------------------------------------------------------------------------
def filters() -> Filters:
    """The shared filters of this session (read from the URL on first use)."""
    if FILTERS_KEY not in st.session_state:
        st.session_state[FILTERS_KEY] = Filters.from_query(st.query_params.to_dict())
    return st.session_state[FILTERS_KEY]


def set_filters(new: Filters) -> None:
    """Store filters and mirror them in the URL so a copied link reproduces the view."""
    st.session_state[FILTERS_KEY] = new
    keep = {k: v for k, v in st.query_params.to_dict().items() if k not in _filter_query_keys()}
    st.query_params.from_dict({**keep, **new.to_query()})


def _filter_query_keys() -> set[str]:
    return {"periode", "dari", "sampai", *LIST_FIELDS}


def _options(name: str) -> list[str]:
    try:
        return run(f"filters/{name}_options").iloc[:, 0].dropna().astype(str).tolist()
    except duckdb.Error:
        return []


def render_filters() -> Filters:
    """The shared filter widgets in the sidebar (called once by app.py)."""
    f = filters()
    sb = st.sidebar
    sb.header(t("filter.title"))
    period = sb.selectbox(
        t("filter.period"),
        PERIODS,
        index=PERIODS.index(f.period),
        format_func=lambda p: t(f"filter.period.{p}"),
        key="_f_period",
    )
    start, end = f.start, f.end
    if period == "custom":
        picked = sb.date_input(
            t("filter.period.custom"), value=(f.start, f.end), format="DD/MM/YYYY", key="_f_dates"
        )
        if isinstance(picked, tuple) and len(picked) == 2:
            start, end = picked
    kabkota = sb.multiselect(
        t("filter.kabkota"),
        list(KODE_NAMA),
        default=[k for k in f.kabkota if k in KODE_NAMA],
        format_func=KODE_NAMA.get,
        placeholder=t("filter.all"),
        key="_f_kabkota",
    )
    lists: dict[str, list[str]] = {"kabkota": kabkota}
    for name in ("campaign", "platform", "channel"):
        options = _options(name)
        lists[name] = sb.multiselect(
            t(f"filter.{name}"),
            options,
            default=[v for v in getattr(f, name) if v in options],
            placeholder=t("filter.all"),
            key=f"_f_{name}",
        )
    if period != "custom":
        new = Filters.from_query({"periode": period})
    else:
        new = Filters(period="custom", start=start, end=end)
    new = Filters(
        period=new.period,
        start=new.start,
        end=new.end,
        **{k: tuple(v) for k, v in lists.items()},
    )
    if new != f:
        set_filters(new)
    sb.caption(i18n.fmt_period(new.start if new.period != "all" else None, new.end, lang()))
    return new


def set_kabkota_filter(kodes: list[str]) -> None:
    """Used by the map: a click on a kab/kota filters every page."""
    f = filters()
    st.session_state["_f_kabkota"] = list(kodes)
    set_filters(Filters(f.period, f.start, f.end, tuple(kodes), f.campaign, f.platform, f.channel))


# --- page furniture --------------------------------------------------------------------------
def demo_loaded() -> bool:
    try:
        return bool(store.scalar(conn(), "app/demo_loaded"))
    except duckdb.Error:
        return False


def page_header(title_key: str, caption_key: str | None = None) -> None:
    """Title, optional caption and, when demo rows are present, the 'Data contoh' banner."""
    st.title(t(title_key))
    if caption_key:
        st.caption(t(caption_key))
    if demo_loaded():
        st.info(t("app.demo_banner"), icon=":material/science:")


def empty_state(message_key: str, **kwargs: object) -> None:
    st.info(t(message_key, **kwargs), icon=":material/inbox:")


def text_table(df: pd.DataFrame, **kwargs: Any) -> None:
    """A table whose cells are always shown as plain text (never HTML or markdown)."""
    st.dataframe(df, hide_index=True, width="stretch", **kwargs)


def fmt_date(value: date | None) -> str:
    return i18n.fmt_date(value, lang())


# --- sign-in ---------------------------------------------------------------------------------
def require_sign_in() -> dict[str, str]:
    """The signed-in user, or stop the script after showing the sign-in form.

    Until the access issue lands, every visitor is treated as an admin on this machine."""
    user = current_user()
    if user is None:
        user = {"username": "lokal", "role": "admin"}
        st.session_state[USER_KEY] = user
    return user


def sidebar_account(user: dict[str, str]) -> None:
    """Who is signed in, at the top of the sidebar."""
    st.sidebar.caption(f"{user['username']} · {user['role']}")
