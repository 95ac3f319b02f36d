"""The creator scorecard for display (pages, XLSX): Indonesian number formats, the basis
beside every rate, the cost coverage beside every cost; pure pandas."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from gema.core import i18n
from gema.kreator.data import BASES, _clean, _clip, kabkota_name


# --- display frames (pages, XLSX): Indonesian number formats, the basis beside every rate -----
def _t(key: str, lang: str, **kw: Any) -> str:
    return i18n.t(key, lang, **kw)


def _dash(value: Any, fn: Any) -> str:
    return "—" if _clean(value) is None else fn(value)


def _rp(value: Any) -> str:
    return _dash(value, lambda v: "Rp " + i18n.fmt_num(v, 0))


def basis_text(basis: Any, lang: str = i18n.DEFAULT_LANG) -> str:
    return _t(f"kreator.basis.{basis if basis in BASES else 'none'}", lang)


def account_text(handle: Any, name: Any) -> str:
    text = f"@{handle}"
    if isinstance(name, str) and name and name.lower() != str(handle).lower():
        text += f" ({name})"
    return text


# The columns that lead the table when ranking on a measure (a phone shows only the first few).
LEAD_COLUMNS: dict[str, tuple[str, ...]] = {
    "engagement_rate": ("er", "basis"),
    "cost_per_engagement": ("cpe", "cost_basis", "er", "basis"),
    "cost_per_1000_reach": ("cpm", "cost_basis", "er", "basis"),
    "engagements": ("engagements", "er", "basis"),
    "reach": ("reach", "er", "basis"),
}


def scorecard_frame(
    df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG, by: str = "engagement_rate"
) -> pd.DataFrame:
    """The scorecard for display: rank (when ranked), account, the ranked measure, then the
    other figures as text; the basis next to the rate, the cost coverage next to the cost."""
    frame = _scorecard_frame(df, lang)
    lead = [_t(f"kreator.col.{k}", lang) for k in LEAD_COLUMNS.get(by, ())]
    head = [c for c in frame.columns[:2] if c not in lead]
    head = head if "rank" in df.columns else head[:1]
    order = head + lead + [c for c in frame.columns if c not in head and c not in lead]
    return frame[order]


def _scorecard_frame(df: pd.DataFrame, lang: str) -> pd.DataFrame:

    def c(key: str) -> str:
        return _t(f"kreator.col.{key}", lang)

    out: dict[str, Any] = {}
    if "rank" in df.columns:
        out[c("rank")] = [str(int(v)) for v in df["rank"]]
    out[c("account")] = [
        account_text(h, n) for h, n in zip(df["handle"], df["display_name"], strict=True)
    ]
    out[c("er")] = [_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]]
    out[c("basis")] = [basis_text(b, lang) for b in df["er_basis"]]
    out[c("er_missing")] = [i18n.fmt_int(v) for v in df["er_posts_missing"]]
    out[c("cpe")] = [_rp(v) for v in df["cost_per_engagement"]]
    out[c("cpm")] = [_rp(v) for v in df["cost_per_1000_reach"]]
    out[c("cost")] = [_rp(v) for v in df["cost"]]
    out[c("cost_basis")] = [
        _t("kreator.cost_known", lang, n=i18n.fmt_int(n), m=i18n.fmt_int(m))
        for n, m in zip(df["cost_posts"], df["posts"], strict=True)
    ]
    out[c("type")] = [_t(f"kreator.type.{s}", lang) for s in df["source"]]
    out[c("platform")] = df["platform"].astype(str).tolist()
    out[c("posts")] = [i18n.fmt_int(v) for v in df["posts"]]
    out[c("engagements")] = [i18n.fmt_int(v) for v in df["engagements"]]
    out[c("reach")] = [i18n.fmt_int(v) for v in df["reach"]]
    out[c("views")] = [i18n.fmt_int(v) for v in df["views"]]
    out[c("per_week")] = [i18n.fmt_num(v, 1) for v in df["posts_per_week"]]
    out[c("active_weeks")] = [
        f"{i18n.fmt_int(a)} / {i18n.fmt_int(math.ceil(w))}"
        for a, w in zip(df["active_weeks"], df["weeks"], strict=True)
    ]
    out[c("best")] = [
        "—"
        if _clean(rate) is None
        else _t(
            "kreator.best_post",
            lang,
            rate=i18n.fmt_pct(rate, 1),
            date=i18n.fmt_date(d, lang, short=True),
            title=_clip(title, 60),
        )
        for rate, d, title in zip(df["best_rate"], df["best_date"], df["best_title"], strict=True)
    ]
    out[c("target")] = [
        "—"
        if not isinstance(k, str)
        else _t("kreator.target_share", lang, name=kabkota_name(k), pct=i18n.fmt_pct(n / p, 0))
        for k, n, p in zip(df["top_kabkota"], df["top_kabkota_posts"], df["posts"], strict=True)
    ]
    out[c("home")] = [kabkota_name(k) for k in df["home_kabkota"]]
    out[c("in_home")] = [
        "—" if not isinstance(k, str) else i18n.fmt_pct(h / p, 0)
        for k, h, p in zip(df["home_kabkota"], df["home_posts"], df["posts"], strict=True)
    ]
    return pd.DataFrame(out)


def comparison_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    def c(key: str) -> str:
        return _t(f"kreator.col.{key}", lang)

    return pd.DataFrame(
        {
            c("source"): [_t(f"kreator.source.{s}", lang) for s in df["source"]],
            c("basis"): [basis_text(b, lang) for b in df["er_basis"]],
            c("er"): [_dash(v, lambda x: i18n.fmt_pct(x, 2)) for v in df["engagement_rate"]],
            c("er_missing"): [i18n.fmt_int(v) for v in df["er_posts_missing"]],
            c("accounts"): [i18n.fmt_int(v) for v in df["accounts"]],
            c("posts"): [i18n.fmt_int(v) for v in df["posts"]],
            c("reach"): [i18n.fmt_int(v) for v in df["reach"]],
            c("engagements"): [i18n.fmt_int(v) for v in df["engagements"]],
            c("cpe"): [_rp(v) for v in df["cost_per_engagement"]],
            c("cpm"): [_rp(v) for v in df["cost_per_1000_reach"]],
            c("cost_basis"): [
                _t("kreator.cost_known", lang, n=i18n.fmt_int(n), m=i18n.fmt_int(m))
                for n, m in zip(df["cost_posts"], df["posts"], strict=True)
            ],
        }
    )


def _posts_by_source(df: pd.DataFrame) -> list[str]:
    return [
        " / ".join(
            i18n.fmt_int(r[k]) for k in ("posts_icn", "posts_opd", "posts_media", "posts_other")
        )
        for r in df.to_dict(orient="records")
    ]


def sov_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    def c(key: str) -> str:
        return _t(f"kreator.col.{key}", lang)

    return pd.DataFrame(
        {
            c("kabkota"): df["nama"].astype(str).tolist(),
            c("icn_share"): [_dash(v, lambda x: i18n.fmt_pct(x, 1)) for v in df["icn_share"]],
            c("reach_per_1000"): [
                _dash(v, lambda x: i18n.fmt_num(x, 0)) for v in df["reach_per_1000"]
            ],
            c("reach"): [i18n.fmt_int(v) for v in df["reach"]],
            c("reach_icn"): [i18n.fmt_int(v) for v in df["reach_icn"]],
            c("reach_opd"): [i18n.fmt_int(v) for v in df["reach_opd"]],
            c("reach_media"): [i18n.fmt_int(v) for v in df["reach_media"]],
            c("reach_other"): [i18n.fmt_int(v) for v in df["reach_other"]],
            c("posts"): [i18n.fmt_int(v) for v in df["posts"]],
            c("posts_by_source"): _posts_by_source(df),
        }
    )


def sov_campaign_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    def c(key: str) -> str:
        return _t(f"kreator.col.{key}", lang)

    return pd.DataFrame(
        {
            c("campaign"): [
                v if isinstance(v, str) else _t("kreator.no_campaign", lang) for v in df["campaign"]
            ],
            c("kabkota"): [
                kabkota_name(k) if isinstance(k, str) else _t("kreator.province_wide", lang)
                for k in df["kabkota"]
            ],
            c("icn_share"): [_dash(v, lambda x: i18n.fmt_pct(x, 1)) for v in df["icn_share"]],
            c("reach"): [i18n.fmt_int(v) for v in df["reach"]],
            c("reach_icn"): [i18n.fmt_int(v) for v in df["reach_icn"]],
            c("reach_opd"): [i18n.fmt_int(v) for v in df["reach_opd"]],
            c("reach_media"): [i18n.fmt_int(v) for v in df["reach_media"]],
            c("posts"): [i18n.fmt_int(v) for v in df["posts"]],
            c("posts_by_source"): _posts_by_source(df),
        }
    )


def flags_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    def c(key: str) -> str:
        return _t(f"kreator.col.{key}", lang)

    return pd.DataFrame(
        {
            c("status"): df["status"].tolist(),
            c("kind"): [_t(f"kreator.flag.{k}", lang) for k in df["kind"]],
            c("account"): [
                "—" if a is None else f"@{a} ({p})"
                for a, p in zip(df["account"], df["platform"], strict=True)
            ],
            c("when"): [  # a follower count is per day: no time of day
                i18n.fmt_date(w, lang) if k == "follower_jump" else i18n.fmt_datetime(w, lang)
                for k, w in zip(df["kind"], df["when"], strict=True)
            ],
            c("evidence"): df["evidence"].tolist(),
        }
    )


def export_sheets(
    card: pd.DataFrame,
    comp: pd.DataFrame,
    sov: pd.DataFrame,
    sov_campaigns: pd.DataFrame,
    flag_rows: pd.DataFrame,
) -> dict[str, pd.DataFrame]:
    """The raw figures for the XLSX download (numbers stay numbers; unknown stays empty)."""
    return {
        "kartu_skor": card.drop(columns=["weeks"], errors="ignore"),
        "icn_opd_media": comp,
        "porsi_suara_kabkota": sov,
        "porsi_suara_kampanye": sov_campaigns,
        "perlu_dicek": flag_rows,
    }
