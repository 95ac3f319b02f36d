"""The dashboard benchmark's pandas side: each page's main figures computed again with pandas
from DataFrames of the same database, so bench/dashboard_bench.py can print DuckDB ÷ pandas
ratios and check that both compute the same headline numbers."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gema.core import store  # noqa: E402
from gema.core.filters import Filters  # noqa: E402


# --- 3. the same figures with pandas ------------------------------------------------------------
@dataclass
class Frames:
    posts: pd.DataFrame
    feedback: pd.DataFrame
    accounts: pd.DataFrame
    campaigns: pd.DataFrame
    regions: pd.DataFrame
    skm: pd.DataFrame  # one row per answer: response columns + unsur, unsur_name, score
    skm_responses: pd.DataFrame  # one row per respondent (unit, submitted_at)
    skm_users: pd.DataFrame  # service users per unit-period: skm_service_users + recap N
    skm_recaps: pd.DataFrame


def _df(c: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    """A query result as a DataFrame through Arrow: about twice as fast to load as `.df()` at
    10M rows, and nullable integers arrive as float64, which pandas computes on faster than
    its masked Int64 (so, if anything, the baseline is favoured)."""
    res = c.execute(sql).arrow()
    table = res.read_all() if hasattr(res, "read_all") else res
    return table.to_pandas()


def load_frames(db: Path) -> Frames:
    c = duckdb.connect(str(db), read_only=True)
    try:
        return Frames(
            posts=_df(
                c,
                "SELECT platform, account, campaign, published_at, kabkota, title, url, views,"
                " impressions, reach, likes, comments, shares, saves, cost FROM posts",
            ),
            # labels with staff corrections applied, as every feedback query reads them
            feedback=_df(
                c,
                "SELECT feedback_key, received_at, channel, kabkota, topic, sentiment, status,"
                " status_updated_at, author, text FROM feedback_effective",
            ),
            accounts=_df(c, "SELECT * FROM accounts"),
            campaigns=_df(c, "SELECT * FROM campaigns"),
            regions=_df(c, "SELECT kode, nama, population FROM regions"),
            skm=_df(
                c,
                "SELECT r.response_key, trim(r.unit) AS unit, r.kabkota, r.submitted_at,"
                " s.unsur, s.unsur_name, s.score"
                " FROM skm_responses r JOIN skm_scores s USING (response_key)",
            ),
            skm_responses=_df(c, "SELECT unit, submitted_at FROM skm_responses"),
            skm_users=_df(
                c,
                "SELECT unit, kabkota, period_start, period_end, service_users"
                " FROM skm_service_users",
            ),
            skm_recaps=_df(c, "SELECT * FROM skm_recaps"),
        )
    finally:
        c.close()


def _in(df: pd.DataFrame, col: str, lo: datetime, hi: datetime) -> pd.DataFrame:
    ts = df[col]
    return df[(ts >= lo) & (ts < hi)]


def _eng(p: pd.DataFrame) -> pd.Series:
    return p[["likes", "comments", "shares", "saves"]].fillna(0).sum(axis=1)


def _week(ts: pd.Series) -> pd.Series:
    return ts.dt.to_period("W-SUN").dt.start_time


def pd_kpi_posts(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["prev_start"], q["end"])
    p = p.assign(
        period=np.where(p["published_at"] >= q["start"], "cur", "prev"),
        views2=p["impressions"].fillna(p["views"]),
        eng=_eng(p),
        acct=p["platform"] + "\x1f" + p["account"],
    )
    pos = p["reach"] > 0
    p = p.assign(er_num=p["eng"].where(pos), er_den=p["reach"].where(pos))
    return p.groupby("period").agg(
        posts=("platform", "size"),
        reach=("reach", "sum"),
        views=("views2", "sum"),
        engagements=("eng", "sum"),
        er_numerator=("er_num", "sum"),
        er_denominator=("er_den", "sum"),
        active_accounts=("acct", "nunique"),
    )


def pd_kpi_feedback(fr: Frames, q: dict) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["prev_start"], q["end"])
    f = f.assign(period=np.where(f["received_at"] >= q["start"], "cur", "prev"))
    out = f.groupby("period").agg(feedback=("channel", "size"), labelled=("sentiment", "count"))
    split = pd.crosstab(f["period"], f["sentiment"])
    return out.join(split)


def pd_weekly_trend(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    r = p.groupby(_week(p["published_at"])).agg(reach=("reach", "sum"), posts=("reach", "size"))
    fb = f.groupby(_week(f["received_at"])).size().rename("feedback")
    return r.join(fb, how="outer").fillna(0)


def pd_top_campaigns(fr: Frames, q: dict, limit: int = 5) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["campaign"])
    g = (
        p.assign(eng=_eng(p))
        .groupby("campaign")
        .agg(posts=("eng", "size"), reach=("reach", "sum"), engagements=("eng", "sum"))
    )
    return g.sort_values("reach", ascending=False).head(limit)


def pd_top_topics(fr: Frames, q: dict, limit: int = 8) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["prev_start"], q["end"])
    cur = f["received_at"] >= q["start"]
    g = f.assign(
        cur=cur, prev=~cur, neg=cur & (f["sentiment"] == "negatif"),
        pos=cur & (f["sentiment"] == "positif"),
    ).groupby("topic", dropna=False)[["cur", "prev", "neg", "pos"]].sum()  # fmt: skip
    return g[g["cur"] > 0].sort_values("cur", ascending=False).head(limit)


def pd_changes(fr: Frames, q: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    f = _in(fr.feedback, "received_at", q["prev_start"], q["end"]).dropna(
        subset=["kabkota", "topic"]
    )
    cur = f["received_at"] >= q["start"]
    neg = f["sentiment"] == "negatif"
    f = f.assign(cur=cur, prev=~cur, cur_neg=cur & neg, prev_neg=~cur & neg)
    cols = ["cur", "prev", "cur_neg", "prev_neg"]
    levels = pd.concat(
        [f.groupby(["kabkota", "topic"])[cols].sum().reset_index(),
         f.groupby("kabkota")[cols].sum().reset_index(),
         f.groupby("topic")[cols].sum().reset_index()]
    )  # fmt: skip
    p = _in(fr.posts, "published_at", q["prev_start"], q["end"]).dropna(subset=["kabkota"])
    is_cur = p["published_at"] >= q["start"]
    reach = (
        p.assign(cur=p["reach"].where(is_cur, 0), prev=p["reach"].where(~is_cur, 0))
        .groupby("kabkota")[["cur", "prev"]]
        .sum()
    )
    return levels, reach


def pd_map_values(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["kabkota"])
    pg = p.assign(eng=_eng(p), acct=p["platform"] + ":" + p["account"]).groupby("kabkota").agg(
        posts=("eng", "size"), reach=("reach", "sum"), engagements=("eng", "sum"),
        active_accounts=("acct", "nunique"),
    )  # fmt: skip
    f = _in(fr.feedback, "received_at", q["start"], q["end"]).dropna(subset=["kabkota"])
    fg = f.assign(pos=f["sentiment"] == "positif", neg=f["sentiment"] == "negatif").groupby(
        "kabkota"
    ).agg(feedback=("pos", "size"), labelled=("sentiment", "count"), positif=("pos", "sum"),
          negatif=("neg", "sum"))  # fmt: skip
    out = fr.regions.set_index("kode").join(pg).join(fg).fillna(0)
    out["reach_per_1000"] = out["reach"] * 1000 / out["population"]
    out["feedback_per_100k"] = out["feedback"] * 100_000 / out["population"]
    out["net_sentiment"] = 100 * (out["positif"] - out["negatif"]) / out["labelled"]
    return out


def pd_unmapped(fr: Frames, q: dict) -> tuple[int, float, int]:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    p = p[p["kabkota"].isna()]
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return len(p), float(p["reach"].sum()), int(f["kabkota"].isna().sum())


def pd_reach_by_campaign_week(fr: Frames, q: dict, top: int = 6) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    p = p.assign(week=_week(p["published_at"]), eng=_eng(p), reach0=p["reach"].fillna(0))
    ranked = p.groupby("campaign")["reach0"].sum().sort_values(ascending=False)
    keep = set(ranked.index[:top])
    series = (
        p["campaign"]
        .where(p["campaign"].isin(keep), "Lainnya")
        .where(p["campaign"].notna(), "Tanpa kampanye")
    )
    return p.assign(series=series).groupby(["week", "series"])[["reach0", "eng"]].sum()


def pd_campaign_table(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["campaign"])
    eng = _eng(p)
    pos = p["reach"] > 0
    p = p.assign(
        eng=eng, er_num=eng.where(pos), er_den=p["reach"].where(pos),
        eng_cost=eng.where(p["cost"].notna()), acct=p["platform"] + "\x1f" + p["account"],
    )  # fmt: skip
    g = p.groupby("campaign").agg(
        posts=("eng", "size"), accounts=("acct", "nunique"), reach=("reach", "sum"),
        engagements=("eng", "sum"), er_num=("er_num", "sum"), er_den=("er_den", "sum"),
        cost=("cost", "sum"), eng_cost=("eng_cost", "sum"),
    )  # fmt: skip
    g["engagement_rate"] = g["er_num"] / g["er_den"].replace(0, np.nan)
    g["cost_per_engagement"] = g["cost"] / g["eng_cost"].replace(0, np.nan)
    c = fr.campaigns.groupby("name").agg(
        opd=("opd", "first"), start_date=("start_date", "min"), end_date=("end_date", "max"),
        budget=("budget", "max"),
    )  # fmt: skip
    return g.join(c).sort_values("reach", ascending=False)


def pd_creators(fr: Frames, q: dict, min_posts: int = 3, limit: int = 50) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"]).dropna(subset=["account"])
    eng = _eng(p)
    pos = p["reach"] > 0
    p = p.assign(eng=eng, er_num=eng.where(pos), er_den=p["reach"].where(pos))
    g = p.groupby(["platform", "account"]).agg(
        posts=("eng", "size"), reach=("reach", "sum"), engagements=("eng", "sum"),
        er_num=("er_num", "sum"), er_den=("er_den", "sum"),
    )  # fmt: skip
    a = fr.accounts.groupby(["platform", "handle"]).agg(
        display_name=("display_name", "first"), followers=("followers", "max"),
        is_icn=("is_icn", "any"),
    )  # fmt: skip
    a.index = a.index.set_names(["platform", "account"])
    g = g.join(a)
    g["engagement_rate"] = g["er_num"] / g["er_den"].replace(0, np.nan)
    g["eligible"] = int((g["posts"] >= min_posts).sum())
    return g[g["posts"] >= min_posts].sort_values("reach", ascending=False).head(limit)


def pd_platform_mix(fr: Frames, q: dict) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    g = p.assign(eng=_eng(p), v=p["impressions"].fillna(p["views"])).groupby("platform").agg(
        posts=("eng", "size"), reach=("reach", "sum"), views=("v", "sum"),
        engagements=("eng", "sum"),
    )  # fmt: skip
    for col in ("posts", "reach", "engagements"):
        g[f"{col}_share"] = g[col] / g[col].sum()
    return g.sort_values("reach", ascending=False)


def pd_content_table(fr: Frames, q: dict, limit: int = 100) -> pd.DataFrame:
    p = _in(fr.posts, "published_at", q["start"], q["end"])
    top = p.sort_values(["reach", "published_at"], ascending=[False, False], na_position="last")
    top = top.head(limit)
    return top.assign(engagements=_eng(top))


def pd_followup(fr: Frames, q: dict, sla: int = 14) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    today = pd.Timestamp(q["today"])
    age = (today.normalize() - f["received_at"].dt.normalize()).dt.days
    open_ = f["status"] != "selesai"
    return (
        f.assign(overdue=open_ & (age > sla), age=age.where(open_))
        .groupby("status")
        .agg(
            feedback=("overdue", "size"),
            overdue=("overdue", "sum"),
            median_age_days=("age", "median"),
        )
    )


def pd_feedback_by_channel_week(fr: Frames, q: dict) -> pd.Series:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.groupby([_week(f["received_at"]), "channel"]).size()


def pd_sentiment_by_channel(fr: Frames, q: dict) -> pd.Series:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.groupby(["channel", "sentiment"], dropna=False).size()


def pd_kabkota_topic(fr: Frames, q: dict) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.assign(neg=f["sentiment"] == "negatif").groupby(
        ["kabkota", "topic"], dropna=False
    ).agg(feedback=("neg", "size"), negatif=("neg", "sum"))  # fmt: skip


def pd_feedback_table(fr: Frames, q: dict, limit: int = 500) -> pd.DataFrame:
    f = _in(fr.feedback, "received_at", q["start"], q["end"])
    return f.sort_values(["received_at", "feedback_key"], ascending=False).head(limit)


def pd_ikm(fr: Frames, q: dict) -> dict[str, pd.DataFrame]:
    """The IKM page's groupings from respondent answers (NRR per unsur = mean score; IKM = mean
    NRR × 25), for the period and for the whole history (trend)."""

    def base(lo: datetime) -> pd.DataFrame:
        s = _in(fr.skm, "submitted_at", lo, q["end"])
        return s.assign(month=s["submitted_at"].dt.to_period("M").dt.start_time).groupby(
            ["unit", "kabkota", "month", "unsur"], dropna=False
        ).agg(score_sum=("score", "sum"), answers=("score", "size"),
              respondents=("response_key", "nunique")).reset_index()  # fmt: skip

    now, history = base(q["start"]), base(datetime(2000, 1, 1))
    out = {}
    for by, df in (("unit", now), ("kabkota", now), ("unsur", now)):
        keys = [by] if by == "unsur" else [by, "unsur"]
        g = df.groupby(keys, dropna=False)[["score_sum", "answers"]].sum()
        g["nrr"] = g["score_sum"] / g["answers"]
        out[by] = g if by == "unsur" else (g.groupby(level=0)["nrr"].mean() * 25).to_frame("ikm")
    sem = history.assign(sem=history["month"].dt.year.astype(str) + "-S"
                         + np.where(history["month"].dt.month <= 6, "1", "2"))  # fmt: skip
    g = sem.groupby(["sem", "unsur"])[["score_sum", "answers"]].sum()
    out["semester"] = (g["score_sum"] / g["answers"]).groupby(level=0).mean() * 25
    return out


def pd_skm_adequacy(fr: Frames, q: dict) -> pd.DataFrame:
    """kepuasan/adequacy: per unit-period overlapping the filter, N (service users) and the
    respondents inside the period (else the recap's)."""
    rec = fr.skm_recaps
    if "is_total" in rec.columns:
        rec = rec[~rec["is_total"].fillna(False).astype(bool)]
    users = pd.concat([fr.skm_users, rec[rec["service_users"].notna()][fr.skm_users.columns]])
    start = pd.to_datetime(users["period_start"])
    stop = pd.to_datetime(users["period_end"]) + pd.Timedelta(days=1)
    users = users[(start < q["end"]) & (stop > q["start"])]
    if q["kabkota"]:
        users = users[users["kabkota"].isin(q["kabkota"])]
    keys = ["unit", "kabkota", "period_start", "period_end"]
    users = users.groupby(keys, dropna=False, as_index=False)["service_users"].max()
    users["ukey"] = users["unit"].str.strip().str.lower()
    resp = fr.skm_responses.assign(ukey=fr.skm_responses["unit"].str.strip().str.lower())
    m = users.merge(resp[["ukey", "submitted_at"]], on="ukey", how="left")
    inside = (m["submitted_at"] >= pd.to_datetime(m["period_start"])) & (
        m["submitted_at"] < pd.to_datetime(m["period_end"]) + pd.Timedelta(days=1)
    )
    counted = m.assign(inside=inside).groupby(keys, dropna=False)["inside"].sum()
    recap_n = (
        rec.assign(ukey=rec["unit"].str.strip().str.lower())
        .groupby(["ukey", "period_start", "period_end"])["respondents"]
        .max()
    )
    out = users.set_index(keys).join(counted.rename("responses"))
    out = out.reset_index().merge(
        recap_n.rename("recap").reset_index(), on=["ukey", "period_start", "period_end"], how="left"
    )
    out["respondents"] = out["responses"].where(out["responses"] > 0, out["recap"].fillna(0))
    return out.sort_values(["kabkota", "unit", "period_start"])


def pd_unsur_names(fr: Frames, q: dict) -> pd.Series:
    """kepuasan/unsur_names: the most frequent name of each unsur (answers and recaps)."""
    names = pd.concat([fr.skm[["unsur", "unsur_name"]], fr.skm_recaps[["unsur", "unsur_name"]]])
    names = names.dropna(subset=["unsur_name"])
    return names.groupby("unsur")["unsur_name"].agg(lambda v: v.mode().iloc[0])


def pd_skm_count(fr: Frames, q: dict) -> tuple[int, int]:
    """kepuasan/data_count."""
    return len(fr.skm_responses), len(fr.skm_recaps)


PANDAS_PAGES: dict[str, list[tuple[str, Callable[[Frames, dict], Any]]]] = {
    "ringkasan": [
        ("kpi_posts", pd_kpi_posts), ("kpi_feedback", pd_kpi_feedback),
        ("weekly_trend", pd_weekly_trend), ("top_campaigns", pd_top_campaigns),
        ("top_topics", pd_top_topics), ("changes", pd_changes), ("small map", pd_map_values),
        ("ikm card", pd_ikm),
    ],
    "peta": [("map values", pd_map_values), ("unmapped", pd_unmapped)],
    "jangkauan": [
        ("kpi_posts", pd_kpi_posts), ("reach_by_campaign_week", pd_reach_by_campaign_week),
        ("campaign_table", pd_campaign_table), ("creators", pd_creators),
        ("platform_mix", pd_platform_mix), ("content_table", pd_content_table),
    ],
    "aspirasi": [
        ("followup", pd_followup), ("kpi_feedback", pd_kpi_feedback),
        ("by_channel_week", pd_feedback_by_channel_week),
        ("sentiment_by_channel", pd_sentiment_by_channel), ("kabkota_topic", pd_kabkota_topic),
        ("feedback_table", pd_feedback_table),
    ],
    "kepuasan": [
        ("data count", pd_skm_count), ("ikm", pd_ikm), ("unsur names", pd_unsur_names),
        ("adequacy", pd_skm_adequacy),
    ],
}  # fmt: skip


def time_pandas(fr: Frames, q: dict, runs: int) -> dict[str, float]:
    out = {}
    for page, steps in PANDAS_PAGES.items():
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            for _label, fn in steps:
                fn(fr, q)
            samples.append(time.perf_counter() - t0)
        out[page] = statistics.median(samples) * 1000
    return out


def _cur(df: pd.DataFrame, col: str) -> float:
    return float(df.loc["cur", col]) if col in df.columns else 0.0


def _periods(df: pd.DataFrame) -> pd.DataFrame:
    """KPI rows by period; a period without rows counts as zeros (the queries return no row)."""
    if "period" in df.columns:
        df = df.set_index("period")
    return df.reindex(["cur", "prev"]).fillna(0)


def cross_check(db: Path, fr: Frames, q: dict, f: Filters) -> list[str]:
    """Headline figures from DuckDB (the pages' own gema functions) and from pandas must agree,
    or the ratio compares different work."""
    from gema.jangkauan import data as jangkauan_data
    from gema.peta import data as mapmetrics

    c = duckdb.connect(str(db), read_only=True)
    problems = []
    try:
        kp = _periods(store.run(c, "jangkauan/kpi_posts", **f.params()))
        pk = _periods(pd_kpi_posts(fr, q))
        for col in ("posts", "reach", "engagements", "active_accounts"):
            if float(_cur(kp, col)) != float(_cur(pk, col)):
                problems.append(f"kpi_posts.{col}: {kp.loc['cur', col]} vs {pk.loc['cur', col]}")
        kf = _periods(store.run(c, "aspirasi/kpi_feedback", **f.params()))
        pf = _periods(pd_kpi_feedback(fr, q))
        for col in ("feedback", "labelled", "negatif"):
            if int(_cur(kf, col)) != int(_cur(pf, col)):
                problems.append(f"kpi_feedback.{col}: {kf.loc['cur', col]} vs {pf.loc['cur', col]}")
        camp = jangkauan_data.campaign_table(c, f)
        pc = pd_campaign_table(fr, q)
        if int(camp["reach"].sum()) != int(pc["reach"].sum()):
            problems.append("campaign_table.reach")
        mv = mapmetrics.all_values(c, **f.params()).set_index("kode")
        pm = pd_map_values(fr, q)
        for col in ("reach", "feedback"):
            if int(mv[col].sum()) != int(pm[col].sum()):
                problems.append(f"map.{col}: {mv[col].sum()} vs {pm[col].sum()}")
    finally:
        c.close()
    return problems
