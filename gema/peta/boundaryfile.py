"""Read a boundary file from any source and match its features to Banten's kab/kota.

Officials hold boundary files from BIG (`WADMKK`, `WADMPR`), GADM (`NAME_2`, `CC_2`, `TYPE_2`),
BPS or their own GIS staff: codes written as "36.01", "3601", 3601 or "ID3601", names with or
without "Kabupaten"/"Kab."/"Kota", in upper case, often no `jenis` at all. Every feature is
matched through `gema.core.regions` (the one place that knows Banten's names):

1. by code, when a property holds a Banten kab/kota code (jenis then follows from the code:
   36.0x kabupaten, 36.7x kota);
2. else by name. Inside one file where both "Serang" and "Kota Serang" appear, the bare
   "Serang" is the kabupaten (same for Tangerang); a bare name without such a partner is
   ambiguous and the admin chooses (`choices`), never a guess.

A file with fewer than 8 units is usable: the missing units are listed. Invalid geometry
(self-intersection, overlapping or nested parts, clockwise exterior rings) is repaired with
shapely and reported, never a crash. Features that belong to another province (a code or a
place known to lie outside Banten) are ignored, so a national file works too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.polygon import orient
from shapely.validation import explain_validity

from gema.core import regions
from gema.core.regions import KODE_NAMA

# Official long names, as the shipped file writes them.
FULL_NAME = {
    k: v.replace("Kab. ", "Kabupaten ") for k, v in KODE_NAMA.items()
}  # 3601 -> 'Kabupaten Pandeglang'
BANTEN_BOX = (104.8, -7.5, 107.2, -5.3)
# Properties that usually hold the kab/kota name, tried first (upper-cased for the comparison).
NAME_KEYS = ("NAMA", "NAME", "NAME_2", "WADMKK", "KABKOT", "KAB_KOTA", "KABKOTA", "NAMOBJ")
JENIS_WORDS = {
    "kabupaten": "kab",
    "kab": "kab",
    "regency": "kab",
    "kota": "kota",
    "kotamadya": "kota",
    "city": "kota",
    "municipality": "kota",
}
_OTHER_CODE = re.compile(r"^\s*(?:id[-.]?)?(\d{2})[.\s-]?(\d{2})\s*$", re.IGNORECASE)
_BARE_PAIRS = {"serang": ("3604", "3673"), "tangerang": ("3603", "3671")}  # base -> (kab, kota)


class BoundaryFileError(ValueError):
    """The file cannot be read as GeoJSON at all (exit 2 in the CLI)."""


@dataclass
class Feature:
    """One feature of the file and what became of it."""

    index: int  # 1-based, as a person counts
    name: str  # the feature's own name (or its code when it has no name)
    status: str  # 'code' | 'name' | 'chosen' | 'ambiguous' | 'unknown' | 'outside' | 'no_geometry'
    kode: str | None = None
    candidates: tuple[str, ...] = ()
    geometry: Any = None  # shapely (Multi)Polygon after repair


@dataclass
class Check:
    """The matching table of one file: what `boundaries check` prints and the admin page shows."""

    features: list[Feature] = field(default_factory=list)
    matched: dict[str, str] = field(default_factory=dict)  # kode -> the feature's own name
    missing: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    repaired: list[dict[str, str]] = field(default_factory=list)
    geometries: dict[str, Any] = field(default_factory=dict)  # kode -> shapely geometry

    @property
    def usable(self) -> bool:
        """At least one unit matched and no feature waits for a decision."""
        return bool(self.matched) and not self.unresolved

    def as_dict(self) -> dict[str, Any]:
        return {
            "features": len(self.features),
            "matched": dict(sorted(self.matched.items())),
            "missing": list(self.missing),
            "unresolved": list(self.unresolved),
            "repaired": list(self.repaired),
        }

    def geojson(self) -> dict[str, Any]:
        """The matched units as the app's own GeoJSON (kode/nama/jenis, RFC 7946 rings)."""
        features = []
        for kode in sorted(self.geometries):
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "kode": kode,
                        "nama": FULL_NAME[kode],
                        "jenis": jenis_of(kode),
                    },
                    "geometry": mapping(self.geometries[kode]),
                }
            )
        return {"type": "FeatureCollection", "features": features}


def jenis_of(kode: str) -> str:
    """36.0x is a kabupaten, 36.7x a kota (Kemendagri numbering)."""
    return "Kota" if kode[2] == "7" else "Kabupaten"


# --- reading --------------------------------------------------------------------------------
def load(raw: bytes) -> dict[str, Any]:
    """Parse the bytes as a GeoJSON FeatureCollection (or a single Feature)."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BoundaryFileError("bukan teks UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise BoundaryFileError(f"bukan JSON: {exc.msg} (baris {exc.lineno})") from exc
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise BoundaryFileError('bukan GeoJSON FeatureCollection (tidak ada daftar "features")')
    return data


# --- matching one feature -------------------------------------------------------------------
def _code_of(value: Any) -> tuple[str | None, bool]:
    """(Banten kode, False) for a Banten kab/kota code; (None, True) for another province's
    kab/kota code; (None, False) when the value is not a kab/kota code at all."""
    if isinstance(value, bool) or value is None:
        return None, False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None, False
    m = _OTHER_CODE.match(value)
    if not m:
        return None, False
    kode = m.group(1) + m.group(2)
    if m.group(1) != "36":
        return None, True
    return (kode, False) if kode in KODE_NAMA else (None, False)


def _name_keys(props: Mapping[str, Any]) -> list[str]:
    """Property names in the order names are tried: known name keys first, then the rest."""
    upper = {str(k).upper(): k for k in props}
    first = [upper[k] for k in NAME_KEYS if k in upper]
    return first + [k for k in props if k not in first]


def _jenis_hint(props: Mapping[str, Any]) -> str | None:
    for value in props.values():
        if isinstance(value, str):
            hint = JENIS_WORDS.get(regions.normalise_text(value))
            if hint:
                return hint
    return None


def _province_elsewhere(props: Mapping[str, Any]) -> bool:
    """A province property that names another province (GADM NAME_1, BIG WADMPR)."""
    for key, value in props.items():
        if str(key).upper() in ("NAME_1", "WADMPR", "PROVINSI", "PROVINCE", "PROV", "NAMA_PROV"):
            text = regions.normalise_text(str(value or ""))
            if text and "banten" not in text:
                return True
    return False


def match_feature(index: int, props: Mapping[str, Any]) -> Feature:
    """Code first, then name; see the module docstring."""
    codes: set[str] = set()
    other = False
    for value in props.values():
        kode, elsewhere = _code_of(value)
        if kode:
            codes.add(kode)
        other = other or elsewhere
    name = ""
    name_verdicts: list[tuple[str, regions.RegionMatch]] = []
    for key in _name_keys(props):
        value = props[key]
        if not isinstance(value, str) or not value.strip() or _code_of(value)[0]:
            continue
        verdict = regions.match(value)
        if verdict.status in ("ok", "ambiguous"):
            name_verdicts.append((value.strip(), verdict))
        elif verdict.status == "outside" and not name:
            name = value.strip()
    if name_verdicts:
        name = name_verdicts[0][0]
    if len(codes) == 1:
        kode = codes.pop()
        return Feature(index, name or kode, "code", kode)
    if _province_elsewhere(props) or (other and not codes):
        return Feature(index, name or str(index), "outside")
    for raw, verdict in name_verdicts:
        if verdict.status == "ok":
            return Feature(index, raw, "name", verdict.kode)
    for raw, verdict in name_verdicts:
        hint = _jenis_hint(props)
        if hint:
            chosen = _BARE_PAIRS.get(regions.normalise_text(raw).split()[-1])
            kab_kota = dict(zip(("kab", "kota"), chosen, strict=True)) if chosen else {}
            if hint in kab_kota:
                return Feature(index, raw, "name", kab_kota[hint])
        return Feature(index, raw, "ambiguous", None, verdict.candidates)
    if name:  # only a place outside Banten
        return Feature(index, name, "outside")
    texts = [str(v).strip() for v in props.values() if isinstance(v, str) and v.strip()]
    return Feature(index, texts[0] if texts else f"#{index}", "unknown")


# --- geometry -------------------------------------------------------------------------------
def _polygons_only(geom: Any) -> Any:
    """Keep the areal parts of a repaired geometry (make_valid can add lines or points)."""
    if isinstance(geom, Polygon | MultiPolygon):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    polys: list[Polygon] = []
    for p in parts:
        polys.extend(p.geoms if isinstance(p, MultiPolygon) else [p])
    return MultiPolygon(polys) if polys else None


def repair(geometry: Any) -> tuple[Any, list[str]]:
    """A valid (Multi)Polygon with RFC 7946 ring order, and what had to be done to get it.

    Returns (None, [reason]) when nothing areal is left."""
    notes: list[str] = []
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        return None, [f"geometri {kind}, bukan Polygon/MultiPolygon"]
    try:
        geom = shape(geometry)
    except Exception as exc:  # shapely raises several types for malformed coordinates
        return None, [f"geometri tidak terbaca ({exc})"]
    if geom.is_empty:
        return None, ["geometri kosong"]
    if not geom.is_valid:
        notes.append(f"geometri tidak sah ({explain_validity(geom)}), diperbaiki")
        # 'structure' unions overlapping/nested parts (what a person drawing them meant)
        geom = _polygons_only(shapely.make_valid(geom, method="structure", keep_collapsed=False))
        if geom is None or geom.is_empty:
            return None, [*notes, "tidak ada luas tersisa setelah perbaikan"]
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    oriented = [orient(p, sign=1.0) for p in polys]
    flipped = any(
        not a.exterior.equals_exact(b.exterior, 0) for a, b in zip(polys, oriented, strict=True)
    )
    if flipped and not notes:  # a repaired geometry's ring order is shapely's, not the file's
        notes.append("arah cincin dibalik (RFC 7946)")
    return orient_all(geom), notes


def _outside_box(geom: Any) -> bool:
    minx, miny, maxx, maxy = geom.bounds
    west, south, east, north = BANTEN_BOX
    return minx < west or maxx > east or miny < south or maxy > north


# --- the whole file -------------------------------------------------------------------------
def check_bytes(raw: bytes, choices: Mapping[str, str] | None = None) -> Check:
    """Match and repair every feature. `choices` maps a feature's own name → kode (or '-' to
    leave it out), the admin's answer for ambiguous or unknown names."""
    data = load(raw)
    choices = {str(k).strip(): str(v).strip() for k, v in (choices or {}).items()}
    result = Check()
    for i, feat in enumerate(data["features"], start=1):
        props = feat.get("properties") if isinstance(feat, dict) else None
        found = match_feature(i, props if isinstance(props, dict) else {})
        found.geometry = feat.get("geometry") if isinstance(feat, dict) else None
        result.features.append(found)
    _resolve_bare_names(result.features)
    for f in result.features:
        if f.status in ("ambiguous", "unknown") and f.name in choices:
            chosen = choices[f.name]
            if chosen in KODE_NAMA:
                f.status, f.kode = "chosen", chosen
            elif chosen in ("-", regions.OUTSIDE):
                f.status = "outside"
    parts: dict[str, list[Any]] = {}
    for f in result.features:
        if f.kode is None:
            if f.status in ("ambiguous", "unknown") and f.name not in result.unresolved:
                result.unresolved.append(f.name)
            f.geometry = None
            continue
        geom, notes = repair(f.geometry)
        if geom is not None and _outside_box(geom):
            geom, notes = None, [*notes, "di luar Banten (bujur/lintang tertukar?)"]
        for note in notes:
            result.repaired.append({"kode": f.kode, "nama": f.name, "detail": note})
        f.geometry = geom
        if geom is None:
            f.status = "no_geometry"
            continue
        parts.setdefault(f.kode, []).append(geom)
        result.matched.setdefault(f.kode, f.name)
    for kode, geoms in parts.items():
        if len(geoms) > 1:
            merged = _polygons_only(shapely.union_all(geoms))
            merged = orient_all(merged)
            n = len(geoms)
            result.repaired.append(
                {"kode": kode, "nama": result.matched[kode], "detail": f"{n} fitur digabung"}
            )
            result.geometries[kode] = merged
        else:
            result.geometries[kode] = geoms[0]
    result.missing = [k for k in KODE_NAMA if k not in result.geometries]
    return result


def orient_all(geom: Any) -> Any:
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    oriented = [orient(p, sign=1.0) for p in polys]
    return oriented[0] if len(oriented) == 1 else MultiPolygon(oriented)


def _resolve_bare_names(features: list[Feature]) -> None:
    """A bare 'Serang'/'Tangerang' is the kabupaten when the same file also has the kota."""
    present = {f.kode for f in features if f.kode}
    for f in features:
        if f.status != "ambiguous":
            continue
        base = regions.normalise_text(f.name)
        pair = _BARE_PAIRS.get(base)
        if pair and pair[1] in present and pair[0] not in present:
            f.status, f.kode = "name", pair[0]
