"""Guard rails of the code layout (issue 15), as tests rather than prose.

- pages import only the UI package (`gema.ui`) and feature packages (`gema.<feature>`), never the
  store, the SQL or the core modules directly;
- `gema/core/` imports no feature; only `gema/ui/` imports streamlit;
- the feature packages import each other without cycles;
- no hand-written module is longer than 600 lines.
Imports inside functions count too: every `import` node of a file is read.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from gema.core.store import ROOT

GEMA = ROOT / "gema"
MAX_LINES = 600
# packages under gema/ that are not features: the core, the UI glue and the command line
NOT_FEATURES = {"core", "ui", "cli"}


def _imports(path: Path) -> set[str]:
    """Every module a file imports (absolute names; `from gema import x` gives `gema.x`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _gema_part(module: str) -> str | None:
    """`gema.kepuasan.data` -> 'kepuasan'; None for anything outside gema."""
    parts = module.split(".")
    return parts[1] if parts[0] == "gema" and len(parts) > 1 else None


def _packages() -> set[str]:
    return {p.name for p in GEMA.iterdir() if (p / "__init__.py").is_file()}


def _features() -> set[str]:
    return _packages() - NOT_FEATURES


def _py(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if ".venv" not in p.parts)


@pytest.mark.parametrize("page", sorted((ROOT / "pages").glob("*.py")), ids=lambda p: p.stem)
def test_pages_import_only_the_ui_and_feature_packages(page):
    features = _features()
    for module in _imports(page):
        part = _gema_part(module)
        if module == "gema":
            continue
        if part is not None:
            assert part == "ui" or part in features, f"{page.name} imports {module}"
        else:
            assert module.split(".")[0] not in {"duckdb", "sqlglot"}, f"{page.name}: {module}"


def test_core_imports_no_feature():
    for path in _py(GEMA / "core"):
        for module in _imports(path):
            part = _gema_part(module)
            assert part in (None, "core"), f"{path.relative_to(ROOT)} imports {module}"


def test_only_the_ui_package_imports_streamlit():
    for path in _py(GEMA):
        if (GEMA / "ui") in path.parents:
            continue
        streamlit = {m for m in _imports(path) if m.split(".")[0] == "streamlit"}
        assert not streamlit, f"{path.relative_to(ROOT)} imports {sorted(streamlit)}"


def _package_graph() -> dict[str, set[str]]:
    """Feature/core/ui package -> the gema packages it imports (top-level modules count as
    their own node, e.g. gema/nav.py is 'nav')."""
    graph: dict[str, set[str]] = {}
    for path in _py(GEMA):
        rel = path.relative_to(GEMA).parts
        node = rel[0] if len(rel) > 1 else Path(rel[0]).stem
        if node in {"__init__", "__main__"}:
            continue
        targets = {_gema_part(m) for m in _imports(path)} - {None, node}
        graph.setdefault(node, set()).update(t for t in targets if t is not None)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_feature_packages_import_each_other_without_cycles():
    graph = _package_graph()
    # the command line sits on top of everything and the UI glue is imported by nothing in gema
    # but pages; a package may use its own modules freely (self-edges are dropped above)
    found = _cycle({k: v - {"cli"} for k, v in graph.items() if k != "cli"})
    assert found is None, " → ".join(found or [])


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_page_rule_catches_a_core_import(tmp_path):
    page = tmp_path / "bad.py"
    page.write_text("from gema.core import store\nimport duckdb\n", encoding="utf-8")
    imported = _imports(page)
    assert "gema.core.store" in imported and "duckdb" in imported
    assert _gema_part("gema.core.store") not in _features() | {"ui"}


@pytest.mark.parametrize("folder", ["gema", "pages", "tests", "bench"])
def test_no_hand_written_module_is_longer_than_600_lines(folder):
    files = _py(ROOT / folder) + ([ROOT / "app.py", ROOT / "serve.py"] if folder == "gema" else [])
    long = {
        str(p.relative_to(ROOT)): n
        for p in files
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long
