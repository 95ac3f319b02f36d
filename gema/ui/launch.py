"""Start the web app from Python (`python -m gema serve`): the same as `streamlit run serve.py`,
so the sign-in cookie routes and frame-protection headers are always mounted.

Also the cold-start warm-up (issue 17): serve.py calls `warm_in_background()` once when the
server starts. A daemon thread imports what the dashboards need (pandas, Plotly, the feature
packages), opens and migrates the store, reads the boundary file and computes the default
page's figures once (Ringkasan with its small map, default filters), so the operating
system's file cache, the module caches and the first-use costs of Plotly are paid before the
first visitor's page runs. It never blocks sign-in: the thread waits until the first browser
session has connected and had SIGNIN_GRACE seconds to draw the sign-in form (on 2 shared cores
an earlier warm-up only slowed that form down), then works while the visitor types; the
sign-in page needs none of it, the thread takes an ordinary lease (a cursor; other sessions
lease their own) and any failure is only logged. The first sign-in stops it
(`visitor_arrived`: its running query is interrupted), so a visitor who signs in at once (a
password manager) never shares the two cores with a warm-up. GEMA_WARM=0 turns it off
(bench/cold_start_bench.py measures both)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time

from streamlit.web import cli as st_cli

from gema.core import store

log = logging.getLogger(__name__)
SIGNIN_GRACE = 1.5  # seconds the first session gets to draw the sign-in form
WAIT_FOR_SESSION = 30.0  # with no visitor by then, warm anyway
_STOP = threading.Event()  # set by the first sign-in: the visitor's page goes first
_warm_cursor: list[object] = []  # the warm-up's leased cursor while it runs (to interrupt)


def visitor_arrived() -> None:
    """A visitor signed in: stop the warm-up (interrupt its query) so their page runs alone."""
    if _STOP.is_set():
        return
    _STOP.set()
    for cursor in list(_warm_cursor):
        with contextlib.suppress(Exception):  # already released: nothing to stop
            cursor.interrupt()  # type: ignore[attr-defined]


def serve(options: list[str]) -> int:
    """Run serve.py with the given streamlit options; the exit code of the server."""
    sys.argv = ["streamlit", "run", str(store.ROOT / "serve.py"), *options]
    try:
        st_cli.main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def warm_in_background() -> threading.Thread | None:
    """Start the warm-up thread (see the module docstring); None when GEMA_WARM=0."""
    if os.environ.get("GEMA_WARM", "1").strip() == "0":
        return None
    thread = threading.Thread(target=_warm, name="gema-warm", daemon=True)
    thread.start()
    return thread


def _first_session_connected() -> bool:
    """Whether a browser session is connected (False when Streamlit's runtime is not up, or
    when a future Streamlit hides the session count: the caller then waits its maximum)."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        return False
    manager = getattr(Runtime.instance(), "_session_mgr", None)
    count = getattr(manager, "num_active_sessions", None)
    return bool(count and count() > 0)


def _warm() -> None:
    deadline = time.monotonic() + WAIT_FOR_SESSION
    while time.monotonic() < deadline:
        try:
            if _first_session_connected():
                time.sleep(SIGNIN_GRACE)
                break
        except Exception:  # the runtime's internals moved: just wait the maximum
            pass
        time.sleep(0.1)
    if _STOP.is_set():
        return  # a visitor signed in first: their page does the work
    started = time.monotonic()
    try:
        warm_caches()
    except Exception:  # a warm-up must never take the server down
        if _STOP.is_set():
            log.info("cache warm-up stopped: a visitor signed in")
            return
        log.exception("cache warm-up failed (the pages compute everything on first use)")
        return
    print(f"gema: caches warmed in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)


def warm_caches() -> None:
    """Pay the first-use costs of the default page once: imports, the store (opened, migrated,
    its file read), the boundaries and the default page's figures."""
    from gema import ringkasan
    from gema.core.filters import Filters
    from gema.peta import boundaries, figures
    from gema.peta import data as mapmetrics

    boundaries.boundaries()
    if _STOP.is_set() or not store.db_path().exists():  # a visitor, or nothing to read yet
        return
    cursor = store.lease()
    _warm_cursor.append(cursor)
    try:
        f = Filters()
        ringkasan.page_data(cursor, f)
        if not _STOP.is_set():
            figures.small_map(mapmetrics.values(cursor, "reach", **f.params()), "reach", "id")
    finally:
        _warm_cursor.clear()
        store.release(cursor)
