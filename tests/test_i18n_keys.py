"""Guard rail: every i18n key the code uses exists in the catalogue, in both languages.

Why: `t()` shows a missing key as the raw key instead of crashing, so a key dropped from the
catalogue (it happened: four Aspirasi filter labels) is only noticed by someone reading the page.
The scan reads the source (AST, nothing is run except resolving constants of gema modules):
- literal keys in key positions (`t(`, `ui.t(`, `i18n.t(`, `_t(`, `page_header(`,
  `empty_state(`, `label_key=`, `help_key=`, `check_key=`), whatever their prefix;
- every other key-shaped literal whose first segment is a catalogue area (`dash.`, `ikm.`, ...):
  keys also travel in tuples, dicts and constructors (PageSpec, Kpi, MapMetric, errors);
- keys built with f-strings or `"prefix." + x`: each becomes a regex that must match at least one
  key, and where the values are knowable (a loop over a constant, the options of a selectbox
  whose format_func builds the key) every expansion must exist.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gema.core import catalogue, i18n

ROOT = Path(__file__).resolve().parents[1]
CATALOG = i18n.CATALOG
AREAS = {key.split(".")[0] for key in CATALOG}
KEY_SHAPE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
# Catalogue keys: `area.thing` in lower snake case; later segments may carry a code (`field.U1`).
CATALOG_KEY_SHAPE = re.compile(r"^[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)+$")
# callee name → positional arguments that are keys (the language follows the key in `_t`)
KEY_CALLS = {"t": (0,), "_t": (0,), "page_header": (0, 1), "empty_state": (0,)}
KEY_KWARGS = {"label_key", "help_key", "check_key", "title_key", "caption_key", "message_key"}
# Key-shaped literals that are not UI keys: host names, file names.
NOT_KEYS = {"fb.com", "fb.watch"}
FILE_SUFFIXES = {"py", "json", "csv", "xlsx", "duckdb", "geojson", "txt", "md", "toml"}


def _not_ui_text_names() -> set[str]:
    """Setting names (`alerts.z`, `followup.act_days`) share the dotted shape; their labels are
    the keys `setting.<name>`, which the f-string check below requires."""
    from gema.core import thresholds

    return set(thresholds.DEFAULTS)


def source_files() -> list[Path]:
    files = [p for d in ("gema", "pages") for p in sorted((ROOT / d).rglob("*.py"))]
    files = [p for p in files if "catalogue" not in p.relative_to(ROOT).parts]
    return [*files, ROOT / "app.py", ROOT / "serve.py"]


@dataclass
class Use:
    where: str
    key: str | None = None  # a literal key
    pattern: str | None = None  # regex for a built key
    expansions: tuple[str, ...] = ()  # every value of a built key, when knowable


def _callee(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


class _Resolver:
    """Knowable string values of an expression in one file: literals, module constants of gema
    modules, local single assignments, list()/sorted()/.keys()/.items(), filtered comprehensions."""

    def __init__(self, tree: ast.Module, module: str | None, parents: dict[ast.AST, ast.AST]):
        self.tree, self.parents, self.module = tree, parents, module
        self.modules: dict[str, str] = {}  # local alias → gema module name
        self.names: dict[str, tuple[str, str]] = {}  # local name → (gema module, attribute)
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("gema"):
                for a in node.names:
                    full = f"{node.module}.{a.name}"
                    if _is_module(full):
                        self.modules[a.asname or a.name] = full
                    else:
                        self.names[a.asname or a.name] = (node.module, a.name)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith("gema"):
                        self.modules[a.asname or a.name] = a.name

    def values(self, expr: ast.AST, scope: ast.AST | None) -> list[str] | None:
        got = self._values(expr, scope, depth=0)
        if got is None or not all(isinstance(v, str) for v in got):
            return None
        return list(got)

    def _values(self, expr: ast.AST, scope: ast.AST | None, depth: int) -> list | None:
        if depth > 6:
            return None
        if isinstance(expr, ast.Constant):
            return [expr.value]
        if isinstance(expr, ast.Tuple | ast.List | ast.Set):
            out: list = []
            for elt in expr.elts:
                inner = elt.value if isinstance(elt, ast.Starred) else elt
                got = self._values(inner, scope, depth + 1)
                if got is None:
                    return None
                out += got
            return out
        if isinstance(expr, ast.Dict):
            return self._values(ast.Tuple(elts=list(expr.keys)), scope, depth + 1)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            mod = self.modules.get(expr.value.id)
            return _as_list(getattr(importlib.import_module(mod), expr.attr, None)) if mod else None
        if isinstance(expr, ast.Name):
            assigned = _single_assignment(expr.id, scope, self.parents, self.tree)
            if assigned is not None:
                return self._values(assigned, scope, depth + 1)
            if expr.id in self.names:
                mod, attr = self.names[expr.id]
                return _as_list(getattr(importlib.import_module(mod), attr, None))
            if self.module:  # a constant of this gema module
                return _as_list(getattr(importlib.import_module(self.module), expr.id, None))
            return None
        if isinstance(expr, ast.Call):
            name = _callee(expr)
            if name in {"list", "tuple", "sorted", "set"} and len(expr.args) == 1:
                return self._values(expr.args[0], scope, depth + 1)
            if name in {"keys", "items"} and isinstance(expr.func, ast.Attribute):
                return self._values(expr.func.value, scope, depth + 1)
            return None
        if isinstance(expr, ast.ListComp | ast.GeneratorExp | ast.SetComp):
            if len(expr.generators) != 1:
                return None
            gen = expr.generators[0]
            if not (isinstance(gen.target, ast.Name) and isinstance(expr.elt, ast.Name)):
                return None
            if expr.elt.id != gen.target.id:
                return None
            base = self._values(gen.iter, scope, depth + 1)
            if base is None:
                return None
            return [v for v in base if all(_evaluate(c, gen.target.id, v) for c in gen.ifs)]
        return None


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _as_list(value: object) -> list | None:
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, tuple | list | set | frozenset):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return None


def _evaluate(expr: ast.AST, name: str, value: object) -> object:
    """`expr` with `name` bound to `value` (no builtins: only methods of the value itself)."""
    code = compile(ast.Expression(body=expr), "<key>", "eval")
    return eval(code, {"__builtins__": {}}, {name: value})  # our own source, no builtins


def _single_assignment(
    name: str, scope: ast.AST | None, parents: dict[ast.AST, ast.AST], tree: ast.Module
) -> ast.AST | None:
    """The value of `name` if it is assigned exactly once in the enclosing function (or module)."""
    for body in (scope, tree):
        if body is None:
            continue
        found = [
            n.value
            for n in ast.walk(body)
            if isinstance(n, ast.Assign)
            and len(n.targets) == 1
            and isinstance(n.targets[0], ast.Name)
            and n.targets[0].id == name
        ]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _loop_values(
    name: str, node: ast.AST, parents: dict[ast.AST, ast.AST], r: _Resolver
) -> list[str] | None:
    """Values `name` takes where `node` uses it: an enclosing for/comprehension over knowable
    values, or the options of a widget whose format_func is `lambda name: ...`."""
    scope = _scope(node, parents)
    child, cur = node, parents.get(node)
    while cur is not None:
        gens: list[tuple[ast.AST, ast.AST]] = []
        if isinstance(cur, ast.For) and child is not cur.iter:
            gens = [(cur.target, cur.iter)]
        elif isinstance(cur, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            gens = [(g.target, g.iter) for g in cur.generators]
        elif isinstance(cur, ast.Lambda) and name in [a.arg for a in cur.args.args]:
            kw = parents.get(cur)
            call = parents.get(kw) if isinstance(kw, ast.keyword) else None
            if isinstance(call, ast.Call) and kw.arg == "format_func":
                options = [k.value for k in call.keywords if k.arg == "options"]
                options = options or call.args[1:2]
                return r.values(options[0], scope) if options else None
            return None
        elif isinstance(cur, ast.FunctionDef | ast.AsyncFunctionDef):
            return None
        for target, it in gens:
            if isinstance(target, ast.Name) and target.id == name:
                return r.values(it, scope)
            if isinstance(target, ast.Tuple):
                ids = [e.id if isinstance(e, ast.Name) else None for e in target.elts]
                if name not in ids:
                    continue
                i = ids.index(name)
                if isinstance(it, ast.Call) and _callee(it) == "zip" and i < len(it.args):
                    return r.values(it.args[i], scope)
                if isinstance(it, ast.Call) and _callee(it) == "items" and i == 0:
                    return r.values(it, scope)
                if isinstance(it, ast.Call) and _callee(it) == "enumerate" and i == 1:
                    return r.values(it.args[0], scope)
                return None
        child, cur = cur, parents.get(cur)
    return None


def _scope(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST | None:
    cur = parents.get(node)
    while cur is not None and not isinstance(cur, ast.FunctionDef | ast.AsyncFunctionDef):
        cur = parents.get(cur)
    return cur


def _built_key(
    parts: list[ast.AST], node: ast.AST, parents: dict[ast.AST, ast.AST], r: _Resolver
) -> tuple[str, tuple[str, ...]]:
    """(regex, expansions) for a key built from constant and formatted parts."""
    regex, holes = "", []
    for part in parts:
        if isinstance(part, ast.Constant):
            regex += re.escape(str(part.value))
        else:
            expr = part.value if isinstance(part, ast.FormattedValue) else part
            regex += "(.+)"
            holes.append(expr)
    if len(holes) != 1:
        return regex, ()
    expr = holes[0]
    names = {n.id for n in ast.walk(expr) if isinstance(n, ast.Name)}
    if len(names) != 1:
        return regex, ()
    (name,) = names
    values = _loop_values(name, node, parents, r)
    if values is None:
        return regex, ()
    keys = []
    for v in values:
        try:
            filled = _evaluate(expr, name, v)
        except Exception:  # an expression we cannot replay: regex check only
            return regex, ()
        text = ""
        for part in parts:
            text += str(part.value) if isinstance(part, ast.Constant) else str(filled)
        keys.append(text)
    return regex, tuple(keys)


def _is_key_position(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    if isinstance(parent, ast.Call) and node in parent.args:
        return parent.args.index(node) in KEY_CALLS.get(_callee(parent), ())
    return isinstance(parent, ast.keyword) and parent.arg in KEY_KWARGS


def _is_area_prefixed(text: str) -> bool:
    return text.split(".")[0] in AREAS


def uses(path: Path) -> Iterator[Use]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    rel = path.relative_to(ROOT)
    module = ".".join(rel.with_suffix("").parts) if rel.parts[0] == "gema" else None
    if module and module.endswith(".__init__"):
        module = module.removesuffix(".__init__")
    r = _Resolver(tree, module, parents)
    skip = NOT_KEYS | _not_ui_text_names()
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        parent = parents.get(node)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if isinstance(parent, ast.JoinedStr):
                continue
            text = node.value
            in_position = _is_key_position(node, parents)
            if isinstance(parent, ast.keyword) and parent.arg == "key":
                continue  # Streamlit widget keys
            if in_position or (
                KEY_SHAPE.match(text)
                and _is_area_prefixed(text)
                and text not in skip
                and text.rsplit(".", 1)[-1] not in FILE_SUFFIXES
            ):
                yield Use(where, key=text)
        elif isinstance(node, ast.JoinedStr) and node.values:
            first = node.values[0]
            prefixed = (
                isinstance(first, ast.Constant)
                and re.match(r"^[a-z][a-z0-9_]*\.", first.value)
                and _is_area_prefixed(first.value)
            )
            if (prefixed or _is_key_position(node, parents)) and not (
                isinstance(parent, ast.keyword) and parent.arg == "key"
            ):
                regex, keys = _built_key(list(node.values), node, parents, r)
                yield Use(where, pattern=regex, expansions=keys)
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and re.match(r"^[a-z][a-z0-9_]*\.$", node.left.value)
            and _is_area_prefixed(node.left.value)
        ):
            regex, keys = _built_key([node.left, node.right], node, parents, r)
            yield Use(where, pattern=regex, expansions=keys)


ALL_USES = [u for path in source_files() for u in uses(path)]


def test_the_scan_finds_keys_of_every_kind() -> None:
    """The scan itself works: it sees hundreds of literal keys, built keys and expansions."""
    literal = [u for u in ALL_USES if u.key]
    built = [u for u in ALL_USES if u.pattern]
    expanded = [u for u in built if u.expansions]
    assert len(literal) > 1000 and len(built) > 70 and len(expanded) > 20
    # a few known expansions, so resolving constants cannot silently stop working
    all_expanded = {k for u in expanded for k in u.expansions}
    assert {"dash.status.baru", "ikm.by.kabkota"} <= all_expanded


def test_every_setting_has_a_label() -> None:
    """The admin settings form builds `setting.<name>` from the settings registry (a function
    call the scan cannot expand): every setting must have its label."""
    from gema.core import thresholds

    missing = [k for k in thresholds.DEFAULTS if f"setting.{k}" not in CATALOG]
    assert not missing, missing


def test_every_literal_key_exists() -> None:
    missing = sorted({f"{u.where}: {u.key}" for u in ALL_USES if u.key and u.key not in CATALOG})
    assert not missing, "keys used but not in the catalogue:\n" + "\n".join(missing)


def test_every_built_key_matches_a_key() -> None:
    missing = []
    for u in ALL_USES:
        if u.pattern and not any(re.fullmatch(u.pattern, k) for k in CATALOG):
            missing.append(f"{u.where}: /{u.pattern}/ matches no key")
    assert not missing, "\n".join(missing)


def test_every_knowable_expansion_exists() -> None:
    missing = sorted(
        {f"{u.where}: {k}" for u in ALL_USES for k in u.expansions if k not in CATALOG}
    )
    assert not missing, "built keys with no catalogue entry:\n" + "\n".join(missing)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("area", catalogue.AREAS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_entry_has_both_languages_and_the_same_placeholders(area: object) -> None:
    bad = []
    for key, pair in area.ENTRIES.items():
        if not CATALOG_KEY_SHAPE.match(key):
            bad.append(f"{key}: not lower snake case `area.thing`")
        if len(pair) != 2 or not all(isinstance(s, str) and s.strip() for s in pair):
            bad.append(f"{key}: needs non-empty Indonesian and English texts")
            continue
        if _placeholders(pair[0]) != _placeholders(pair[1]):
            bad.append(f"{key}: placeholders differ {pair}")
    assert not bad, "\n".join(bad)


def test_no_key_is_defined_twice() -> None:
    """Within an area module (a dict literal keeps the last silently) and across modules."""
    seen: dict[str, str] = {}
    dupes = []
    for area in catalogue.AREAS:
        tree = ast.parse(Path(area.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
                for k in node.value.keys:
                    name = area.__name__
                    if k.value in seen:
                        dupes.append(f"{k.value}: {seen[k.value]} and {name}")
                    seen[k.value] = name
    assert not dupes, "\n".join(dupes)
    assert len(seen) == len(CATALOG)


def test_merging_refuses_a_key_defined_in_two_areas() -> None:
    with pytest.raises(catalogue.DuplicateKeyError, match="app.title"):
        catalogue.merge((catalogue.shell, catalogue.shell))
