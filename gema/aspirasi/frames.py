"""Aspirasi's display tables: the kab/kota × topic counts and the star ratings per kab/kota, with
the UI language's column names and Indonesian number formats (pure pandas: the page draws them)."""

from __future__ import annotations

import pandas as pd

from gema.core import i18n, regions


def kabkota_topic_frame(
    df: pd.DataFrame, last_column: str, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """The kab/kota × topic counts as a table (readable on a phone, where the heatmap is tight):
    one row per topic, one column per kab/kota, Indonesian number format."""
    if df.empty:
        return pd.DataFrame()
    pivot = df.pivot_table(
        index="topic", columns="kabkota_name", values="feedback", aggfunc="sum", fill_value=0
    )
    cols = [c for c in pivot.sum().sort_values(ascending=False).index if c != last_column]
    cols += [last_column] if last_column in pivot.columns else []
    pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False).index, cols]
    out = (
        pivot.map(i18n.fmt_int)
        .reset_index()
        .rename(columns={"topic": i18n.t("dash.col.topic", lang)})
    )
    out.columns = [str(c) for c in out.columns]
    return out


def ratings_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
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
