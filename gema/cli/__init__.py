"""Command discovery: every module in this package that defines `register(subparsers)` adds one
command, so commands can be added without touching a central list.

Start-up is lazy (issue 17): `main` reads each command's name and help line from its module's
source (`ast`, no import) and imports only the module of the command being run, so `--help` and
light commands do not pay for duckdb, pandas and the ingest pipeline. `build_parser()` with no
command still imports every module (the full parser: tests/test_cli_docs.py)."""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    import duckdb

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments or an unreadable file: exit 2."""


def open_read_only(path: Path, hint: str) -> duckdb.DuckDBPyConnection:
    """The database for a reading command; a missing file or one still held by a writer (after
    store.connect's wait) is a usage error with `hint` saying where else to get the figures."""
    import duckdb

    from gema.core import store

    if not path.is_file() and not store.uses_lake(path):
        raise UsageError(f"basis data tidak ditemukan: {path}")
    try:
        return store.connect(path, read_only=True)
    except duckdb.IOException as exc:  # DuckDB: one writing process holds the file
        raise UsageError(
            f"basis data {path} sedang dipakai proses lain (mis. aplikasi Streamlit yang"
            f" berjalan); {hint}, atau hentikan aplikasi dulu ({type(exc).__name__})"
        ) from exc


def iso_date(text: str | None, flag: str) -> date | None:
    """A `--from`/`--to` argument as a date (None when absent); a bad one is a usage error, so
    every command refuses '2024-13-01' the same way."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"{flag} bukan tanggal YYYY-MM-DD: {text!r}") from exc


def _declared(module: str) -> tuple[str, str | None] | bool:
    """The command a module's `register` adds (its first `add_parser("name", help=…)` call on
    the subparsers argument) and its help line, read from the source without importing it;
    False for a helper module without `register`; True when it declares none that way (then
    it is imported to find out)."""
    source = Path(__file__).with_name(f"{module}.py")
    try:
        tree = ast.parse(source.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return True
    registers = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "register"]
    if not registers:
        return False
    for node in registers:
        if not (isinstance(node, ast.FunctionDef) and node.name == "register" and node.args.args):
            continue
        subparsers = node.args.args[0].arg
        for call in ast.walk(node):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "add_parser"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == subparsers
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                continue
            helptext = next((k.value for k in call.keywords if k.arg == "help"), None)
            try:
                text = ast.literal_eval(helptext) if helptext is not None else None
            except ValueError:
                text = None
            return call.args[0].value, text if isinstance(text, str) else None
    return True


def build_parser(command: str | None = None, *, lazy: bool = False) -> argparse.ArgumentParser:
    """The parser. lazy: only `command`'s module is imported and registered in full; every other
    command is listed by its name and help line (enough for `--help` and the choices)."""
    parser = argparse.ArgumentParser(
        prog="python -m gema",
        description="Gema Banten: basis data, impor, dan laporan dari baris perintah.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        declared = _declared(info.name) if lazy else True
        if declared is False:
            continue  # a helper of another command
        if isinstance(declared, tuple) and declared[0] != command:
            subparsers.add_parser(declared[0], help=declared[1])
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def _command_of(argv: Sequence[str]) -> str | None:
    """The command word of an argument list (the first argument not an option)."""
    return next((a for a in argv if not a.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command_of(argv), lazy=True)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    from gema.core import store

    # The app may hold the database for a moment (one page run): wait for it and say so,
    # instead of failing with a lock error (issue 9).
    store.set_wait_notice(store.print_waiting)
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except store.DatabaseBusy as exc:
        print(f"ditolak: {exc}; tidak ada yang ditulis", file=sys.stderr)
        return EXIT_REFUSED
