"""The server entry point: `streamlit run serve.py` (what `make run` does).

Why not `streamlit run app.py` any more (issue 9):
- Sign-in cookies: a Streamlit script cannot set a cookie, so two small routes
  (`/_gema/session`, `/_gema/signout`, see gema/websession.py) are mounted next to the app
  through `st.App`.
- Cold start: Streamlit 1.67 still treats an app with a `pages/` folder as an old-style
  multipage app until the first `st.navigation` call of the process. Under that flag the very
  first run(s) of a fresh server go through `_mpa_v1`, which lists every file of `pages/`
  ("app, aspirasi, audit, …") in the sidebar before app.py's sign-in gate has run, and it does so
  for every session that starts before the first run reaches `st.navigation`. The flag is set
  here, before the server accepts any request, so no visitor ever sees that list.
- Frame protection: X-Frame-Options and CSP frame-ancestors on every response (gema/headers.py).
- Cold start (issue 17): the default page's first-use costs are paid by a background thread
  started here (gema/ui/launch.py, `warm_in_background`), never blocking sign-in.
"""

from __future__ import annotations

import streamlit as st
from starlette.middleware import Middleware
from streamlit.runtime.pages_manager import PagesManager

from gema.core import headers, websession
from gema.ui import launch

PagesManager.uses_pages_directory = False  # app.py always calls st.navigation (see above)

app = st.App(
    "app.py",
    routes=websession.routes(),
    middleware=[Middleware(headers.FrameProtection)],  # no framing by other sites (issue 16)
)
launch.warm_in_background()
