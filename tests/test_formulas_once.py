"""Guard rail: each shared formula is written once (queries/staging/ or the migration that owns
its macro), never spelled out again in a named query, so a change to a definition reaches every
figure. Also checks the staging macros themselves on hand-made rows."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from gema.core import store

QUERIES = store.QUERIES

# (what, pattern, files allowed to hold it: the one definition)
FORMULAS = [
    (
        "engagement sum likes + comments + shares (use gema_engagements_or_0 / gema_engagements)",
        re.compile(
            r"\blikes_?\b[^;]{0,80}?\+[^;]{0,80}?\bcomments_?\b[^;]{0,80}?\+[^;]{0,80}?\bshares_?\b",
            re.I | re.S,
        ),
        {"schema/140_creator_scorecard.sql", "staging/posts.sql"},
    ),
    (
        "SKM pooling rule: a recap dropped where its unit-period has answers (use skm_pooled)",
        re.compile(r"NOT\s+EXISTS\s*\(\s*SELECT\s+1\s+FROM\s+skm_responses", re.I),
        {"staging/skm.sql"},
    ),
    (
        "empty-list filter test len($x) = 0 OR list_contains (use gema_allows)",
        re.compile(r"len\(\s*\$?\w+\s*\)\s*=\s*0\s+OR\s+list_contains", re.I),
        {"schema/051_filter_macros.sql"},
    ),
    (
        "active accounts counted by hand (use gema_active_accounts)",
        re.compile(r"count\(\s*DISTINCT\s+(hash\(\s*platform\s*,\s*account|platform\s*\|\|)", re.I),
        set(),
    ),
    (
        "follow-up deadline per stage (use feedback_followup_in)",
        re.compile(r"status\s*=\s*'ditindaklanjuti'\s+THEN", re.I),
        {"staging/feedback.sql"},
    ),
    (
        "views = impressions else video views (use gema_views)",
        re.compile(r"coalesce\(\s*impressions\s*,\s*views\s*\)", re.I),
        set(),
    ),
]

# The spellings the queries used before the staging layer: the detector must catch each.
OLD_SPELLINGS = [
    "sum(coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0))",
    "sum(CASE WHEN reach > 0 THEN coalesce(likes, 0) + coalesce(comments, 0)\n"
    "        + coalesce(shares, 0) + coalesce(saves, 0) END)",
    "AND NOT EXISTS (\n    SELECT 1 FROM skm_responses r\n    WHERE lower(trim(r.unit)) = 1)",
    "AND (len($kabkota) = 0 OR list_contains($kabkota, r.kabkota))",
    "count(DISTINCT hash(platform, account)) FILTER (WHERE account IS NOT NULL)",
    "count(DISTINCT platform || ':' || account)",
    "coalesce(impressions, views) AS views",
    "WHEN fe.status = 'ditindaklanjuti' THEN $close_days END AS due_workdays",
]


def _offences(text: str) -> list[str]:
    return [what for what, pattern, _ in FORMULAS if pattern.search(text)]


@pytest.mark.parametrize("spelling", OLD_SPELLINGS)
def test_detector_catches_the_old_spellings(spelling: str) -> None:
    assert _offences(spelling)


def test_detector_passes_the_staging_calls() -> None:
    calls = (
        "sum(gema_engagements_or_0(likes, comments, shares, saves)), gema_views(impressions, views),"
        " gema_active_accounts(platform, account), gema_allows($kabkota, kabkota),"
        " SELECT * FROM skm_pooled($start, $end, $kabkota)"
    )
    assert not _offences(calls)


def test_each_shared_formula_is_written_once() -> None:
    found = []
    for path in sorted(QUERIES.rglob("*.sql")):
        rel = path.relative_to(QUERIES).as_posix()
        text = store._strip_comments(path.read_text(encoding="utf-8"))  # prose may name a formula
        for what, pattern, allowed in FORMULAS:
            if rel not in allowed and pattern.search(text):
                found.append(f"{rel}: {what}")
    assert not found, "formula spelled out outside its one definition:\n" + "\n".join(found)


def _macro_names(sql: str) -> set[str]:
    return set(re.findall(r"CREATE\s+OR\s+REPLACE\s+MACRO\s+(\w+)", sql, re.I))


def test_staging_names_never_replace_a_migration_macro() -> None:
    """Staging runs after the migrations: a name reused there would silently redefine it."""
    migration = set().union(*(_macro_names(p.read_text()) for p in store.SCHEMA.glob("*.sql")))
    staging = set().union(*(_macro_names(p.read_text()) for p in store.STAGING.glob("*.sql")))
    assert staging and not staging & migration


def test_staging_is_reapplied_on_connect(db_file: Path) -> None:
    c = store.connect(db_file)
    c.execute("DROP MACRO gema_views")
    c.close()
    store._migrated.clear()
    c = store.connect(db_file)
    assert c.execute("SELECT gema_views(NULL, 7)").fetchone() == (7,)
    c.close()


def test_post_formulas_on_hand_made_rows(conn: duckdb.DuckDBPyConnection) -> None:
    rows = conn.execute(
        """
        SELECT gema_engagements_or_0(l, c, s, v) AS e, gema_views(i, w) AS views
        FROM (VALUES (1, NULL, 2, 3, 10, 5), (NULL, NULL, NULL, NULL, NULL, 5)) t(l, c, s, v, i, w)
        """
    ).fetchall()
    assert rows == [(6, 10), (0, 5)]
    agg = conn.execute(
        """
        SELECT gema_reach_er_numerator(e, r), gema_reach_er_denominator(r),
               gema_active_accounts(p, a)
        FROM (VALUES (5, 100, 'tiktok', 'x'), (7, 0, 'tiktok', 'x'), (9, NULL, 'instagram', 'x'),
                     (1, 50, 'instagram', NULL)) t(e, r, p, a)
        """
    ).fetchone()
    assert agg == (6, 150, 2)
