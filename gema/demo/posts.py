"""Posts: weekly rhythm, campaign bursts, heavy-tailed reach per platform, ids and titles."""

from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.dtypes import StringDType

from gema.demo import text as T
from gema.demo.common import _b64, _Context, _hours, _pick

# Per platform: median reach (or views) as a share of followers, spread (lognormal sigma),
# like rate, comments per like, shares per like, saves per like.
_PLATFORM = {
    "Instagram": (0.22, 0.9, 0.045, 0.035, 0.05, 0.08),
    "TikTok": (0.45, 1.35, 0.065, 0.02, 0.09, 0.06),
    "YouTube": (0.07, 1.1, 0.035, 0.06, 0.02, 0.0),
    "X": (0.12, 1.0, 0.012, 0.15, 0.25, 0.0),
    "Facebook": (0.09, 1.0, 0.025, 0.12, 0.15, 0.0),
}


def _day_profile(ctx: _Context, kind: str) -> np.ndarray:
    """Relative posting intensity per day of the year (weekly rhythm)."""
    week = {
        "opd": np.array([1.15, 1.2, 1.2, 1.15, 1.05, 0.55, 0.45]),
        "icn": np.array([0.85, 0.85, 0.9, 0.9, 1.0, 1.3, 1.25]),
        "media": np.array([1.1, 1.1, 1.1, 1.05, 1.0, 0.8, 0.75]),
    }[kind]
    return week[ctx.weekday]


def _campaign_profile(ctx: _Context, rng: np.random.Generator, c: pd.Series) -> np.ndarray:
    """Intensity inside a campaign: a launch burst, one mid-campaign peak, nothing outside."""
    d = np.arange(ctx.days)
    s = (c["start_date"] - ctx.start).days
    e = (c["end_date"] - ctx.start).days
    inside = (d >= s) & (d <= e)
    mid = rng.integers(s, max(s + 1, e))
    prof = 1 + 4 * np.exp(-np.clip(d - s, 0, None) / 10) + 3 * np.exp(-(((d - mid) / 6) ** 2))
    return np.where(inside, prof, 0.0)


def _posts(
    ctx: _Context,
    rng: np.random.Generator,
    campaigns: pd.DataFrame,
    accounts: pd.DataFrame,
    n_posts: int,
) -> pd.DataFrame:
    n_c = len(campaigns)
    camp_prof = np.stack([_campaign_profile(ctx, rng, c) for _, c in campaigns.iterrows()])
    budget_w = campaigns["budget"].to_numpy(float) ** 0.5
    weekly = {k: _day_profile(ctx, k) for k in ("opd", "icn", "media")}

    # Which campaigns each account takes part in, and how often it posts for them.
    opd_of = campaigns["opd"].to_numpy()
    per_account = rng.multinomial(n_posts, accounts["activity"] / accounts["activity"].sum())
    parts = []
    for i, acc in accounts.iterrows():
        n = int(per_account[i])
        if n == 0:
            continue
        kind = acc["account_type"]
        if kind == "opd" and acc["opd"] is None:  # the province's own accounts: every campaign
            member, p_camp = np.ones(n_c, bool), 0.55
        elif kind == "opd":
            member, p_camp = opd_of == acc["opd"], 0.7
        elif kind == "icn":
            member = np.zeros(n_c, bool)
            member[rng.choice(n_c, size=rng.integers(2, 6), replace=False)] = True
            p_camp = 0.8
        else:
            member = np.zeros(n_c, bool)
            member[rng.choice(n_c, size=rng.integers(3, 9), replace=False)] = True
            p_camp = 0.3
        if not member.any():
            p_camp = 0.0
        in_camp = rng.random(n) < p_camp
        camp = np.full(n, -1)
        idx = np.flatnonzero(member)
        if len(idx):
            w = budget_w[idx] * camp_prof[idx].sum(axis=1)
            camp[in_camp] = idx[rng.choice(len(idx), size=int(in_camp.sum()), p=w / w.sum())]
        day = np.empty(n, np.int64)
        for c in np.unique(camp):
            sel = camp == c
            prof = weekly[kind] * (camp_prof[c] if c >= 0 else 1.0)
            day[sel] = rng.choice(ctx.days, size=int(sel.sum()), p=prof / prof.sum())
        parts.append(pd.DataFrame({"acc": i, "campaign_ix": camp, "day": day}))
    p = pd.concat(parts, ignore_index=True)
    n = len(p)
    acc = accounts.loc[p["acc"]].reset_index(drop=True)
    platform = acc["platform"].to_numpy()
    kind = acc["account_type"].to_numpy()

    # Target kab/kota: campaign targets in proportion to population; otherwise the creator's
    # home, a population-weighted draw, or province-wide (NULL).
    kab = ctx.kab(rng, n).astype(object)
    home = acc["kabkota"].to_numpy(object)
    u = rng.random(n)
    use_home = (kind != "opd") & pd.notna(home) & (u < 0.55)
    kab[use_home] = home[use_home]
    province_p = np.where(kind == "opd", 0.45, np.where(kind == "media", 0.2, 0.12))
    kab[rng.random(n) < province_p] = None
    camp_ix = p["campaign_ix"].to_numpy()
    targeted = np.zeros(n, bool)
    for c, targets in enumerate(campaigns["target_kabkota"]):
        sel = np.flatnonzero(camp_ix == c)
        if targets is None or len(sel) == 0:
            continue
        inside = np.isin(ctx.kode, targets)
        w = ctx.pop_p[inside]
        draw = ctx.kode[inside][rng.choice(int(inside.sum()), size=len(sel), p=w / w.sum())]
        # most posts name a target kab/kota; some are province-wide or reach elsewhere
        u = rng.random(len(sel))
        kab[sel] = np.where(u < 0.7, draw, np.where(u < 0.85, kab[sel], None))
        targeted[sel[u < 0.7]] = True
    # Targeted campaigns concentrate posts on a few kab/kota; the freely drawn posts make up for
    # it, so that over the year posts still spread in proportion to population.
    named = pd.notna(kab)
    fixed = named & (targeted | use_home)
    free = named & ~fixed
    total = int(named.sum())
    have = pd.Series(kab[fixed]).value_counts().reindex(ctx.kode, fill_value=0).to_numpy()
    need = np.maximum(ctx.pop_p * total - have, 0.05 * ctx.pop_p * total)
    kab[free] = ctx.kode[rng.choice(len(ctx.kode), size=int(free.sum()), p=need / need.sum())]

    # Reach: followers × platform rate × lognormal noise, with rare viral posts (Pareto tail)
    # and a lift for campaign (often boosted) posts.
    rate, sigma, like_r, com_r, share_r, save_r = (
        np.array([_PLATFORM[x][k] for x in platform]) for k in range(6)
    )
    followers = acc["followers"].to_numpy(float)
    viral = np.where(rng.random(n) < 0.01, 1 + rng.pareto(1.6, n) * 4, 1.0)
    lift = np.where(camp_ix >= 0, 1.25, 1.0)
    base = followers * rate * rng.lognormal(-(sigma**2) / 4, sigma) * viral * lift
    base = np.maximum(np.round(base), 5).astype(np.int64)
    er = np.clip(like_r * rng.lognormal(0, 0.5, n), 0.001, 0.4)
    likes = rng.binomial(base, er)
    comments = rng.binomial(likes, np.clip(com_r * rng.lognormal(0, 0.6, n), 0, 1))
    shares = rng.binomial(likes, np.clip(share_r * rng.lognormal(0, 0.6, n), 0, 1))
    saves = rng.binomial(likes, np.clip(save_r * rng.lognormal(0, 0.5, n), 0, 1))

    na = pd.NA
    is_ig, is_tt, is_yt = platform == "Instagram", platform == "TikTok", platform == "YouTube"
    is_x, is_fb = platform == "X", platform == "Facebook"
    video = is_tt | is_yt | (is_ig & (rng.random(n) < 0.55)) | (is_fb & (rng.random(n) < 0.3))
    # base = reach for Instagram/Facebook, views for TikTok/YouTube, impressions for X.
    reach = np.where(is_tt, rng.binomial(base, rng.uniform(0.65, 0.9, n)), base)
    impressions = np.where(
        is_yt,
        np.round(base / rng.uniform(0.03, 0.11, n)),
        np.where(is_ig | is_fb, np.round(base * rng.uniform(1.1, 1.7, n)), base),
    ).astype(np.int64)
    views = np.where(is_ig | is_fb, np.round(base * rng.uniform(1.2, 2.2, n)), base).astype(
        np.int64
    )
    df = pd.DataFrame(
        {
            "platform": platform,
            "account": acc["handle"].to_numpy(),
            "campaign": np.where(camp_ix >= 0, campaigns["name"].to_numpy()[camp_ix], None),
            "kabkota": kab,
        }
    )
    df["views"] = pd.array(views, dtype="Int64")
    df.loc[~video | is_x, "views"] = na
    df["impressions"] = pd.array(impressions, dtype="Int64")
    df.loc[is_tt, "impressions"] = na
    df["reach"] = pd.array(reach, dtype="Int64")
    df.loc[is_yt | is_x, "reach"] = na  # YouTube Studio and X analytics do not report reach
    df["likes"] = likes
    df["comments"] = comments
    df["shares"] = shares
    df["saves"] = pd.array(saves, dtype="Int64")
    df.loc[~(is_ig | is_tt), "saves"] = na

    # Cost: paid creator content, boosted OPD posts and media advertorials inside campaigns.
    in_c = camp_ix >= 0
    paid_icn = in_c & (kind == "icn") & (rng.random(n) < 0.3)
    paid_opd = in_c & (kind == "opd") & (rng.random(n) < 0.08)
    paid_media = in_c & (kind == "media") & (rng.random(n) < 0.12)
    cost = np.zeros(n)
    cost[paid_icn] = np.clip(
        followers[paid_icn] * rng.uniform(15, 45, paid_icn.sum()), 300_000, 20_000_000
    )
    cost[paid_opd] = rng.uniform(100_000, 2_500_000, paid_opd.sum())
    cost[paid_media] = rng.uniform(1_000_000, 7_500_000, paid_media.sum())
    df["cost"] = pd.array(np.round(cost / 50_000) * 50_000, dtype="Int64")
    df.loc[~(paid_icn | paid_opd | paid_media), "cost"] = na

    secs = _hours(rng, n, "opd")
    secs_other = _hours(rng, n, "other")
    secs = np.where(kind == "opd", secs, secs_other)
    published = ctx.stamp(p["day"].to_numpy(), secs)
    df.insert(3, "published_at", published)
    df = df.sort_values(["published_at", "account"], kind="stable").reset_index(drop=True)
    _post_ids(df, rng)
    _post_titles(ctx, df, rng, campaigns, accounts)
    return df


def _post_ids(df: pd.DataFrame, rng: np.random.Generator) -> None:
    """Platform-like unique ids and urls (ids are strings, 19 digits for X and TikTok)."""
    n = len(df)
    idx = np.arange(n, dtype=np.int64)
    secs = df["published_at"].to_numpy().astype("datetime64[s]").astype(np.int64)
    ms = secs * 1000 + rng.integers(0, 1000, n)
    plat = df["platform"].to_numpy()
    handle = df["account"].to_numpy().astype(str)
    x_id = (((ms - 1_288_834_974_657) << 22) | (idx & 0x3FFFFF)).astype(str)
    tt_id = ((secs << 32) | ((idx * 2_654_435_761) & 0xFFFFFFFF)).astype(str)
    ig_id = (17_900_000_000_000_000 + idx * 997 + rng.integers(0, 997, n)).astype(str)
    fb_page = 100_000_000_000_000 + (pd.util.hash_array(handle) % 10**14).astype(np.int64)
    fb_post = (1_000_000_000_000_000 + idx * 7_919 + rng.integers(0, 7_919, n)).astype(str)
    fb_id = np.char.add(np.char.add(fb_page.astype(str), "_"), fb_post)
    tail = rng.integers(0, 64**7, n, dtype=np.int64)
    code = np.char.add(_b64(idx, 4), _b64(tail, 7))  # 11 characters, unique by idx
    post_id = np.select(
        [plat == "X", plat == "TikTok", plat == "Instagram", plat == "Facebook"],
        [x_id, tt_id, ig_id, fb_id],
        default=code,
    )
    url = np.select(
        [plat == "X", plat == "TikTok", plat == "Instagram", plat == "Facebook"],
        [
            np.char.add(np.char.add(np.char.add("https://x.com/", handle), "/status/"), x_id),
            np.char.add(
                np.char.add(np.char.add("https://www.tiktok.com/@", handle), "/video/"), tt_id
            ),
            np.char.add(np.char.add("https://www.instagram.com/p/", code), "/"),
            np.char.add(
                np.char.add(
                    np.char.add("https://www.facebook.com/", fb_page.astype(str)), "/posts/"
                ),
                fb_post,
            ),
        ],
        default=np.char.add("https://www.youtube.com/watch?v=", code),
    )
    df["post_id"] = post_id.astype(str)
    df["url"] = url.astype(str)


def _post_titles(
    ctx: _Context,
    df: pd.DataFrame,
    rng: np.random.Generator,
    campaigns: pd.DataFrame,
    accounts: pd.DataFrame,
) -> None:
    """Captions in Indonesian: campaign lines with its hashtag, otherwise per account type."""
    n = len(df)
    title = np.empty(n, dtype=StringDType())
    camp = df["campaign"].to_numpy(object)
    info = accounts.set_index(["platform", "handle"])
    key = pd.MultiIndex.from_arrays([df["platform"], df["account"]])
    kind = info.loc[key, "account_type"].to_numpy()
    niche = info.loc[key, "niche"].to_numpy(object)
    for c in T.CAMPAIGNS:
        sel = camp == c["name"]
        title[sel] = np.strings.add(
            _pick(rng, c["captions"], int(sel.sum())),
            _pick(
                rng,
                [f" #{c['tag']}", f" #{c['tag']} #BantenJuara", f" #{c['tag']}", ""],
                int(sel.sum()),
            ),
        )
    free = pd.isna(camp)
    for sel, options in (
        (free & (kind == "opd"), T.OPD_CAPTIONS),
        (free & (kind == "media"), T.MEDIA_CAPTIONS),
    ):
        title[sel] = _pick(rng, options, int(sel.sum()))
    for nic, options in T.ICN_CAPTIONS.items():
        sel = free & (kind == "icn") & (niche == nic)
        title[sel] = _pick(rng, options, int(sel.sum()))
    names = np.array([ctx.nama.get(k, "") if isinstance(k, str) else "" for k in ctx.kode])
    lookup = dict(zip(ctx.kode, names, strict=True))
    wilayah = df["kabkota"].map(lookup).fillna("seluruh Banten").to_numpy(str)
    title = np.strings.replace(title, "{wilayah}", wilayah.astype(StringDType()))
    yt = df["platform"].to_numpy() == "YouTube"
    title[yt] = np.strings.add(_pick(rng, T.YOUTUBE_PREFIX, int(yt.sum())), title[yt])
    df["title"] = title.astype(object)
