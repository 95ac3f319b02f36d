"""Start the web app from Python (`python -m gema serve`): the same as `streamlit run serve.py`,
so the sign-in cookie routes and frame-protection headers are always mounted."""

from __future__ import annotations

import sys

from streamlit.web import cli as st_cli

from gema.core import store


def serve(options: list[str]) -> int:
    """Run serve.py with the given streamlit options; the exit code of the server."""
    sys.argv = ["streamlit", "run", str(store.ROOT / "serve.py"), *options]
    try:
        st_cli.main()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0
