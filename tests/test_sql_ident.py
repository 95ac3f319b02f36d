"""The one identifier-quoting helper (gema.core.sql) and store's `idents=` placeholders."""

from __future__ import annotations

import duckdb
import pytest

from gema.core import sql, store


def test_ident_quotes_plain_names() -> None:
    assert sql.ident("views") == '"views"'
    assert sql.ident("Nama Akun") == '"Nama Akun"'


def test_ident_doubles_embedded_quotes() -> None:
    assert sql.ident('a"b') == '"a""b"'
    assert sql.ident('"; DROP TABLE posts; --') == '"""; DROP TABLE posts; --"'


def test_ident_keeps_unicode() -> None:
    assert sql.ident("Kabupaten/Kota ✓ ñ 日本") == '"Kabupaten/Kota ✓ ñ 日本"'


@pytest.mark.parametrize("bad", ["", "a\x00b", None, 3])
def test_ident_refuses_bad(bad: object) -> None:
    with pytest.raises(sql.IdentError):
        sql.ident(bad)  # type: ignore[arg-type]


def test_ident_list_and_empty_list() -> None:
    assert sql.ident_list(["a", 'b"c']) == '"a", "b""c"'
    with pytest.raises(sql.IdentError):
        sql.ident_list([])


def test_fill_requires_every_placeholder_and_no_extra() -> None:
    text = "SELECT {{idents:cols}} FROM {{ident:t}}"
    assert sql.fill(text, {"cols": ["x", "y z"], "t": "tb"}) == 'SELECT "x", "y z" FROM "tb"'
    with pytest.raises(sql.IdentError):
        sql.fill(text, {"cols": ["x"]})
    with pytest.raises(sql.IdentError):
        sql.fill(text, {"cols": ["x"], "t": "tb", "typo": "z"})
    with pytest.raises(sql.IdentError):
        sql.fill(text, {"cols": "x", "t": "tb"})  # a list placeholder given one name
    with pytest.raises(sql.IdentError):
        sql.fill(text, {"cols": ["x"], "t": ["tb"]})  # a single placeholder given a list


def test_fill_leaves_other_braces_alone() -> None:
    text = "SELECT regexp_matches(v, '[0-9]{4}'), {'a': 1} FROM {{ident:t}}"
    assert sql.fill(text, {"t": "x"}) == "SELECT regexp_matches(v, '[0-9]{4}'), {'a': 1} FROM \"x\""


def test_store_runs_a_named_query_with_hostile_identifiers() -> None:
    conn = duckdb.connect()
    table = 'up"load; DROP TABLE x --'
    conn.execute(f"CREATE TEMP TABLE {sql.ident(table)} (_row BIGINT, {sql.ident('a b')} VARCHAR)")
    conn.execute(f"INSERT INTO {sql.ident(table)} VALUES (1, 'p'), (2, 'q')")
    assert store.scalar(conn, "ingest_read/count_rows", idents={"table": table}) == 2
    with pytest.raises(store.QueryError):
        store.scalar(conn, "ingest_read/count_rows")  # placeholders must be filled
    with pytest.raises(store.QueryError):
        store.scalar(conn, "ingest_read/count_rows", idents={"table": ""})


def test_store_queries_without_placeholders_unchanged() -> None:
    conn = store.connect(":memory:")
    assert store.scalar(conn, "reference/region_count") == 8


def test_with_placeholder_takes_only_a_chain_of_named_steps() -> None:
    text = "CREATE TEMP TABLE t AS {{with:c}} SELECT * FROM {{ident:last}}"
    with pytest.raises(sql.IdentError):
        sql.fill(text, {"c": "SELECT 1", "last": "s"})  # text is never spliced
    with pytest.raises(sql.IdentError):
        sql.fill(text, {"c": sql.Chain(()), "last": "s"})
    with pytest.raises(store.QueryError):  # a step with $parameters cannot be a CTE
        store.chain_step("ingest/batch_by_sha", "s0")
    steps = sql.Chain(
        (
            store.chain_step("ingest/stage_base", 'a"b', {"table": "raw table"}),
            store.chain_step(
                "ingest/stage_required", "s1", {"prev": 'a"b', "name": "v", "flag": "f"}
            ),
        )
    )
    conn = duckdb.connect()
    conn.execute('CREATE TEMP TABLE "raw table" AS SELECT 1 AS _row, NULL::VARCHAR AS v')
    conn.execute(sql.fill(text, {"c": steps, "last": "s1"}))
    assert conn.execute("SELECT _row, f FROM t").fetchall() == [(1, True)]
