"""Every feature write goes through store.write (one transaction, retried when another app
server won the lake commit). A bare `store.transaction` outside the files below would show the
user a conflict error on a lake with two servers (tests/test_lake.py shows the race)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# files that open transactions themselves, each with its own retry (or file-only work)
OWN_RETRY = {
    "gema/core/store.py",  # write() and retrying() themselves
    "gema/core/lakestore.py",  # read snapshots and key ledger, retried inside
    "gema/core/rollups.py",  # rebuild: a no-op on the lake (roll-ups not kept there)
    "gema/core/auth.py",  # sign-in throttle: its own retry loop
    "gema/ingest/pipeline.py",  # load: wrapped in store.retrying by import_prepared
    "gema/ingest/batches.py",  # undo: wrapped in store.retrying
    "gema/cli/migrate_to_lake.py",  # wrapped in store.retrying
    "gema/demo/load.py",  # the demo is loaded by one process before anyone else
}


def test_feature_writes_use_store_write():
    bare = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "gema").rglob("*.py")
        if "store.transaction(" in p.read_text(encoding="utf-8")
        and str(p.relative_to(ROOT)) not in OWN_RETRY
    )
    assert bare == [], f"use store.write(conn, work) instead of store.transaction in {bare}"
