"""Star ratings (1..5) kept with feedback rows from app-store reviews and complaint logs
(issue 11): the average per kab/kota and over time, always with how many rated rows stand behind
each average (an average of 2 reviews is not an average of 2.000)."""

from __future__ import annotations

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import charts
from gema.core import i18n, regions, store
from gema.core.filters import Filters


def by_kabkota(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """kabkota, rating (mean), rated (rows with a rating)."""
    return store.run(conn, "dashboard/rating_by_kabkota", **f.params())


def by_week(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """week, channel, rating (mean), rated."""
    return store.run(conn, "dashboard/rating_by_week", **f.params())


def kabkota_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The per-kab/kota table for display: name, average with a decimal comma, number rated."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    names = [
        t("common.outside_unknown") if pd.isna(k) else regions.KODE_NAMA.get(str(k), str(k))
        for k in df["kabkota"]
    ]
    return pd.DataFrame(
        {
            t("fb.r.col.kabkota"): names,
            t("fb.r.col.avg"): [i18n.fmt_num(v, 1) for v in df["rating"]],
            t("fb.r.col.rated"): [i18n.fmt_int(v) for v in df["rated"]],
        }
    )


def week_figure(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> go.Figure:
    """Average rating per week, one line per channel, on a fixed 1..5 axis."""
    if df.empty:
        return charts.empty_figure(lang)
    fig = go.Figure()
    names = list(dict.fromkeys(df["channel"].astype(str)))
    colours = charts.colours_for(names)
    label = i18n.t("fb.r.col.rating", lang)
    for name in names:
        part = df[df["channel"].astype(str) == name].sort_values("week")
        fig.add_scatter(
            x=part["week"],
            y=part["rating"],
            name=name,
            mode="lines+markers",
            line={"color": colours[name], "width": 3},
            customdata=[
                f"{charts.week_label(w, lang, with_year=True)} · "
                f"{i18n.t('fb.r.rated', lang, n=i18n.fmt_int(n))}"
                for w, n in zip(part["week"], part["rated"], strict=True)
            ],
            text=[i18n.fmt_num(v, 1) for v in part["rating"]],
            hovertemplate="<b>"
            + name.replace("<", "&lt;").replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + label
            + ": %{text}<extra></extra>",
        )
    charts.base_layout(fig, None, height=340)
    charts._date_ticks(fig, df["week"], lang, max_ticks=6)  # '4 Okt', not 'Oct 4
    fig.update_yaxes(title={"text": label}, range=[0.8, 5.2], rangemode="normal", dtick=1)
    return fig
