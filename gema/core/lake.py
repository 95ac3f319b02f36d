"""The DuckLake backend: the same `queries/` on a lake (catalog in PostgreSQL, Parquet files in a
folder or object store) instead of the embedded DuckDB file, so several app servers and CLI
importers can write at once.

Set `GEMA_LAKE=postgres:<libpq conninfo>` and `GEMA_LAKE_DATA=<folder or s3://… URL>`; without
GEMA_LAKE the store stays the embedded file (`make run`). The `ducklake` and `postgres`
extensions come from the pinned PyPI packages `duckdb-extension-ducklake` and
`duckdb-extension-postgres` and are LOADed by path: nothing is INSTALLed or fetched at run time.

DuckLake has no PRIMARY KEY/UNIQUE/CHECK constraints, indexes, sequences or RETURNING, and its
catalog holds no macros we want to rewrite on every connect. So the numbered migrations are
adapted statement by statement (`split_migration`), never edited:
  * macros run in the connection's own in-memory catalog (on every connect, like staging/);
  * CREATE SEQUENCE and CREATE INDEX are left out, constraints other than NOT NULL are dropped;
  * a column `DEFAULT nextval('s')` becomes `DEFAULT (base['s'] + nextval('s'))`, where `s` is a
    TEMP sequence of the cursor restarted at 1 by every write transaction and `base` (a session
    variable) is the lake-wide last key read inside that transaction (`gema_lake_keys`, and the
    column's max for rows written without it). Every write transaction ends by updating every
    `gema_lake_keys` row, so two concurrent writers always conflict at COMMIT: the loser retries
    (`store.retrying`) and sees the winner's rows. That makes keys unique and the natural-key
    de-duplication of overlapping uploads equal to some serial order, as the file's writer lock
    does.
Named queries are adapted the same way (`adapt_query`): `nextval('s')` gets its base, and a
trailing RETURNING is answered by the store after the statement (see `Returning`). An upsert
(`INSERT … ON CONFLICT`, which needs a key) has a MERGE variant in queries/lake/. The lake half
of the store (connect, migrate, named queries on the lake) is gema/core/lakestore.py.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb

ALIAS = "gema_lake"  # the attached lake's catalog name
KEY_BASE = "gema_key_base"  # session variable: {sequence: last key before this transaction}
ENV_CATALOG = "GEMA_LAKE"
ENV_DATA = "GEMA_LAKE_DATA"


class LakeConfigError(RuntimeError):
    """GEMA_LAKE / GEMA_LAKE_DATA are missing or malformed, or an extension file is missing."""


def configured() -> bool:
    """Whether this process uses the lake instead of the embedded file."""
    return bool(os.environ.get(ENV_CATALOG, "").strip())


def catalog() -> str:
    """The DuckLake metadata location after 'ducklake:', e.g. 'postgres:dbname=gema host=/run'."""
    raw = os.environ.get(ENV_CATALOG, "").strip()
    if not raw.startswith("postgres:"):
        raise LakeConfigError(f"{ENV_CATALOG} must look like 'postgres:<libpq conninfo>'")
    return raw


def data_path() -> str:
    """Where the Parquet files live: a folder (made absolute, created) or an object-store URL."""
    raw = os.environ.get(ENV_DATA, "").strip()
    if not raw:
        raise LakeConfigError(f"{ENV_DATA} must name a folder or an object-store URL")
    if "://" in raw:
        return raw if raw.endswith("/") else raw + "/"
    path = Path(raw).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return str(path) + "/"


def describe() -> str:
    """The lake for messages: the conninfo without any password."""
    return re.sub(r"password=\S+", "password=***", os.environ.get(ENV_CATALOG, ""))


# --- extensions: from the pip packages, loaded by path ---------------------------------------
ENV_TRUST = "GEMA_LAKE_TRUST_EXTENSIONS"


def duckdb_config() -> dict[str, bool]:
    """The lake connection's settings: never install or auto-load an extension (offline at run
    time). DuckDB checks each extension's signature on LOAD (about 0.5 s for the two files);
    GEMA_LAKE_TRUST_EXTENSIONS=1 skips that check, for the test suite's many short connections,
    since the files come from pinned, hash-checked pip packages."""
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    if os.environ.get(ENV_TRUST, "").strip() == "1":
        config["allow_unsigned_extensions"] = True
    return config


def _package_file(module: str, name: str) -> Path:
    try:
        pkg = __import__(module)
    except ImportError:
        raise LakeConfigError(f"package {module} is not installed (requirements.txt)") from None
    path = Path(pkg.__file__).parent / "extensions" / f"v{duckdb.__version__}" / name
    if not path.is_file():
        raise LakeConfigError(
            f"{path} not found: the package must match duckdb {duckdb.__version__}"
        )
    return path


@cache
def extension_files() -> tuple[Path, Path]:
    """(postgres, ducklake) extension files to LOAD, in that order.

    DuckDB derives the entry point from the file name, and the postgres extension's entry point
    is `postgres_scanner_…` while the package ships `postgres.duckdb_extension`: it is LOADed
    through a link named postgres_scanner.duckdb_extension in a per-user cache folder."""
    pg = _package_file("duckdb_extension_postgres", "postgres.duckdb_extension")
    dl = _package_file("duckdb_extension_ducklake", "ducklake.duckdb_extension")
    cache_dir = Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache",
        "gema",
        f"duckdb-{duckdb.__version__}",
    )
    cache_dir.mkdir(parents=True, exist_ok=True)
    link = cache_dir / "postgres_scanner.duckdb_extension"
    if not link.exists() or link.resolve() != pg.resolve():
        tmp = cache_dir / f".link-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(pg)
        tmp.replace(link)
    return link, dl


# --- migrations ------------------------------------------------------------------------------
_LEAD = re.compile(r"^(\s|--[^\n]*\n)*", re.S)
_MACRO = re.compile(r"^CREATE\s+(OR\s+REPLACE\s+)?(TEMP(ORARY)?\s+)?MACRO\b", re.I)
_SEQUENCE = re.compile(r"^CREATE\s+SEQUENCE\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_INDEX = re.compile(r"^CREATE\s+(UNIQUE\s+)?INDEX\b", re.I)
_TABLE = re.compile(r"^CREATE\s+(OR\s+REPLACE\s+)?TABLE\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_NEXTVAL = re.compile(r"nextval\('(\w+)'\)", re.I)
_DEFAULT_NEXTVAL = re.compile(r"(\w+)\s+\w+\s+DEFAULT\s+nextval\('(\w+)'\)", re.I)
_KEY = re.compile(r"\s+(PRIMARY\s+KEY|UNIQUE)\b", re.I)
_CHECK = re.compile(r"\s+CHECK\s*\(", re.I)
_ADD_WITH_DEFAULT = re.compile(
    r"^ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)\s+(.+?)\s+DEFAULT\s+(.+)$",
    re.I | re.S,
)


@dataclass(frozen=True)
class Key:
    """A sequence-filled key column: the sequence, and the table and column it fills."""

    sequence: str
    table: str
    column: str


@dataclass
class Migration:
    """One migration file split for the lake: statements for the lake catalog (applied once),
    macros for each connection's own catalog (applied on every connect), and its key columns."""

    lake: list[str]
    local: list[str]
    keys: list[Key]
    ordered: list[tuple[bool, str]]  # (is a macro, statement) in file order, for a fresh lake


def _body(statement: str) -> str:
    return _LEAD.sub("", statement, count=1)


def _drop_checks(text: str) -> str:
    """Remove every CHECK (…) clause (balanced parentheses, quotes respected)."""
    while m := _CHECK.search(text):
        depth, i, quote = 0, m.end() - 1, False
        while i < len(text):
            ch = text[i]
            if ch == "'":
                quote = not quote
            elif not quote and ch == "(":
                depth += 1
            elif not quote and ch == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        text = text[: m.start()] + text[i + 1 :]
    return text


def _local_macro(statement: str) -> str:
    """A migration's macro as CREATE OR REPLACE, so it can run again on every connect."""
    return _MACRO.sub(lambda m: "CREATE OR REPLACE MACRO", statement, count=1)


def temp_macro(statement: str) -> str:
    """A macro as a TEMP macro: while a migration runs in a lake transaction, its macros cannot
    go to the in-memory catalog (one written database per transaction; TEMP is exempt)."""
    return _MACRO.sub(lambda m: "CREATE OR REPLACE TEMP MACRO", statement, count=1)


def statements(text: str) -> list[str]:
    """The statements of a SQL file: split at `;` outside quotes and comments. (DuckDB's
    extract_statements gives wrong text after non-ASCII comments: byte vs character offsets.)"""
    out, start, i, n = [], 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"":
            end = text.find(ch, i + 1)
            while end != -1 and text[end + 1 : end + 2] == ch:  # doubled quote inside
                end = text.find(ch, end + 2)
            i = n if end == -1 else end + 1
            continue
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end == -1 else end + 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end == -1 else end + 2
            continue
        if ch == ";":
            out.append(text[start:i])
            start = i + 1
        i += 1
    out.append(text[start:])
    return [stmt for stmt in out if _body(stmt).strip()]


def split_migration(text: str) -> Migration:
    """Adapt one migration file for the lake (see the module docstring)."""
    out = Migration([], [], [], [])
    for stmt in statements(text):
        body = _body(stmt).strip().rstrip(";")
        if not body:
            continue
        if _MACRO.match(body):
            out.local.append(_local_macro(body))
            out.ordered.append((True, temp_macro(body)))
        elif _SEQUENCE.match(body) or _INDEX.match(body):
            continue
        elif m := _TABLE.match(body):
            table, plain = m.group(3), _drop_checks(_KEY.sub("", body))
            out.keys += [Key(s, table, c) for c, s in _DEFAULT_NEXTVAL.findall(plain)]
            out.lake.append(adapt_nextval(plain))
            out.ordered.append((False, out.lake[-1]))
        else:
            for part in _literal_add_default(body):
                out.lake.append(adapt_nextval(part))
                out.ordered.append((False, out.lake[-1]))
    return out


_BOOL_DEFAULT = re.compile(r"\bDEFAULT\s+(true|false)\b", re.I)


def _literal_add_default(body: str) -> list[str]:
    """DuckLake adds a column only with a literal default, and takes `false` for an expression:
    a boolean default is written as the string literal DuckDB casts ('false')."""
    if not _ADD_WITH_DEFAULT.match(body):
        return [body]
    return [_BOOL_DEFAULT.sub(lambda m: "DEFAULT '" + m.group(1).lower() + "'", body)]


def adapt_nextval(sql: str) -> str:
    """nextval('s') → the lake-wide key: this transaction's base plus the cursor's TEMP sequence."""
    return _NEXTVAL.sub(
        lambda m: f"({KEY_BASE_EXPR}['{m.group(1)}'] + nextval('{m.group(1)}'))", sql
    )


KEY_BASE_EXPR = f"getvariable('{KEY_BASE}')"


@cache
def migration(path: Path) -> Migration:
    return split_migration(path.read_text(encoding="utf-8"))


def keys(paths: list[Path]) -> list[Key]:
    """Every key column the migrations create, in order."""
    return [k for p in paths for k in migration(p).keys]


# --- named queries ---------------------------------------------------------------------------
_RETURNING = re.compile(r"\s+RETURNING\s+([\w.,\s]+?)\s*;?\s*$", re.I)
_INSERT_INTO = re.compile(r"^INSERT\s+INTO\s+(\w+)", re.I)
_WRITE = re.compile(r"^(INSERT|UPDATE|DELETE|MERGE)\b", re.I)


@dataclass(frozen=True)
class Returning:
    """A RETURNING clause the lake cannot run: for an INSERT of one row into a table with a key
    column, the store answers with the key it just drew; for UPDATE/DELETE, with one row per
    changed row (columns NULL: callers count them)."""

    columns: list[str]
    insert_table: str | None


@dataclass(frozen=True)
class LakeQuery:
    sql: str
    writes: bool
    returning: Returning | None


def adapt_query(sql: str) -> LakeQuery:
    """A named query's text for the lake (cached by the store per query name)."""
    body = _body(sql)
    writes = bool(_WRITE.match(body))
    returning = None
    if writes and (m := _RETURNING.search(sql)):
        cols = [c.strip().split(".")[-1] for c in m.group(1).split(",") if c.strip()]
        ins = _INSERT_INTO.match(body)
        returning = Returning(cols, ins.group(1) if ins else None)
        sql = sql[: m.start()] + ";"
    return LakeQuery(adapt_nextval(sql), writes, returning)


def is_conflict(exc: BaseException) -> bool:
    """A write that lost a race on the lake (another transaction committed first): retry it."""
    text = str(exc).lower()
    return isinstance(exc, duckdb.Error) and (
        "conflict" in text or "failed to commit ducklake" in text
    )
