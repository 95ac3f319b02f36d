"""Display tables of the reach and feedback dashboards."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from gema.core import i18n
from gema.core.regions import KODE_NAMA
from gema.ui.session import lang, t
from gema.ui.widgets import fmt_or_dash


def campaign_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The campaign comparison with Indonesian column names and number formats."""
    lg = lang()
    return pd.DataFrame(
        {
            t("dash.col.campaign"): df["campaign"].astype(str),
            t("dash.col.opd"): [fmt_or_dash(v, str) for v in df["opd"]],
            t("dash.col.posts"): [i18n.fmt_int(v) for v in df["posts"]],
            t("dash.col.reach"): [i18n.fmt_int(v) for v in df["reach"]],
            t("dash.col.engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            t("dash.col.er"): [
                fmt_or_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]
            ],
            t("dash.col.cost"): [
                fmt_or_dash(v, lambda x: "Rp " + i18n.fmt_int(x)) for v in df["cost"]
            ],
            t("dash.col.cpe"): [
                fmt_or_dash(v, lambda x: "Rp " + i18n.fmt_num(x, 0))
                for v in df["cost_per_engagement"]
            ],
            t("dash.col.budget"): [
                fmt_or_dash(v, lambda x: "Rp " + i18n.fmt_int(x)) for v in df["budget"]
            ],
            t("dash.col.dates"): [
                i18n.fmt_period(s, e, lg) if not (pd.isna(s) and pd.isna(e)) else "—"
                for s, e in zip(df["start_date"], df["end_date"], strict=True)
            ],
        }
    )


_ACCOUNT_TYPES = ("opd", "icn", "media", "lainnya")


def creator_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The creator leaderboard for display: rank, account, ICN membership, figures."""
    yes, no = t("dash.yes"), t("dash.no")
    return pd.DataFrame(
        {
            "#": [str(i) for i in range(1, len(df) + 1)],
            t("dash.col.account"): [
                f"@{a}" + (f" ({n})" if isinstance(n, str) and n and n.lower() != a.lower() else "")
                for a, n in zip(df["account"], df["display_name"], strict=True)
            ],
            t("dash.col.account_type"): [
                t(f"dash.account_type.{v}") if v in _ACCOUNT_TYPES else "—"
                for v in df["account_type"]
            ],
            t("dash.col.platform"): df["platform"].astype(str),
            t("dash.col.icn"): [yes if v else no for v in df["is_icn"]],
            t("dash.col.kabkota"): [
                KODE_NAMA.get(k, "—") if isinstance(k, str) else "—" for k in df["kabkota"]
            ],
            t("dash.col.followers"): [fmt_or_dash(v, i18n.fmt_int) for v in df["followers"]],
            t("dash.col.posts"): [i18n.fmt_int(v) for v in df["posts"]],
            t("dash.col.reach"): [i18n.fmt_int(v) for v in df["reach"]],
            t("dash.col.engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            t("dash.col.er"): [
                fmt_or_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]
            ],
        }
    )


def content_frame(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The top content with a link column (the URL opens the post; titles stay plain text)."""
    lg = lang()
    link = t("dash.col.link")
    frame = pd.DataFrame(
        {
            t("dash.col.date"): [i18n.fmt_date(v, lg, short=True) for v in df["published_at"]],
            t("dash.col.platform"): df["platform"].astype(str),
            t("dash.col.account"): [fmt_or_dash(v, lambda a: f"@{a}") for v in df["account"]],
            t("dash.col.title"): [fmt_or_dash(v, str) for v in df["title"]],
            link: [
                v if isinstance(v, str) and v.startswith(("http://", "https://")) else None
                for v in df["url"]
            ],
            t("dash.col.campaign"): [fmt_or_dash(v, str) for v in df["campaign"]],
            t("dash.col.kabkota"): [
                KODE_NAMA.get(k, k) if isinstance(k, str) else t("common.province")
                for k in df["kabkota"]
            ],
            t("dash.col.reach"): [fmt_or_dash(v, i18n.fmt_int) for v in df["reach"]],
            t("dash.col.engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            t("dash.col.er"): [
                fmt_or_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]
            ],
        }
    )
    config = {link: st.column_config.LinkColumn(link, display_text=t("dash.col.open"))}
    return frame, config


def kabkota_topic_frame(df: pd.DataFrame, last_column: str) -> pd.DataFrame:
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
    out = pivot.map(i18n.fmt_int).reset_index().rename(columns={"topic": t("dash.col.topic")})
    out.columns = [str(c) for c in out.columns]
    return out
