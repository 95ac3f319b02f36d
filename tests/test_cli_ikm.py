"""`python -m gema ikm`: from a file without loading it, and from the store; JSON and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gema import ingest
from gema.cli import main
from gema.core import store

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).resolve().parent / "fixtures" / "skm"


def _json(capsys) -> list[dict]:
    out = capsys.readouterr().out
    return json.loads(out)


def test_file_by_unit_json_contract_and_nothing_written(db_file, capsys):
    rc = main(["ikm", str(FIX / "google_forms_labels.csv"), "--json"])
    assert rc == 0
    rows = _json(capsys)
    assert [set(r) >= {"group", "respondents", "nrr", "ikm", "mutu", "kinerja"} for r in rows] == [
        True, True,
    ]  # fmt: skip
    by = {r["group"]: r for r in rows}
    samsat = by["Samsat Kota Serang"]
    assert samsat["respondents"] == 4 and samsat["mutu"] == "B" and samsat["kinerja"] == "Baik"
    assert samsat["ikm"] == pytest.approx(82.6389, abs=1e-4)
    assert samsat["nrr"]["U3"] == 2.5 and list(samsat["nrr"])[:3] == ["U1", "U2", "U3"]
    assert by["Puskesmas Rangkasbitung"]["mutu"] == "D"
    assert not db_file.exists()  # computed without loading: the store was never opened


def test_file_by_kabkota_and_period_and_rounded_weight(db_file, capsys):
    assert main(["ikm", str(FIX / "google_forms_labels.csv"), "--by", "kabkota", "--json"]) == 0
    assert {r["group"]: r["label"] for r in _json(capsys)} == {
        "3673": "Kota Serang", "3602": "Kab. Lebak",
    }  # fmt: skip
    assert main(["ikm", str(FIX / "google_forms_labels.csv"), "--by", "period", "--json"]) == 0
    rows = _json(capsys)
    assert [r["label"] for r in rows] == ["Semester II 2024"]
    exact = rows[0]["ikm"]
    assert exact == pytest.approx(25 * 26.375 / 9, abs=1e-4)  # all 8 respondents: 73,26
    args = ["ikm", str(FIX / "google_forms_labels.csv"), "--by", "period", "--json"]
    assert main([*args, "--rounded-weight"]) == 0
    assert _json(capsys)[0]["ikm"] == pytest.approx(25 * 26.375 * 0.111, abs=1e-4)
    assert main([*args, "--rounded-weight", "--weight-decimals", "2"]) == 0
    assert _json(capsys)[0]["ikm"] == pytest.approx(25 * 26.375 * 0.11, abs=1e-4)


def test_recap_file_is_recognised_and_eleven_unsur(db_file, capsys):
    assert main(["ikm", str(FIX / "recap_nrr.csv"), "--json"]) == 0
    by = {r["group"]: r for r in _json(capsys)}
    assert by["Samsat Cilegon"]["ikm"] == pytest.approx(83.75, abs=0.005)
    assert by["Disdukcapil Pandeglang"]["mutu"] == "C"
    assert main(["ikm", str(FIX / "skm_11_unsur.csv"), "--json"]) == 0
    row = _json(capsys)[0]
    assert len(row["nrr"]) == 11 and row["ikm"] == pytest.approx(25 * 37 / 11, abs=1e-4)


def test_plain_text_output_in_indonesian(db_file, capsys):
    assert main(["ikm", str(FIX / "numeric_shuffled.csv")]) == 0
    out = capsys.readouterr().out
    assert "Samsat Kota Serang" in out and "82,64" in out and "Bobot per unsur: 1/9" in out


def test_exit_codes(db_file, tmp_path, capsys):
    assert main(["ikm"]) == 2  # neither FILE nor --from-db
    assert main(["ikm", str(FIX / "recap_nrr.csv"), "--from-db"]) == 2  # both
    assert main(["ikm", str(tmp_path / "tidak_ada.csv"), "--json"]) == 2
    assert _json(capsys) == []
    assert main(["ikm", "--from-db", "--from", "kemarin"]) == 2
    bad = tmp_path / "salah.csv"
    bad.write_text("Tanggal,Unit,Kab/Kota,U1\n2024-07-01,RSUD,Cilegon,9\n", encoding="utf-8")
    assert main(["ikm", str(bad), "--json"]) == 1  # invalid answer: refused, message on stderr
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "Baris 2" in captured.err
    assert main(["ikm", str(bad), "--skip-invalid", "--json"]) == 1  # no valid row: no data
    assert _json(capsys) == []
    ambiguous = tmp_path / "serang.csv"
    ambiguous.write_text("Tanggal,Unit,Kab/Kota,U1\n2024-07-01,RSUD,Serang,4\n", encoding="utf-8")
    assert main(["ikm", str(ambiguous)]) == 1
    assert main(["ikm", str(ambiguous), "--region", "Serang=3604", "--json"]) == 0
    assert _json(capsys)[0]["ikm"] == 100.0


def test_from_db_with_dates(db_file, capsys):
    c = store.connect(db_file)
    assert ingest.import_file(c, "skm", FIX / "google_forms_labels.csv").loaded
    c.close()
    assert main(["ikm", "--from-db", "--json"]) == 0
    assert len(_json(capsys)) == 2
    assert main(["ikm", "--from-db", "--from", "2024-08-01", "--json"]) == 0
    assert [r["group"] for r in _json(capsys)] == ["Puskesmas Rangkasbitung"]
    assert main(["ikm", "--from-db", "--to", "2024-01-31", "--json"]) == 1  # nothing in range
    assert _json(capsys) == []


def test_module_entry_point(db_file):
    """The real command line: `python -m gema ikm FILE --json` prints one JSON list."""
    done = subprocess.run(
        [sys.executable, "-m", "gema", "ikm", str(FIX / "skm_11_unsur.csv"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["mutu"] == "B"
