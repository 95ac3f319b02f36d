"""Dashboard figures: KPIs with their change against the previous period, rankings, series and
the generated "apa yang berubah" list. Everything is computed in DuckDB by the named queries in
queries/dashboard/ and returned as small frames, so the pages stay fast at millions of rows and
the FGD/exports code can reuse the same numbers as the screens.

Formulas (also shown to users in the KPI tooltips):
- engagements      = likes + comments + shares + saves
- views            = impressions where the platform reports them, else video views
- engagement rate  = engagements ÷ reach, over posts that report reach
- net sentiment    = (positif − negatif) ÷ labelled feedback × 100, from −100 to +100
- overdue          = open (baru, diverifikasi, diteruskan, ditindaklanjuti) and past the
                     working-day deadline of its stage (forward 3 / act 5 / close 10 working
                     days after receipt by default, as in SP4N-LAPOR!; gema.followup)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

import duckdb
import pandas as pd

from gema import topics
from gema.core import audit, i18n, store
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA

SLA_DAYS = 10  # default working days to close (LAPOR!); the stage deadlines live in gema.followup
DEFAULT_MIN_POSTS = 3  # creators need this many posts in the period to be ranked
SENTIMENTS = ("positif", "netral", "negatif")
STATUSES = (
    "baru", "diverifikasi", "diteruskan", "ditindaklanjuti", "selesai", "ditolak", "duplikat"
)  # fmt: skip
# a plain label correction may set these; ditolak (reason) and duplikat (link) go through
# gema.followup.transition
CORRECTION_STATUSES = ("baru", "diverifikasi", "diteruskan", "ditindaklanjuti", "selesai")
CORRECTABLE = ("sentiment", "topic", "status")

Unit = Literal["count", "ratio", "index"]


# --- KPIs ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Kpi:
    """One KPI card: value now, value in the previous period of equal length, how to read it.

    unit 'count' changes are relative (+12,3%); 'ratio' (a fraction) and 'index' (−100..+100)
    changes are differences in points. `better` says which direction is good ('up'/'down')."""

    key: str
    label_key: str
    help_key: str
    value: float | None
    previous: float | None
    unit: Unit = "count"
    better: Literal["up", "down"] | None = "up"

    @property
    def change(self) -> float | None:
        """Relative change for counts, difference for ratios and indexes; None when unknown."""
        if self.value is None or self.previous is None:
            return None
        if self.unit == "count":
            return (self.value - self.previous) / self.previous if self.previous else None
        return self.value - self.previous

    def value_text(self, lang: str = i18n.DEFAULT_LANG) -> str:
        if self.value is None:
            return "—"
        if self.unit == "ratio":
            return i18n.fmt_pct(self.value, 1)
        if self.unit == "index":
            return _signed(i18n.fmt_num(self.value, 1), self.value)
        return i18n.fmt_compact(self.value, lang)

    def full_text(self) -> str:
        """The exact value (1.234.567) for tooltips and exports."""
        if self.value is None:
            return "—"
        if self.unit == "count":
            return i18n.fmt_int(self.value)
        return self.value_text()

    def delta_text(self, lang: str = i18n.DEFAULT_LANG) -> str | None:
        """'+12,3%' for counts, '+1,5 poin' for ratios/indexes; None when there is nothing to
        compare with (a leading '-' lets Streamlit colour the delta)."""
        ch = self.change
        if ch is None:
            return None
        if self.unit == "count":
            return _ascii_sign(i18n.fmt_pct(ch, 1, signed=True))
        points = ch * 100 if self.unit == "ratio" else ch
        return (
            _ascii_sign(_signed(i18n.fmt_num(points, 1), points))
            + " "
            + i18n.t("dash.points", lang)
        )


def _signed(text: str, value: float) -> str:
    return ("+" + text) if value > 0 else text


def _ascii_sign(text: str) -> str:
    return text.replace("−", "-")


def _ratio(num: object, den: object) -> float | None:
    if num is None or den is None or _nan(num) or _nan(den) or float(den) == 0:
        return None
    return float(num) / float(den)


def _nan(value: object) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _num(value: object) -> float | None:
    return None if _nan(value) else float(value)  # type: ignore[arg-type]


def _row(df: pd.DataFrame, period: str) -> dict[str, object]:
    rows = df[df["period"] == period]
    return rows.iloc[0].to_dict() if len(rows) else {}


def content_kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """Reach, views, engagements, engagement rate, posts, active accounts."""
    df = store.run(conn, "dashboard/kpi_posts", **f.params())
    cur, prev = _row(df, "cur"), _row(df, "prev")
    has_prev = bool(prev)

    def pair(col: str, default: float | None = 0.0) -> tuple[float | None, float | None]:
        now = _num(cur.get(col)) if cur else None
        before = _num(prev.get(col)) if has_prev else None
        return (now if now is not None else default), (
            before if before is not None or not has_prev else default
        )

    out = []
    for key in ("reach", "views", "engagements"):
        now, before = pair(key)
        out.append(Kpi(key, f"dash.kpi.{key}", f"dash.kpi.{key}.help", now, before))
    er_now = _ratio(cur.get("er_numerator"), cur.get("er_denominator"))
    er_prev = _ratio(prev.get("er_numerator"), prev.get("er_denominator"))
    out.append(Kpi("engagement_rate", "dash.kpi.er", "dash.kpi.er.help", er_now, er_prev, "ratio"))
    for key in ("posts", "active_accounts"):
        now, before = pair(key)
        out.append(Kpi(key, f"dash.kpi.{key}", f"dash.kpi.{key}.help", now, before))
    return out


def net_sentiment(positif: float, negatif: float, labelled: float) -> float | None:
    """(positif − negatif) ÷ labelled × 100, from −100 (all negative) to +100 (all positive)."""
    return None if not labelled else (positif - negatif) / labelled * 100


def feedback_kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """Feedback count, % positive, % negative (of labelled feedback), net sentiment."""
    df = store.run(conn, "dashboard/kpi_feedback", **f.params())
    cur, prev = _row(df, "cur"), _row(df, "prev")

    def get(row: dict[str, object], col: str) -> float:
        return float(row.get(col) or 0)

    def share(row: dict[str, object], col: str) -> float | None:
        return _ratio(get(row, col), get(row, "labelled")) if row else None

    def net(row: dict[str, object]) -> float | None:
        if not row:
            return None
        return net_sentiment(get(row, "positif"), get(row, "negatif"), get(row, "labelled"))

    return [
        Kpi(
            "feedback",
            "dash.kpi.feedback",
            "dash.kpi.feedback.help",
            get(cur, "feedback"),
            get(prev, "feedback") if prev else None,
            better=None,
        ),
        Kpi(
            "positive_share",
            "dash.kpi.positive",
            "dash.kpi.positive.help",
            share(cur, "positif"),
            share(prev, "positif"),
            "ratio",
        ),
        Kpi(
            "negative_share",
            "dash.kpi.negative",
            "dash.kpi.negative.help",
            share(cur, "negatif"),
            share(prev, "negatif"),
            "ratio",
            better="down",
        ),
        Kpi(
            "net_sentiment",
            "dash.kpi.net",
            "dash.kpi.net.help",
            net(cur),
            net(prev),
            "index",
        ),
    ]


# The overview shows the KPIs of these providers, in this order. Other areas (e.g. the IKM card)
# add their own provider function here: (conn, filters) -> list[Kpi]; a provider with no data
# for the period returns [] so the card is absent rather than faked.
def _ikm_kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """The IKM card (issue 4, gema/skm_report.py); [] when the period has no SKM data.
    Imported here, not at the top, because skm_report builds on this module's Kpi."""
    from gema.skm_report import ikm_kpis

    return ikm_kpis(conn, f)


KPI_PROVIDERS: list[Callable[[duckdb.DuckDBPyConnection, Filters], list[Kpi]]] = [
    content_kpis,
    feedback_kpis,
    _ikm_kpis,
]
# The 4–6 numbers the overview shows first and large; the rest follow in a smaller row.
HEADLINE_KPIS = ("reach", "engagements", "feedback", "net_sentiment", "engagement_rate", "ikm")


def kpis(conn: duckdb.DuckDBPyConnection, f: Filters) -> list[Kpi]:
    """Every overview KPI, in display order."""
    return [k for provider in KPI_PROVIDERS for k in provider(conn, f)]


def has_data(conn: duckdb.DuckDBPyConnection) -> dict[str, bool]:
    """Which kinds of data exist at all (for empty states that say what to upload)."""
    df = store.run(conn, "dashboard/data_presence")
    return {str(r.kind): bool(r.present) for r in df.itertuples()}


# --- overview series and rankings ------------------------------------------------------------
def weekly_trend(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """week, reach, posts, feedback (one row per week with data)."""
    return store.run(conn, "dashboard/weekly_trend", **f.params())


def top_campaigns(conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 5) -> pd.DataFrame:
    """campaign, posts, reach, engagements, engagement_rate (engagements ÷ reach)."""
    df = store.run(conn, "dashboard/top_campaigns", **f.params(), limit=limit)
    df["engagement_rate"] = df["engagements"] / df["reach"].where(df["reach"] > 0)
    return df


def top_topics(
    conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 8, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """topic (display label), feedback, feedback_prev, negatif, positif, negative_share."""
    df = store.run(conn, "dashboard/top_topics", **f.params(), limit=limit)
    df["topic"] = pd.Series(topics.labels(df["topic"], lang), index=df.index, dtype="object").where(
        df["topic"].notna(), i18n.t("dash.no_topic", lang)
    )
    df["negative_share"] = df["negatif"] / df["feedback"].where(df["feedback"] > 0)
    return df


# --- "apa yang berubah" ----------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    """One notable rise or fall between the previous period and this one."""

    metric: Literal["complaints", "feedback", "reach"]
    kabkota: str | None
    topic: str | None
    previous: float
    current: float
    score: float
    overall: float | None = None  # the relative change of the same metric in total

    @property
    def rising(self) -> bool:
        return self.current > self.previous

    @property
    def pct(self) -> float | None:
        return (self.current - self.previous) / self.previous if self.previous else None

    def text(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """E.g. 'Keluhan topik banjir di Kab. Lebak naik 64% (120 → 197)'."""
        where = (
            i18n.t("dash.change.in", lang, place=KODE_NAMA.get(self.kabkota, self.kabkota))
            if self.kabkota
            else ""
        )
        subject = i18n.t(
            f"dash.change.{self.metric}" + ("_topic" if self.topic else ""),
            lang,
            topic=self.topic or "",
        )
        verb = i18n.t("dash.change.up" if self.rising else "dash.change.down", lang)
        fmt = (lambda v: i18n.fmt_compact(v, lang)) if self.metric == "reach" else i18n.fmt_int
        pct = self.pct
        how = (
            i18n.fmt_pct(abs(pct), 0) if pct is not None else i18n.t("dash.change.from_zero", lang)
        )
        text = i18n.t(
            "dash.change.sentence",
            lang,
            subject=subject,
            where=where,
            verb=verb,
            how=how,
            before=fmt(self.previous),
            after=fmt(self.current),
        )
        total = self.overall
        if total is not None and abs(total) >= 0.05 and (total > 0) != self.rising:
            # against the general trend: say so, or '+3%' would look like no news
            text += i18n.t(
                "dash.change.against",
                lang,
                noun=i18n.t(f"dash.change.noun.{self.metric}", lang),
                verb=i18n.t("dash.change.up" if total > 0 else "dash.change.down", lang),
                how=i18n.fmt_pct(abs(total), 0),
            )
        return text


MIN_COUNT = 10  # a feedback change needs this many rows in one of the two periods to be news
MIN_REACH_SHARE = 0.02  # a kab/kota's reach change needs this share of all reach to be news
MIN_REACH_PCT = 0.2  # and at least this relative change
COMPLAINT_WEIGHT = 1.25  # a change in complaints outranks the same change in all feedback


def _poisson_score(cur: float, expected: float) -> float:
    """How surprising a count is against what was expected: |cur − expected| ÷ √(cur + expected)
    (≈ a z-score for counts), so that 120 → 197 ranks above 2 → 9 although the latter is a
    larger percentage."""
    return abs(cur - expected) / math.sqrt(cur + expected) if cur + expected > 0 else 0.0


def _overall_ratio(cur: float, prev: float) -> float:
    """The general trend (all of Banten) a cell is compared with; 1 when there is no base."""
    return cur / prev if prev > 0 and cur > 0 else 1.0


def rank_changes(
    feedback: pd.DataFrame, reach: pd.DataFrame, limit: int = 6, min_score: float = 2.0
) -> list[Change]:
    """The largest rises and falls: complaints (negative feedback) and all feedback by
    kab/kota × topic, by kab/kota and by topic, and reach by kab/kota.

    Each cell is measured against the general trend (previous value × the overall ratio of
    that metric), so that when everything falls by 20% the list shows what fell or rose
    *differently*, not every large topic; a cell is listed only when its raw change goes the
    same way as its deviation, so the sentence (raw numbers) never contradicts the ranking.
    Feedback changes rank by the count z-score (complaints × 1,25); reach changes (not counts) by
    the relative deviation, scaled so that ±50% ranks like z = 5 (capped at ±150%). A change
    already listed hides the same-direction change of the same or a coarser cell it explains."""
    found: list[Change] = []
    by_kab = feedback[feedback["level"] == "kabkota"]
    ratios = {
        "complaints": _overall_ratio(
            float(by_kab["cur_neg"].sum()), float(by_kab["prev_neg"].sum())
        ),
        "feedback": _overall_ratio(float(by_kab["cur"].sum()), float(by_kab["prev"].sum())),
    }
    for row in feedback.itertuples(index=False):
        kab = row.kabkota if row.level != "topic" else None
        topic = row.topic if row.level != "kabkota" else None
        for metric, cur, prev in (
            ("complaints", row.cur_neg, row.prev_neg),
            ("feedback", row.cur, row.prev),
        ):
            cur, prev = float(cur), float(prev)
            expected = prev * ratios[metric]
            if max(cur, prev) < MIN_COUNT or (cur - prev) * (cur - expected) <= 0:
                continue
            score = _poisson_score(cur, expected)
            if score >= min_score:
                score *= COMPLAINT_WEIGHT if metric == "complaints" else 1.0
                overall = ratios[metric] - 1
                found.append(Change(metric, kab, topic, prev, cur, score, overall))  # type: ignore[arg-type]
    total_cur = float(reach["cur"].sum()) if len(reach) else 0.0
    total_prev = float(reach["prev"].sum()) if len(reach) else 0.0
    reach_ratio = _overall_ratio(total_cur, total_prev)
    for row in reach.itertuples(index=False):
        cur, prev = float(row.cur), float(row.prev)
        if not prev or (cur + prev) / (total_cur + total_prev) < MIN_REACH_SHARE:
            continue
        deviation = cur / (prev * reach_ratio) - 1
        if abs(deviation) >= MIN_REACH_PCT and (cur - prev) * deviation > 0:
            score = min(abs(deviation), 1.5) * 10
            found.append(Change("reach", row.kabkota, None, prev, cur, score, reach_ratio - 1))
    # equal scores: the finer cell first (it names both place and topic), then a stable order
    found.sort(
        key=lambda c: (
            -c.score,
            (c.kabkota is None) + (c.topic is None),
            c.metric,
            c.kabkota or "",
            c.topic or "",
        )
    )
    chosen: list[Change] = []
    for c in found:
        if any(_explains(k, c) for k in chosen):
            continue
        chosen.append(c)
        if len(chosen) >= limit:
            break
    return chosen


def _explains(kept: Change, other: Change) -> bool:
    """A kept feedback change already tells the story of `other`: same direction, and `other` is
    the same cell or a coarser one (its kab/kota and topic are unset or equal to the kept ones)."""
    if kept.rising != other.rising or "reach" in (kept.metric, other.metric):
        return False
    return other.kabkota in (None, kept.kabkota) and other.topic in (None, kept.topic)


def changes(conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 6) -> list[Change]:
    """The generated "apa yang berubah" list for the current filters."""
    params = f.params()
    return rank_changes(
        store.run(conn, "dashboard/changes_feedback", **params),
        store.run(conn, "dashboard/changes_reach", **params),
        limit=limit,
    )


# --- Jangkauan -------------------------------------------------------------------------------
def _label_series(df: pd.DataFrame, lang: str, none_key: str) -> pd.DataFrame:
    labels = {"other": i18n.t("dash.other", lang), "none": i18n.t(none_key, lang)}
    df["series"] = [
        s if k == "item" else labels[k] for s, k in zip(df["series"], df["kind"], strict=True)
    ]
    return df


def reach_over_time(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    by: Literal["campaign", "platform"] = "campaign",
    top: int = 6,
    lang: str = i18n.DEFAULT_LANG,
    with_none: bool = True,
) -> pd.DataFrame:
    """week, series, reach, engagements: per campaign (largest `top`, rest as 'Lainnya', posts
    without a campaign as 'Tanpa kampanye' unless `with_none` is False) or per platform."""
    if by == "platform":
        df = store.run(conn, "dashboard/reach_by_platform_week", **f.params())
        return df.rename(columns={"platform": "series"})
    df = store.run(conn, "dashboard/reach_by_campaign_week", **f.params(), top=top)
    if not with_none:
        df = df[df["kind"] != "none"].reset_index(drop=True)
    return _label_series(df, lang, "dash.no_campaign").drop(columns="kind")


def campaign_table(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Campaign comparison; cost and cost per engagement are NULL where no cost was reported."""
    return store.run(conn, "dashboard/campaign_table", **f.params())


def creator_leaderboard(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    min_posts: int = DEFAULT_MIN_POSTS,
    limit: int = 50,
    icn_only: bool = False,
) -> pd.DataFrame:
    """Accounts with at least `min_posts` posts, by reach; `eligible`/`all_accounts` columns say
    how many were ranked out of all posting accounts."""
    return store.run(
        conn,
        "dashboard/creators",
        **f.params(),
        min_posts=max(1, int(min_posts)),
        limit=limit,
        icn_only=icn_only,
    )


def platform_mix(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """platform, posts, reach, views, engagements and their shares of the total."""
    return store.run(conn, "dashboard/platform_mix", **f.params())


def content_table(conn: duckdb.DuckDBPyConnection, f: Filters, limit: int = 100) -> pd.DataFrame:
    """The `limit` posts with the largest reach, with links."""
    return store.run(conn, "dashboard/content_table", **f.params(), limit=limit)


# --- Aspirasi --------------------------------------------------------------------------------
def feedback_over_time(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    by: Literal["channel", "topic"] = "channel",
    top: int = 8,
    lang: str = i18n.DEFAULT_LANG,
) -> pd.DataFrame:
    """week, series, feedback: per channel or per topic (largest `top`, rest as 'Lainnya')."""
    if by == "channel":
        df = store.run(conn, "dashboard/feedback_by_channel_week", **f.params())
        return df.rename(columns={"channel": "series"})
    df = store.run(conn, "dashboard/feedback_by_topic_week", **f.params(), top=top)
    df["series"] = topics.labels(df["series"], lang)
    return _label_series(df, lang, "dash.no_topic").drop(columns="kind")


def sentiment_split(conn: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """channel, sentiment (NULL = not labelled), feedback."""
    return store.run(conn, "dashboard/sentiment_by_channel", **f.params())


def kabkota_topic(
    conn: duckdb.DuckDBPyConnection, f: Filters, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """kabkota (kode), kabkota_name, topic (label), feedback, negatif."""
    df = store.run(conn, "dashboard/kabkota_topic", **f.params())
    df["kabkota_name"] = [
        KODE_NAMA.get(k, k) if isinstance(k, str) else i18n.t("common.outside_unknown", lang)
        for k in df["kabkota"]
    ]
    df["topic"] = pd.Series(topics.labels(df["topic"], lang), index=df.index, dtype="object").where(
        df["topic"].notna(), i18n.t("dash.no_topic", lang)
    )
    return df


def followup_summary(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    today: date | None = None,
    sla_days: int | None = None,
) -> pd.DataFrame:
    """status, feedback, overdue, median_age_days (open feedback only). Overdue uses the
    working-day deadlines of gema.followup; `sla_days`, when given, replaces the close deadline."""
    from gema.followup import Deadlines

    deadlines = Deadlines.from_store(conn).params()
    if sla_days is not None:
        deadlines["close_days"] = int(sla_days)
    return store.run(
        conn,
        "dashboard/followup_summary",
        **f.params(),
        today=today or date.today(),
        **deadlines,
    )


def search_feedback(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    q: str = "",
    status: Sequence[str] = (),
    sentiment: Sequence[str] = (),
    overdue_only: bool = False,
    today: date | None = None,
    sla_days: int | None = None,
    limit: int = 500,
    topic: str = "",
) -> pd.DataFrame:
    """Feedback rows matching the filters and the search text (a literal substring, bound as a
    parameter). `sentiment` may contain '-' for 'not labelled'; `topic` narrows to one topic
    (an alert's link). `df.attrs["matches"]` holds the number of matching rows (the frame has
    at most `limit`). Overdue: working-day deadlines (gema.followup); `sla_days`, when given,
    replaces the close deadline."""
    from gema.followup import Deadlines

    deadlines = Deadlines.from_store(conn).params()
    if sla_days is not None:
        deadlines["close_days"] = int(sla_days)
    params = dict(
        f.params(),
        q=(q or "").strip(),
        status=list(status),
        sentiment=list(sentiment),
        overdue_only=overdue_only,
        today=today or date.today(),
        limit=limit,
        topic=topic or "",
        **deadlines,
    )
    df = store.run(conn, "dashboard/feedback_table", **params)
    df.attrs["matches"] = (
        len(df)
        if len(df) < limit
        else int(store.scalar(conn, "dashboard/feedback_table_count", **params))
    )
    return df


def topic_options(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return store.run(conn, "dashboard/topic_options")["topic"].astype(str).tolist()


class CorrectionError(ValueError):
    """A label correction that cannot be applied (unknown row, field or value)."""


def correct_label(
    conn: duckdb.DuckDBPyConnection,
    feedback_key: int,
    field: str,
    value: str,
    user: str,
) -> bool:
    """Staff correction of a sentiment, topic or status label: history row (who, when), the
    feedback row updated and marked 'corrected', an audit event; all in one transaction.
    Returns False when the value is unchanged. The dashboards read labels through
    feedback_effective, so the latest correction wins even if a labeller rewrites the row."""
    if field not in CORRECTABLE:
        raise CorrectionError(f"field {field!r} cannot be corrected")
    value = (value or "").strip()
    if field == "sentiment" and value not in SENTIMENTS:
        raise CorrectionError(f"sentiment must be one of {SENTIMENTS}")
    if field == "status" and value not in CORRECTION_STATUSES:
        raise CorrectionError(
            f"status must be one of {CORRECTION_STATUSES} (ditolak and duplikat need a reason or "
            "a link: gema.followup.transition)"
        )
    if not value:
        raise CorrectionError("empty value")
    current = store.run(conn, "dashboard/feedback_labels", feedback_key=int(feedback_key))
    if current.empty:
        raise CorrectionError(f"no feedback row {feedback_key}")
    old = current.iloc[0][field]
    old = None if _nan(old) else str(old)
    if old == value:
        return False
    with store.transaction(conn):
        store.execute(
            conn,
            "dashboard/correction_insert",
            feedback_key=int(feedback_key),
            field=field,
            old_value=old,
            new_value=value,
            corrected_by=user,
        )
        store.execute(
            conn, f"dashboard/correction_apply_{field}", feedback_key=int(feedback_key), value=value
        )
        if field == "status":  # the follow-up history shows every state change (issue 13)
            store.execute(
                conn, "followup/event_insert", feedback_key=int(feedback_key), from_status=old,
                to_status=value, opd=None, reason=None, duplicate_of=None, user=user,
            )  # fmt: skip
        audit.record(
            conn,
            user,
            "label_correction",
            feedback_key=int(feedback_key),
            field=field,
            old=old,
            new=value,
        )
    return True


def correction_history(conn: duckdb.DuckDBPyConnection, feedback_key: int) -> pd.DataFrame:
    return store.run(conn, "dashboard/corrections_for", feedback_key=int(feedback_key))
