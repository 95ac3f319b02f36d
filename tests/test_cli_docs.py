"""Guard rail: every CLI command (and sub-command) is documented in README.md.

Why: commands are discovered from gema/cli/*.py (`register(subparsers)`), so a new module adds a
command without touching any list, and nothing reminds its author to document it. Like
sqlite-utils' docs test, this fails until `python -m gema <command>` appears in the README.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import gema.cli

README = Path(__file__).resolve().parents[1] / "README.md"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def discovered_commands() -> list[tuple[str, str]]:
    """(module, "command [sub-command]") for every module in gema/cli that registers one."""
    found = []
    for info in sorted(pkgutil.iter_modules(gema.cli.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"gema.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is None:
            continue
        parser = argparse.ArgumentParser(prog="python -m gema")
        register(parser.add_subparsers(dest="command"))
        for name, sub in _subcommands(parser).items():
            found.append((info.name, name))
            found += [(info.name, f"{name} {verb}") for verb in _subcommands(sub)]
    return found


COMMANDS = discovered_commands()


def test_discovery_sees_the_commands_the_cli_offers() -> None:
    """The list checked below is the one `python -m gema` builds (same modules, same names)."""
    top = {cmd for _, cmd in COMMANDS if " " not in cmd}
    assert top == set(_subcommands(gema.cli.build_parser()))
    assert {"init", "import", "export", "user", "user add"} <= {cmd for _, cmd in COMMANDS}


@pytest.mark.parametrize("module,command", COMMANDS, ids=[c for _, c in COMMANDS])
def test_every_command_is_in_the_readme(module: str, command: str) -> None:
    text = README.read_text(encoding="utf-8")
    pattern = r"python -m gema " + re.escape(command) + r"(?=[\s`]|$)"
    assert re.search(pattern, text), (
        f"`python -m gema {command}` (gema/cli/{module}.py) is not in README.md: add one line "
        "(Bahasa Indonesia first) to the command-line section"
    )
