"""The CLI: `python -m gema COMMAND …`. Each command is a module in gema/cli/ with
`register(subparsers)`; exit codes: 0 done, 1 refused (nothing written), 2 usage or unreadable input."""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn

from gema.cli import main


def _leave(code: int) -> NoReturn:
    """Exit without unloading every imported module one by one: pandas, pyarrow and DuckDB take
    some 0.06 s to tear down, 2 % of a 1M-row import (issue 17). Everything an exit owes still
    happens, in Python's order: non-daemon threads are joined, the exit handlers run (logging,
    temporary files and other finalizers), and the output is flushed. Only `python -m gema` leaves
    this way; `gema.cli.main` returns normally to in-process callers (the tests)."""
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()  # what interpreter shutdown would run first (CPython's own hook)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    _leave(int(main() or 0))
