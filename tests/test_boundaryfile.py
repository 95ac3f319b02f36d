"""Boundary files from other sources (issue 9): matching through gema.core.regions, repair, partial
files, the `python -m gema boundaries check|use` contract, and the shipped file drawing the map
in a copy of the repository with nothing beside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from gema.core import store
from gema.core.regions import KODE_NAMA
from gema.peta import boundaries as geo
from gema.peta import boundaryfile

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures" / "boundaries"
ALL = sorted(KODE_NAMA)


def check(name: str, choices: dict[str, str] | None = None) -> boundaryfile.Check:
    return boundaryfile.check_bytes((FIX / name).read_bytes(), choices)


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gema", "boundaries", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


# --- matching ------------------------------------------------------------------------------
def test_gadm_name2_cc2_matches_by_code_and_ignores_another_province():
    result = check("gadm_name2_cc2.geojson")
    assert len(result.features) == 9
    assert sorted(result.matched) == ALL and not result.missing and not result.unresolved
    assert result.matched["3604"] == "Serang" and result.matched["3673"] == "Kota Serang"
    bogor = next(f for f in result.features if f.name == "Bogor")
    assert bogor.status == "outside" and bogor.kode is None


def test_big_upper_case_names_without_code_or_jenis():
    result = check("big_wadmkk.geojson")
    assert sorted(result.matched) == ALL
    assert result.matched["3673"] == "KOTA SERANG" and result.matched["3604"] == "KABUPATEN SERANG"
    assert all(f.status == "name" for f in result.features)
    # jenis derived from the code: 36.0x kabupaten, 36.7x kota
    jenis = {
        f["properties"]["kode"]: f["properties"]["jenis"] for f in result.geojson()["features"]
    }
    assert jenis["3604"] == "Kabupaten" and jenis["3673"] == "Kota"


def test_codes_in_every_spelling():
    result = check("codes_mixed.geojson")  # "36.01", 3602, "ID3603", "3604", "36.71", 3672.0 …
    assert sorted(result.matched) == ALL
    assert all(f.status == "code" for f in result.features)


@pytest.mark.parametrize(
    ("value", "kode"),
    [("36.01", "3601"), ("3601", "3601"), (3601, "3601"), ("ID3601", "3601"), ("id-36.74", "3674")],
)
def test_one_code_value(value, kode):
    assert boundaryfile.match_feature(1, {"x": value}).kode == kode


def test_bare_serang_is_the_kabupaten_when_kota_serang_is_in_the_same_file():
    result = check("bare_names.geojson")
    assert result.matched["3604"] == "Serang" and result.matched["3603"] == "Tangerang"
    assert result.matched["3673"] == "Kota Serang" and result.matched["3671"] == "Kota Tangerang"
    assert not result.unresolved


def test_bare_name_without_partner_is_ambiguous_until_the_admin_chooses():
    result = check("ambiguous_serang.geojson")
    assert result.unresolved == ["Serang"] and not result.usable
    assert "3604" not in result.matched and "3673" not in result.matched
    chosen = check("ambiguous_serang.geojson", {"Serang": "3673"})
    assert chosen.usable and chosen.matched["3673"] == "Serang"
    ignored = check("ambiguous_serang.geojson", {"Serang": "-"})
    assert ignored.usable and "3673" not in ignored.matched and "3604" not in ignored.matched


def test_jenis_property_decides_a_bare_name():
    feature = boundaryfile.match_feature(1, {"NAME_2": "Serang", "TYPE_2": "Kota"})
    assert feature.kode == "3673"


def test_partial_file_lists_the_missing_units():
    result = check("five_units.geojson")
    assert result.usable
    assert result.missing == ["3604", "3673", "3674"]


def test_broken_rings_are_repaired_and_reported_never_a_crash():
    result = check("broken_rings.geojson")
    assert sorted(result.matched) == ALL and result.usable
    details = {r["kode"]: r["detail"] for r in result.repaired}
    assert "Self-intersection" in details["3672"]
    assert "Nested shells" in details["3674"]
    assert "arah cincin" in details["3673"]
    for kode, geom in result.geometries.items():
        assert geom.is_valid and geom.area > 0, kode
        polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
        assert all(shapely.is_ccw(p.exterior) for p in polys), kode  # RFC 7946


def test_unreadable_file_raises_a_clear_error():
    with pytest.raises(boundaryfile.BoundaryFileError, match="bukan JSON"):
        check("not_json.geojson")


# --- the CLI contract ----------------------------------------------------------------------
def test_cli_check_json_contract_and_exit_codes():
    ok = cli("check", str(FIX / "gadm_name2_cc2.geojson"), "--json")
    assert ok.returncode == 0, ok.stderr
    out = json.loads(ok.stdout)
    assert set(out) == {"features", "matched", "missing", "unresolved", "repaired"}
    assert out["features"] == 9 and out["matched"]["3601"] == "Pandeglang"
    assert out["missing"] == [] and out["unresolved"] == []

    partial = json.loads(cli("check", str(FIX / "five_units.geojson"), "--json").stdout)
    assert partial["missing"] == ["3604", "3673", "3674"]

    unresolved = cli("check", str(FIX / "ambiguous_serang.geojson"), "--json")
    assert unresolved.returncode == 1
    assert json.loads(unresolved.stdout)["unresolved"] == ["Serang"]

    broken = cli("check", str(FIX / "not_json.geojson"), "--json")
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert cli("check", str(FIX / "nope.geojson")).returncode == 2


def test_cli_use_installs_like_the_admin_upload(tmp_path, monkeypatch):
    """`boundaries use` writes data/geo/uploaded/ of a COPY of the repository (the real one is
    not touched), records an audit entry, and the app then draws the matched units."""
    repo = _clone(tmp_path / "repo")
    db = tmp_path / "gema.duckdb"
    env = {"GEMA_DB": str(db), "GEMA_BOUNDARIES": ""}
    run = subprocess.run(
        [sys.executable, "-m", "gema", "boundaries", "use", str(FIX / "ambiguous_serang.geojson")],
        cwd=repo, capture_output=True, text=True, env={**os.environ, **env}, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1 and not (repo / "data/geo/uploaded").exists()
    run = subprocess.run(
        [sys.executable, "-m", "gema", "boundaries", "use", str(FIX / "ambiguous_serang.geojson"),
         "--pilih", "Serang=3604", "--atribusi", "Batas uji: BIG", "--user", "tester"],
        cwd=repo, capture_output=True, text=True, env={**os.environ, **env}, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    stored = json.loads((repo / "data/geo/uploaded/banten_kabkota.geojson").read_text())
    assert sorted(f["properties"]["kode"] for f in stored["features"]) == [
        "3601", "3602", "3604", "3672", "3674"
    ]  # fmt: skip
    assert (repo / "data/geo/uploaded/ATTRIBUTION.txt").read_text().strip() == "Batas uji: BIG"
    c = store.connect(db)
    try:
        rows = c.execute(
            "SELECT username, detail FROM audit_log WHERE action = 'boundary_upload'"
        ).fetchall()
    finally:
        c.close()
    assert rows and rows[0][0] == "tester" and '"via": "cli"' in rows[0][1]
    tracked = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "data/geo"], cwd=repo, capture_output=True,
        text=True,
    ).stdout  # fmt: skip
    assert "!! data/geo/uploaded/" in tracked  # the upload is git-ignored


# --- the shipped file, with nothing beside the repository ------------------------------------
def _clone(dest: Path) -> Path:
    """What a fresh clone holds: the tracked files plus new files not ignored by .gitignore,
    copied to a folder that has no ../shared beside it."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file() and not src.is_symlink():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)
    assert not (dest.parent / "shared").exists()
    return dest


def test_fresh_clone_without_shared_draws_eight_units(tmp_path):
    repo = _clone(tmp_path / "clone")
    code = (
        "import json, pandas as pd\n"
        "from gema.peta import boundaries as geo\n"
        "from gema.peta import figures as geo_figures\n"
        "from gema.core.regions import KODE_NAMA\n"
        "b = geo.boundaries()\n"
        "fig = geo_figures.map_figure(pd.DataFrame({'kode': list(KODE_NAMA), 'value': 1.0}), 'reach', 'id', b)\n"
        "drawn = [k for t in fig.data if t.type == 'choropleth' for k in t.locations]\n"
        "print(json.dumps({'origin': b.origin, 'path': str(b.path), 'drawn': sorted(set(drawn)),"
        " 'attribution': b.attribution}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "GEMA_BOUNDARIES"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found["origin"] == "shipped"
    assert found["path"] == str(repo / "data" / "geo" / "banten_kabkota.geojson")
    assert found["drawn"] == ALL
    assert found["attribution"].startswith("Batas wilayah: Badan Informasi Geospasial (BIG)")


def test_shipped_file_is_tracked_and_documented():
    assert (ROOT / "data/geo/banten_kabkota.geojson").is_file()
    source = (ROOT / "data/geo/SOURCE.md").read_text(encoding="utf-8")
    assert "MIT" in source and "Badan Informasi Geospasial" in source
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "data/geo/banten_kabkota.geojson"], cwd=ROOT
    )
    assert ignored.returncode == 1  # not ignored: it ships with the app
    assert (
        subprocess.run(["git", "check-ignore", "-q", "data/geo/uploaded/x.geojson"], cwd=ROOT)
    ).returncode == 0
    doc = json.loads((ROOT / "data/geo/banten_kabkota.geojson").read_text(encoding="utf-8"))
    assert sorted(f["properties"]["kode"] for f in doc["features"]) == ALL
    assert all(shape(f["geometry"]).is_valid for f in doc["features"])


def test_non_admins_never_see_a_server_path(tmp_path, monkeypatch):
    monkeypatch.setenv(geo.ENV_VAR, str(tmp_path / "hidden" / "batas.geojson"))
    found = geo.boundaries()
    assert str(tmp_path) in found.message("id")  # the admin's message names the path
    assert str(tmp_path) not in found.public_message("id")
    assert "/" not in found.public_message("id") and "/" not in found.public_message("en")
