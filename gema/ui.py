"""Streamlit glue: the only module in `gema/` that imports streamlit.

Pages call these helpers so that every page has the same header, language, filters, demo
banner and empty states, and so that pages stay thin (widgets → one call into gema → render).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException
from streamlit.runtime import Runtime
from streamlit.runtime.app_session import AppSessionState
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from gema import nav, topics
from gema.core import audit, auth, i18n, store, websession
from gema.core.filters import LIST_FIELDS, PERIODS, Filters
from gema.core.regions import KODE_NAMA

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
_leases: dict[str, tuple[str, duckdb.DuckDBPyConnection]] = {}  # session id -> (path, cursor)
_touched: dict[str, float] = {}  # session id -> time.monotonic() of its last conn()
_idle_seen: dict[str, int] = {}  # session id -> janitor rounds in a row it saw the script stopped
_leases_lock = threading.RLock()
_janitor: threading.Thread | None = None
JANITOR_SECONDS = 0.2
# Streamlit marks a session running from its event loop, a moment after the script thread has
# started: a lease is only returned when it is this old and seen stopped twice in a row.
LEASE_GRACE_SECONDS = 1.0


def _session_id() -> str:
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else "no-session"


def conn() -> duckdb.DuckDBPyConnection:
    """This session's cursor for the current script run (opened on first use in the run).

    When another process (a scheduled `python -m gema import`) holds the file, the page says so
    and waits (GEMA_DB_WAIT seconds, default 60) instead of failing with a lock error."""
    path = str(store.db_path())
    sid = _session_id()
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
        held = _leases.pop(_session_id(), None)
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
                if _session_running(sid) is not False:
                    _idle_seen.pop(sid, None)
                    continue
                _idle_seen[sid] = _idle_seen.get(sid, 0) + 1
                if _idle_seen[sid] >= 2:
                    del _leases[sid]
                    _idle_seen.pop(sid, None)
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


# --- filters ---------------------------------------------------------------------------------
# Widget keys of the sidebar filters. Widgets get their value from session state only (never
# `default=` as well), so the map can set the kab/kota filter without a widget warning.
_W_DATES, _W_KABKOTA = "_f_dates", "_f_kabkota"


def _w_period() -> str:
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
        st.session_state[_W_KABKOTA] = list(pending)
    for other in i18n.LANGS:  # a period widget of another language would hold a stale value
        if f"_f_period_{other}" != _w_period():
            st.session_state.pop(f"_f_period_{other}", None)
    st.session_state.setdefault(_w_period(), f.period)
    st.session_state.setdefault(_W_DATES, (f.start, f.end))
    st.session_state.setdefault(_W_KABKOTA, [k for k in f.kabkota if k in KODE_NAMA])
    for name in ("campaign", "platform", "channel"):
        st.session_state.setdefault(f"_f_{name}", list(getattr(f, name)))


def _reset_filters() -> None:
    """Callback of the reset button: default period, no other filter."""
    default = Filters()
    st.session_state[_w_period()] = default.period
    st.session_state[_W_DATES] = (default.start, default.end)
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
        key=_w_period(),
    )
    if period == "custom":
        picked = sb.date_input(t("filter.period.custom"), format="DD/MM/YYYY", key=_W_DATES)
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
        key=_W_KABKOTA,
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
        st.session_state[_W_KABKOTA] = list(kodes)
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
    st.session_state[_w_period()] = "custom"
    st.session_state[_W_DATES] = (start, end)
    set_filters(replace(filters(), period="custom", start=start, end=end))


# --- page furniture --------------------------------------------------------------------------
def demo_loaded() -> bool:
    try:
        return bool(store.scalar(conn(), "app/demo_loaded"))
    except duckdb.Error:
        return False


_FILTER_LINE_CSS = """
<style>
/* issue 12: no label is cut with an ellipsis; long labels wrap instead */
[data-testid=stMain] [data-testid=stWidgetLabel] p,
[data-testid=stMain] [data-testid=stCheckbox] label p,
[data-testid=stMain] [data-testid=stMetricLabel] p,
[data-testid=stMain] [data-testid=stMetricLabel] div,
[data-testid=stMain] [data-testid=stExpander] summary p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
/* a metric value shrinks with its card, then wraps: never '2.001.0…' on a phone */
[data-testid=stMain] [data-testid=stMetric] { container-type: inline-size; }
[data-testid=stMain] [data-testid=stMetricValue] { font-size: clamp(1.2rem, 13cqi, 2.25rem); }
[data-testid=stMain] [data-testid=stMetricValue] div,
[data-testid=stMain] [data-testid=stMetricValue] p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  overflow-wrap: anywhere; }
.gema-filterline { display: flex; gap: .45rem; align-items: baseline; flex-wrap: wrap;
  margin: -.6rem 0 .4rem 0; font-size: 1rem; color: #1f2937; }
.gema-filterline b { font-weight: 600; color: #0B3D6E; white-space: nowrap; }
</style>
"""


def page_header(title_key: str, caption_key: str | None = None) -> None:
    """Title, the active filters in one line (pages that use them), optional caption and, when
    demo rows are present, the 'Data contoh' banner (not on admin pages: issue 12)."""
    import inspect

    from gema import nav, slides

    caller = Path(inspect.stack()[1].filename).name  # the page file that asked for the header
    spec = next((p for p in nav.PAGES if p.file == caller), None) or next(
        (p for p in nav.PAGES if p.title_key == title_key), None
    )
    st.title(t(title_key))
    if spec is not None and spec.section == "app.section.dashboard":
        line = slides.filter_line(filters(), lang())
        st.html(
            _FILTER_LINE_CSS + "<div class='gema-filterline' data-testid='gema-filter-line'>"
            f"<b>{_esc(t('rep.filter.label'))}:</b><span>{_esc(line)}</span></div>"
        )
    else:
        st.html(_FILTER_LINE_CSS)
    if caption_key:
        st.caption(t(caption_key))
    admin_page = spec is not None and spec.roles == nav.ADMIN
    if demo_loaded() and not admin_page:
        st.info(t("app.demo_banner"), icon=":material/science:")


def empty_state(message_key: str, upload_link: bool = False, **kwargs: object) -> None:
    """An empty state that says what is missing; with `upload_link`, staff also get a link to
    the Unggah data page (when that page exists and their role may open it)."""
    st.info(t(message_key, **kwargs), icon=":material/inbox:")
    if upload_link:
        from gema import nav

        user = current_user() or {}
        for spec in nav.available(user.get("role")):
            if spec.file == "unggah.py":
                st.page_link(spec.path, label=t(spec.title_key), icon=spec.icon)


TABLE_CONTENT_ROWS = 60  # up to this many rows a table is drawn whole (no half 11th row)
TABLE_ROW_PX, TABLE_HEAD_PX, TABLE_SCROLL_ROWS = 35, 38, 17  # Streamlit's grid row geometry


def whole_rows_height(n: int, rows: int = TABLE_SCROLL_ROWS) -> int:
    """A scroll height that ends on a row boundary: never half an 11th row showing."""
    return TABLE_HEAD_PX + TABLE_ROW_PX * max(1, min(n, rows))


TABLE_SCROLL_HEIGHT = whole_rows_height(TABLE_SCROLL_ROWS)
_CHAR_PX, _CELL_PAD_PX, _COL_MIN_PX, _COL_MAX_PX = 8.4, 34, 64, 420


def column_widths(df: pd.DataFrame) -> dict[str, int]:
    """A pixel width per column that shows its whole header and its longest value (capped), so
    headers such as 'Biaya/interaksi' or 'Unsur terlemah' are never cut to 'Biaya/inter…'."""
    out: dict[str, int] = {}
    for col in df.columns:
        values = df[col].head(500).map(lambda v: "" if v is None else str(v))
        longest = max([len(str(col)) + 2, *values.str.len().fillna(0).astype(int).tolist()])
        out[str(col)] = int(min(_COL_MAX_PX, max(_COL_MIN_PX, longest * _CHAR_PX + _CELL_PAD_PX)))
    return out


def table_layout(df: Any, column_config: dict | None = None) -> dict[str, Any]:
    """st.dataframe arguments that never cut a table (issue 12): whole height up to
    TABLE_CONTENT_ROWS rows, then a scroll height; a fitted width for every column the caller
    did not size itself."""
    frame = df.data if hasattr(df, "data") and not isinstance(df, pd.DataFrame) else df
    config: dict[str, Any] = dict(column_config or {})
    for col, width in column_widths(frame).items():
        if col not in config:
            config[col] = st.column_config.Column(width=width)
        elif isinstance(config[col], dict) and not config[col].get("width"):
            label = str(config[col].get("label") or "")
            width = max(width, min(_COL_MAX_PX, int(len(label) * _CHAR_PX + _CELL_PAD_PX)))
            config[col] = {**config[col], "width": width}  # the caller's format, our width
    height: Any = "content" if len(frame) <= TABLE_CONTENT_ROWS else TABLE_SCROLL_HEIGHT
    return {"column_config": config, "height": height}


def text_table(df: pd.DataFrame, **kwargs: Any) -> None:
    """A table whose cells are always shown as plain text (never HTML or markdown), never cut:
    fitted column widths, the whole table's height (long tables scroll and say how long)."""
    layout = table_layout(df, kwargs.pop("column_config", None))
    layout.update(kwargs)
    st.dataframe(df, hide_index=True, width="stretch", **layout)
    frame = df.data if hasattr(df, "data") and not isinstance(df, pd.DataFrame) else df
    if len(frame) > TABLE_CONTENT_ROWS:
        st.caption(t("rep.table.scroll", n=i18n.fmt_int(len(frame))))


def fmt_date(value: date | None) -> str:
    return i18n.fmt_date(value, lang())


# --- dashboards (issue 3): KPI cards, change list, charts --------------------------------------
# A KPI value is never cut off ("81,56 …" on a phone): the card is a size container, the value's
# font scales with the card's width (cqi) between a floor and the desktop size, and if it still
# does not fit it wraps instead of ending in an ellipsis.
_KPI_CSS = """
<style>
.st-key-gema_kpi_main [data-testid="stMetric"],
.st-key-gema_kpi_more [data-testid="stMetric"] { container-type: inline-size; }
.st-key-gema_kpi_main [data-testid="stMetricValue"] {
  font-size: clamp(1.35rem, 19cqi, 2.4rem); font-weight: 700; line-height: 1.15; }
.st-key-gema_kpi_main [data-testid="stMetricLabel"] p { font-size: 1.05rem; }
.st-key-gema_kpi_more [data-testid="stMetricValue"] { font-size: clamp(1.1rem, 17cqi, 1.6rem); }
.st-key-gema_kpi_main [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
.st-key-gema_kpi_more [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
.st-key-gema_kpi_main [data-testid="stMetricValue"] p,
.st-key-gema_kpi_more [data-testid="stMetricValue"] p {
  white-space: normal; overflow: visible; text-overflow: clip; overflow-wrap: anywhere; }
</style>
"""


def kpi_cards(kpis: list[Any], key: str = "gema_kpi_main", columns: int = 5) -> None:
    """A wrapping grid of KPI cards (gema.metrics.Kpi): value, change against the previous period
    of equal length (coloured by whether the direction is good), formula in the tooltip. Cards
    reflow to two per row on a phone."""
    if not kpis:
        return
    st.html(_KPI_CSS)
    vs = t("dash.kpi.delta_help")
    with st.container(key=key):
        grid = st.grid(columns, min_column_width=165, gap="small")
        with grid:
            for k in kpis:
                delta = k.delta_text(lang())
                colour = {"up": "normal", "down": "inverse"}.get(k.better or "", "off")
                flat = not k.change  # no change (or nothing to compare): no arrow, no colour
                st.metric(
                    t(k.label_key),
                    k.value_text(lang()),
                    delta=delta,
                    delta_color="off" if flat else colour,
                    delta_arrow="off" if flat else "auto",
                    help=t(k.help_key)
                    + "\n\n"
                    + t("dash.kpi.exact", value=k.full_text())
                    + "\n\n"
                    + vs,
                    border=True,
                )


_MD_SPECIAL = "\\`*_{}[]()#+-.!|<>~$"


def md_escape(text: str) -> str:
    """Escape markdown so generated sentences that contain data values (topic names from an
    upload) are shown literally."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def change_list(items: list[Any]) -> None:
    """The 'apa yang berubah' list (gema.metrics.Change): one line each, arrow by direction."""
    if not items:
        st.caption(t("dash.change.none"))
        return
    lines = []
    for c in items:
        icon = ":material/trending_up:" if c.rising else ":material/trending_down:"
        if c.metric == "feedback":  # more feedback is neither good nor bad in itself
            colour = "gray"
        else:
            colour = "blue" if (c.metric == "reach") == c.rising else "orange"
        lines.append(f"- :{colour}[{icon}] {md_escape(c.text(lang()))}")
    st.markdown("\n".join(lines))


def chart(fig: Any, key: str | None = None) -> None:
    """A Plotly figure at full width, without the Plotly logo, offline."""
    # theme=None: our own large fonts and colours (as on the FGD slides), not Streamlit's theme
    st.plotly_chart(fig, width="stretch", key=key, theme=None, config={"displaylogo": False})


# --- access (issue 6): sign-in page, sessions, roles, kiosk -----------------------------------
LAST_ACTIVE_KEY = "gema_last_active"  # time.time() of the last full run; absent = just active
AUTH_SOURCE_KEY = "gema_auth_source"  # "password" | "oidc" (absent when a test sets the user)
_NOTICE_KEY = "_gema_signin_notice"  # (kind, text) shown once on the sign-in page
_WANT_SIGNIN_KEY = "_gema_want_signin"  # kiosk visitor asked for the staff sign-in
KIOSK_USER = {"username": "kios", "role": "kiosk"}
SID_KEY = "gema_sid"  # the websession id shared by every tab of this browser (issue 9)
_GRANT_KEY = "_gema_cookie_grant"  # one-time grant: the browser fetches its cookie with it
_CLEAR_COOKIE_KEY = "_gema_clear_cookie"  # after sign-out: the browser drops its cookie


def role_label(role: str) -> str:
    return t(f"access.role.{role}")


def kiosk_mode() -> bool:
    """True when this visitor is the anonymous kiosk viewer (GEMA_KIOSK=1, not signed in).

    Kiosk pages (presentation, aspiration wall) must then show aggregated figures only: no names,
    no raw personal data."""
    return (
        current_user() is None
        and auth.kiosk_enabled()
        and not st.session_state.get(_WANT_SIGNIN_KEY)
        and bool(nav.kiosk_pages())
    )


def require_role(*roles: str) -> dict[str, str]:
    """Top-of-page guard: the user when their role is in `roles` (no roles = any signed-in role),
    else a refusal and a stop. Pages call it first, so a page reached by URL, or run by Streamlit
    without app.py, never shows anything to the wrong person."""
    user = require_sign_in()
    allowed = roles or auth.ROLES
    if user["role"] not in allowed:
        if user["role"] != nav.KIOSK:
            _audit(user["username"], audit.ACCESS_DENIED, required=list(allowed))
        st.error(t("access.forbidden", role=role_label(user["role"])), icon=":material/block:")
        st.stop()
    return user


def can(action: str) -> bool:
    """Whether the signed-in user may do `action` (e.g. ui.can('undo') for the undo button)."""
    return auth.can(current_user(), action)


def _audit(name: str | None, action: str, **detail: Any) -> None:
    """Record an access event; a store that cannot record fails the action (fail closed)."""
    audit.record(conn(), name, action, **detail)


def _client_id() -> str:
    """The client address for throttling and the audit trail. Behind a reverse proxy set
    GEMA_TRUST_PROXY=1 so the first X-Forwarded-For address is used instead of the proxy's."""
    if os.environ.get("GEMA_TRUST_PROXY", "").strip() == "1":
        forwarded = (st.context.headers.get("X-Forwarded-For") or "").split(",")[0].strip()
        if forwarded:
            return forwarded
    address = st.context.ip_address  # None on localhost
    return address if isinstance(address, str) and address else "lokal"


def _secrets_section(name: str) -> dict[str, Any] | None:
    try:
        section = st.secrets.get(name)
    except Exception:  # no secrets.toml at all, or an unreadable one: built-in accounts
        return None
    return dict(section) if section else None


def _start_session(user: dict[str, str], source: str, sid: str | None = None) -> None:
    """Sign this tab in. A password sign-in also starts a browser-wide session (cookie, see
    gema.core.websession) unless `sid` resumes one from the cookie."""
    st.session_state[USER_KEY] = user
    st.session_state[AUTH_SOURCE_KEY] = source
    st.session_state[LAST_ACTIVE_KEY] = time.time()
    st.session_state.pop(_WANT_SIGNIN_KEY, None)
    if source == "password":
        if sid is None:
            sid, grant = websession.registry.start(user["username"])
            st.session_state[_GRANT_KEY] = grant
        st.session_state[SID_KEY] = sid


def _end_session(notice: tuple[str, str] | None = None) -> None:
    """Sign this tab out; the browser-wide session ends too, so every other tab follows."""
    sid = st.session_state.get(SID_KEY)
    if sid:
        websession.registry.end(sid)
        st.session_state[_CLEAR_COOKIE_KEY] = True
    for key in (USER_KEY, AUTH_SOURCE_KEY, LAST_ACTIVE_KEY, _WANT_SIGNIN_KEY, SID_KEY, _GRANT_KEY):
        st.session_state.pop(key, None)
    if notice:
        st.session_state[_NOTICE_KEY] = notice


def _resume_from_cookie() -> dict[str, str] | None:
    """A new tab, a reload or a copied link: the signed cookie brings the session back."""
    try:
        token = st.context.cookies.get(websession.COOKIE)
    except Exception:  # no browser request behind this run (AppTest)
        return None
    if not token:
        return None
    live = websession.resume(token)
    if live is None:
        st.session_state[_CLEAR_COOKIE_KEY] = True
        return None
    account = auth.get_account(live.username)
    if account is None or account.disabled:
        websession.registry.end_user(live.username)
        st.session_state[_CLEAR_COOKIE_KEY] = True
        return None
    user = {"username": account.username, "role": account.role}
    _start_session(user, "password", sid=live.sid)
    websession.registry.touch(live.sid)
    return user


def _session_gone() -> bool:
    """The browser-wide session was ended elsewhere (sign-out in another tab, account off)."""
    sid = st.session_state.get(SID_KEY)
    return bool(sid) and websession.registry.get(sid) is None


def _idle_too_long(now: float) -> bool:
    """Idle expiry of this tab (GEMA_SESSION_MINUTES since its last run)."""
    return auth.session_expired(st.session_state.get(LAST_ACTIVE_KEY), now)


def _check_session(user: dict[str, str]) -> dict[str, str] | None:
    """The user if the session is still valid (not idle too long, account still enabled)."""
    now = time.time()
    if _session_gone():
        _end_session(("info", t("access.signed_out_elsewhere")))
        return None
    if _idle_too_long(now):
        _audit(user["username"], audit.SESSION_EXPIRED)
        source = st.session_state.get(AUTH_SOURCE_KEY)
        sid = st.session_state.get(SID_KEY)
        if sid and not websession.registry.idle_expired(sid, now):
            # another tab of this browser is in use: only this tab goes back to the sign-in
            # page; the browser-wide session (its cookie) stays for the active tab
            st.session_state.pop(SID_KEY, None)
        _end_session(("warning", t("access.expired", m=auth.session_minutes())))
        if source == "oidc":
            st.logout()
        return None
    source = st.session_state.get(AUTH_SOURCE_KEY)
    if source == "password":
        account = auth.get_account(user["username"])
        if account is None or account.disabled:
            websession.registry.end_user(user["username"])
            _end_session(("error", t("access.account_gone")))
            return None
        if account.role != user["role"]:
            user = {"username": account.username, "role": account.role}
            st.session_state[USER_KEY] = user
    elif source == "oidc" and not st.user.get("is_logged_in"):
        _end_session()
        return None
    st.session_state[LAST_ACTIVE_KEY] = now
    if st.session_state.get(SID_KEY):
        websession.registry.touch(st.session_state[SID_KEY])
    return user


def require_sign_in() -> dict[str, str]:
    """The signed-in user (or the kiosk viewer), else the sign-in page and a stop.

    Nothing of the app (navigation, filters, pages) is drawn before this returns."""
    user = current_user()
    if user is not None:
        user = _check_session(user)
        if user is not None:
            return user
    elif not st.session_state.get(_WANT_SIGNIN_KEY):
        user = _resume_from_cookie()
        if user is not None:
            return user
    provider = auth.oidc_provider(_secrets_section("auth"))
    if provider is not None and st.user.get("is_logged_in"):
        user = _oidc_user(provider)
        if user is not None:
            return user
    if kiosk_mode():
        return dict(KIOSK_USER)

    # Register every app URL as a hidden sign-in page: no real page is reachable, the sidebar
    # stays empty, and a deep link (/aspirasi) keeps its URL, so after signing in the user lands
    # where the link pointed (if their role may open it).
    # The default gate page has its own path ('masuk'), so its script hash is no real page's.
    def view() -> None:
        _sign_in_page(provider)

    title = f"{t('access.signin_title')} · {t('app.title')}"
    gate = [st.Page(view, title=title, url_path="masuk", default=True)]
    gate += [st.Page(view, title=title, url_path=spec.url_path) for spec in nav.PAGES]
    st.navigation(gate, position="hidden").run()
    st.stop()
    raise AssertionError("unreachable")  # st.stop() raises


def _oidc_user(provider: str) -> dict[str, str] | None:
    identity = st.user.to_dict()
    name = auth.identity_name(identity)
    role = auth.role_for_identity(identity, _secrets_section("gema"))
    if role is None:
        if not st.session_state.get("_gema_oidc_refused"):
            st.session_state["_gema_oidc_refused"] = True
            _audit(name, audit.SIGNIN_FAILED, reason="no_role", method="oidc")
        st.session_state[_NOTICE_KEY] = ("error", t("access.no_role", name=md_escape(name)))
        return None
    user = {"username": name, "role": role}
    _audit(name, audit.SIGNIN, method="oidc", provider=provider or "default")
    _start_session(user, "oidc")
    return user


_SIGNIN_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
.st-key-gema_signin_brand { border-left: 6px solid #0B5394; padding-left: 1rem; }
.st-key-gema_signin_brand [data-testid="stCaptionContainer"] p { letter-spacing: .08em; }
.st-key-gema_signin_brand h1 { padding-top: .25rem; padding-bottom: .25rem; }
</style>
"""


def _sign_in_page(provider: str | None) -> None:
    """The only thing a stranger sees: who runs this app, and a way in."""
    st.html(_SIGNIN_CSS)
    if st.session_state.pop(_CLEAR_COOKIE_KEY, False):
        st.html(websession.signout_script(), unsafe_allow_javascript=True)
    _, middle, _ = st.columns([1, 1.4, 1])
    with middle:
        with st.container(key="gema_signin_brand"):
            st.caption(":material/account_balance: " + t("access.kicker").upper())
            st.title(t("app.title"), anchor=False)
            st.markdown(t("app.tagline"))
        notice = st.session_state.pop(_NOTICE_KEY, None)
        if notice:
            getattr(st, notice[0])(notice[1])
        if provider is not None:
            with st.container(border=True):
                st.subheader(t("access.welcome"), anchor=False)
                st.write(t("access.sso_intro"))
                if st.button(
                    t("access.signin_sso"), type="primary", icon=":material/login:", width="stretch"
                ):
                    st.login(provider or None)
                if st.user.get("is_logged_in"):
                    st.button(t("access.signout"), on_click=st.logout)
        elif not auth.has_accounts():
            _first_admin_form()
        else:
            _password_form()
        st.caption(
            ":material/lock: "
            + t("access.notice")
            + " "
            + t("access.session_note", m=auth.session_minutes())
        )
        back = auth.kiosk_enabled() and nav.kiosk_pages() and st.session_state.get(_WANT_SIGNIN_KEY)
        if back and st.button(t("access.back_to_kiosk"), icon=":material/slideshow:"):
            st.session_state.pop(_WANT_SIGNIN_KEY, None)
            st.rerun()
        st.divider()
        st.caption(t("access.unit"))
        _inline_language()


def _inline_language() -> None:
    current = lang()
    choice = st.segmented_control(
        t("app.language"),
        options=list(i18n.LANGS),
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
        default=current,
        key="_lang_signin",
        label_visibility="collapsed",
    )
    if choice and choice != current:
        st.session_state[LANG_KEY] = choice
        st.query_params["lang"] = choice
        st.rerun()


def _password_form() -> None:
    with st.form("gema_signin"):
        st.subheader(t("access.welcome"), anchor=False)
        st.caption(t("access.signin_intro"))
        st.text_input(t("access.username"), key="_signin_name", autocomplete="username")
        st.text_input(
            t("access.password"),
            type="password",
            key="_signin_pw",
            autocomplete="current-password",
        )
        st.form_submit_button(
            t("access.signin"),
            type="primary",
            icon=":material/login:",
            width="stretch",
            on_click=_on_sign_in,
        )
    for kind, text, icon in st.session_state.pop("_gema_signin_msgs", []):
        getattr(st, kind)(text, icon=icon)


def _on_sign_in() -> None:
    """Form callback: runs before the script, so the password field can be emptied at once and
    a successful sign-in shows the app in the same run."""
    name = st.session_state.get("_signin_name") or ""
    password = st.session_state.get("_signin_pw") or ""
    st.session_state["_signin_pw"] = ""  # never kept in the session
    st.session_state["_gema_signin_msgs"] = _attempt(name, password)


def _attempt(name: str, password: str) -> list[tuple[str, str, str]]:
    """One sign-in attempt: throttle check, argon2 verification, audit, session.

    Returns the messages to show (empty on success)."""
    c = conn()
    client = _client_id()
    typed = auth.normalise_username(name)
    known = auth.get_account(typed)
    # An unknown name is not recorded: people type their password into the name field.
    who = known.username if known else None
    wait = auth.retry_after(c, typed, client)
    if wait > 0:
        _audit(who, audit.SIGNIN_FAILED, reason="throttled", client=client, retry_after=wait)
        return [("error", t("access.wait", s=wait), ":material/hourglass_top:")]
    account = auth.verify(typed, password)
    if account is None:
        auth.record_failure(c, typed, client)
        reason = "unknown_user" if known is None else "disabled" if known.disabled else "password"
        _audit(who, audit.SIGNIN_FAILED, reason=reason, client=client)
        messages = [("error", t("access.failed"), ":material/error:")]
        wait = auth.retry_after(c, typed, client)
        if wait > 0:
            messages.append(("warning", t("access.wait", s=wait), ":material/hourglass_top:"))
        return messages
    auth.record_success(c, account.username, client)
    _audit(account.username, audit.SIGNIN, client=client)
    _start_session({"username": account.username, "role": account.role}, "password")
    st.session_state["_signin_name"] = ""
    return []


def _first_admin_form() -> None:
    """No account at all: offer to create the first administrator (as Metabase and Grafana do)."""
    with st.form("gema_setup", clear_on_submit=True):
        st.subheader(t("access.setup_title"), anchor=False)
        st.info(t("access.setup_intro"), icon=":material/waving_hand:")
        name = st.text_input(t("access.username"), value="admin", autocomplete="username")
        first = st.text_input(t("access.password"), type="password", autocomplete="new-password")
        again = st.text_input(
            t("access.password_again"), type="password", autocomplete="new-password"
        )
        st.caption(t("users.err_password_short", n=auth.MIN_PASSWORD))
        submitted = st.form_submit_button(
            t("access.setup_submit"), type="primary", icon=":material/person_add:", width="stretch"
        )
    if not submitted:
        return
    if (first or "") != (again or ""):
        st.error(t("access.mismatch"))
        return
    try:
        account = auth.create_account(name or "", first or "", "admin", only_if_empty=True)
    except auth.AccountError as exc:
        st.error(t(exc.key, **exc.params))
        return
    client = _client_id()
    _audit(account.username, audit.USER_ADD, target=account.username, role="admin", first=True)
    _audit(account.username, audit.SIGNIN, client=client)
    _start_session({"username": account.username, "role": "admin"}, "password")
    st.rerun()


def sidebar_account(user: dict[str, str]) -> None:
    """Who is signed in and a sign-out button, at the top of the sidebar; kiosk: a way in."""
    sb = st.sidebar
    if user["role"] == nav.KIOSK:
        sb.caption(t("access.kiosk_caption"))
        sb.button(
            t("access.kiosk_signin"),
            icon=":material/login:",
            key="_gema_kiosk_in",
            on_click=_want_sign_in,
        )
        return
    sb.markdown(
        f":material/account_circle: **{md_escape(user['username'])}** · {role_label(user['role'])}"
    )
    sb.button(t("access.signout"), icon=":material/logout:", key="_gema_signout", on_click=sign_out)
    grant = st.session_state.pop(_GRANT_KEY, None)
    if grant:  # just signed in: the browser fetches its session cookie (gema.core.websession)
        with sb:
            st.html(websession.grant_script(grant), unsafe_allow_javascript=True)
    with sb:
        _expiry_watch()


# Phone (issue 9): Streamlit leaves the sidebar open over the page after a tap on a page link.
# Below Streamlit's mobile breakpoint the tap also presses the sidebar's own close button. The
# listener is added once per browser tab (window flag); only our own constant script, no user
# text.
_PHONE_NAV_JS = """
<script>
(() => {
  const w = window.parent && window.parent.document ? window.parent : window;
  if (w.__gemaNavCloses) return;
  w.__gemaNavCloses = true;
  w.document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('[data-testid=stSidebarNavLink]');
    if (!link || w.innerWidth > 640) return;
    setTimeout(() => {
      const close = w.document.querySelector('[data-testid=stSidebarCollapseButton] button');
      if (close) close.click();
    }, 150);
  }, true);
})();
</script>
"""


def phone_nav_closes_sidebar() -> None:
    """On a phone, tapping a page in the sidebar closes the sidebar (app.py, every run)."""
    st.sidebar.html(_PHONE_NAV_JS, unsafe_allow_javascript=True, width="content")


def _want_sign_in() -> None:
    st.session_state[_WANT_SIGNIN_KEY] = True


def sign_out() -> None:
    """Button callback (runs before the script, so the next run already shows the sign-in)."""
    user = current_user()
    source = st.session_state.get(AUTH_SOURCE_KEY)
    if user:
        _audit(user["username"], audit.SIGNOUT)
    _end_session(("success", t("access.signed_out")))
    if source == "oidc":
        st.logout()


@st.fragment(run_every=websession.CHECK_SECONDS)
def _expiry_watch() -> None:
    """Re-checks the session every few seconds, so a screen left open goes back to the sign-in
    page when it is idle too long, signed out in another tab, or its account is disabled."""
    now = time.time()
    gone = _session_gone()
    if not gone and st.session_state.get(AUTH_SOURCE_KEY) == "password":
        user = current_user() or {}
        account = auth.get_account(user.get("username", ""))
        gone = account is None or account.disabled
    if gone or _idle_too_long(now):
        st.rerun(scope="app")


# --- dashboards (issue 3): tables, follow-up, label corrections ---------------------------
def _fmt_or_dash(value: Any, fn: Any) -> str:
    try:
        missing = value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        missing = False
    return "—" if missing else fn(value)


def campaign_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The campaign comparison with Indonesian column names and number formats."""
    lg = lang()
    return pd.DataFrame(
        {
            t("dash.col.campaign"): df["campaign"].astype(str),
            t("dash.col.opd"): [_fmt_or_dash(v, str) for v in df["opd"]],
            t("dash.col.posts"): [i18n.fmt_int(v) for v in df["posts"]],
            t("dash.col.reach"): [i18n.fmt_int(v) for v in df["reach"]],
            t("dash.col.engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            t("dash.col.er"): [
                _fmt_or_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]
            ],
            t("dash.col.cost"): [
                _fmt_or_dash(v, lambda x: "Rp " + i18n.fmt_int(x)) for v in df["cost"]
            ],
            t("dash.col.cpe"): [
                _fmt_or_dash(v, lambda x: "Rp " + i18n.fmt_num(x, 0))
                for v in df["cost_per_engagement"]
            ],
            t("dash.col.budget"): [
                _fmt_or_dash(v, lambda x: "Rp " + i18n.fmt_int(x)) for v in df["budget"]
            ],
            t("dash.col.dates"): [
                i18n.fmt_period(s, e, lg) if not (pd.isna(s) and pd.isna(e)) else "—"
                for s, e in zip(df["start_date"], df["end_date"], strict=True)
            ],
        }
    )


_ACCOUNT_TYPES = ("opd", "icn", "media", "lainnya")


def creator_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The creator leaderboard for display: rank, account, ICN membership, figures."""
    yes, no = t("dash.yes"), t("dash.no")
    return pd.DataFrame(
        {
            "#": [str(i) for i in range(1, len(df) + 1)],
            t("dash.col.account"): [
                f"@{a}" + (f" ({n})" if isinstance(n, str) and n and n.lower() != a.lower() else "")
                for a, n in zip(df["account"], df["display_name"], strict=True)
            ],
            t("dash.col.account_type"): [
                t(f"dash.account_type.{v}") if v in _ACCOUNT_TYPES else "—"
                for v in df["account_type"]
            ],
            t("dash.col.platform"): df["platform"].astype(str),
            t("dash.col.icn"): [yes if v else no for v in df["is_icn"]],
            t("dash.col.kabkota"): [
                KODE_NAMA.get(k, "—") if isinstance(k, str) else "—" for k in df["kabkota"]
            ],
            t("dash.col.followers"): [_fmt_or_dash(v, i18n.fmt_int) for v in df["followers"]],
            t("dash.col.posts"): [i18n.fmt_int(v) for v in df["posts"]],
            t("dash.col.reach"): [i18n.fmt_int(v) for v in df["reach"]],
            t("dash.col.engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            t("dash.col.er"): [
                _fmt_or_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]
            ],
        }
    )


def content_frame(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The top content with a link column (the URL opens the post; titles stay plain text)."""
    lg = lang()
    link = t("dash.col.link")
    frame = pd.DataFrame(
        {
            t("dash.col.date"): [i18n.fmt_date(v, lg, short=True) for v in df["published_at"]],
            t("dash.col.platform"): df["platform"].astype(str),
            t("dash.col.account"): [_fmt_or_dash(v, lambda a: f"@{a}") for v in df["account"]],
            t("dash.col.title"): [_fmt_or_dash(v, str) for v in df["title"]],
            link: [
                v if isinstance(v, str) and v.startswith(("http://", "https://")) else None
                for v in df["url"]
            ],
            t("dash.col.campaign"): [_fmt_or_dash(v, str) for v in df["campaign"]],
            t("dash.col.kabkota"): [
                KODE_NAMA.get(k, k) if isinstance(k, str) else t("common.province")
                for k in df["kabkota"]
            ],
            t("dash.col.reach"): [_fmt_or_dash(v, i18n.fmt_int) for v in df["reach"]],
            t("dash.col.engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            t("dash.col.er"): [
                _fmt_or_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]
            ],
        }
    )
    config = {link: st.column_config.LinkColumn(link, display_text=t("dash.col.open"))}
    return frame, config


def followup_cards(summary: pd.DataFrame) -> None:
    """Follow-up status: open, in progress, done, overdue (> SLA days) as a row of cards."""
    from gema.metrics import STATUSES

    by_status = summary.set_index("status")["feedback"] if len(summary) else pd.Series(dtype=int)
    overdue = int(summary["overdue"].sum()) if len(summary) else 0
    open_rows = summary[~summary["status"].isin(("selesai", "ditolak", "duplikat"))]
    median_age = open_rows["median_age_days"].dropna()
    with st.container(key="gema_kpi_more"):
        grid = st.grid(5, min_column_width=150, gap="small")
        with grid:
            for status in STATUSES:
                st.metric(
                    t(f"dash.status.{status}"),
                    i18n.fmt_int(by_status.get(status, 0)),
                    border=True,
                    help=t(f"dash.status.{status}.help"),
                )
            st.metric(
                t("dash.a.overdue"),
                i18n.fmt_int(overdue),
                border=True,
                help=t("dash.a.overdue.help"),
            )
            st.metric(
                t("dash.a.median_age"),
                t("dash.days", n=i18n.fmt_num(median_age.median(), 0)) if len(median_age) else "—",
                border=True,
                help=t("dash.a.median_age.help"),
            )


def metrics_statuses() -> tuple[str, ...]:
    from gema.metrics import STATUSES

    return STATUSES


def kabkota_topic_frame(df: pd.DataFrame, last_column: str) -> pd.DataFrame:
    """The kab/kota × topic counts as a table (readable on a phone, where the heatmap is tight):
    one row per topic, one column per kab/kota, Indonesian number format."""
    if df.empty:
        return pd.DataFrame()
    pivot = df.pivot_table(
        index="topic", columns="kabkota_name", values="feedback", aggfunc="sum", fill_value=0
    )
    cols = [c for c in pivot.sum().sort_values(ascending=False).index if c != last_column]
    cols += [last_column] if last_column in pivot.columns else []
    pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False).index, cols]
    out = pivot.map(i18n.fmt_int).reset_index().rename(columns={"topic": t("dash.col.topic")})
    out.columns = [str(c) for c in out.columns]
    return out


# --- boundary files (issue 9) ---------------------------------------------------------------
def boundary_match_frame(check: Any) -> pd.DataFrame:
    """The matching table of a boundary file (gema.boundaryfile.Check) for the admin page."""
    return pd.DataFrame(
        {
            t("ref.match.col.no"): [str(f.index) for f in check.features],
            t("ref.match.col.name"): [f.name for f in check.features],
            t("ref.match.col.kode"): [f.kode or "—" for f in check.features],
            t("ref.match.col.kabkota"): [KODE_NAMA.get(f.kode or "", "—") for f in check.features],
            t("ref.match.col.how"): [t(f"ref.match.how.{f.status}") for f in check.features],
        }
    )


def boundary_repair_frame(check: Any) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("ref.match.col.kode"): [r["kode"] for r in check.repaired],
            t("ref.match.col.name"): [r["nama"] for r in check.repaired],
            t("ref.match.repaired"): [r["detail"] for r in check.repaired],
        }
    )


def boundary_problem(bounds: Any) -> str:
    """The boundary problem as this user may read it: admins get the file path and the detail,
    everyone else a sentence without any server path (issue 9)."""
    user = current_user() or {}
    return bounds.message(lang()) if user.get("role") == "admin" else bounds.public_message(lang())


def boundary_missing_note(bounds: Any) -> None:
    """Units the boundary file has no shape for: named under the map ('tidak ada batas')."""
    if bounds.ok and bounds.missing:
        st.caption(t("map.no_boundary", names=", ".join(KODE_NAMA[k] for k in bounds.missing)))


def is_staff() -> bool:
    user = current_user() or {}
    return user.get("role") in ("staf", "admin")


def feedback_table(rows: pd.DataFrame) -> int | None:
    """The feedback rows as plain text; staff can select one row to correct it. Returns the
    feedback_key of the selected row, or None."""
    lg = lang()
    if rows.empty:
        st.info(t("common.no_data"), icon=":material/search_off:")
        return None
    # What was said first and widest, then where/what/how it is handled; the date, channel
    # and sender last (they matter less than the text and fit in small columns).
    frame = pd.DataFrame(
        {
            t("dash.col.text"): rows["text"].astype(str),
            t("dash.col.kabkota"): [
                KODE_NAMA.get(k, k) if isinstance(k, str) else t("common.outside_unknown")
                for k in rows["kabkota"]
            ],
            t("dash.col.topic"): [
                _fmt_or_dash(topics.label(v, lang()), str) for v in rows["topic"]
            ],
            t("dash.col.sentiment"): [
                t(f"dash.sent.{v}") if isinstance(v, str) else t("dash.sent.none")
                for v in rows["sentiment"]
            ],
            t("dash.col.status"): [
                t(f"dash.status.{v}") if v in metrics_statuses() else str(v) for v in rows["status"]
            ],
            t("dash.col.age"): [int(v) for v in rows["age_days"]],
            t("dash.col.overdue"): [t("dash.overdue_flag") if v else "" for v in rows["overdue"]],
            t("dash.col.channel"): rows["channel"].astype(str),
            t("dash.col.date"): [i18n.fmt_date(v, lg, short=True) for v in rows["received_at"]],
            t("dash.col.author"): [_fmt_or_dash(v, str) for v in rows["author"]],
        }
    )
    st.caption(
        t(
            "dash.a.rows",
            n=i18n.fmt_int(len(rows)),
            total=i18n.fmt_int(rows.attrs.get("matches", len(rows))),
        )
    )
    # pixel widths that fit a 1440 px desktop up to the status column (the rest scrolls)
    widths = {
        "dash.col.text": 400, "dash.col.kabkota": 150, "dash.col.topic": 150,
        "dash.col.sentiment": 72, "dash.col.status": 80, "dash.col.age": 88,
        "dash.col.overdue": 82, "dash.col.channel": 78, "dash.col.date": 92,
        "dash.col.author": 110,
    }  # fmt: skip
    config = {t(k): st.column_config.TextColumn(width=w) for k, w in widths.items()}
    config[t("dash.col.age")] = st.column_config.NumberColumn(width=widths["dash.col.age"])
    if not is_staff():
        text_table(frame, column_config=config)
        return None
    event = st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config=config,
        height=whole_rows_height(len(frame)),  # whole rows only (issue 12)
        on_select="rerun",
        selection_mode="single-row",
        key="a_table",
    )
    picked = event.selection.rows if event is not None else []
    return int(rows.iloc[picked[0]]["feedback_key"]) if picked else None


_FLASH = "_gema_correction_flash"


def correction_panel(conn_: duckdb.DuckDBPyConnection, rows: pd.DataFrame, key: int | None) -> None:
    """Staff: correct the sentiment, topic or status of the selected feedback row. Every change
    is kept with who and when (label_corrections + audit) and wins over computed labels."""
    from gema import metrics

    flash = st.session_state.pop(_FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    if not is_staff():
        st.caption(t("dash.fix.staff_only"))
        return
    if key is None:
        st.caption(t("dash.fix.pick"))
        return
    row = rows[rows["feedback_key"] == key].iloc[0]
    with st.container(border=True):
        st.markdown(f"**{t('dash.fix.title')}**")
        st.text(str(row["text"]))
        topics = metrics.topic_options(conn_)
        current_topic = row["topic"] if isinstance(row["topic"], str) else None
        if current_topic and current_topic not in topics:
            topics.append(current_topic)
        with st.form(f"fix_{key}", border=False):
            c1, c2, c3 = st.columns(3)
            sentiments = list(metrics.SENTIMENTS)
            sent = c1.selectbox(
                t("dash.col.sentiment"),
                sentiments,
                index=sentiments.index(row["sentiment"])
                if row["sentiment"] in sentiments
                else None,
                format_func=lambda s: t(f"dash.sent.{s}"),
                placeholder=t("dash.sent.none"),
            )
            topic = c2.selectbox(
                t("dash.col.topic"),
                topics,
                index=topics.index(current_topic) if current_topic else None,
                accept_new_options=True,
                placeholder=t("dash.no_topic"),
            )
            statuses = list(metrics.CORRECTION_STATUSES)
            if row["status"] not in statuses:  # ditolak/duplikat: changed in the follow-up panel
                statuses.append(str(row["status"]))
            status = c3.selectbox(
                t("dash.col.status"),
                statuses,
                index=statuses.index(row["status"]) if row["status"] in statuses else 0,
                format_func=lambda s: t(f"dash.status.{s}"),
            )
            saved = st.form_submit_button(t("dash.fix.save"), type="primary")
        if saved:
            changed = []
            for field, value in (("sentiment", sent), ("topic", topic), ("status", status)):
                if field == "status" and value == row["status"]:
                    continue
                if value and metrics.correct_label(conn_, key, field, str(value), username()):
                    changed.append(t(f"dash.col.{field}"))
            st.session_state[_FLASH] = (
                t("dash.fix.saved", fields=", ".join(changed))
                if changed
                else t("dash.fix.unchanged")
            )
            # the row may now fall outside the table's filters: drop the positional selection
            # so the panel never shows a different row than the one just corrected
            st.session_state.pop("a_table", None)
            st.rerun()
        history = metrics.correction_history(conn_, key)
        if len(history):
            st.caption(t("dash.fix.history"))
            text_table(
                pd.DataFrame(
                    {
                        t("dash.col.when"): [
                            i18n.fmt_datetime(v, lang()) for v in history["corrected_at"]
                        ],
                        t("dash.col.who"): history["corrected_by"].astype(str),
                        t("dash.col.field"): [t(f"dash.col.{v}") for v in history["field"]],
                        t("dash.col.old"): [_fmt_or_dash(v, str) for v in history["old_value"]],
                        t("dash.col.new"): [_fmt_or_dash(v, str) for v in history["new_value"]],
                    }
                )
            )


def oidc_active() -> bool:
    """True when .streamlit/secrets.toml configures an OIDC provider (sign-in via st.login)."""
    return auth.oidc_provider(_secrets_section("auth")) is not None


_SMALL_MAP_METRICS = ("reach", "feedback", "net_sentiment")


def _small_map_clicked() -> None:
    """Callback of the overview map: a click on a kab/kota sets the shared kab/kota filter."""
    from gema import geo

    kode = geo.selected_kode(st.session_state.get("r_map"))
    if kode:
        set_kabkota_filter([kode])


def small_map(conn_: duckdb.DuckDBPyConnection, f: Filters) -> None:
    """The overview's small Banten map (gema.geo) with a metric switch; a click filters every
    page. Without a usable boundary file: the map helper's message and a ranked bar chart."""
    from gema import geo, mapmetrics

    lg = lang()
    metric = st.segmented_control(
        t("dash.map.metric"),
        list(_SMALL_MAP_METRICS),
        default="reach",
        format_func=lambda k: mapmetrics.get(k).label(lg),
        key="r_map_metric",
        label_visibility="collapsed",
    )
    metric = metric or "reach"
    values = mapmetrics.values(conn_, metric, **f.params())
    fig = geo.small_map(values, metric, lg)
    if fig is not None:
        fig.update_layout(height=320)  # the overview column is wide enough for a larger map
    if fig is None:
        st.info(md_escape(boundary_problem(geo.boundaries())), icon=":material/map:")
        st.plotly_chart(
            geo.bar_figure(values, metric, lg, highlight=f.kabkota),
            width="stretch",
            config={"displaylogo": False},
            key="r_map_bars",
        )
    else:
        st.plotly_chart(
            fig,
            width="stretch",
            config=geo.PLOTLY_CONFIG,
            on_select=_small_map_clicked,
            selection_mode="points",
            key="r_map",
        )
        st.caption(t("dash.map.click"))
        boundary_missing_note(geo.boundaries())
    from gema import nav

    for spec in nav.available((current_user() or {}).get("role")):
        if spec.file == "peta.py":
            st.page_link(spec.path, label=t("dash.map.open"), icon=spec.icon)


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


# --- kepuasan / IKM (issue 4) -------------------------------------------------------------------
def mutu_badge(letter: str | None, value_text: str | None = None) -> None:
    """A mutu badge: Okabe-Ito colour AND the letter AND the label (never colour alone). Only our
    own fixed strings go into the HTML (letter, label from gema.ikm, a formatted number)."""
    from html import escape

    from gema import ikm, skm_report

    if not letter:
        return
    bg = skm_report.MUTU_COLOURS[letter]
    fg = skm_report.MUTU_TEXT_COLOURS[letter]
    label = escape(skm_report.mutu_badge_text(letter, lang()))
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


def mutu_styled(df: pd.DataFrame, column: str) -> Any:
    """A pandas Styler colouring the mutu column (whose text already says 'A · Sangat Baik')."""
    from gema import skm_report

    def colour(text: object) -> str:
        letter = str(text)[:1]
        if letter not in skm_report.MUTU_COLOURS:
            return ""
        return (
            f"background-color: {skm_report.MUTU_COLOURS[letter]}; "
            f"color: {skm_report.MUTU_TEXT_COLOURS[letter]}; font-weight: 600"
        )

    return df.style.map(colour, subset=[column])


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


def _esc(value: object) -> str:
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


def _kpi_html(kpis: Any, lg: str) -> str:
    cards = []
    for k in kpis:
        delta = k.delta_text(lg)
        colour = "#555"
        if k.change and k.better:
            good = (k.change > 0) == (k.better == "up")
            colour = "#0B5394" if good else "#A63D00"
        d = (
            f"<div class='d' style='color:{colour}'>{_esc(t('pres.note.vs_prev', delta=delta))}</div>"
            if delta
            else ""
        )
        cards.append(
            f"<div class='gs-kpi'><div class='l'>{_esc(t(k.label_key))}</div>"
            f"<div class='v'>{_esc(k.value_text(lg))}</div>{d}</div>"
        )
    return "<div class='gs-kpis'>" + "".join(cards) + "</div>"


def _table_html(df: pd.DataFrame) -> str:
    head = "".join(f"<th>{_esc(c)}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc('' if v is None else v)}</td>" for v in row) + "</tr>"
        for row in df.itertuples(index=False)
    )
    return f"<table class='gs-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_slide(deck: Any, slide: Any, index: int) -> None:
    """One slide: title, subtitle, its visual, footer and (optionally) the speaker figures."""
    from gema import geo

    lg = lang()
    with st.container(key="gema_slide"):
        sub = f"<div class='gs-sub'>{_esc(slide.subtitle)}</div>" if slide.subtitle else ""
        st.html(
            f"<div class='gs-title' role='heading' aria-level='1'>{_esc(slide.title)}</div>{sub}"
        )
        if slide.lines:
            st.html(
                "<div class='gs-lines'>"
                + "".join(f"<div>{_esc(x)}</div>" for x in slide.lines)
                + "</div>"
            )
        elif slide.figure is not None:
            from gema import slides

            config = {**geo.PLOTLY_CONFIG, "displayModeBar": False}
            fig = slides.small_copy(slide.figure) if st.session_state.get("pres_small") else None
            st.plotly_chart(
                fig or slide.figure, width="stretch", theme=None, config=config,
                key=f"gs_{slide.key}",
            )  # fmt: skip
        elif slide.kpis:
            st.html(_kpi_html(slide.kpis, lg))
        elif slide.table is not None:
            st.html(_table_html(slide.table))
        # the caveats travel with the figure (the demo one is already in the footer)
        demo_caveat = t("rep.caveat.demo")
        shown = [c for c in getattr(slide, "caveats", ()) if c != demo_caveat]
        if shown:
            st.html(
                "<div class='gs-caveats'>"
                + "".join(f"<div>⚠ {_esc(c)}</div>" for c in shown)
                + "</div>"
            )
        demo = f" · {_esc(t('app.demo_banner'))}" if deck.demo else ""
        st.html(
            f"<div class='gs-foot'><span>Gema Banten · {_esc(deck.period_text)} · "
            f"{_esc(deck.scope_text)}{demo}</span><span>{index + 1} / {len(deck.slides)}</span></div>"
        )
        if st.session_state.get("pres_notes") and slide.notes:
            st.html("<div class='gs-notes'>" + "<br>".join(_esc(x) for x in slide.notes) + "</div>")


def slide_controls(deck: Any, slide: Any, index: int, allow_files: bool = True) -> None:
    """Previous/next with keyboard shortcuts (←/→ and, hidden, PageUp/PageDown for clickers),
    the slide counter, and this slide's PNG/CSV when files are allowed."""
    from gema import export, slides

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
    (gema.export). `what` names the file: gema-banten_<what>_<today>.csv."""
    from gema import export

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
        f"<div class='{css_class}'><div class='m'>{_esc(meta)}</div>"
        f"<div class='x'>{_esc(text)}</div></div>"
        for meta, text in rows
    )


esc = _esc  # pages that build a big-type block escape user text with this

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


# --- early warning, follow-up, agenda (issue 13) ---------------------------------------------
_ALERT_TOPIC = "a_topic"  # the topic an alert link filters Aspirasi to
_OPEN_ASPIRASI = "_gema_open_aspirasi"


def _open_aspirasi(query: dict[str, str]) -> None:
    """Callback of an alert's link: the shared filters become the alert's day and kab/kota
    (widgets too, so the sidebar agrees) and the table its topic; the page then switches."""
    day = date.fromisoformat(query["dari"])
    st.session_state[_w_period()] = "custom"
    st.session_state[_W_DATES] = (day, day)
    st.session_state[_W_KABKOTA] = [query["kabkota"]]
    st.session_state[FILTERS_KEY] = Filters(
        period="custom", start=day, end=day, kabkota=(query["kabkota"],)
    )
    st.session_state[_ALERT_TOPIC] = query.get("topik", "")
    st.session_state[_OPEN_ASPIRASI] = True


def alert_topic() -> str:
    """The topic Aspirasi is narrowed to by an alert link ('' = none); from a shared link too."""
    if _ALERT_TOPIC not in st.session_state:
        st.session_state[_ALERT_TOPIC] = str(st.query_params.get("topik", ""))
    return str(st.session_state.get(_ALERT_TOPIC) or "")


def clear_alert_topic() -> None:
    st.session_state[_ALERT_TOPIC] = ""
    if "topik" in st.query_params:
        del st.query_params["topik"]


def alert_cards(
    rows: pd.DataFrame, key: str, manage: bool = False, limit: int | None = None
) -> None:
    """Alerts as cards: the one-sentence explanation, a link to the aspirations behind it and,
    on the Peringatan page, acknowledge/assign for staff."""
    from gema import alerts

    lg = lang()
    shown = rows if limit is None else rows.head(limit)
    for row in shown.to_dict(orient="records"):
        handled = row.get("acknowledged_at") is not None and not pd.isna(row.get("acknowledged_at"))
        with st.container(border=True, key=f"{key}_{row['alert_id']}"):
            icon = ":material/check_circle:" if handled else ":material/warning:"
            st.markdown(f"{icon} {md_escape(alerts.explain(row, lg))}")
            bits = [i18n.fmt_date(row["date"], lg)]
            if handled:
                bits.append(t("alerts.ack_by", who=row["acknowledged_by"]))
            if row.get("assigned_to"):
                bits.append(t("alerts.assigned", who=row["assigned_to"]))
            c1, c2 = st.columns([3, 2], vertical_alignment="center")
            c1.caption(" · ".join(str(b) for b in bits))
            if c2.button(
                t("alerts.open"),
                key=f"{key}_open_{row['alert_id']}",
                icon=":material/forum:",
                on_click=_open_aspirasi,
                args=(alerts.aspirasi_query(row),),
            ):
                pass
            if manage and is_staff():
                with (
                    st.expander(t("alerts.handle")),
                    st.form(f"{key}_ack_{row['alert_id']}", border=False),
                ):
                    who = st.text_input(t("alerts.assign_to"), value=row.get("assigned_to") or "")
                    note = st.text_input(t("alerts.note"), value=row.get("note") or "")
                    if st.form_submit_button(t("alerts.ack"), type="primary"):
                        alerts.acknowledge(conn(), int(row["alert_id"]), username(), who, note)
                        st.rerun()
    if len(rows) > len(shown):
        st.caption(t("alerts.more", n=i18n.fmt_int(len(rows) - len(shown))))
    if st.session_state.pop(_OPEN_ASPIRASI, False):
        st.switch_page("pages/aspirasi.py")


def opd_table(df: pd.DataFrame) -> None:
    """Who is late: per OPD open, overdue, median days to close (plain text table)."""
    if df.empty:
        st.info(t("common.no_data"), icon=":material/search_off:")
        return
    frame = pd.DataFrame(
        {
            t("fu.col.opd"): [v if isinstance(v, str) else t("fu.no_route") for v in df["opd"]],
            t("fu.col.open"): [i18n.fmt_int(v) for v in df["open"]],
            t("fu.col.overdue"): [i18n.fmt_int(v) for v in df["overdue"]],
            t("fu.col.confirmed"): [i18n.fmt_int(v) for v in df["open_confirmed"]],
            t("fu.col.closed"): [i18n.fmt_int(v) for v in df["closed"]],
            t("fu.col.median_close"): [
                "—" if pd.isna(v) else t("dash.days", n=i18n.fmt_num(v, 1))
                for v in df["median_days_to_close"]
            ],
        }
    )
    text_table(frame)


def followup_panel(conn_: duckdb.DuckDBPyConnection, key: int | None) -> None:
    """Staff: move the selected aspiration through the follow-up states (OPD suggested from the
    routing table and confirmed here, reason for ditolak, original for duplikat), group its
    near-duplicates, and see its history."""
    from gema import followup

    if key is None or not is_staff():
        return
    current = followup.state(conn_, key)
    if current is None:
        return
    lg = lang()
    src = current["status"] if current["status"] in followup.STATES else "baru"
    with st.container(border=True, key="gema_followup"):
        st.markdown(f"**{t('fu.title')}** · {t(f'dash.status.{src}')}")
        if current.get("opd"):
            st.caption(t("fu.opd_confirmed", opd=current["opd"], who=current.get("opd_by") or "—"))
        elif current.get("suggested_opd"):
            st.caption(t("fu.opd_suggested", opd=current["suggested_opd"]))
        if current.get("reject_reason"):
            st.caption(t("fu.reason_is", reason=current["reject_reason"]))
        if current.get("duplicate_of"):
            st.caption(t("fu.duplicate_is", key=int(current["duplicate_of"])))
        choices = list(followup.TRANSITIONS[src])
        with st.form(f"fu_{key}", border=False):
            c1, c2 = st.columns(2)
            to = c1.selectbox(
                t("fu.to"), choices, format_func=lambda s: t(f"dash.status.{s}"), key=f"fu_to_{key}"
            )
            opd = c2.text_input(
                t("fu.opd"), value=current.get("opd") or current.get("suggested_opd") or "",
                help=t("fu.opd.help"),
            )  # fmt: skip
            reason = st.text_input(t("fu.reason"), help=t("fu.reason.help"))
            dup = st.number_input(
                t("fu.duplicate_of"), min_value=0, step=1, value=0, help=t("fu.duplicate_of.help")
            )
            if st.form_submit_button(t("fu.save"), type="primary"):
                try:
                    followup.transition(
                        conn_, key, to, username(),
                        opd=opd if to == "diteruskan" else None,
                        reason=reason, duplicate_of=int(dup) or None,
                    )  # fmt: skip
                except followup.FollowupError as exc:
                    st.error(t("fu.refused", why=str(exc)), icon=":material/block:")
                else:
                    st.session_state[_FLASH] = t("fu.saved", state=t(f"dash.status.{to}"))
                    st.session_state.pop("a_table", None)
                    st.rerun()
        similar = followup.near_duplicates(conn_, key)
        if len(similar):
            st.caption(t("fu.similar", n=i18n.fmt_int(len(similar))))
            text_table(
                pd.DataFrame(
                    {
                        t("dash.col.text"): similar["text"].astype(str),
                        t("dash.col.date"): [
                            i18n.fmt_date(v, lg, short=True) for v in similar["received_at"]
                        ],
                        t("dash.col.channel"): similar["channel"].astype(str),
                        t("fu.col.key"): [str(int(v)) for v in similar["feedback_key"]],
                    }
                )
            )
            if st.button(t("fu.group", n=i18n.fmt_int(len(similar))), key=f"fu_group_{key}"):
                n = followup.close_group(conn_, key, similar["feedback_key"].tolist(), username())
                st.session_state[_FLASH] = t("fu.grouped", n=i18n.fmt_int(n))
                st.session_state.pop("a_table", None)
                st.rerun()
        hist = followup.history(conn_, key)
        if len(hist):
            st.caption(t("fu.history"))
            text_table(
                pd.DataFrame(
                    {
                        t("dash.col.when"): [i18n.fmt_datetime(v, lg) for v in hist["changed_at"]],
                        t("dash.col.who"): hist["changed_by"].astype(str),
                        t("dash.col.old"): [
                            t(f"dash.status.{v}") if isinstance(v, str) else "—"
                            for v in hist["from_status"]
                        ],
                        t("dash.col.new"): [
                            t(f"dash.status.{v}") if isinstance(v, str) else "—"
                            for v in hist["to_status"]
                        ],
                        t("fu.col.detail"): [
                            " · ".join(
                                str(x)
                                for x in (r.opd, r.reason, r.duplicate_of)
                                if x is not None and not pd.isna(x)
                            )
                            for r in hist.itertuples()
                        ],
                    }
                )
            )
