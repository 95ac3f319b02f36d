"""gema.peta (boundary file: finding, validating, saving, figures) and the map's named queries."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
import shapely
from shapely.geometry import shape

from gema import referensi as reference
from gema.core import store
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA
from gema.peta import boundaries as geo
from gema.peta import data as mapmetrics
from gema.peta import figures as geo_figures
from gema.peta import frames as peta_frames

KODES = list(KODE_NAMA)


def _square(lon: float, lat: float, size: float = 0.1) -> list[list[list[float]]]:
    """A counter-clockwise (RFC 7946) square ring."""
    return [
        [
            [lon, lat],
            [lon + size, lat],
            [lon + size, lat + size],
            [lon, lat + size],
            [lon, lat],
        ]
    ]


def boundary_doc() -> dict:
    """A valid 8-feature boundary file: one square per kab/kota, inside Banten's box."""
    feats = []
    for i, kode in enumerate(KODES):
        jenis = "Kota" if kode[2] == "7" else "Kabupaten"
        nama = KODE_NAMA[kode].replace("Kab.", "Kabupaten")
        feats.append(
            {
                "type": "Feature",
                "properties": {"kode": kode, "nama": nama, "jenis": jenis},
                "geometry": {"type": "Polygon", "coordinates": _square(105.5 + 0.15 * i, -6.5)},
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def write(path: Path, doc: dict | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def geo_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The upload folder (data/geo/uploaded) and the shipped file's folder (data/geo)
    redirected to empty tmp folders; GEMA_BOUNDARIES unset. Returns (upload, shipped)."""
    shipped = tmp_path / "data" / "geo"
    upload = shipped / "uploaded"
    monkeypatch.setattr(geo, "DATA_GEO", shipped)
    monkeypatch.setattr(geo, "UPLOAD_DIR", upload)
    monkeypatch.delenv(geo.ENV_VAR, raising=False)
    return upload, shipped


# --- finding the file ----------------------------------------------------------------------------
def test_lookup_order_env_then_upload_then_shipped(geo_dirs, tmp_path, monkeypatch):
    data, shipped = geo_dirs
    write(shipped / geo.FILE_NAME, boundary_doc())
    assert geo.locate().origin == "shipped"
    assert geo.boundaries().ok

    write(data / geo.FILE_NAME, boundary_doc())
    assert geo.locate().origin == "upload"
    assert geo.locate().path == data / geo.FILE_NAME

    own = write(tmp_path / "elsewhere" / "mine.geojson", boundary_doc())
    monkeypatch.setenv(geo.ENV_VAR, str(own))
    found = geo.boundaries()
    assert (found.origin, found.path, found.ok) == ("env", own, True)


def test_env_pointing_to_a_missing_file_is_reported_not_masked(geo_dirs, tmp_path, monkeypatch):
    data, _shared = geo_dirs
    write(data / geo.FILE_NAME, boundary_doc())  # a valid file exists, but the env var wins
    missing = tmp_path / "nope" / "batas.geojson"
    monkeypatch.setenv(geo.ENV_VAR, str(missing))
    found = geo.boundaries()
    assert not found.ok
    assert found.problem is not None and found.problem.key == "map.err.env_missing"
    assert str(missing) in found.message("id") and "tidak ada" in found.message("id")
    assert str(missing) in found.message("en") and "does not exist" in found.message("en")


def test_no_file_anywhere_names_every_place_searched(geo_dirs):
    data, shared = geo_dirs
    found = geo.boundaries()
    assert not found.ok and found.origin == "none"
    message = found.message("id")
    assert "tidak ditemukan" in message
    assert str(data / geo.FILE_NAME) in message and str(shared / geo.FILE_NAME) in message


# --- validation --------------------------------------------------------------------------------
def _problem(doc: dict | str) -> geo.Problem:
    raw = (doc if isinstance(doc, str) else json.dumps(doc)).encode()
    parsed, problem = geo.validate_bytes(raw, "/x/batas.geojson")
    assert parsed is None and problem is not None
    assert (
        "/x/batas.geojson" in problem.message("id") or problem.key == "map.err.attribution_missing"
    )
    return problem


def test_broken_json_is_a_clear_problem():
    problem = _problem('{"type": "FeatureCollection", "features": [')
    assert problem.key == "map.err.not_json"
    assert "bukan JSON yang sah" in problem.message("id")


def _usable(doc: dict) -> tuple[dict, list[str]]:
    """(clean geojson, missing kodes) of a file that is usable after matching and repair."""
    _geojson, problem, check = geo.check_file(json.dumps(doc).encode(), "/x/batas.geojson")
    assert problem is None and check is not None
    return check.geojson(), check.missing


def test_fewer_units_are_usable_and_the_rest_listed_missing():
    doc = boundary_doc()
    doc["features"] = doc["features"][:7]
    clean, missing = _usable(doc)
    assert len(clean["features"]) == 7 and missing == [KODES[7]]


def test_jenis_is_derived_from_the_code():
    doc = boundary_doc()
    del doc["features"][2]["properties"]["jenis"]
    doc["features"][4]["properties"]["jenis"] = "Kabupaten"  # 3671 is a Kota: the code decides
    clean, missing = _usable(doc)
    jenis = {f["properties"]["kode"]: f["properties"]["jenis"] for f in clean["features"]}
    assert not missing and jenis[KODES[2]] == "Kabupaten" and jenis["3671"] == "Kota"


def test_other_province_code_is_ignored_and_duplicates_are_merged():
    doc = boundary_doc()
    doc["features"][0]["properties"]["kode"] = "3275"  # Kota Bekasi (Jawa Barat)
    doc["features"][0]["properties"]["nama"] = "Kota Bekasi"
    _clean, missing = _usable(doc)
    assert missing == [KODES[0]]
    doc = boundary_doc()
    doc["features"][1]["properties"]["kode"] = KODES[0]  # two parts of 3601
    doc["features"][1]["properties"]["nama"] = "Kabupaten Pandeglang"
    clean, missing = _usable(doc)
    assert missing == [KODES[1]]
    merged = next(f for f in clean["features"] if f["properties"]["kode"] == KODES[0])
    assert merged["geometry"]["type"] == "MultiPolygon"


def test_invalid_geometry_is_repaired_and_reported():
    doc = boundary_doc()
    doc["features"][5]["geometry"]["coordinates"] = [  # a bow-tie: self-intersecting
        [[106.0, -6.5], [106.1, -6.4], [106.1, -6.5], [106.0, -6.4], [106.0, -6.5]]
    ]
    _geojson, problem, check = geo.check_file(json.dumps(doc).encode(), "/x/batas.geojson")
    assert problem is None and check is not None
    assert any(r["kode"] == KODES[5] and "Self-intersection" in r["detail"] for r in check.repaired)
    assert shape(check.geojson()["features"][5]["geometry"]).is_valid


def test_swapped_coordinates_drop_that_unit_with_a_reason():
    doc = boundary_doc()
    ring = doc["features"][0]["geometry"]["coordinates"][0]
    doc["features"][0]["geometry"]["coordinates"] = [[[lat, lon] for lon, lat in ring[::-1]]]
    _geojson, problem, check = geo.check_file(json.dumps(doc).encode(), "/x/batas.geojson")
    assert problem is None and check.missing == [KODES[0]]
    assert any("di luar Banten" in r["detail"] for r in check.repaired)


def test_point_geometry_is_not_drawn():
    doc = boundary_doc()
    doc["features"][0]["geometry"] = {"type": "Point", "coordinates": [106.0, -6.2]}
    _geojson, problem, check = geo.check_file(json.dumps(doc).encode(), "/x/batas.geojson")
    assert problem is None and check.missing == [KODES[0]]


def test_nothing_matched_or_undecided_is_a_problem():
    doc = boundary_doc()
    for f in doc["features"]:
        f["properties"] = {"nama": "Bogor"}
    assert _problem(doc).key == "map.err.none_matched"
    doc = boundary_doc()
    doc["features"] = doc["features"][:3]
    doc["features"][0]["properties"] = {"nama": "Serang"}  # no 'Kota Serang' beside it
    assert _problem(doc).key == "map.err.unresolved"


def test_broken_file_found_on_disk_gives_a_result_not_an_exception(geo_dirs):
    data, _ = geo_dirs
    write(data / geo.FILE_NAME, "not json at all")
    found = geo.boundaries()
    assert not found.ok and found.problem.key == "map.err.not_json"
    assert str(data / geo.FILE_NAME) in found.message("en")
    assert (
        geo_figures.map_figure(pd.DataFrame({"kode": KODES, "value": 1.0}), "reach", "id", found)
        is None
    )
    assert geo_figures.small_map(pd.DataFrame({"kode": KODES, "value": 1.0}), "reach", "id") is None


# --- saving an upload ----------------------------------------------------------------------------
def test_upload_replaces_the_file_only_after_validation(tmp_path):
    target = tmp_path / "data" / "geo" / geo.FILE_NAME
    write(target, boundary_doc())
    before = target.read_bytes()

    bad = boundary_doc()
    bad["features"][0]["properties"] = {"nama": "Serang"}  # ambiguous: the admin must choose
    refused = geo.save_upload(json.dumps(bad).encode(), "Sumber uji", target)
    assert not refused.ok and refused.problem.key == "map.err.unresolved"
    assert target.read_bytes() == before  # untouched

    no_credit = geo.save_upload(json.dumps(boundary_doc()).encode(), "  ", target)
    assert not no_credit.ok and no_credit.problem.key == "map.err.attribution_missing"
    assert target.read_bytes() == before

    new = boundary_doc()
    new["features"][0]["geometry"]["coordinates"] = _square(105.2, -6.9)
    new["features"][0]["properties"] = {"KODE": "36.01"}  # another source's property names
    saved = geo.save_upload(json.dumps(new).encode(), "BIG, diolah", target)
    assert saved.ok and saved.path == target
    stored = json.loads(target.read_text())["features"][0]  # stored in the app's own form
    assert stored["properties"] == {
        "kode": "3601",
        "nama": "Kabupaten Pandeglang",
        "jenis": "Kabupaten",
    }
    assert stored["geometry"]["coordinates"][0][0] == [105.2, -6.9]
    assert geo.read_attribution(target) == "BIG, diolah"
    assert not list(target.parent.glob("*.tmp"))


def test_attribution_from_the_shared_source_md():
    text = (
        "## Licence\n\n- **Suggested attribution** on the map or dashboard:\n\n"
        "  > Batas wilayah: Badan Informasi Geospasial (BIG), via x/y (MIT);\n"
        "  > kode wilayah: Kepmendagri.\n\n- Other notes.\n"
    )
    assert geo.attribution_from_source(text) == (
        "Batas wilayah: Badan Informasi Geospasial (BIG), via x/y (MIT); kode wilayah: Kepmendagri."
    )
    assert geo.attribution_from_source("# nothing here") is None


def test_attribution_read_next_to_the_file(geo_dirs):
    _, shipped = geo_dirs
    write(shipped / geo.FILE_NAME, boundary_doc())
    (shipped / "SOURCE.md").write_text("- Suggested attribution:\n\n  > Batas: BIG.\n", "utf-8")
    assert geo.boundaries().attribution == "Batas: BIG."


# --- figures -----------------------------------------------------------------------------------
@pytest.fixture
def valid_bounds(geo_dirs) -> geo.Boundaries:
    data, _ = geo_dirs
    write(data / geo.FILE_NAME, boundary_doc())
    found = geo.boundaries()
    assert found.ok
    return found


def _choropleth_z(fig) -> dict[str, float]:
    out = {}
    for trace in fig.data:
        if trace.type == "choropleth" and trace.showscale is not False:
            out.update(dict(zip(trace.locations, trace.z, strict=True)))
    return out


def test_figure_has_eight_locations_and_joins_values_on_kode(valid_bounds):
    values = pd.DataFrame({"kode": KODES[::-1], "value": [float(i) for i in range(8)]})
    fig = geo_figures.map_figure(values, "reach", "id", valid_bounds)
    assert fig is not None
    painted = [loc for t in fig.data if t.type == "choropleth" for loc in t.locations]
    assert sorted(painted) == sorted(KODES)
    z = _choropleth_z(fig)
    assert z == {k: float(v) for k, v in zip(values["kode"], values["value"], strict=True)}
    labels = next(t for t in fig.data if t.type == "scattergeo" and t.mode == "text")
    assert len(labels.text) == 8 and "Kab. Lebak" in " ".join(labels.text)


def test_figure_is_built_so_plotly_never_fetches_the_world_topojson(valid_bounds):
    """plotly.js fetches topojson when a basemap layer is shown or the FIRST trace has a
    locationmode (gema.peta.figures docstring): guard both, and the clockwise rings d3-geo needs."""
    fig = geo_figures.map_figure(
        pd.DataFrame({"kode": KODES, "value": 1.0}), "reach", "id", valid_bounds
    )
    first = fig.data[0]
    assert first.type == "scattergeo" and first.locationmode is None and first.lon is not None
    assert fig.layout.geo.visible is False
    assert "cdn" not in geo_figures.PLOTLY_CONFIG["topojsonURL"]
    for feat in valid_bounds.figure_geojson["features"]:
        assert not shapely.is_ccw(shape(feat["geometry"]).exterior)  # clockwise for d3-geo


def test_missing_values_are_grey_and_net_sentiment_is_centred(valid_bounds):
    values = pd.DataFrame({"kode": KODES, "value": [-40.0, 10.0, None, 5, 0, 0, 0, 0]})
    fig = geo_figures.map_figure(values, "net_sentiment", "id", valid_bounds, highlight=["3602"])
    grey = [
        t
        for t in fig.data
        if t.type == "choropleth" and t.colorscale[0][1] == geo_figures.NO_DATA_COLOUR
    ]
    assert len(grey) == 1 and list(grey[0].locations) == ["3603"]
    main = next(t for t in fig.data if t.type == "choropleth" and t.showscale is not False)
    assert main.zmid == 0 and main.zmin == -40 and main.zmax == 40
    assert main.colorbar.title.text == "Sentimen bersih"
    outline = fig.data[-1]
    assert list(outline.locations) == ["3602"] and outline.marker.line.width == 3
    hover = " ".join(str(c[2]) for c in main.customdata)
    assert "-40,0" in hover and "+10,0" in hover  # Indonesian decimal comma, signed


def test_english_legend_and_indonesian_number_format(valid_bounds):
    values = pd.DataFrame({"kode": KODES, "value": [1234567.0] * 8})
    fig = geo_figures.map_figure(values, "reach", "en", valid_bounds)
    main = next(t for t in fig.data if t.type == "choropleth")
    assert main.colorbar.title.text == "Reach"
    assert main.customdata[0][2] == "1.234.567"
    assert fig.layout.separators == ",."


def test_small_map_and_bar_chart(valid_bounds):
    values = pd.DataFrame(
        {"kode": KODES, "nama": list(KODE_NAMA.values()), "value": [float(i) for i in range(8)]}
    )
    small = geo_figures.small_map(values, "feedback", "id")
    assert small is not None and small.layout.height <= 300
    assert all(t.showscale is False for t in small.data if t.type == "choropleth")
    bar = geo_figures.bar_figure(values, "feedback", "id", highlight=["3674"])
    assert list(bar.data[0].y)[-1] == "Kota Tangerang Selatan"  # largest value on top
    assert list(bar.data[0].marker.line.width)[-1] == 3


def test_selected_kode_reads_the_plotly_selection():
    state = {"selection": {"points": [{"curve_number": 1, "location": "3602", "z": 1}]}}
    assert geo_figures.selected_kode(state) == "3602"
    label_click = {"selection": {"points": [{"customdata": ["3673", "Kota Serang", "5"]}]}}
    assert geo_figures.selected_kode(label_click) == "3673"
    assert geo_figures.selected_kode({"selection": {"points": []}}) is None
    assert geo_figures.selected_kode(None) is None
    assert geo_figures.selected_kode({"selection": {"points": [{"location": "9999"}]}}) is None


def test_shipped_boundary_file(monkeypatch):
    """The file that ships in data/geo/: valid, all 8 units, labels inside Banten."""
    monkeypatch.delenv(geo.ENV_VAR, raising=False)
    path = geo.shipped_file()
    found = geo._load_cached(str(path), path.stat().st_mtime_ns, path.stat().st_size, 0)
    assert found.problem is None and sorted(found.labels["kode"]) == sorted(KODES)
    assert geo.read_attribution(path).startswith("Batas wilayah: Badan Informasi Geospasial")


# --- queries -------------------------------------------------------------------------------------
def _seed(conn) -> Filters:
    """Hand-checkable rows: 3601 gets reach 3.000 + 1.000 (+ an old post outside the period),
    3602 gets a TikTok post; feedback 2 positif, 1 negatif, 1 unlabelled in 3601."""
    now = datetime.now().replace(microsecond=0)
    posts = [
        ("Instagram", "a", now - timedelta(days=1), "3601", 3000, 10, 5, 3, 2),
        ("Instagram", "b", now - timedelta(days=2), "3601", 1000, 0, 0, 0, 0),
        ("TikTok", "c", now - timedelta(days=3), "3602", 500, 1, 1, 1, 1),
        ("Instagram", "a", now - timedelta(days=200), "3601", 99999, 0, 0, 0, 0),
        ("Instagram", "d", now - timedelta(days=1), None, 7000, 0, 0, 0, 0),
    ]
    conn.executemany(
        "INSERT INTO posts (platform, account, published_at, kabkota, reach, likes, comments,"
        " shares, saves, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        posts,
    )
    feedback = [
        (now - timedelta(days=1), "FGD", "3601", "banjir", "positif", "bagus"),
        (now - timedelta(days=1), "FGD", "3601", "banjir", "positif", "mantul"),
        (now - timedelta(days=2), "LAPOR!", "3601", "jalan", "negatif", "jalan rusak"),
        (now - timedelta(days=2), "LAPOR!", "3601", None, None, "belum dilabel"),
        (now - timedelta(days=2), "LAPOR!", None, None, None, "tempat tidak diketahui"),
    ]
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, kabkota, topic, sentiment, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        feedback,
    )
    return Filters(period="30d", start=now.date() - timedelta(days=29), end=now.date())


def test_values_per_capita_use_the_regions_table(conn):
    f = _seed(conn)
    pop = store.run(conn, "reference/regions").set_index("kode")["population"]
    got = mapmetrics.all_values(conn, **f.params()).set_index("kode")
    assert len(got) == 8
    assert got.loc["3601", "reach"] == 4000 and got.loc["3601", "posts"] == 2
    assert got.loc["3601", "engagements"] == 20 and got.loc["3601", "active_accounts"] == 2
    assert got.loc["3601", "reach_per_1000"] == pytest.approx(4000 * 1000 / pop["3601"])
    assert got.loc["3601", "feedback"] == 4
    assert got.loc["3601", "feedback_per_100k"] == pytest.approx(4 * 100000 / pop["3601"])
    assert got.loc["3601", "net_sentiment"] == pytest.approx(100 * (2 - 1) / 3)
    assert pd.isna(got.loc["3602", "net_sentiment"])  # no labelled feedback: no value, not 0
    assert got.loc["3603", "reach"] == 0

    # An admin's edit of the population changes the rate; nothing is hard-coded.
    edited = store.run(conn, "reference/regions")
    edited.loc[edited["kode"] == "3601", ["population", "population_source"]] = [2_000_000, "Uji"]
    assert reference.update_regions(conn, edited, "uji-admin").changed == ["3601"]
    again = mapmetrics.values(conn, "reach_per_1000", **f.params()).set_index("kode")
    assert again.loc["3601", "value"] == pytest.approx(2.0)  # 4.000 × 1.000 ÷ 2.000.000


def test_values_ignore_the_kabkota_filter_but_apply_the_others(conn):
    f = _seed(conn)
    only = Filters(f.period, f.start, f.end, kabkota=("3602",), platform=("TikTok",))
    got = mapmetrics.values(conn, "reach", **only.params()).set_index("kode")["value"]
    assert len(got) == 8 and got["3602"] == 500 and got["3601"] == 0
    unmapped = mapmetrics.unmapped(conn, **f.params())
    assert unmapped == {"posts": 1.0, "reach": 7000.0, "feedback": 1.0}


def test_profile_of_one_kabkota(conn):
    f = _seed(conn)
    prof = mapmetrics.profile(conn, "3601", **f.params())
    assert prof.nama == "Kab. Pandeglang" and not prof.empty
    assert prof.figures["reach"] == 4000
    assert prof.topics.iloc[0].to_dict()["topic"] == "banjir"
    assert prof.creators.iloc[0]["account"] == "a" and prof.creators.iloc[0]["reach"] == 3000
    assert (
        len(prof.feedback) == 4
        and prof.feedback.iloc[0]["received_at"] >= prof.feedback.iloc[-1]["received_at"]
    )
    cards = {label: value for label, value, _help in peta_frames.profile_cards(prof, "id")}
    assert cards["Jangkauan"] == "4.000" and cards["Sentimen bersih"] == "+33,3"
    assert cards["Unggahan"] == "2" and cards["Jumlah aspirasi"] == "4"
    empty = mapmetrics.profile(conn, "3674", **f.params())
    assert empty.empty and empty.topics.empty and empty.feedback.empty
    empty_cards = {label: value for label, value, _h in peta_frames.profile_cards(empty, "en")}
    assert empty_cards["Net sentiment"] == "no data yet" and empty_cards["Reach"] == "0"


def test_metric_registry_is_extendable(conn, monkeypatch):
    extra = mapmetrics.MapMetric(
        "uji", "map.metric.feedback", "map.metric.feedback.help", "peta/values", "labelled",
        available_query="reference/region_count",
    )  # fmt: skip
    never = mapmetrics.MapMetric(
        "kosong", "map.metric.feedback", "map.metric.feedback.help", "peta/values", "labelled",
        available_query="peta/unmapped",  # first value: 0 posts on an empty store
    )  # fmt: skip
    monkeypatch.setattr(mapmetrics, "METRICS", (*mapmetrics.METRICS, extra, never))
    keys = [m.key for m in mapmetrics.available(conn, **Filters().params())]
    assert "uji" in keys and "kosong" not in keys and keys[0] == "reach"
    assert mapmetrics.get("uji").column == "labelled"
    with pytest.raises(KeyError):
        mapmetrics.get("tidak-ada")


def test_reference_update_validates_and_audits(conn):
    edited = store.run(conn, "reference/regions")
    edited.loc[edited["kode"] == "3602", "population"] = -5
    edited.loc[edited["kode"] == "3673", "population_year"] = 1800
    bad = reference.update_regions(conn, edited, "uji-admin")
    assert not bad.ok and len(bad.errors) == 2
    assert store.run(conn, "reference/regions").set_index("kode").loc["3602", "population"] > 0

    edited = store.run(conn, "reference/regions")
    edited.loc[edited["kode"] == "3672", ["area_km2", "area_source"]] = [162.4, "BIG, dihitung"]
    good = reference.update_regions(conn, edited, "uji-admin")
    assert good.ok and good.changed == ["3672"]
    row = store.run(conn, "reference/regions").set_index("kode").loc["3672"]
    assert row["area_km2"] == 162.4 and row["updated_by"] == "uji-admin"
    audit = conn.execute(
        "SELECT username, action, detail::VARCHAR FROM audit_log WHERE action = 'reference_update'"
    ).fetchall()
    assert len(audit) == 1 and audit[0][0] == "uji-admin" and "162.4" in audit[0][2]
    assert reference.update_regions(conn, edited, "uji-admin").changed == []  # nothing new


# --- polish: names, small-map labels, colour bar, ranking ------------------------------------
def test_colorbar_ticks_are_few_and_compact():
    vals, texts = geo_figures.colorbar_ticks(0, 24_561_249)
    assert texts == ["0", "10 jt", "20 jt"] and vals == [0, 10_000_000, 20_000_000]
    assert geo_figures.colorbar_ticks(-25.3, 25.3)[1] == ["-20", "0", "20"]
    assert geo_figures.colorbar_ticks(0, 1_234_567)[1] == ["0", "500 rb", "1 jt"]
    vals, texts = geo_figures.colorbar_ticks(0, 0.8)
    assert texts[:2] == ["0,0", "0,2"] and len(vals) <= 5
    assert geo_figures.colorbar_ticks(5, 5) == ([5], ["5"])


def test_map_text_keeps_the_official_name_on_two_lines():
    assert geo_figures.map_text("Kota Tangerang Selatan") == "Kota Tangerang<br>Selatan"
    assert geo_figures.map_text("Kab. Pandeglang") == "Kab. Pandeglang"


def test_map_and_ranking_use_one_name_and_readable_figures(valid_bounds):
    values = pd.DataFrame(
        {
            "kode": KODES,
            "nama": list(KODE_NAMA.values()),
            "value": [1_000_000.0 * i for i in range(8)],
        }
    )
    texts: list[str] = []
    for fig in (
        geo_figures.map_figure(values, "reach", "id", valid_bounds),
        geo_figures.small_map(values, "reach", "id"),
    ):
        label = next(t for t in fig.data if t.type == "scattergeo" and t.mode == "text")
        texts += list(label.text)
        assert "Kota Tangerang Selatan" in {row[1] for row in label.customdata}  # the hover
    assert not [t for t in texts if "Tangsel" in t]
    assert any(t.startswith("Kota Tangerang<br>Selatan") for t in texts)
    main = next(t for t in geo_figures.map_figure(values, "reach", "id", valid_bounds).data
                if t.type == "choropleth" and t.showscale is not False)  # fmt: skip
    assert len(main.colorbar.tickvals) <= 5 and "jt" in main.colorbar.ticktext[-1]
    bar = geo_figures.bar_figure(values, "reach", "id")
    assert bar.data[0].textfont.size >= 14 and bar.data[0].textfont.color == "#111111"
    assert "Kota Tangerang Selatan" in list(bar.data[0].y)


def _boxes(labels: pd.DataFrame, px_per_deg: float, font_px: float = 11.0) -> dict[str, tuple]:
    """Estimated text boxes (lon0, lat0, lon1, lat1) of the small map's labels: ~0.58 em per
    character, 1.2 em per line, placed by their textposition."""
    out = {}
    for r in labels.itertuples():
        lines = geo_figures.map_text(r.label).split("<br>")
        w = max(len(s) for s in lines) * 0.58 * font_px / px_per_deg
        h = len(lines) * 1.2 * font_px / px_per_deg
        vert, horiz = r.small_position.split()
        x0 = {"left": r.small_lon - w, "right": r.small_lon, "center": r.small_lon - w / 2}[horiz]
        y0 = {"top": r.small_lat, "bottom": r.small_lat - h, "middle": r.small_lat - h / 2}[vert]
        out[r.kode] = (x0, y0, x0 + w, y0 + h)
    return out


def test_small_map_labels_of_the_north_do_not_overlap(valid_bounds):
    """The six northern kab/kota sit close together: on the small map they get callouts
    (data/reference/map_labels.csv, small_* columns) whose text boxes do not overlap, at the
    phone width (~150 px per degree of longitude, the tightest case)."""
    north = ["3603", "3604", "3671", "3672", "3673", "3674"]
    labels = valid_bounds.labels.set_index("kode").loc[north].reset_index()
    assert labels["small_callout"].all()
    boxes = _boxes(labels, px_per_deg=150.0)
    for i, a in enumerate(north):
        for b in north[i + 1 :]:
            ax0, ay0, ax1, ay1 = boxes[a]
            bx0, by0, bx1, by1 = boxes[b]
            assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0, (a, b)
    # the full map keeps its own placement (labels inside the two kabupaten)
    assert not valid_bounds.labels.set_index("kode").loc["3604", "callout"]


def test_values_can_reuse_the_all_values_frame(conn):
    """The map page runs map/values once: a metric taken from all_values is the same frame."""
    f = _seed(conn)
    figures = mapmetrics.all_values(conn, **f.params())
    for key in ("reach", "reach_per_1000", "feedback", "net_sentiment"):
        pd.testing.assert_frame_equal(
            mapmetrics.values(conn, key, figures, **f.params()),
            mapmetrics.values(conn, key, **f.params()),
        )
    prof = mapmetrics.profile(conn, "3601", figures=figures, **f.params())
    assert prof.figures["reach"] == mapmetrics.profile(conn, "3601", **f.params()).figures["reach"]
