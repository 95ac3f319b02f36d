"""`python -m gema` imports only the command being run (issue 17): `--help` lists every command
with the same help line as the full parser, without importing duckdb or pandas."""

from __future__ import annotations

import argparse
import subprocess
import sys

import gema.cli


def _listed(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {c.dest: c.help for c in action._choices_actions}


def test_lazy_listing_equals_the_full_parser():
    full = _listed(gema.cli.build_parser())
    assert _listed(gema.cli.build_parser(None, lazy=True)) == full
    assert _listed(gema.cli.build_parser("import", lazy=True)) == full


def test_help_imports_no_database_or_dataframes():
    code = (
        "import sys, contextlib, io\n"
        "from gema.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    rc = main(['--help'])\n"
        "print(rc, 'duckdb' in sys.modules, 'pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False", "False"]


def test_the_chosen_command_is_registered_in_full(capsys):
    assert gema.cli.main(["batches", "--help"]) == 0
    assert "--json" in capsys.readouterr().out  # its own options, from its register()
    parser = gema.cli.build_parser("batches", lazy=True)
    args = parser.parse_args(["batches"])
    assert callable(args.handler)


def test_python_m_gema_leaves_after_threads_exit_handlers_and_output():
    """`python -m gema` skips module teardown (gema.__main__._leave) but nothing an exit owes:
    a running non-daemon thread finishes, exit handlers run, buffered output arrives, the code
    is kept."""
    code = (
        "import atexit, threading, time\n"
        "from gema.__main__ import _leave\n"
        "atexit.register(lambda: print('exit handler'))\n"
        "threading.Thread(target=lambda: (time.sleep(0.2), print('thread done'))).start()\n"
        "print('buffered', end=' ')\n"
        "_leave(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 3
    assert done.stdout.split() == ["buffered", "thread", "done", "exit", "handler"]
