"""Command discovery: every module in this package that defines `register(subparsers)` adds one
command, so commands can be added without touching a central list."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import duckdb

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments or an unreadable file: exit 2."""


def open_read_only(path: Path, hint: str) -> duckdb.DuckDBPyConnection:
    """The database for a reading command; a missing file or one still held by a writer (after
    store.connect's wait) is a usage error with `hint` saying where else to get the figures."""
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m gema",
        description="Gema Banten: basis data, impor, dan laporan dari baris perintah.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
