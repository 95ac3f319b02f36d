"""The memory cap of a command-line import grows with the file (issue 17): a small file keeps
the 640 MB it was measured under, a 10M-row file gets at most 1024 MB (peak RSS under 2 GB),
and GEMA_IMPORT_MEMORY_MB still overrides both."""

from __future__ import annotations

import duckdb
import pytest

from gema.ingest import limits


def _cap_mb(conn: duckdb.DuckDBPyConnection) -> float:
    """The cap in force, in the MB (10^6 bytes) the setting was given in."""
    value = conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    number, unit = value.split()
    return float(number) * {"MiB": 2**20, "GiB": 2**30, "MB": 1e6, "GB": 1e9}[unit] / 1e6


@pytest.fixture
def no_override(monkeypatch):
    monkeypatch.delenv("GEMA_IMPORT_MEMORY_MB", raising=False)


def test_cap_grows_with_the_file_between_floor_and_ceiling(no_override):
    assert limits.import_memory_mb(None) == 640
    assert limits.import_memory_mb(10 * 2**20) == 650
    assert limits.import_memory_mb(300 * 2**20) == 940
    assert limits.import_memory_mb(600 * 2**20) == 1024  # a 10M-row export
    assert limits.import_memory_mb(50 * 2**30) == 1024


def test_setting_overrides_the_size(monkeypatch):
    monkeypatch.setenv("GEMA_IMPORT_MEMORY_MB", "512")
    assert limits.import_memory_mb(600 * 2**20) == 512


def test_command_line_import_caps_by_the_files_size(no_override, tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(200 * 2**20)  # sparse: 200 MB on paper
    conn = duckdb.connect()
    try:
        with limits.command_line_import(conn, big):
            assert 835 <= _cap_mb(conn) <= 845  # 640 + 200
        with limits.command_line_import(conn, tmp_path / "missing.csv"):
            assert 635 <= _cap_mb(conn) <= 645
    finally:
        conn.close()
