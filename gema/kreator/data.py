"""The creator scorecard data (issue 14): per account, a fair engagement rate (each platform on its
own basis), cost per result where the cost is known, ranking with a minimum number of posts,
ICN vs OPD vs media, share of voice per kab/kota and campaign, and "perlu dicek" flags.

The definitions (engagement sum, each platform's denominator, the follower count nearest the
post date) live once, in `queries/schema/140_creator_scorecard.sql`; this module only calls the
named queries in `queries/kreator/` and turns their rows into what pages and the CLI show.
A figure that cannot be computed is None/NaN, never 0: an unknown cost is not a free post.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from gema.core import i18n, store
from gema.core.filters import Filters
from gema.core.kpi import is_missing
from gema.core.regions import KODE_NAMA

DEFAULT_MIN_POSTS = 3  # an account needs this many posts behind a figure to be ranked on it
SOURCES = ("icn", "opd", "media", "lainnya")
BASES = ("followers", "views", "impressions")
# What each ranking measure is computed from, and which way is better.
RANK_BY: dict[str, tuple[str, str, bool]] = {
    # measure: (posts column that backs it, value column, higher is better)
    "engagement_rate": ("er_posts", "engagement_rate", True),
    "cost_per_engagement": ("cpe_posts", "cost_per_engagement", False),
    "cost_per_1000_reach": ("cpm_posts", "cost_per_1000_reach", False),
    "engagements": ("posts", "engagements", True),
    "reach": ("posts", "reach", True),
}
CLI_FIELDS = (
    "handle", "platform", "account_type", "is_icn", "posts", "reach", "views", "engagements",
    "engagement_rate", "er_basis", "cost", "cost_per_engagement", "cost_per_1000_reach",
)  # fmt: skip


@dataclass(frozen=True)
class FlagRules:
    """Thresholds of the "perlu dicek" flags. They mark what a person should look at, they do
    not decide anything; the evidence is always shown beside the flag."""

    jump_min: int = 500  # a follower jump: at least this many followers in one day …
    jump_rel: float = 0.05  # … and at least this share of the count before it …
    jump_mult: float = 10.0  # … and at least this many times the account's median daily change
    min_days: int = 5  # daily changes needed for that median
    er_mult: float = 10.0  # a post's rate at least this many times the account's median rate
    er_min_eng: int = 100  # … with at least this many engagements
    er_min_posts: int = 5  # rated posts needed for the account's median
    burst_authors: int = 5  # the same text from at least this many authors …
    burst_minutes: int = 60  # … within this many minutes
    burst_chars: int = 15  # texts shorter than this (after cleaning) are never a burst


RULES = FlagRules()


# --- scorecard --------------------------------------------------------------------------------
def scorecard(
    conn: duckdb.DuckDBPyConnection, f: Filters, sources: tuple[str, ...] | list[str] = ()
) -> pd.DataFrame:
    """One row per account with posts under the filters (see queries/kreator/scorecard.sql),
    plus `posts_per_week` over the whole period and `weeks` (the period in weeks)."""
    df = store.run(conn, "kreator/scorecard", **f.params(), sources=list(sources))
    weeks = max(f.days / 7.0, 1 / 7)
    df["weeks"] = weeks
    df["posts_per_week"] = df["posts"] / weeks
    return df


def rank(
    df: pd.DataFrame, by: str = "engagement_rate", min_posts: int = DEFAULT_MIN_POSTS
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(ranked, not ranked). An account is ranked on a measure only when at least `min_posts`
    of its posts back that measure (posts with a rate for the rate, posts with a known cost for
    the cost figures) and the measure has a value; ranked rows get `rank` 1…n, best first."""
    backing, value, higher = RANK_BY[by]
    ok = (df[backing] >= min_posts) & df[value].notna()
    ranked = df[ok].sort_values(
        [value, "posts", "platform", "handle"],
        ascending=[not higher, False, True, True],
        kind="stable",
    )
    ranked = ranked.reset_index(drop=True)
    ranked.insert(0, "rank", np.arange(1, len(ranked) + 1))
    return ranked, df[~ok].reset_index(drop=True)


def _clean(value: Any) -> Any:
    """JSON-ready scalar: NaN/NA → None, numpy → Python; whole floats of counts → int."""
    if is_missing(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The CLI contract: one dict per account with exactly CLI_FIELDS, `engagement_rate` a
    fraction (0.055 for 5.5 %), unknown figures None (never 0)."""
    out = []
    for row in df.to_dict(orient="records"):
        item: dict[str, Any] = {}
        for key in CLI_FIELDS:
            v = _clean(row.get(key))
            if key in ("posts", "reach", "views", "engagements", "cost") and v is not None:
                v = int(v)
            elif key in ("engagement_rate", "cost_per_engagement", "cost_per_1000_reach"):
                v = None if v is None or math.isinf(float(v)) else float(v)
            elif key == "is_icn":
                v = bool(v)
            item[key] = v
        out.append(item)
    return out


def comparison(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """ICN vs OPD vs media, one row per (source, basis)."""
    return store.run(conn, "kreator/comparison", **f.params())


# --- share of voice ---------------------------------------------------------------------------
def share_of_voice(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Per kab/kota (all of them): posts and reach by source, ICN share, reach per 1,000."""
    return store.run(conn, "kreator/sov_kabkota", **f.params())


def share_of_voice_campaigns(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Per campaign and kab/kota: posts and reach by source."""
    return store.run(conn, "kreator/sov_campaign", **f.params())


def heard_least(sov: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The n kab/kota with the least reach per 1,000 residents (where the province is heard
    least); kab/kota without a population figure are left out (no rate can be computed)."""
    known = sov[sov["reach_per_1000"].notna()]
    return known.sort_values(["reach_per_1000", "kode"]).head(n).reset_index(drop=True)


# --- flags ------------------------------------------------------------------------------------
def _rule_params(rules: FlagRules) -> dict[str, Any]:
    return {k: getattr(rules, k) for k in rules.__dataclass_fields__}


def flags(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    lang: str = i18n.DEFAULT_LANG,
    rules: FlagRules = RULES,
    accounts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every "perlu dicek" flag under the filters, one row each: kind (follower_jump,
    engagement_outlier, comment_burst), platform, account, when, evidence (a sentence with the
    figures), status ("perlu dicek"). `accounts` (a scorecard) limits account flags to the
    accounts in view (e.g. the kab/kota filter)."""
    p = {**f.params(), **_rule_params(rules)}
    rows: list[dict[str, Any]] = []
    keep = None
    if accounts is not None:
        keep = set(zip(accounts["platform"], accounts["handle"], strict=True))

    def wanted(platform: Any, account: Any) -> bool:
        return keep is None or (platform, account) in keep

    for r in store.run(conn, "kreator/follower_jumps", **p).itertuples(index=False):
        if not wanted(r.platform, r.account):
            continue
        rows.append(
            _flag(
                "follower_jump", r.platform, r.account, r.date, lang,
                gain=i18n.fmt_int(r.gain), before=i18n.fmt_int(r.prev_followers),
                after=i18n.fmt_int(r.followers), date=i18n.fmt_date(r.date, lang),
                prev=i18n.fmt_date(r.prev_date, lang) if pd.notna(r.prev_date) else "—",
                pct=i18n.fmt_pct(r.gain / r.prev_followers if r.prev_followers else None, 1),
                median=i18n.fmt_num(r.median_gain, 0), days=i18n.fmt_int(r.days),
            )
        )  # fmt: skip
    for r in store.run(conn, "kreator/engagement_outliers", **p).itertuples(index=False):
        if not wanted(r.platform, r.account):
            continue
        rows.append(
            _flag(
                "engagement_outlier", r.platform, r.account, r.published_at, lang,
                rate=i18n.fmt_pct(r.rate, 1), basis=i18n.t(f"kreator.basis.{r.er_basis}", lang),
                median=i18n.fmt_pct(r.median_rate, 2), times=i18n.fmt_num(r.times_median, 0),
                n=i18n.fmt_int(r.rated_posts), date=i18n.fmt_date(r.published_at, lang),
                title=_clip(r.title), eng=i18n.fmt_int(r.engagements),
                den=i18n.fmt_int(r.er_denominator),
            )
        )  # fmt: skip
    for r in store.run(conn, "kreator/comment_bursts", **p).itertuples(index=False):
        if r.account is not None and not pd.isna(r.account) and not wanted(r.platform, r.account):
            continue
        minutes = max(0, round((r.window_end - r.window_start).total_seconds() / 60))
        authors = ", ".join(str(a) for a in list(r.some_authors)[:3])
        rows.append(
            _flag(
                "comment_burst", r.platform, r.account, r.window_start, lang,
                authors=i18n.fmt_int(r.authors), comments=i18n.fmt_int(r.comments),
                minutes=i18n.fmt_int(minutes), start=i18n.fmt_datetime(r.window_start, lang),
                channels=r.channels, example=_clip(r.example), names=authors,
            )
        )  # fmt: skip
    cols = ["kind", "platform", "account", "when", "evidence", "status"]
    return pd.DataFrame(rows, columns=cols)


def _clip(text: Any, n: int = 80) -> str:
    s = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _flag(
    kind: str, platform: Any, account: Any, when: Any, lang: str, **figures: Any
) -> dict[str, Any]:
    return {
        "kind": kind,
        "platform": None if platform is None or pd.isna(platform) else str(platform),
        "account": None if account is None or pd.isna(account) else str(account),
        "when": when,
        "evidence": i18n.t(f"kreator.flag.{kind}.evidence", lang, **figures),
        "status": i18n.t("kreator.flag.status", lang),
    }


# --- periods ----------------------------------------------------------------------------------
def last_quarter(today: date | None = None) -> tuple[date, date]:
    """The calendar quarter before the one `today` is in: (first day, last day)."""
    today = today or date.today()
    q_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    prev_end = q_start - timedelta(days=1)
    prev_start = date(prev_end.year, 3 * ((prev_end.month - 1) // 3) + 1, 1)
    return prev_start, prev_end


def kabkota_name(kode: Any) -> str:
    return KODE_NAMA.get(kode, "—") if isinstance(kode, str) else "—"


# --- the page ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageData:
    """What the Kreator page shows under the filters and its own choices (source, ranking
    measure, minimum posts). Empty frames when there are no posts or no account in view."""

    has_posts: bool
    card: pd.DataFrame
    ranked: pd.DataFrame = field(default_factory=pd.DataFrame)
    unranked: pd.DataFrame = field(default_factory=pd.DataFrame)
    comparison: pd.DataFrame = field(default_factory=pd.DataFrame)
    sov: pd.DataFrame = field(default_factory=pd.DataFrame)
    least: pd.DataFrame = field(default_factory=pd.DataFrame)
    sov_campaigns: pd.DataFrame = field(default_factory=pd.DataFrame)
    flags: pd.DataFrame = field(default_factory=pd.DataFrame)


def page_data(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    sources: tuple[str, ...] = (),
    by: str = "engagement_rate",
    min_posts: int = DEFAULT_MIN_POSTS,
    lang: str = i18n.DEFAULT_LANG,
) -> PageData:
    """One call per render of pages/kreator.py. Account flags follow the accounts in view only
    when a filter narrows them (kab/kota, campaign, type): otherwise a follower jump of an
    account that did not post in the period still shows."""
    from gema.core import presence

    if not presence.has_data(conn)["posts"]:
        return PageData(False, pd.DataFrame())
    card = scorecard(conn, f, sources)
    if card.empty:
        return PageData(True, card)
    ranked, unranked = rank(card, by, min_posts)
    sov = share_of_voice(conn, f)
    narrowed = bool(f.kabkota or f.campaign or sources)
    return PageData(
        True, card, ranked, unranked, comparison(conn, f), sov, heard_least(sov),
        share_of_voice_campaigns(conn, f),
        flags(conn, f, lang, accounts=card if narrowed else None),
    )  # fmt: skip


def xlsx_download(sheets: dict[str, pd.DataFrame]) -> tuple[Callable[[], bytes], str, str]:
    """(bytes maker, file name, MIME type) of the page's XLSX download; the workbook is built
    only when the button is pressed."""
    from gema.presentasi import export

    return (
        lambda: export.to_xlsx(sheets),
        export.table_file_name("kreator", ext="xlsx"),
        export.MIME["xlsx"],
    )
