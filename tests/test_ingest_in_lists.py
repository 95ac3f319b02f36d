"""Migration 210 rewrites the import's value macros without long `IN (…)` lists (DuckDB turned
each into a join over every row). The values must not change: every macro it redefines gives,
on awkward inputs, exactly what the definitions before it gave."""

from __future__ import annotations

import re

import duckdb
import pytest

from gema.core import store

MACROS = [
    "gema__trim",
    "gema_blank",
    "gema_id",
    "gema_platform",
    "gema_handle",
    "gema_sentiment",
    "gema_status",
    "gema_bool",
    "gema_account_type",
    "gema_event_kind",
    "gema_num",
    "gema_text",
]

VALUES = [
    None,
    "",
    " ",
    "-",
    "--",
    "–",
    "—",
    "n/a",
    "N/A",
    "#N/A",
    "null",
    "NaN",
    " nan ",
    "\u00a0x\u00a0",
    "\u200bIG",
    "Instagram",
    "instagram",
    " IG ",
    "Insta",
    "reels",
    "YT",
    "youtube shorts",
    "Twitter/X",
    "X",
    "x.com",
    "tweet",
    "facebook page",
    "Threads",
    "wa",
    "LAPOR!",
    "lapor.go.id",
    "FGD",
    "Google Forms",
    "gform",
    "web",
    "surel",
    "hotline",
    "Berita",
    "TikTok Studio",
    "Lainnya",
    "@Dinkes.Banten",
    "https://www.instagram.com/dinkes.banten/",
    "https://youtube.com/@bantenprov",
    "  @icn.lebak ",
    "positif",
    "Positive",
    "+",
    "1",
    "0",
    "-1",
    "netral",
    "neu",
    "kecewa",
    "baru",
    "belum diproses",
    "pending",
    "in progress",
    "didisposisikan",
    "verified",
    "diteruskan ke opd",
    "ditolak",
    "ganda",
    "selesai",
    "sudah ditindaklanjuti",
    "ya",
    "Y",
    "benar",
    "tdk",
    "bukan",
    "OPD",
    "pemda",
    "kreator icn",
    "Influencer",
    "pers",
    "media massa",
    "umum",
    "lain-lain",
    "kunker",
    "blusukan",
    "focus group",
    "launching",
    "banjir",
    "acara",
    "1777.0",
    "00123",
    "7300000000000007919",
    "1.234.567",
    "12,400",
    "1,2 rb",
    "3,4 jt",
    "2 miliar",
    "1,5 M",
    "Rp 2 M",
    "(1.500)",
    "12%",
    "1e3",
    "5 bn",
    "7 billion",
    "3 mlr",
    "2 milyar",
    "4 t",
]


def _values(conn: duckdb.DuckDBPyConnection) -> dict[str, list]:
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE v AS SELECT unnest($v::VARCHAR[]) AS s", {"v": VALUES}
    )
    out = {}
    for macro in MACROS:
        out[macro] = [r[0] for r in conn.execute(f"SELECT {macro}(s) FROM v").fetchall()]
    return out


def test_migration_210_changes_no_value():
    before = duckdb.connect()
    for _, name, path in store.migrations():
        if name.startswith("210_"):
            break
        before.execute(path.read_text(encoding="utf-8"))
    old = _values(before)
    before.execute((store.SCHEMA / "210_ingest_in_lists.sql").read_text(encoding="utf-8"))
    new = _values(before)
    for macro in MACROS:
        assert new[macro] == old[macro], macro


def test_no_long_in_list_left_in_the_import_macros():
    """What the migration is for: no macro it defines keeps an IN list of five or more items."""
    text = (store.SCHEMA / "210_ingest_in_lists.sql").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("--"))
    for found in re.finditer(r"\bIN \(([^()]*)\)", body):
        assert len(found.group(1).split(",")) < 5, found.group(0)


@pytest.mark.parametrize("macro", ["gema_blank", "gema_id", "gema_handle", "gema_platform"])
def test_the_plan_holds_no_in_list_join(macro):
    conn = store.connect(":memory:")
    conn.execute("CREATE TEMP TABLE v AS SELECT unnest($v::VARCHAR[]) AS s", {"v": VALUES})
    plan = "\n".join(r[1] for r in conn.execute(f"EXPLAIN SELECT {macro}(s) FROM v").fetchall())
    assert "MARK" not in plan and "HASH_JOIN" not in plan
