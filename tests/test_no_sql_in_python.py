"""Guard rail (issue 15): no SQL is assembled in Python. SQL lives in queries/ (named files); Python
chooses a named query and binds values; identifiers go through gema.core.sql (`{{ident:x}}`).
This scans every module under gema/ for f-strings, `.format(` and `%` formatting whose literal
text contains SQL keywords, and fails on any of them outside a small allowlist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEMA = ROOT / "gema"

# The placeholder filling itself (quoting helper and named-query loader); nothing else.
ALLOWED = {"gema/core/sql.py", "gema/core/store.py"}

SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|FROM|WHERE|JOIN|CASE\s+WHEN|"
    r"GROUP\s+BY|ORDER\s+BY|VALUES|UNION|COALESCE|CAST|IS\s+(NOT\s+)?NULL)\b"
)
# A keyword in a sentence is prose: the SQL forms above are upper case, except `from`/`with`
# written in lower case SQL ('select … from'), caught by the second pattern.
SQL_LOWER = re.compile(
    r"\bselect\b[\s\S]*\bfrom\b|\bcreate\s+(or\s+replace\s+)?(temp\s+)?(table|view|macro)\b|\binsert\s+into\b|\bdelete\s+from\b|\bcase\s+when\b"
)


def _literal_text(node: ast.AST) -> str:
    """The constant text parts of a string-building expression."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal_text(v) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) + _literal_text(node.right)
    return ""


def _looks_like_sql(text: str) -> bool:
    return bool(SQL.search(text) or SQL_LOWER.search(text))


def offences(source: str, name: str) -> list[str]:
    """Every f-string, `.format(` call or `%` formatting in `source` whose text reads as SQL."""
    found = []
    for node in ast.walk(ast.parse(source)):
        text = ""
        if isinstance(node, ast.JoinedStr) and any(
            isinstance(v, ast.FormattedValue) for v in node.values
        ):
            text = _literal_text(node)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "format_map", "replace")
        ):
            text = _literal_text(node.func.value)
            if node.func.attr == "replace":  # str.replace filling a hole: text of the arguments
                text += "".join(_literal_text(a) for a in node.args)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            text = _literal_text(node.left)
        if text and _looks_like_sql(text):
            found.append(f"{name}:{node.lineno}: {text[:70]!r}")
    return found


def test_no_sql_assembled_in_python():
    found = []
    for path in sorted(GEMA.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel not in ALLOWED:
            found += offences(path.read_text(encoding="utf-8"), rel)
    assert found == [], "SQL assembled in Python (move it to queries/):\n" + "\n".join(found)


def test_the_scan_catches_the_forms_it_forbids():
    """The scan is not vacuous: each forbidden form is caught, prose and plain strings are not."""
    bad = [
        'sql = f"SELECT {cols} FROM t"',
        'sql = "INSERT INTO t VALUES ({})".format(v)',
        'sql = "DELETE FROM t WHERE id = %s" % v',
        'expr = f"CASE WHEN {c} IS NOT NULL THEN 1 ELSE 0 END"',
        'check = f"coalesce({cols}) IS NULL"',
        'sql = text.replace("{check}", f"{x} IS NULL")',
        'q = f"select {c} from {t}"',
    ]
    for line in bad:
        assert offences(line, "x.py"), line
    fine = [
        'msg = f"{n} rows loaded from {name}"',
        'label = f"{kode} · {nama}"',
        'store.run(conn, "ingest/preview", idents={"table": t}, limit=200)',
        'name = f"ingest/undo_{table}"',
    ]
    for line in fine:
        assert not offences(line, "x.py"), line
