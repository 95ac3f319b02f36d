"""Jangkauan's display tables: campaign comparison, creator leaderboard and top content, with
the UI language's column names and Indonesian number formats (pure pandas: the page draws them)."""

from __future__ import annotations

import pandas as pd

from gema.core import i18n
from gema.core.kpi import fmt_or_dash
from gema.core.regions import KODE_NAMA


def campaign_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The campaign comparison with Indonesian column names and number formats."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
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
                i18n.fmt_period(s, e, lang) if not (pd.isna(s) and pd.isna(e)) else "—"
                for s, e in zip(df["start_date"], df["end_date"], strict=True)
            ],
        }
    )


_ACCOUNT_TYPES = ("opd", "icn", "media", "lainnya")


def creator_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The creator leaderboard for display: rank, account, ICN membership, figures."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
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


def content_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> tuple[pd.DataFrame, str]:
    """The top content and the name of its link column (the page shows the URL as a link that
    opens the post; titles stay plain text)."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    link = t("dash.col.link")
    frame = pd.DataFrame(
        {
            t("dash.col.date"): [i18n.fmt_date(v, lang, short=True) for v in df["published_at"]],
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
    return frame, link
