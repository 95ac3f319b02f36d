"""Feedback rows: topic and sentiment mix per channel and season, who wrote it, where, and
its follow-up status."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from gema.demo import text as T
from gema.demo.common import (
    CHANNEL_SHARE,
    SENTIMENTS,
    SOCIAL_CHANNELS,
    _b64,
    _Context,
    _hours,
    _pick,
    _s,
)
from gema.demo.wording import _compose, _vary_survey

_THEME_TOPIC = {
    "Aspirasi Pembangunan Infrastruktur": "jalan_rusak",
    "Percepatan Penurunan Stunting": "kesehatan",
    "Pelayanan Publik dan Adminduk": "adminduk",
    "Pendidikan Gratis dan PPDB": "pendidikan",
    "Penanganan Banjir": "banjir",
    "Ketenagakerjaan dan Investasi": "lapangan_kerja",
    "Pengelolaan Sampah": "sampah",
    "Pariwisata dan UMKM": "pariwisata",
    "Perlindungan Sosial": "bansos",
    "Air Bersih dan Sanitasi": "air_bersih",
}


def _feedback(
    ctx: _Context,
    rng: np.random.Generator,
    posts: pd.DataFrame,
    campaigns: pd.DataFrame,
    sessions: pd.DataFrame,
    skm: pd.DataFrame,
    skm_tone: np.ndarray,
    n_total: int,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    topics = list(T.TOPICS)
    topic_w = np.array([T.TOPICS[t][0] for t in topics], float)
    season = np.array([T.TOPIC_SEASON.get(t, [1.0] * 12) for t in topics])  # topics × months
    mix = np.array([T.TOPICS[t][1] for t in topics])  # topics × sentiments

    # 1) FGD aspirations: rows per session, on the session's day, in its kab/kota.
    per_session = max(3, round(n_total * 0.05 / len(sessions)))
    sizes = np.maximum(2, rng.poisson(per_session, len(sessions)))
    s_ix = np.repeat(np.arange(len(sessions)), sizes)
    n_fgd = len(s_ix)
    fgd_day = np.array([(d - ctx.start).days for d in sessions["held_on"]])[s_ix]
    fgd_topic = np.array(
        [topics.index(_THEME_TOPIC.get(t, "jalan_rusak")) for t in sessions["theme"]]
    )[s_ix]
    other = rng.random(n_fgd) < 0.35
    fgd_topic[other] = rng.choice(len(topics), int(other.sum()), p=topic_w / topic_w.sum())
    fgd = pd.DataFrame(
        {
            "channel": "FGD",
            "day": fgd_day,
            "secs": 9 * 3600 + rng.integers(0, 6 * 3600, n_fgd),
            "kabkota": sessions["kabkota"].to_numpy()[s_ix].astype(object),
            "topic_ix": fgd_topic,
            "fgd_session": sessions["name"].to_numpy()[s_ix],
            "lokasi_hint": sessions["kecamatan"].to_numpy()[s_ix],
            "author_type": rng.choice(
                ["masyarakat", "tokoh_masyarakat", "akademisi", "pelaku_usaha", "lsm"],
                n_fgd,
                p=[0.45, 0.3, 0.1, 0.1, 0.05],
            ),
        }
    )

    # 2) Survey: the SKM respondents' open suggestions.
    has = skm["suggestion"].notna().to_numpy()
    survey = pd.DataFrame(
        {
            "channel": "Survei",
            "day": ((skm["submitted_at"].to_numpy() - ctx.start64) // np.timedelta64(1, "D"))[has],
            "secs": (
                skm["submitted_at"].dt.hour * 3600 + skm["submitted_at"].dt.minute * 60
            ).to_numpy()[has],
            "kabkota": skm["kabkota"].to_numpy()[has].astype(object),
            "text": skm["suggestion"].to_numpy()[has],
            "feedback_id": skm["response_id"].to_numpy()[has],
            "sentiment": skm_tone[has],
            "unit": skm["unit"].to_numpy()[has],
            "author_type": "masyarakat",
        }
    )

    # 3) Social comments on posts, LAPOR! and WhatsApp reports.
    n_rest = max(0, n_total - n_fgd - len(survey))
    ch_names = list(CHANNEL_SHARE)
    ch_w = np.array(list(CHANNEL_SHARE.values()), float)
    channel = np.array(ch_names)[rng.choice(len(ch_names), n_rest, p=ch_w / ch_w.sum())]
    rest = pd.DataFrame({"channel": channel})
    rest["day"] = 0
    rest["secs"] = _hours(rng, n_rest, "other")
    rest["post_id"] = None
    rest["campaign"] = None
    rest["post_kab"] = None
    rest["post_account"] = None
    for ch in SOCIAL_CHANNELS:
        sel = np.flatnonzero(channel == ch)
        pp = posts[posts["platform"] == ch]
        if len(sel) == 0 or len(pp) == 0:
            continue
        w = pp["comments"].to_numpy(float) + 0.2
        pick = rng.choice(len(pp), size=len(sel), p=w / w.sum())
        lag = rng.exponential(0.7, len(sel)) * 86_400  # most comments within a day or two
        t = pp["published_at"].to_numpy()[pick] + lag.astype("timedelta64[s]")
        t = np.minimum(t, ctx.end64 - np.timedelta64(60, "s"))
        rest.loc[sel, "day"] = ((t - ctx.start64) // np.timedelta64(1, "D")).astype(int)
        rest.loc[sel, "secs"] = (
            (t - ctx.start64) % np.timedelta64(1, "D") // np.timedelta64(1, "s")
        ).astype(int)
        rest.loc[sel, "post_id"] = pp["post_id"].to_numpy()[pick]
        rest.loc[sel, "campaign"] = pp["campaign"].to_numpy(object)[pick]
        rest.loc[sel, "post_kab"] = pp["kabkota"].to_numpy(object)[pick]
        rest.loc[sel, "post_account"] = pp["account"].to_numpy()[pick]
    direct = np.isin(channel, ["LAPOR!", "WhatsApp"])
    week = np.array([1.2, 1.15, 1.1, 1.05, 1.0, 0.7, 0.6])[ctx.weekday]
    growth = np.linspace(0.85, 1.15, ctx.days)  # channels get better known during the year
    prof = week * growth
    rest.loc[direct, "day"] = rng.choice(ctx.days, int(direct.sum()), p=prof / prof.sum())

    # Topic: by month (seasons), pulled to the campaign's topic for comments on its posts.
    month = ctx.month[rest["day"].to_numpy()]
    topic_ix = np.empty(n_rest, np.int64)
    for m in range(12):
        sel = month == m
        w = topic_w * season[:, m]
        topic_ix[sel] = rng.choice(len(topics), int(sel.sum()), p=w / w.sum())
    camp_topic = {c["name"]: topics.index(c["topic"]) for c in T.CAMPAIGNS}
    ct = rest["campaign"].map(camp_topic).to_numpy(float)
    pull = ~np.isnan(ct) & (rng.random(n_rest) < 0.6)
    topic_ix[pull] = ct[pull].astype(int)
    rest["topic_ix"] = topic_ix
    rest["author_type"] = rng.choice(
        ["masyarakat", "influencer", "media", "pelaku_usaha", "akademisi", "opd"],
        n_rest,
        p=[0.86, 0.04, 0.03, 0.03, 0.02, 0.02],
    )
    rest.loc[direct, "author_type"] = "masyarakat"

    # Kab/kota: in proportion to population, often the post's target; some unknown.
    kab = ctx.kab(rng, n_rest).astype(object)
    post_kab = rest["post_kab"].to_numpy(object)
    use_post = pd.notna(post_kab) & (rng.random(n_rest) < 0.5)
    kab[use_post] = post_kab[use_post]
    unknown_p = np.select(
        [np.isin(channel, ["X", "YouTube", "TikTok"]), np.isin(channel, ["Instagram", "Facebook"])],
        [0.3, 0.15],
        default=0.04,
    )
    kab[rng.random(n_rest) < unknown_p] = None
    rest["kabkota"] = kab

    # Sentiment: topic mix, shifted by channel (complaint channels more negative, comments on
    # campaign posts more positive).
    probs = mix[topic_ix].copy()
    probs[direct, 0] *= 1.8
    probs[channel == "LAPOR!", 2] *= 0.3  # a complaint channel: praise is rare there
    on_camp = pd.notna(rest["campaign"]).to_numpy()
    probs[on_camp, 2] *= 1.6
    probs /= probs.sum(axis=1, keepdims=True)
    cum = probs.cumsum(axis=1)
    rest["sentiment"] = np.array(SENTIMENTS)[(rng.random(n_rest)[:, None] > cum).sum(axis=1)]
    fgd_probs = mix[fgd["topic_ix"].to_numpy()] * np.array([1.0, 1.8, 0.7])
    fgd_probs /= fgd_probs.sum(axis=1, keepdims=True)
    fgd["sentiment"] = np.array(SENTIMENTS)[
        (rng.random(n_fgd)[:, None] > fgd_probs.cumsum(axis=1)).sum(axis=1)
    ]

    composed = pd.concat([fgd, rest], ignore_index=True)
    composed["text"] = _compose(ctx, rng, composed, topics)
    composed["topic"] = np.array(topics)[composed["topic_ix"].to_numpy()]
    survey["topic"] = "pelayanan_publik"
    survey["text"] = _vary_survey(rng, survey)
    fb = pd.concat([composed, survey], ignore_index=True)
    fb["day"] = fb["day"].clip(0, ctx.days - 1)
    fb["received_at"] = ctx.stamp(fb["day"].to_numpy(), fb["secs"].to_numpy())
    fb = fb.sort_values(["received_at", "channel"], kind="stable").reset_index(drop=True)
    _feedback_meta(ctx, rng, fb)
    truth = fb[["sentiment", "topic"]].rename(
        columns={"sentiment": "intended_sentiment", "topic": "intended_topic"}
    )
    keep = [
        "received_at",
        "channel",
        "kabkota",
        "text",
        "author",
        "author_type",
        "author_location",
        "status",
        "status_updated_at",
        "feedback_id",
        "post_id",
        "fgd_session",
        "extra",
    ]
    return fb[keep], truth


def _feedback_meta(ctx: _Context, rng: np.random.Generator, fb: pd.DataFrame) -> None:
    """Authors, their profile locations (X), source ids and follow-up status."""
    n = len(fb)
    channel = fb["channel"].to_numpy()
    first = _pick(rng, T.FIRST_NAMES, n)
    word = _pick(rng, T.PLACE_WORDS + T.HANDLE_WORDS + [""] * 10, n)
    sep = _pick(rng, ["", "_", ".", ""], n)
    word = np.where(np.strings.str_len(word) > 0, np.strings.add(sep, word), word)
    digits = _s(np.where(rng.random(n) < 0.6, rng.integers(1, 999, n).astype(str), ""))
    handle = np.strings.add(np.strings.add(np.strings.lower(first), word), digits)
    author = np.strings.add("@", handle)
    lapor = channel == "LAPOR!"
    anon = rng.random(n) < 0.4
    full = np.strings.add(np.strings.add(first, " "), _pick(rng, T.LAST_NAMES, n))
    author[lapor] = np.where(anon[lapor], _s(["Anonim"] * int(lapor.sum())), full[lapor])
    wa = channel == "WhatsApp"
    masked = np.strings.add(
        np.strings.add(_pick(rng, ["0812", "0813", "0857", "0878", "0896"], n), "****"),
        _s(rng.integers(1000, 9999, n).astype(str)),
    )
    author[wa] = masked[wa]
    fgd = channel == "FGD"
    role = np.strings.add(
        np.strings.add(_pick(rng, T.FGD_ROLES, n), " "),
        _s(np.where(rng.random(n) < 0.5, "", "(peserta)")),
    )
    author[fgd] = np.strings.strip(role[fgd])
    survey = channel == "Survei"
    fb["author"] = author.astype(object)
    fb.loc[survey, "author"] = None

    # X profile locations: a hint about the author, sometimes wrong or vague.
    kab = fb["kabkota"].to_numpy(object)
    loc_map = {
        "3601": ["Pandeglang", "Labuan, Banten", "Pandeglang, Indonesia"],
        "3602": ["Rangkasbitung", "Lebak, Banten", "Malingping"],
        "3603": ["Tangerang", "Tigaraksa", "Cikupa, Tangerang"],
        "3604": ["Serang", "Anyer", "Kab. Serang"],
        "3671": ["Kota Tangerang", "Tangerang", "Karawaci"],
        "3672": ["Cilegon, Indonesia", "Cilegon", "Merak"],
        "3673": ["Serang, Banten", "Kota Serang", "Serang"],
        "3674": ["Tangerang Selatan", "Tangsel", "BSD City", "Pamulang"],
    }
    loc = _pick(rng, T.AUTHOR_LOCATIONS, n)
    kab_s = np.where(pd.isna(kab), "", kab).astype(str)
    for k, options in loc_map.items():
        sel = (kab_s == k) & (rng.random(n) < 0.65)
        loc[sel] = _pick(rng, options, int(sel.sum()))
    fb["author_location"] = np.where(channel == "X", loc.astype(object), None)
    fb.loc[(channel == "X") & (fb["author_location"] == ""), "author_location"] = None

    # Source ids: tweet ids for X, comment ids for the others, LAPOR! tracking numbers.
    secs = fb["received_at"].to_numpy().astype("datetime64[s]").astype(np.int64)
    idx = np.arange(n, dtype=np.int64)
    ms = secs * 1000 + rng.integers(0, 1000, n)
    ids = np.select(
        [
            channel == "X",
            channel == "Instagram",
            channel == "TikTok",
            channel == "Facebook",
            channel == "YouTube",
            channel == "LAPOR!",
        ],
        [
            (((ms - 1_288_834_974_657) << 22) | ((idx + 0x200000) & 0x3FFFFF)).astype(str),
            (18_000_000_000_000_000 + idx * 991 + rng.integers(0, 991, n)).astype(str),
            ((secs << 32) | ((idx * 2_246_822_519 + 7) & 0xFFFFFFFF)).astype(str),
            np.char.add(
                "c", (1_200_000_000_000_000 + idx * 977 + rng.integers(0, 977, n)).astype(str)
            ),
            np.char.add("Ugx", _b64(idx * 64**4 + rng.integers(0, 64**4, n), 20)),
            (1_000_000 + idx * 37 + rng.integers(0, 37, n)).astype(str),
        ],
        default="",
    ).astype(object)
    ids[(channel == "WhatsApp") | fgd] = None
    fb["feedback_id"] = np.where(survey, fb["feedback_id"], ids)

    # Follow-up status: older items are more often done; some old ones are still open (overdue).
    age = (ctx.end64 - fb["received_at"].to_numpy().astype("datetime64[s]")) / np.timedelta64(
        1, "D"
    )
    p_done = 0.95 * (1 - np.exp(-age / 14))
    u = rng.random(n)
    status = np.where(
        u < p_done,
        "selesai",
        np.where(u < p_done + (1 - p_done) * np.minimum(1, age / 10) * 0.55, "diproses", "baru"),
    )
    # the follow-up states of the tracker (issue 13): work in progress is verified, forwarded
    # to an OPD or being acted on; a few closed items were rejected or were duplicates
    v = np.random.default_rng([n, 13]).random(n)  # own stream: the other columns stay as they were
    busy = status == "diproses"
    status = np.where(
        busy,
        np.select([v < 0.25, v < 0.55], ["diverifikasi", "diteruskan"], "ditindaklanjuti"),
        status,
    )
    done = status == "selesai"
    status = np.where(done & (v < 0.04), "ditolak", status)
    fb["status"] = status
    lag_days = np.clip(
        rng.exponential(np.where(status == "selesai", 9, 3), n), 0, np.maximum(age - 1 / 1440, 0)
    )
    upd = fb["received_at"].to_numpy() + (lag_days * 86_400).astype("timedelta64[s]")
    fb["status_updated_at"] = pd.Series(upd).where(status != "baru")
    extra = np.full(n, None, object)
    unit = fb["unit"].to_numpy(object) if "unit" in fb else np.full(n, None, object)
    extra[survey] = [json.dumps({"unit": u}) for u in unit[survey]]
    fb["extra"] = extra
    fb["post_id"] = fb["post_id"].where(fb["post_id"].notna(), None)
    fb["fgd_session"] = fb["fgd_session"].where(fb["fgd_session"].notna(), None)
