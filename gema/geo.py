"""Boundaries of Banten's 8 kab/kota and the choropleth maps, rendered with no network at all.

Where the file comes from (issue 9): env `GEMA_BOUNDARIES` if set (then it is the only
candidate: a typo in an explicit setting is reported, not masked by another file), else an
admin's upload `data/geo/uploaded/banten_kabkota.geojson` (git-ignored), else the file that ships
with the app, `data/geo/banten_kabkota.geojson` (BIG via cahyadsn/wilayah_boundaries, MIT; see
data/geo/SOURCE.md). A fresh clone therefore draws the map with nothing beside it.

Every load goes through `gema.boundaryfile`: features are matched to the 8 Banten codes by code or
name whatever the property names, broken geometry is repaired and reported, and a file with
fewer units is usable (`Boundaries.missing`). A missing or broken file gives a `Boundaries` whose
`problem` names the path and what is wrong; only admins see that (`message`), everyone else gets
`public_message` (no server path). Callers keep the rest of the page working.

Rendering choice and its evidence (headless Chromium, streamlit 1.67 / plotly.js 3.8.2, every
request not to 127.0.0.1 aborted and logged by a Playwright route; see tests/test_geo.py e2e):

- `px.choropleth_map(map_style="white-bg")` (MapLibre) draws the polygons offline, but text
  labels (`scattermap` mode='text') need the style's glyphs: the browser requested
  `https://fonts.openmaptiles.org/Open Sans Regular/0-255.pbf`. Names on a projector are a
  requirement, so MapLibre is not used.
- Chosen: plotly *geo* (`go.Choropleth` with our GeoJSON + `go.Scattergeo` text), drawn as SVG:
  text needs no glyphs. plotly.js (src/plots/geo/geo.js `plot`) fetches the world topojson from
  the CDN only when a basemap layer is shown (`show*`) or when the FIRST trace of the subplot has
  a `locationmode` (a choropleth with geojson has 'geojson-id'). So all basemap layers are off
  (`visible=False`) and the first trace is always a lon/lat Scattergeo (labels or leader lines).
  Measured: 0 external requests, 8 `.choroplethlocation` paths and 8 SVG labels. As a second
  guard `PLOTLY_CONFIG["topojsonURL"]` points at this app's own origin, so a future plotly.js
  that did fetch could never reach the internet (the e2e test would then fail visibly).
- d3-geo expects clockwise exterior rings; the file follows RFC 7946 (counter-clockwise), so the
  figure gets rewound copies (the file itself is never changed).
- Clicks: `st.plotly_chart(on_select=…, selection_mode="points")` returns
  `selection.points[i]` with `location` (the kode) and `customdata` (the kode, also on labels).

Label positions: inside each unit at its pole of inaccessibility (largest part); the small kota
get a callout in the sea or east of the province, kept as data in data/reference/map_labels.csv.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import math
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely
from shapely.geometry import mapping, shape
from shapely.ops import polylabel

from gema import boundaryfile
from gema.core import i18n
from gema.core.regions import KODE_NAMA
from gema.core.store import DATA, ROOT
from gema.mapmetrics import MapMetric
from gema.mapmetrics import get as get_metric

ENV_VAR = "GEMA_BOUNDARIES"
FILE_NAME = "banten_kabkota.geojson"
DATA_GEO = DATA / "geo"  # the shipped file and its SOURCE.md (tracked)
UPLOAD_DIR = DATA_GEO / "uploaded"  # an admin's upload and its ATTRIBUTION.txt (git-ignored)
LABELS_CSV = DATA / "reference" / "map_labels.csv"
ATTRIBUTION_FILE = "ATTRIBUTION.txt"
MAX_BYTES = 20 * 1024 * 1024
EXPECTED_FEATURES = len(KODE_NAMA)
BANTEN_BOX = boundaryfile.BANTEN_BOX  # lon/lat envelope around Banten and its islands
TEXT_DEG = 0.55  # room for a callout's text beside its point (a phone-width map)
SMALL_TOLERANCE = 0.004  # degrees (~450 m): the overview's small map needs no more detail

# Passed as st.plotly_chart(config=…). topojsonURL: see the module docstring (own origin only).
PLOTLY_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "scrollZoom": False,
    "topojsonURL": "/_gema_no_topojson/",
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}

SEQUENTIAL = [  # viridis, light (low) to dark (high): colour-blind safe, greyscale monotone
    [0.0, "#fde725"],
    [0.25, "#5ec962"],
    [0.5, "#21918c"],
    [0.75, "#3b528b"],
    [1.0, "#440154"],
]
DIVERGING = [  # ColorBrewer RdBu (colour-blind safe), negative red, 0 near white, positive blue
    [0.0, "#b2182b"],
    [0.25, "#ef8a62"],
    [0.5, "#f7f7f7"],
    [0.75, "#67a9cf"],
    [1.0, "#2166ac"],
]
NO_DATA_COLOUR = "#d9d9d9"
LABEL_HALO = (  # a solid white outline: dark text stays readable on every fill colour
    "-1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff, 1px 1px 0 #fff, 0 0 4px #fff"
)


# Injected by the map page (st.html): on a phone the map is ~370 px wide, so labels shrink and
# show the name only (the figure stays in the hover and in the ranking next to the map). Plotly
# sets font sizes inline, hence !important. The container key is MAP_CONTAINER_KEY.
MAP_CONTAINER_KEY = "gema_map_box"
PHONE_CSS = f"""
<style>
@media (max-width: 640px) {{
  .st-key-{MAP_CONTAINER_KEY} .geolayer text {{ font-size: 10px !important; }}
  .st-key-{MAP_CONTAINER_KEY} .geolayer text tspan.line:last-child:not(:first-child) {{
    display: none;
  }}
}}
</style>
"""


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
    """Match (gema.boundaryfile) and repair a boundary file from any source.

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


def map_text(label: str, width: int = 16) -> str:
    """A label as map text: a long name ('Kota Tangerang Selatan') on two lines at the last
    space that keeps the first line ≤ `width` characters, so it needs no more room than the
    other names and stays the same official name everywhere."""
    if len(label) <= width or " " not in label:
        return label
    cut = label.rfind(" ", 0, width + 1)
    cut = cut if cut > 0 else label.find(" ")
    return label[:cut] + "<br>" + label[cut + 1 :]


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


def _placed(labels: pd.DataFrame, small: bool) -> pd.DataFrame:
    """The label rows with lon/lat/position/callout of the full or of the small map."""
    if not small or "small_lon" not in labels.columns:
        return labels
    out = labels.copy()
    for col in ("anchor_lon", "anchor_lat", "lon", "lat", "position", "callout"):
        out[col] = labels[f"small_{col}"]
    return out


def _view(b: Boundaries, small: bool = False) -> tuple[list[float], list[float]]:
    """Lon/lat ranges that hold every unit and every label, with room for callout text (plotly
    fits the view to points, not to text; callout text runs away from its point)."""
    assert b.labels is not None and b.geojson is not None
    minx, miny, maxx, maxy = shapely.total_bounds(
        [shape(f["geometry"]) for f in b.geojson["features"]]
    )
    lab = _placed(b.labels, small)
    pad = 0.04
    west = min(minx, lab["lon"].min()) - pad
    east = max(maxx, lab["lon"].max()) + pad
    south = min(miny, lab["lat"].min()) - pad
    north = max(maxy, lab["lat"].max()) + pad
    if (lab["position"] == "middle right").any():
        east = max(east, lab.loc[lab["position"] == "middle right", "lon"].max() + TEXT_DEG)
    if (lab["position"] == "middle left").any():
        west = min(west, lab.loc[lab["position"] == "middle left", "lon"].min() - TEXT_DEG)
    if lab["position"].str.startswith("top").any():
        north = max(north, lab.loc[lab["position"].str.startswith("top"), "lat"].max() + 0.22)
    return [float(west), float(east)], [float(south), float(north)]


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


# --- figures --------------------------------------------------------------------------------
def _joined(values: pd.DataFrame, b: Boundaries) -> pd.DataFrame:
    """Boundary label rows joined with the metric values on kode (every feature kept)."""
    assert b.labels is not None
    vals = values[["kode", "value"]].copy()
    vals["kode"] = vals["kode"].astype(str)
    names = values[["kode", "nama"]] if "nama" in values.columns else None
    out = b.labels.merge(vals, on="kode", how="left")
    if names is not None:
        out = out.merge(names.rename(columns={"nama": "display"}), on="kode", how="left")
        out["display"] = out["display"].fillna(out["nama"])
    else:
        out["display"] = out["nama"]
    return out


def _scale(metric: MapMetric, v: pd.Series) -> tuple[list[list[Any]], float, float]:
    finite = v.dropna()
    if metric.diverging:
        bound = float(finite.abs().max()) if len(finite) else 0.0
        bound = bound if bound > 0 else 1.0
        return DIVERGING, -bound, bound
    top = float(finite.max()) if len(finite) else 0.0
    low = min(0.0, float(finite.min())) if len(finite) else 0.0
    return SEQUENTIAL, low, top if top > low else low + 1.0


def colorbar_ticks(
    zmin: float, zmax: float, lang: str = i18n.DEFAULT_LANG, most: int = 4
) -> tuple[list[float], list[str]]:
    """At most `most` + 1 round ticks over [zmin, zmax], labelled compactly ('1,2 jt', '500 rb',
    '2,5'), so the colour bar under a 370 px phone map is not crowded."""
    span = zmax - zmin
    if not span > 0:
        return [zmin], [i18n.fmt_compact(zmin, lang)]
    raw = span / most
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    first = math.ceil(zmin / step - 1e-9) * step
    vals = [first + i * step for i in range(most + 2) if first + i * step <= zmax + 1e-9 * step]
    whole = float(step).is_integer() or abs(step) >= 1000
    texts = [
        # round ticks need no ',0': '10 jt', not '10,0 jt'
        re.sub(r",0(?= |$)", "", i18n.fmt_compact(v, lang))
        if whole
        else i18n.fmt_num(v, 1 if step >= 0.1 else 2)
        for v in vals
    ]
    return [float(v) for v in vals], texts


def map_figure(
    values: pd.DataFrame,
    metric: MapMetric | str,
    lang: str = i18n.DEFAULT_LANG,
    b: Boundaries | None = None,
    *,
    highlight: Sequence[str] = (),
    small: bool = False,
    height: int | None = None,
) -> go.Figure | None:
    """The choropleth of the kab/kota, offline (see the module docstring). `values` has columns
    kode, value (and optionally nama); it is joined on kode. None when the boundary file cannot be
    used (show `boundaries().message(lang)` instead)."""
    metric = get_metric(metric) if isinstance(metric, str) else metric
    b = b or boundaries()
    if not b.ok:
        return None
    geojson = b.small_geojson if small else b.figure_geojson
    df = _placed(_joined(values, b), small)
    label = metric.label(lang)
    df["value_text"] = [metric.fmt(v, lang) for v in df["value"]]
    custom = np.stack([df["kode"], df["display"], df["value_text"]], axis=-1)
    hover = "<b>%{customdata[1]}</b><br>" + label + ": %{customdata[2]}<extra></extra>"
    colorscale, zmin, zmax = _scale(metric, df["value"])
    ticks = colorbar_ticks(zmin, zmax, lang)
    has = df["value"].notna()

    fig = go.Figure()
    # 1st trace: lon/lat only, so plotly.js never fetches the world topojson (module docstring).
    callouts = df[df["callout"]]
    if len(callouts):
        lon: list[float | None] = []
        lat: list[float | None] = []
        for r in callouts.itertuples():
            lon += [r.anchor_lon, r.lon, None]
            lat += [r.anchor_lat, r.lat, None]
        fig.add_trace(
            go.Scattergeo(
                lon=lon,
                lat=lat,
                mode="lines",
                line={"color": "#333", "width": 1},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    size = 11 if small else 15
    names = df["label"].map(map_text)
    text = (
        names if small else names.str.cat(df["value_text"].map(lambda s: f"<b>{s}</b>"), sep="<br>")
    )
    fig.add_trace(
        go.Scattergeo(
            lon=df["lon"],
            lat=df["lat"],
            text=text,
            mode="text",
            textposition=df["position"],
            textfont={"size": size, "color": "#111111", "shadow": LABEL_HALO},
            customdata=custom,
            hovertemplate=hover,
            showlegend=False,
        )
    )
    missing = df[~has]
    if len(missing):
        fig.add_trace(
            go.Choropleth(
                geojson=geojson,
                locations=missing["kode"],
                z=[0] * len(missing),
                featureidkey="properties.kode",
                colorscale=[[0, NO_DATA_COLOUR], [1, NO_DATA_COLOUR]],
                showscale=False,
                marker={"line": {"color": "#ffffff", "width": 1}},
                customdata=custom[~has.to_numpy()],
                hovertemplate=hover,
            )
        )
    shown = df[has]
    fig.add_trace(
        go.Choropleth(
            geojson=geojson,
            locations=shown["kode"],
            z=shown["value"],
            featureidkey="properties.kode",
            colorscale=colorscale,
            zmin=zmin,
            zmax=zmax,
            zmid=0 if metric.diverging else None,
            marker={"line": {"color": "#ffffff", "width": 1}},
            customdata=custom[has.to_numpy()],
            hovertemplate=hover,
            showscale=not small,
            colorbar={
                "title": {"text": label, "side": "top"},
                "orientation": "h",
                "x": 0.5,
                "xanchor": "center",
                "y": 0.0,
                "yanchor": "top",
                "len": 0.7,
                "thickness": 12,
                "tickmode": "array",
                "tickvals": ticks[0],
                "ticktext": ticks[1],
                "tickfont": {"size": 13, "color": "#111111"},
            },
            unselected={"marker": {"opacity": 1}},
            selected={"marker": {"opacity": 1}},
        )
    )
    picked = [k for k in highlight if k in set(df["kode"])]
    if picked:
        fig.add_trace(
            go.Choropleth(
                geojson=geojson,
                locations=picked,
                z=[1] * len(picked),
                featureidkey="properties.kode",
                colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
                showscale=False,
                marker={"line": {"color": "#111111", "width": 3}},
                customdata=custom[df["kode"].isin(picked).to_numpy()],
                hovertemplate=hover,
            )
        )
    lon_range, lat_range = _view(b, small)
    fig.update_geos(
        visible=False,  # every basemap layer off: nothing to fetch (module docstring)
        fitbounds=False,
        projection_type="mercator",
        lonaxis_range=lon_range,
        lataxis_range=lat_range,
        bgcolor="rgba(0,0,0,0)",
    )
    fig.update_layout(
        height=height or (280 if small else 500),
        margin={"l": 0, "r": 0, "t": 0, "b": 0 if small else 70},
        separators=",.",
        showlegend=False,
        dragmode=False,
        hoverlabel={"font": {"size": 14}},
    )
    return fig


def small_map(
    values: pd.DataFrame, metric: MapMetric | str, lang: str = i18n.DEFAULT_LANG
) -> go.Figure | None:
    """The overview page's small map: simplified borders, short names, no colour bar.

    `values`: kode, value (and optionally nama), e.g. `mapmetrics.values(conn, "reach",
    **filters.params())`. Returns None when the boundary file is missing or broken; then show
    `geo.boundaries().message(lang)` (and keep the rest of the page). Render it with
    `st.plotly_chart(fig, config=geo.PLOTLY_CONFIG)`."""
    return map_figure(values, metric, lang, small=True)


def bar_figure(
    values: pd.DataFrame,
    metric: MapMetric | str,
    lang: str = i18n.DEFAULT_LANG,
    *,
    highlight: Sequence[str] = (),
    height: int | None = None,
) -> go.Figure:
    """The same metric as a ranked bar chart: always available, also without a boundary file."""
    metric = get_metric(metric) if isinstance(metric, str) else metric
    df = values.copy()
    df["name"] = df["nama"] if "nama" in df.columns else df["kode"]
    df = df.sort_values("value", ascending=True, na_position="first")
    df["value_text"] = [metric.fmt(v, lang) for v in df["value"]]
    colorscale, zmin, zmax = _scale(metric, df["value"])
    widths = [3 if k in highlight else 0 for k in df["kode"]]
    fig = go.Figure(
        go.Bar(
            x=df["value"].fillna(0),
            y=df["name"],
            orientation="h",
            text=df["value_text"],
            textposition="outside",
            textfont={"size": 15, "color": "#111111"},  # the figures are read: dark, ≥ 14 px
            cliponaxis=False,
            marker={
                "color": df["value"].fillna(0),
                "colorscale": colorscale,
                "cmin": zmin,
                "cmax": zmax,
                "line": {"color": "#111111", "width": widths},
            },
            customdata=np.stack([df["kode"], df["name"], df["value_text"]], axis=-1),
            hovertemplate="<b>%{customdata[1]}</b><br>"
            + metric.label(lang)
            + ": %{customdata[2]}<extra></extra>",
        )
    )
    fig.update_layout(
        height=height or 40 * len(df) + 60,
        margin={"l": 0, "r": 10, "t": 30, "b": 0},
        separators=",.",
        title={"text": metric.label(lang), "font": {"size": 14}},
        xaxis={  # the figures are printed on the bars; the axis would only add clutter
            "visible": False,
            "fixedrange": True,
            "range": _bar_range(df["value"]),
        },
        yaxis={"fixedrange": True, "tickfont": {"size": 14, "color": "#111111"}},
        showlegend=False,
    )
    return fig


def _bar_range(v: pd.Series) -> list[float]:
    """Room beyond the longest bar (either side of 0) for its printed figure."""
    finite = v.dropna()
    top = max(float(finite.max()), 0.0) if len(finite) else 0.0
    low = min(float(finite.min()), 0.0) if len(finite) else 0.0
    span = (top - low) or 1.0
    # the printed figures are 15 px and up to 11 characters ('24.561.249'): ~half a bar of room
    return [low - (0.55 * span if low < 0 else 0.0), top + 0.55 * span]


def selected_kode(state: Any) -> str | None:
    """The kab/kota picked by a click, from st.plotly_chart's selection state (or None)."""
    try:
        points = state["selection"]["points"]
    except (KeyError, TypeError, IndexError):
        return None
    for point in points or []:
        for key in ("location", "customdata"):
            value = point.get(key) if isinstance(point, dict) else None
            if isinstance(value, list | tuple) and value:
                value = value[0]
            if isinstance(value, str) and value in KODE_NAMA:
                return value
    return None
