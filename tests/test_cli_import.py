"""The CLI contract of issue 2 item 4: `import`, `batches`, `undo`; exit codes 0/1/2 and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from gema.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"
KEYS = [
    "batch_id",
    "kind",
    "rows_read",
    "rows_loaded",
    "rows_rejected",
    "rows_duplicate",
    "errors",
    "unmapped_columns",
    "unresolved_regions",
]


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, out  # exactly one JSON object on stdout
    return code, json.loads(lines[0])


def table_count(db_file: Path, table: str) -> int:
    with duckdb.connect(str(db_file), read_only=True) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_json_exit_0_and_exact_keys(db_file, capsys):
    code, out = run_json(capsys, "import", "posts", str(EXPORTS / "youtube_studio.csv"), "--json")
    assert code == 0
    assert list(out) == KEYS
    assert out["batch_id"] == 1 and out["kind"] == "posts"
    assert out["rows_read"] == 2 and out["rows_loaded"] == 2 and out["errors"] == []
    assert table_count(db_file, "posts") == 2


def test_refusals_exit_1_nothing_written(db_file, capsys):
    lapor = str(EXPORTS / "lapor.csv")
    code, out = run_json(capsys, "import", "feedback", lapor, "--json")
    assert code == 1 and list(out) == KEYS
    assert out["batch_id"] is None and out["rows_loaded"] == 0
    assert out["unresolved_regions"] == {"Tangerang": 2, "Jakarta Selatan": 1}
    assert table_count(db_file, "import_batches") == 0
    code, out = run_json(
        capsys, "import", "feedback", lapor, "--region", "Tangerang=3671",
        "--region", "Jakarta Selatan=-", "--json",
    )  # fmt: skip
    assert code == 0 and out["rows_loaded"] == 5
    code, out = run_json(capsys, "import", "feedback", lapor, "--json")
    assert code == 1 and "sudah pernah dimuat" in out["errors"][0]["message"]
    assert table_count(db_file, "feedback") == 5


def test_validation_refusal_and_skip_invalid(db_file, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "platform,tanggal,tayangan\nIG,13/07/2024,10\nIG,14/07/2024,banyak\n", encoding="utf-8"
    )
    code, out = run_json(capsys, "import", "posts", str(bad), "--json")
    assert code == 1 and out["rows_rejected"] == 1
    assert out["errors"][0] == {
        "row": 3,
        "column": "tayangan",
        "value": "banyak",
        "message": out["errors"][0]["message"],
    }
    assert table_count(db_file, "posts") == 0
    code, out = run_json(capsys, "import", "posts", str(bad), "--skip-invalid", "--json")
    assert code == 0 and out["rows_loaded"] == 1 and out["rows_rejected"] == 1
    assert table_count(db_file, "posts") == 1


def test_usage_errors_exit_2(db_file, capsys, tmp_path):
    yt = str(EXPORTS / "youtube_studio.csv")
    code, out = run_json(capsys, "import", "posts", str(tmp_path / "missing.csv"), "--json")
    assert code == 2 and list(out) == KEYS and out["errors"][0]["message"]
    code, out = run_json(capsys, "import", "posts", yt, "--map", "Views=bukan_field", "--json")
    assert code == 2
    code, out = run_json(capsys, "import", "posts", yt, "--set", "tanpa-sama-dengan", "--json")
    assert code == 2
    assert main(["import", "bukan-jenis", yt]) == 2
    capsys.readouterr()
    assert table_count(db_file, "import_batches") == 0


def test_map_set_dry_run_and_presets(db_file, capsys, tmp_path):
    path = tmp_path / "wa.csv"
    path.write_text("Kapan,Isi pesan,Wilayah\n13/07/2024,Lampu mati,Lebak\n", encoding="utf-8")
    argv = ["import", "feedback", str(path), "--map", "Kapan=received_at", "--map", "Isi pesan=text",
            "--set", "channel=wa"]  # fmt: skip
    code, out = run_json(capsys, *argv, "--dry-run", "--json")
    assert code == 0 and out["batch_id"] is None and out["rows_loaded"] == 1
    assert table_count(db_file, "feedback") == 0
    code, out = run_json(capsys, *argv, "--save-preset", "wa", "--json")
    assert code == 0 and out["rows_loaded"] == 1
    other = tmp_path / "wa2.csv"
    other.write_text(
        "Kapan,Isi pesan,Wilayah\n14/07/2024,Air keruh,Kota Serang\n", encoding="utf-8"
    )
    code, out = run_json(capsys, "import", "feedback", str(other), "--preset", "wa", "--json")
    assert code == 0 and out["rows_loaded"] == 1
    with duckdb.connect(str(db_file), read_only=True) as c:
        got = c.execute("SELECT channel, kabkota FROM feedback ORDER BY received_at").fetchall()
    assert got == [("WhatsApp", "3602"), ("WhatsApp", "3673")]


def test_batches_and_undo(db_file, capsys):
    main(["import", "posts", str(EXPORTS / "youtube_studio.csv"), "--json"])
    main(["import", "feedback", str(EXPORTS / "tweet_harvest.csv"), "--json"])
    capsys.readouterr()
    assert main(["batches", "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)
    assert [b["batch_id"] for b in batches] == [1, 2]
    assert batches[0]["kind"] == "posts" and batches[1]["rows_duplicate"] == 1
    assert main(["undo", "2"]) == 0
    assert "dibatalkan" in capsys.readouterr().out
    assert table_count(db_file, "feedback") == 0 and table_count(db_file, "posts") == 2
    assert main(["undo", "2"]) == 1
    assert main(["undo", "99"]) == 2
    capsys.readouterr()
    assert main(["batches", "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)
    assert batches[1]["status"] == "undone" and batches[1]["undone_by"] == "cli"
    assert main(["batches"]) == 0
    assert "youtube_studio.csv" in capsys.readouterr().out


def test_real_subprocess(db_file):
    env = {**os.environ, "GEMA_DB": str(db_file)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "gema",
            "import",
            "posts",
            str(EXPORTS / "x_analytics.csv"),
            "--json",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert list(out) == KEYS and out["rows_loaded"] == 2
