"""The store: migrations apply once, named queries bind parameters, regions are seeded."""

from __future__ import annotations

import re

import duckdb
import pytest

from gema.core import store


def test_migrations_apply_once_and_are_recorded(db_file):
    c = store.connect(db_file)
    first = store.run(c, "store/applied_migrations")
    c.close()
    c = store.connect(db_file)
    assert store.migrate(c) == []
    again = store.run(c, "store/applied_migrations")
    assert first["version"].tolist() == again["version"].tolist()
    assert first["version"].tolist() == sorted(first["version"].tolist())
    c.close()


def test_regions_seeded_with_population_source(conn):
    regions = store.run(conn, "reference/regions")
    assert regions["kode"].tolist() == [
        "3601",
        "3602",
        "3603",
        "3604",
        "3671",
        "3672",
        "3673",
        "3674",
    ]
    row = regions.set_index("kode").loc["3603"]
    assert row["population"] == 3_310_000
    assert "Dukcapil" in row["population_source"] and row["population_year"] == 2023
    assert regions.set_index("kode").loc["3672", "population"] == 470_380


def test_run_rejects_missing_parameter(conn):
    with pytest.raises(store.QueryError, match="needs parameters"):
        store.run(conn, "store/record_migration", version=999)


def test_unknown_query_name_is_refused(conn):
    with pytest.raises(store.QueryError):
        store.run(conn, "../secrets")
    with pytest.raises(store.QueryError):
        store.run(conn, "no/such/query")


def test_transaction_rolls_back_on_error(conn):
    before = store.scalar(conn, "reference/region_count")
    with pytest.raises(duckdb.Error), store.transaction(conn):
        store.execute(conn, "reference/seed_regions", path=str(store.REGIONS_CSV))
        conn.execute("SELECT * FROM no_such_table")
    assert store.scalar(conn, "reference/region_count") == before


def test_every_named_query_has_a_header():
    """Each named query states purpose, grain and params at the top (DEVELOPERS.md)."""
    for path in store.QUERIES.rglob("*.sql"):
        if path.parent == store.SCHEMA:
            continue
        head = path.read_text(encoding="utf-8")[:600]
        for word in ("purpose:", "grain:", "params:"):
            assert re.search(rf"^--\s*{word}", head, re.M), f"{path} lacks '{word}'"
