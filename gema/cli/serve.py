"""`python -m gema serve -- [streamlit options]`: run the app as `make run` does (serve.py: the
sign-in cookie routes and the frame-protection headers)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve",
        help="jalankan aplikasi web (streamlit run serve.py): cookie sesi dan header perlindungan bingkai",
    )
    p.add_argument(
        "options",
        nargs=argparse.REMAINDER,
        help="opsi streamlit setelah --, mis. -- --server.port 8501",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from gema.ui.launch import serve

    return serve([o for o in args.options if o != "--"])
