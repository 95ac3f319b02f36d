"""The one way an identifier gets into SQL text.

Values are always bound as `$parameters`. Identifiers cannot be bound, and some come from the
user's file (source column headers) or are made up at run time (TEMP table names): those, and
only those, are spliced into a named query, quoted here. Named queries mark the places with
`{{ident:name}}` (one identifier) or `{{idents:name}}` (a comma-separated list), filled in by
`gema.core.store` through `fill`. The one other substitution is `{{with:name}}`: a WITH clause
whose bodies are other named queries, already filled (a `Chain` built by `gema.core.store`), so a
pipeline of steps binds once as CTEs instead of once per chained view.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

_PLACEHOLDER = re.compile(r"\{\{(ident|idents|with):([A-Za-z_]\w*)\}\}")


class Chain(NamedTuple):
    """Named CTEs for a `{{with:…}}` placeholder: (name, SELECT text) pairs, in order. Only
    `gema.core.store.chain_step` makes the texts (named queries, filled by `fill`)."""

    steps: tuple[tuple[str, str], ...]


class IdentError(ValueError):
    """An identifier that cannot be quoted safely (empty, NUL) or a placeholder left unfilled."""


def ident(name: str) -> str:
    """`name` as a quoted DuckDB identifier: double quotes around it, inner quotes doubled.
    Any text is allowed (spaces, quotes, unicode) except the empty string and NUL."""
    if not isinstance(name, str):
        raise IdentError(f"identifier must be text, got {type(name).__name__}")
    if name == "" or "\x00" in name:
        raise IdentError(f"identifier cannot be quoted: {name!r}")
    return '"' + name.replace('"', '""') + '"'


def ident_list(names: Iterable[str]) -> str:
    """Several identifiers, quoted, joined by ', ' (refuses an empty list: `SELECT , …`)."""
    quoted = [ident(n) for n in names]
    if not quoted:
        raise IdentError("empty identifier list")
    return ", ".join(quoted)


def placeholders(sql: str) -> set[str]:
    """The identifier placeholder names a query text uses."""
    return {m.group(2) for m in _PLACEHOLDER.finditer(sql)}


def fill(sql: str, idents: Mapping[str, str | Iterable[str] | Chain]) -> str:
    """Replace every `{{ident:x}}` with ident(idents[x]) and `{{idents:x}}` with
    ident_list(idents[x]). Every placeholder must be given; extra names are an error too, so a
    typo cannot silently leave a query unchanged."""
    used = placeholders(sql)
    missing = used - idents.keys()
    if missing:
        raise IdentError(f"identifiers not given: {sorted(missing)}")
    extra = idents.keys() - used
    if extra:
        raise IdentError(f"identifiers not used by the query: {sorted(extra)}")

    def one(m: re.Match[str]) -> str:
        value = idents[m.group(2)]
        if m.group(1) == "with":
            if not isinstance(value, Chain) or not value.steps:
                raise IdentError(f"{{{{with:{m.group(2)}}}}} takes a non-empty Chain")
            return "WITH " + ",\n".join(f"{ident(n)} AS (\n{body}\n)" for n, body in value.steps)
        if m.group(1) == "ident":
            if not isinstance(value, str):
                raise IdentError(f"{{{{ident:{m.group(2)}}}}} takes one name")
            return ident(value)
        if isinstance(value, str):
            raise IdentError(f"{{{{idents:{m.group(2)}}}}} takes a list of names")
        return ident_list(value)

    return _PLACEHOLDER.sub(one, sql)
