"""Boundaries of Banten's 8 kab/kota: finding, loading, validating and saving the boundary file.

Where the file comes from (issue 9): env `GEMA_BOUNDARIES` if set (then it is the only
candidate: a typo in an explicit setting is reported, not masked by another file), else an
admin's upload `data/geo/uploaded/banten_kabkota.geojson` (git-ignored), else the file that ships
with the app, `data/geo/banten_kabkota.geojson` (BIG via cahyadsn/wilayah_boundaries, MIT; see
data/geo/SOURCE.md). A fresh clone therefore draws the map with nothing beside it.

Every load goes through `gema.peta.boundaryfile`: features are matched to the 8 Banten codes by
code or
name whatever the property names, broken geometry is repaired and reported, and a file with
fewer units is usable (`Boundaries.missing`). A missing or broken file gives a `Boundaries` whose
`problem` names the path and what is wrong; only admins see that (`message`), everyone else gets
`public_message` (no server path). Callers keep the rest of the page working.

The figures drawn from these boundaries are in gema.peta.figures.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping
from shapely.ops import polylabel

from gema.core import i18n
from gema.core.regions import KODE_NAMA
from gema.core.store import DATA, ROOT
from gema.peta import boundaryfile

ENV_VAR = "GEMA_BOUNDARIES"
FILE_NAME = "banten_kabkota.geojson"
DATA_GEO = DATA / "geo"  # the shipped file and its SOURCE.md (tracked)
UPLOAD_DIR = DATA_GEO / "uploaded"  # an admin's upload and its ATTRIBUTION.txt (git-ignored)
LABELS_CSV = DATA / "reference" / "map_labels.csv"
ATTRIBUTION_FILE = "ATTRIBUTION.txt"
MAX_BYTES = 20 * 1024 * 1024
EXPECTED_FEATURES = len(KODE_NAMA)
BANTEN_BOX = boundaryfile.BANTEN_BOX  # lon/lat envelope around Banten and its islands
SMALL_TOLERANCE = 0.004  # degrees (~450 m): the overview's small map needs no more detail


# --- result objects -------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """What is wrong with a boundary file: an i18n key and its arguments."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        return i18n.t(self.key, lang, **self.args)


@dataclass(frozen=True)
class Located:
    """Where the boundary file was looked for, and which one is used."""

    origin: str  # 'env' | 'data' | 'shared' | 'none'
    path: Path | None
    searched: tuple[Path, ...]


@dataclass(frozen=True)
class Boundaries:
    """A loaded boundary file, or why it could not be used (`problem`)."""

    origin: str
    path: Path | None
    searched: tuple[Path, ...] = ()
    problem: Problem | None = None
    geojson: dict[str, Any] | None = None  # as validated (file orientation)
    figure_geojson: dict[str, Any] | None = None  # clockwise rings, feature id = kode
    small_geojson: dict[str, Any] | None = None  # simplified for the small map
    labels: pd.DataFrame | None = None  # kode, nama, jenis, label, lon, lat, anchor_lon, anchor_lat
    size_bytes: int = 0
    sha256: str = ""
    attribution: str | None = None
    check: boundaryfile.Check | None = None  # the matching table (missing units, repairs)

    @property
    def ok(self) -> bool:
        return self.problem is None and self.geojson is not None

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The problem in words, or an empty string when the file is fine."""
        return self.problem.message(lang) if self.problem else ""

    def public_message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """What a non-admin may read: the problem without any server path."""
        return i18n.t("map.err.public", lang) if self.problem else ""

    @property
    def kodes(self) -> list[str]:
        return [] if self.labels is None else self.labels["kode"].tolist()

    @property
    def missing(self) -> list[str]:
        """Kab/kota that this file has no boundary for (drawn as 'tidak ada batas')."""
        return list(self.check.missing) if self.check is not None else []


@dataclass(frozen=True)
class SaveResult:
    """Outcome of an admin's boundary upload: saved to `path`, or refused with `problem`."""

    ok: bool
    path: Path | None = None
    problem: Problem | None = None
    sha256: str = ""
    size_bytes: int = 0


# --- finding and loading --------------------------------------------------------------------
def upload_target() -> Path:
    """Where an uploaded boundary file is stored (data/geo/uploaded/, git-ignored)."""
    return UPLOAD_DIR / FILE_NAME


def shipped_file() -> Path:
    """The boundary file that ships with the app (data/geo/, tracked; see data/geo/SOURCE.md)."""
    return DATA_GEO / FILE_NAME


def locate() -> Located:
    """The boundary file to use: env GEMA_BOUNDARIES, then an admin's upload, then the shipped
    file."""
    raw = os.environ.get(ENV_VAR, "").strip()
    if raw:
        path = Path(raw).expanduser()
        path = path if path.is_absolute() else ROOT / path
        return Located("env", path, (path,))
    candidates = (("upload", upload_target()), ("shipped", shipped_file()))
    for origin, path in candidates:
        if path.is_file():
            return Located(origin, path, tuple(p for _, p in candidates))
    return Located("none", None, tuple(p for _, p in candidates))


def boundaries() -> Boundaries:
    """Locate, read and validate the boundary file (cached until the file changes)."""
    where = locate()
    if where.path is None:
        searched = ", ".join(str(p) for p in where.searched)
        return Boundaries(
            "none", None, where.searched, Problem("map.err.not_found", {"searched": searched})
        )
    try:
        stat = where.path.stat()
    except OSError:
        return Boundaries(
            where.origin,
            where.path,
            where.searched,
            Problem("map.err.env_missing", {"path": str(where.path), "var": ENV_VAR}),
        )
    if not where.path.is_file():
        return Boundaries(
            where.origin,
            where.path,
            where.searched,
            Problem("map.err.not_a_file", {"path": str(where.path)}),
        )
    found = _load_cached(str(where.path), stat.st_mtime_ns, stat.st_size, _labels_stamp())
    attribution = read_attribution(where.path)
    return replace(found, origin=where.origin, searched=where.searched, attribution=attribution)


def _labels_stamp() -> int:
    try:
        return LABELS_CSV.stat().st_mtime_ns
    except OSError:
        return 0


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, size: int, labels_stamp: int) -> Boundaries:
    """Read + validate once per file version (the key includes mtime and size)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return Boundaries("", Path(path), (), Problem("map.err.unreadable", _args(path, exc)))
    return _from_bytes(raw, path)


def _args(path: str, exc: Exception) -> dict[str, Any]:
    return {"path": path, "detail": str(exc)}


def _from_bytes(raw: bytes, path: str) -> Boundaries:
    geojson, problem, check = check_file(raw, path)
    digest = hashlib.sha256(raw).hexdigest()
    if problem is not None or geojson is None or check is None:
        return Boundaries("", Path(path), (), problem, size_bytes=len(raw), sha256=digest)
    geoms = dict(check.geometries)
    return Boundaries(
        "",
        Path(path),
        (),
        None,
        geojson,
        _figure_geojson(geojson, geoms, tolerance=0.0),
        _figure_geojson(geojson, geoms, tolerance=SMALL_TOLERANCE),
        _label_points(geojson, geoms),
        len(raw),
        digest,
        check=check,
    )


def check_file(
    raw: bytes, path: str = "", choices: dict[str, str] | None = None
) -> tuple[dict[str, Any] | None, Problem | None, boundaryfile.Check | None]:
    """Match (gema.peta.boundaryfile) and repair a boundary file from any source.

    Returns (geojson, None, check) when at least one unit matched and no feature waits for a
    decision; else (None, problem, check-or-None). `choices`: a feature's own name → kode."""
    if len(raw) > MAX_BYTES:
        problem = Problem(
            "map.err.too_large", {"path": path, "mb": i18n.fmt_num(len(raw) / 1e6, 1)}
        )
        return None, problem, None
    try:
        check = boundaryfile.check_bytes(raw, choices)
    except boundaryfile.BoundaryFileError as exc:
        key = "map.err.not_collection" if "FeatureCollection" in str(exc) else "map.err.not_json"
        return None, Problem(key, {"path": path, "detail": str(exc)}), None
    if check.unresolved:
        names = ", ".join(check.unresolved)
        return None, Problem("map.err.unresolved", {"path": path, "names": names}), check
    if not check.matched:
        return (
            None,
            Problem("map.err.none_matched", {"path": path, "n": len(check.features)}),
            check,
        )
    return check.geojson(), None, check


def validate_bytes(raw: bytes, path: str = "") -> tuple[dict[str, Any] | None, Problem | None]:
    """Check an uploaded or found boundary file. Returns (geojson, None) or (None, problem)."""
    geojson, problem, _check = check_file(raw, path)
    return geojson, problem


def _figure_geojson(
    geojson: dict[str, Any], geoms: dict[str, Any], tolerance: float
) -> dict[str, Any]:
    """A copy for plotly geo: clockwise exterior rings (d3-geo), optional coverage-preserving
    simplification (shared borders stay shared), feature id = kode."""
    kodes = list(geoms)
    shapes = [geoms[k] for k in kodes]
    if tolerance > 0:
        with contextlib.suppress(shapely.errors.GEOSException):
            shapes = list(shapely.coverage_simplify(np.array(shapes, dtype=object), tolerance))
    features = []
    for kode, geom in zip(kodes, shapes, strict=True):
        geom = shapely.orient_polygons(geom, exterior_cw=True)
        nama = next(
            f["properties"]["nama"] for f in geojson["features"] if f["properties"]["kode"] == kode
        )
        features.append(
            {
                "type": "Feature",
                "id": kode,
                "properties": {"kode": kode, "nama": nama},
                "geometry": mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _label_points(geojson: dict[str, Any], geoms: dict[str, Any]) -> pd.DataFrame:
    """Per kab/kota: the label text and where it goes. `anchor_*` is inside the unit (pole of
    inaccessibility of its largest part); `lon/lat` is where the text sits: the anchor, or a
    place from data/reference/map_labels.csv. With a `position` other than 'middle center' the
    label is a callout: a leader line joins the anchor to the text."""
    custom = _label_table()
    rows = []
    for feat in geojson["features"]:
        props = feat["properties"]
        geom = geoms[props["kode"]]
        part = max(geom.geoms, key=lambda g: g.area) if geom.geom_type == "MultiPolygon" else geom
        anchor = polylabel(part, tolerance=0.001)
        place = custom.get(props["kode"], _NO_PLACE)
        row = {
            "kode": props["kode"],
            "nama": props["nama"],
            "jenis": props["jenis"],
            "label": place.label or props["nama"],
        }
        # the full map's placement, then the small map's (falls back to the full map's)
        for prefix, (lon, lat, position) in (
            ("", (place.lon, place.lat, place.position)),
            (
                "small_",
                (place.small_lon, place.small_lat, place.small_position)
                if place.small_lon is not None
                else (place.lon, place.lat, place.position),
            ),
        ):
            position = position or "middle center"
            inside = lon is None or geom.contains(shapely.Point(lon, lat))
            row |= {
                f"{prefix}anchor_lon": anchor.x if lon is None or not inside else lon,
                f"{prefix}anchor_lat": anchor.y if lon is None or not inside else lat,
                f"{prefix}lon": lon if lon is not None else anchor.x,
                f"{prefix}lat": lat if lat is not None else anchor.y,
                f"{prefix}position": position,
                f"{prefix}callout": position != "middle center",
            }
        rows.append(row)
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class _Place:
    """One row of data/reference/map_labels.csv: the label and where it goes on the full map
    and (optional `small_*` columns) on the overview's small map, where the six northern units
    are too close together for labels inside them."""

    label: str | None = None
    lon: float | None = None
    lat: float | None = None
    position: str | None = None
    small_lon: float | None = None
    small_lat: float | None = None
    small_position: str | None = None


_NO_PLACE = _Place()


def _point(row: dict[str, str], lon_col: str, lat_col: str) -> tuple[float | None, float | None]:
    lon = (row.get(lon_col) or "").strip()
    lat = (row.get(lat_col) or "").strip()
    return (float(lon), float(lat)) if lon and lat else (None, None)


def _label_table() -> dict[str, _Place]:
    if not LABELS_CSV.is_file():
        return {}
    out: dict[str, _Place] = {}
    with open(LABELS_CSV, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lon, lat = _point(row, "label_lon", "label_lat")
            small_lon, small_lat = _point(row, "small_lon", "small_lat")
            out[row["kode"].strip()] = _Place(
                (row.get("label") or "").strip() or None,
                lon,
                lat,
                (row.get("text_position") or "").strip() or None,
                small_lon,
                small_lat,
                (row.get("small_position") or "").strip() or None,
            )
    return out


# --- attribution ----------------------------------------------------------------------------
_SUGGESTED = re.compile(r"suggested attribution", re.IGNORECASE)


def read_attribution(path: Path) -> str | None:
    """The attribution to show under the map: ATTRIBUTION.txt next to the boundary file (written
    with an admin's upload), else the 'Suggested attribution' quote of SOURCE.md next to it."""
    folder = path.parent
    own = folder / ATTRIBUTION_FILE
    if own.is_file():
        text = own.read_text(encoding="utf-8").strip()
        if text:
            return text
    source = folder / "SOURCE.md"
    if source.is_file():
        return attribution_from_source(source.read_text(encoding="utf-8"))
    return None


def attribution_from_source(markdown: str) -> str | None:
    """The first block quote after the 'Suggested attribution' line of a SOURCE.md."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if not _SUGGESTED.search(line):
            continue
        quote: list[str] = []
        for nxt in lines[i + 1 :]:
            stripped = nxt.strip()
            if stripped.startswith(">"):
                quote.append(stripped.lstrip(">").strip())
            elif quote:
                break
        text = " ".join(q for q in quote if q)
        return text or None
    return None


# --- saving an upload (admin) ---------------------------------------------------------------
def save_upload(
    raw: bytes,
    attribution: str,
    target: Path | None = None,
    choices: dict[str, str] | None = None,
) -> SaveResult:
    """Validate an uploaded boundary file and only then replace `target` (data/geo/uploaded/…)
    atomically, together with its attribution text. A refused file leaves the current one
    untouched. What is stored is the matched, repaired file in the app's own form (kode, nama,
    jenis), so every later load is the same whatever the source's property names were."""
    target = target or upload_target()
    geojson, problem, _check = check_file(raw, i18n.t("map.upload_name"), choices)
    if problem is not None or geojson is None:
        return SaveResult(False, None, problem)
    attribution = (attribution or "").strip()
    if not attribution:
        return SaveResult(False, None, Problem("map.err.attribution_missing"))
    if len(attribution) > 1000:
        return SaveResult(False, None, Problem("map.err.attribution_long"))
    target.parent.mkdir(parents=True, exist_ok=True)
    clean = json.dumps(geojson, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    _atomic_write(target, clean)
    _atomic_write(target.parent / ATTRIBUTION_FILE, (attribution + "\n").encode("utf-8"))
    return SaveResult(True, target, None, hashlib.sha256(raw).hexdigest(), len(raw))


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
