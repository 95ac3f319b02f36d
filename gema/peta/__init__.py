"""Peta Banten: boundaries (finding, checking, saving the file), the map metrics and profile
(data), the choropleth and ranking (figures), the display tables (frames)."""

from gema.peta import boundaries, boundaryfile, data, figures, frames
from gema.peta.data import DEFAULT_METRIC, MapMetric, available, get
from gema.peta.figures import MAP_CONTAINER_KEY, PHONE_CSS, PLOTLY_CONFIG, selected_kode
from gema.peta.frames import creators_frame, feedback_frame, profile_cards, topics_frame
from gema.peta.page import PageData, page_data

__all__ = [
    "DEFAULT_METRIC",
    "MAP_CONTAINER_KEY",
    "PHONE_CSS",
    "PLOTLY_CONFIG",
    "MapMetric",
    "PageData",
    "available",
    "boundaries",
    "boundaryfile",
    "creators_frame",
    "data",
    "feedback_frame",
    "figures",
    "frames",
    "get",
    "page_data",
    "profile_cards",
    "selected_kode",
    "topics_frame",
]
