"""The daily account trend on Jangkauan (issue 11): followers gained and views per day and
platform, from the `account_daily` kind (overview exports), shown beside the per-post figures.

A day without data is not drawn (a gap, never a 0): overview exports cover the days they cover."""

from __future__ import annotations

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import charts
from gema.core import i18n, store
from gema.core.filters import Filters

MEASURES = ("followers_gained", "views")


def daily_trend(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """date, platform, accounts, followers_gained, followers, views (one row per day × platform)."""
    return store.run(conn, "dashboard/account_daily_trend", **f.params())


def summary(df: pd.DataFrame) -> tuple[int, int]:
    """(accounts, days) behind the trend, for its caption."""
    if df.empty:
        return 0, 0
    return int(df["accounts"].max()), int(df["date"].nunique())


def trend_figure(df: pd.DataFrame, measure: str, lang: str = i18n.DEFAULT_LANG) -> go.Figure:
    """One line per platform of one measure per day; days without the measure are gaps."""
    label = i18n.t(f"ad.j.{measure}", lang)
    part = df.dropna(subset=[measure]) if not df.empty else df
    if part.empty:
        return charts.empty_figure(lang, label)
    fig = go.Figure()
    platforms = list(dict.fromkeys(part["platform"].astype(str)))
    colours = charts.colours_for(platforms)
    for name in platforms:
        rows = part[part["platform"].astype(str) == name].sort_values("date")
        days = pd.date_range(rows["date"].min(), rows["date"].max(), freq="D")
        full = rows.set_index(pd.to_datetime(rows["date"]))[measure].reindex(days)
        fig.add_scatter(
            x=full.index,
            y=full.to_numpy(dtype=float, na_value=float("nan")),
            name=name,
            mode="lines+markers",
            connectgaps=False,
            line={"color": colours[name], "width": 3},
            marker={"size": 6},
            customdata=[i18n.fmt_date(d.date(), lang) for d in full.index],
            text=["—" if pd.isna(v) else i18n.fmt_int(v) for v in full],
            hovertemplate="<b>"
            + name.replace("<", "&lt;").replace("%", "%%")
            + "</b><br>%{customdata}<br>"
            + label
            + ": %{text}<extra></extra>",
        )
    charts.base_layout(fig, label, height=360)
    # Indonesian day ticks ('12 Apr'), never clock times; grouped figures (2.000)
    charts._date_ticks(fig, part["date"], lang, max_ticks=6)
    fig.update_yaxes(
        title={"text": label},
        tickformat=",d",
        rangemode="normal" if measure != "views" else "tozero",
    )
    return fig
