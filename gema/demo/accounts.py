"""Campaigns and accounts: OPD, media and ICN creator accounts with heavy-tailed followers."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from gema.demo import text as T
from gema.demo.common import PLATFORMS, _Context


def _campaigns(ctx: _Context) -> pd.DataFrame:
    rows = []
    for c in T.CAMPAIGNS:
        s = ctx.start + timedelta(days=c["start"])
        e = min(s + timedelta(days=c["days"] - 1), ctx.end)
        rows.append(
            {
                "name": c["name"],
                "theme": c["theme"],
                "opd": c["opd"],
                "start_date": s,
                "end_date": e,
                "target_kabkota": c["target"],
                "budget": c["budget"],
                "hashtag": "#" + c["tag"],
            }
        )
    df = pd.DataFrame(rows)
    df["start_date"] = pd.to_datetime(df["start_date"]).dt.date
    df["end_date"] = pd.to_datetime(df["end_date"]).dt.date
    return df


# handle, display name, platforms, OPD, relative posting activity, median followers
_OPD_ACCOUNTS = [
    ("bantenprov", "Pemerintah Provinsi Banten", PLATFORMS, None, 3.0, 260_000),
    ("humasbantenprov", "Humas Pemprov Banten", ("Instagram", "X", "TikTok"), None, 2.2, 90_000),
    ("biroadpim.banten", "Biro Adpim Banten", ("Instagram", "YouTube"), "Biro Adpim", 1.5, 40_000),
    (
        "dinkes.banten",
        "Dinas Kesehatan Banten",
        ("Instagram", "Facebook", "TikTok"),
        "Dinas Kesehatan",
        1.2,
        45_000,
    ),
    ("pupr.banten", "Dinas PUPR Banten", ("Instagram", "X"), "Dinas PUPR", 1.0, 30_000),
    (
        "dindikbud.banten",
        "Dindikbud Banten",
        ("Instagram", "TikTok", "Facebook"),
        "Dinas Pendidikan dan Kebudayaan",
        1.1,
        70_000,
    ),
    (
        "diskominfo.banten",
        "Diskominfo Banten",
        ("Instagram", "X", "YouTube"),
        "Diskominfo",
        1.3,
        35_000,
    ),
    (
        "bapenda.banten",
        "Bapenda Banten",
        ("Instagram", "TikTok", "Facebook"),
        "Bapenda",
        1.0,
        55_000,
    ),
    ("bpbd.banten", "BPBD Banten", ("Instagram", "X"), "BPBD", 0.9, 25_000),
    (
        "visitbanten",
        "Dinas Pariwisata Banten",
        ("Instagram", "TikTok", "YouTube"),
        "Dinas Pariwisata",
        1.0,
        65_000,
    ),
    ("dinsos.banten", "Dinas Sosial Banten", ("Instagram",), "Dinas Sosial", 0.6, 15_000),
    ("dlhk.banten", "DLHK Banten", ("Instagram",), "DLHK", 0.5, 12_000),
    (
        "disnakertrans.banten",
        "Disnakertrans Banten",
        ("Instagram", "Facebook"),
        "Disnakertrans",
        0.7,
        40_000,
    ),
    (
        "dkp.banten",
        "Dinas Ketahanan Pangan Banten",
        ("Instagram",),
        "Dinas Ketahanan Pangan",
        0.5,
        9_000,
    ),
    ("dishub.banten", "Dishub Banten", ("Instagram", "X"), "Dinas Perhubungan", 0.8, 20_000),
    ("dpmptsp.banten", "DPMPTSP Banten", ("Instagram",), "DPMPTSP", 0.6, 11_000),
    ("kesbangpol.banten", "Kesbangpol Banten", ("Instagram",), "Badan Kesbangpol", 0.4, 6_000),
    (
        "dinkopukm.banten",
        "Dinkop UKM Banten",
        ("Instagram", "TikTok"),
        "Dinas Koperasi dan UKM",
        0.7,
        18_000,
    ),
    ("perkim.banten", "Dinas Perkim Banten", ("Instagram",), "Dinas Perkim", 0.4, 7_000),
]
_MEDIA_ACCOUNTS = [
    ("kabarserang.id", "3673"),
    ("infobanten24", None),
    ("tangselupdate", "3674"),
    ("seputarlebak", "3602"),
    ("cilegonhariini", "3672"),
    ("banten.terkini", None),
    ("pandeglanginfo", "3601"),
    ("rangkasnews", "3602"),
    ("warta.tangerang", "3671"),
    ("portalbanten", None),
    ("serangraya.news", "3604"),
    ("tigaraksatoday", "3603"),
    ("bantenpos.tv", None),
    ("anyerinfo", "3604"),
    ("tangerangkita", "3671"),
]


def _handle_for(platform: str, handle: str) -> str:
    """X handles cannot contain dots."""
    return handle.replace(".", "_") if platform == "X" else handle


def _accounts(ctx: _Context, rng: np.random.Generator) -> pd.DataFrame:
    rows: list[dict] = []
    for handle, name, platforms, opd, activity, median in _OPD_ACCOUNTS:
        for p in platforms:
            factor = {"Instagram": 1.0, "TikTok": 0.6, "YouTube": 0.15, "X": 0.5, "Facebook": 0.8}[
                p
            ]
            rows.append(
                {
                    "platform": p,
                    "handle": _handle_for(p, handle),
                    "display_name": name,
                    "account_type": "opd",
                    "followers": median * factor * rng.lognormal(0, 0.3),
                    "kabkota": None,
                    "is_icn": False,
                    "opd": opd,
                    "activity": activity * (1.0 if p in ("Instagram", "X") else 0.6),
                    "niche": None,
                }
            )
    for handle, kab in _MEDIA_ACCOUNTS:
        p = PLATFORMS[rng.choice(5, p=[0.45, 0.15, 0.1, 0.1, 0.2])]
        rows.append(
            {
                "platform": p,
                "handle": _handle_for(p, handle),
                "display_name": handle,
                "account_type": "media",
                "followers": 40_000 * rng.lognormal(0, 0.8),
                "kabkota": kab,
                "is_icn": False,
                "opd": None,
                "activity": 1.6 * rng.lognormal(0, 0.3),
                "niche": None,
            }
        )
    # ICN Banten creators: ~82 people, ~20 % also active on a second platform.
    n_people = 82
    first = rng.choice(T.FIRST_NAMES, n_people)
    last = rng.choice(T.LAST_NAMES, n_people)
    homes = ctx.kab(rng, n_people)
    niches = rng.choice(T.ICN_NICHES, n_people)
    style = rng.integers(0, 4, n_people)
    word = rng.choice(T.HANDLE_WORDS, n_people)
    place = [rng.choice(T.HOME_WORDS[h]) for h in homes]
    digits = rng.integers(10, 99, n_people)
    median_f = rng.lognormal(np.log(14_000), 1.1, n_people)
    used: set[str] = set()
    for i in range(n_people):
        f, w, pl = first[i].lower(), word[i], place[i]
        base = [f"{f}.{w}", f"{f}_{pl}", f"{w}{pl}.{f}", f"{f}{last[i].lower()[:4]}{digits[i]}"][
            style[i]
        ]
        if base in used:  # two creators with the same first name and words
            base = f"{base}{i}"
        used.add(base)
        primary = PLATFORMS[rng.choice(5, p=[0.4, 0.35, 0.12, 0.05, 0.08])]
        platforms = [primary]
        if rng.random() < 0.22:
            platforms.append(rng.choice([p for p in PLATFORMS if p != primary]))
        for j, p in enumerate(platforms):
            rows.append(
                {
                    "platform": p,
                    "handle": _handle_for(p, base),
                    "display_name": f"{first[i]} {last[i]}",
                    "account_type": "icn",
                    "followers": median_f[i] * (1 if j == 0 else rng.uniform(0.1, 0.6)),
                    "kabkota": homes[i],
                    "is_icn": True,
                    "opd": None,
                    "activity": rng.lognormal(0, 0.5) * (0.45 if j == 0 else 0.2),
                    "niche": niches[i],
                }
            )
    df = pd.DataFrame(rows)
    df["followers"] = np.maximum(df["followers"].round(), 200).astype("int64")
    df = df.drop_duplicates(["platform", "handle"]).reset_index(drop=True)
    return df
