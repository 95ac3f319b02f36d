"""The FGD wall (pages/dinding.py, a projector view of a live session): the latest entries as
(meta line, text) pairs and the topic-count chart, in the wall's big type. On the kiosk the
names of the people who typed the entries are masked in the text (gema.core.privacy)."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import topics
from gema.core import figures, i18n, privacy
from gema.core.regions import KODE_NAMA
from gema.fgd.data import APP_FONT, entries, topic_counts
from gema.fgd.frames import group_key, group_label


@dataclass
class WallData:
    items: list[tuple[str, str]]  # (meta line, entry text), newest first
    total: int  # entries in the session (all topics)
    topics_figure: go.Figure | None


def wall_data(
    conn: duckdb.DuckDBPyConnection, sid: int | None, lang: str, kiosk: bool, latest: int = 8
) -> WallData | None:
    """What the wall shows for session `sid` (None: every session); None when it is empty."""
    rows = entries(conn, sid, limit=latest)
    if rows.empty:
        return None
    authors = [str(a) for a in rows["created_by"].dropna().unique()]
    items = []
    for r in rows.itertuples():
        meta = " · ".join(
            x
            for x in (
                i18n.fmt_datetime(r.received_at, lang)[-5:],
                group_label(r.author_type, lang) if group_key(r.author_type) else "",
                KODE_NAMA.get(r.kabkota, ""),
                topics.label(r.topic, lang) if isinstance(r.topic, str) else "",
            )
            if x
        )
        items.append((meta, privacy.mask(r.text, authors) if kiosk else str(r.text)))
    counts = topic_counts(conn, sid)
    data = counts.assign(
        topic=pd.Series(
            topics.labels(counts["topic"], lang), index=counts.index, dtype="object"
        ).fillna(i18n.t("dash.no_topic", lang))
    ).rename(columns={"topic": "label"})
    fig = figures.ranking_bar(
        data.head(10),
        "label",
        "feedback",
        lang,
        value_label=i18n.t("pres.col.text", lang),
        compact=False,
    )
    fig.update_layout(
        font={"size": 22, "family": APP_FONT},
        hoverlabel={"font": {"family": APP_FONT}},
        height=max(220, 60 * min(len(data), 10) + 80),
    )
    fig.update_traces(textfont_size=24, textfont_family=APP_FONT)
    return WallData(items, int(counts["feedback"].sum()), fig)
