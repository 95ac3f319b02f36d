"""Per-browser-session state: the leased DuckDB cursor, the language and the signed-in user."""

from __future__ import annotations

import threading
import time
from typing import Any

import duckdb
import pandas as pd
import streamlit as st
from streamlit.runtime import Runtime
from streamlit.runtime.app_session import AppSessionState
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from gema.core import i18n, store

USER_KEY = (
    "gema_user"  # session-state contract: {"username": str, "role": "pimpinan"|"staf"|"admin"}
)


FILTERS_KEY = "gema_filters"


LANG_KEY = "gema_lang"


# --- connection ------------------------------------------------------------------------------
# The app and the CLI share one DuckDB file, and DuckDB lets one process hold it at a time. So a
# browser session leases a cursor (gema.core.store.lease) for one script run and gives it back when
# the run ends: app.py calls `release_connection()` when the page is done, and a janitor thread
# returns the lease of any session whose script is no longer running (fragment reruns, a run
# that ended in an exception). Between a user's actions the process holds no lock on the file.
# A lease belongs to one script run's thread, not to the browser session: for a rerun Streamlit
# may start a new ScriptRunner thread while the one it replaces is still in its last DuckDB
# statement, and that old run's `release_connection` (app.py's finally) must not close the
# cursor the new run is staging an upload on ("Connection already closed!", tests/test_ui_lease).
_Key = tuple[str, threading.Thread]  # (session id, script thread: never reused, unlike its id)
_leases: dict[_Key, tuple[str, duckdb.DuckDBPyConnection]] = {}  # run -> (path, cursor)


_touched: dict[_Key, float] = {}  # run -> time.monotonic() of its last conn()


_idle_seen: dict[_Key, int] = {}  # run -> janitor rounds in a row it saw the script stopped


_leases_lock = threading.RLock()


_janitor: threading.Thread | None = None


JANITOR_SECONDS = 0.2


# Streamlit marks a session running from its event loop, a moment after the script thread has
# started: a lease is only returned when it is this old and seen stopped twice in a row.
LEASE_GRACE_SECONDS = 1.0


def _session_id() -> str:
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else "no-session"


def _run_key() -> _Key:
    """This script run's lease key: its browser session and the thread running it."""
    return (_session_id(), threading.current_thread())


def conn() -> duckdb.DuckDBPyConnection:
    """This session's cursor for the current script run (opened on first use in the run).

    When another process (a scheduled `python -m gema import`) holds the file, the page says so
    and waits (GEMA_DB_WAIT seconds, default 60) instead of failing with a lock error."""
    path = str(store.db_path())
    sid = _run_key()
    with _leases_lock:
        held = _leases.get(sid)
        _touched[sid] = time.monotonic()
        _idle_seen.pop(sid, None)
        if held is not None and held[0] == path:
            return held[1]
        if held is not None:
            store.release(held[1], held[0])
            del _leases[sid]
    try:
        cur = store.lease(path, wait=0)
    except store.DatabaseBusy:
        with st.spinner(t("db.busy", s=int(store.wait_seconds())), show_time=True):
            try:
                cur = store.lease(path)
            except store.DatabaseBusy:
                st.error(
                    t("db.busy_gave_up", s=int(store.wait_seconds())), icon=":material/lock_clock:"
                )
                st.stop()
                raise
    with _leases_lock:
        _leases[sid] = (path, cur)
    _start_janitor()
    return cur


def release_connection() -> None:
    """Give this session's cursor back (app.py, when the page has run)."""
    with _leases_lock:
        held = _leases.pop(_run_key(), None)
        _touched.pop(_run_key(), None)
    if held is not None:
        store.release(held[1], held[0])


def _session_running(sid: str) -> bool | None:
    """Whether that browser session's script is running now; None when unknown (AppTest)."""
    if not Runtime.exists():
        return None
    try:
        info = Runtime.instance()._session_mgr.get_active_session_info(sid)
    except Exception:  # internals of streamlit 1.67; unknown means keep the lease
        return None
    if info is None:
        return False  # the session has ended
    return getattr(info.session, "_state", None) == AppSessionState.APP_IS_RUNNING


def _start_janitor() -> None:
    global _janitor
    with _leases_lock:
        if _janitor is None or not _janitor.is_alive():
            _janitor = threading.Thread(target=_return_idle_leases, name="gema-lease-janitor")
            _janitor.daemon = True
            _janitor.start()


def _return_idle_leases() -> None:
    """Return the leases of sessions whose script has stopped; end when none is left."""
    global _janitor
    while True:
        time.sleep(JANITOR_SECONDS)
        with _leases_lock:
            now = time.monotonic()
            for sid, (path, cur) in list(_leases.items()):
                if now - _touched.get(sid, 0.0) < LEASE_GRACE_SECONDS:
                    continue
                if _session_running(sid[0]) is not False:
                    _idle_seen.pop(sid, None)
                    continue
                _idle_seen[sid] = _idle_seen.get(sid, 0) + 1
                if _idle_seen[sid] >= 2:
                    del _leases[sid]
                    _idle_seen.pop(sid, None)
                    _touched.pop(sid, None)
                    store.release(cur, path)
            if not _leases:
                _janitor = None
                return


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
