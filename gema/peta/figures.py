"""The choropleth maps of Banten's 8 kab/kota (boundaries from gema.peta.boundaries), rendered
with no network at all.

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

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely
from shapely.geometry import shape

from gema.core import i18n
from gema.core.regions import KODE_NAMA
from gema.peta.boundaries import Boundaries, boundaries
from gema.peta.data import MapMetric
from gema.peta.data import get as get_metric

LEADER_GAP_DEG = 0.025  # a callout's line ends this far from its text
TEXT_DEG = 0.55  # room for a callout's text beside its point (a phone-width map)

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


def map_text(label: str, width: int = 16) -> str:
    """A label as map text: a long name ('Kota Tangerang Selatan') on two lines at the last
    space that keeps the first line ≤ `width` characters, so it needs no more room than the
    other names and stays the same official name everywhere."""
    if len(label) <= width or " " not in label:
        return label
    cut = label.rfind(" ", 0, width + 1)
    cut = cut if cut > 0 else label.find(" ")
    return label[:cut] + "<br>" + label[cut + 1 :]


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
            # the line stops short of the text's point, so it never touches the first or last
            # character of the label (the browser's font is wider than plotly's estimate)
            dlon, dlat = r.lon - r.anchor_lon, r.lat - r.anchor_lat
            keep = max(0.0, 1 - LEADER_GAP_DEG / max((dlon**2 + dlat**2) ** 0.5, 1e-9))
            lon += [r.anchor_lon, r.anchor_lon + dlon * keep, None]
            lat += [r.anchor_lat, r.anchor_lat + dlat * keep, None]
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
    `boundaries().message(lang)` (and keep the rest of the page). Render it with
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
