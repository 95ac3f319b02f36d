"""Demo data: a seeded, deterministic year of Banten public communication.

Why: every page must be demonstrable (and testable) before staff upload real exports, and the
figures must look like the province's, not like uniform noise: heavy-tailed reach, campaign
bursts, weekly rhythm, rainy-season floods, PPDB in June-July, complaints that read like real
Indonesian comments, IKM mostly in band B.

`load_demo(conn)` generates everything with numpy (no Python loop per row; loops run over
accounts, campaigns, months or templates only) and loads it in ONE transaction through named
queries in queries/demo/ that read registered DataFrames. Each table's rows carry the batch id of
an `import_batches` row with `is_demo = true`, so pages can say "Data contoh" and the whole demo
can be undone like any upload. The generator is pure (`generate`), so tests can check it without
a database, and the same (seed, end, scale) always gives the same data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from numpy.dtypes import StringDType

from gema import demo_text as T
from gema.core import i18n, store

DEFAULT_SEED = 2024
TARGETS = {"posts": 50_000, "feedback": 30_000, "skm": 5_000}
PLATFORMS = ("Instagram", "TikTok", "YouTube", "X", "Facebook")
SOCIAL_CHANNELS = ("Instagram", "Facebook", "X", "TikTok", "YouTube")
# Share of feedback (outside FGD and survey) per channel.
CHANNEL_SHARE = {
    "Instagram": 30,
    "Facebook": 17,
    "X": 14,
    "TikTok": 14,
    "YouTube": 5,
    "LAPOR!": 11,
    "WhatsApp": 9,
}
SENTIMENTS = ("negatif", "netral", "positif")
UNSUR = [
    ("U1", "Persyaratan"),
    ("U2", "Sistem, mekanisme, dan prosedur"),
    ("U3", "Waktu penyelesaian"),
    ("U4", "Biaya/tarif"),
    ("U5", "Produk spesifikasi jenis pelayanan"),
    ("U6", "Kompetensi pelaksana"),
    ("U7", "Perilaku pelaksana"),
    ("U8", "Penanganan pengaduan, saran dan masukan"),
    ("U9", "Sarana dan prasarana"),
]
# Mean-score offset per unsur: free services score high on cost, waiting time and complaint
# handling are the usual weak spots in published SKM recaps.
UNSUR_OFFSET = np.array([0.05, -0.02, -0.12, 0.38, 0.02, 0.06, 0.10, -0.10, -0.06])
# Unit layanan (provincial), its kab/kota, relative volume of respondents, quality offset and
# its own weak unsur (waiting time at busy Samsat offices, facilities at a rural hospital...).
SKM_UNITS = [
    ("DPMPTSP Provinsi Banten", "3673", 1.0, 0.55, "U2"),
    ("RSUD Banten", "3673", 1.3, 0.00, "U3"),
    ("RSUD Malingping", "3602", 0.5, -0.36, "U9"),
    ("Samsat Kota Serang", "3673", 0.9, 0.10, "U9"),
    ("Samsat Cikokol", "3671", 3.2, 0.05, "U3"),
    ("Samsat Ciputat", "3674", 3.0, 0.18, "U8"),
    ("Samsat Cilegon", "3672", 0.7, 0.12, "U3"),
    ("Samsat Pandeglang", "3601", 0.5, -0.05, "U9"),
    ("Samsat Rangkasbitung", "3602", 0.5, -0.12, "U8"),
    ("Samsat Balaraja", "3603", 0.8, -0.42, "U3"),
    ("Samsat Ciruas", "3604", 0.6, 0.56, "U1"),
]
# Units whose service users are few (a permit office): N is set so that their sample is
# adequate. Large units (Samsat, RSUD) have tens of thousands of users per semester; only those
# with many respondents (Cikokol, Ciputat at full scale) reach the Krejcie-Morgan size.
SMALL_N_UNITS = {"DPMPTSP Provinsi Banten"}
EDUCATION = ["SD", "SMP", "SMA/SMK", "D1-D3", "D4/S1", "S2", "S3"]
EDUCATION_P = [0.08, 0.12, 0.42, 0.11, 0.22, 0.045, 0.005]
OCCUPATION = [
    "PNS",
    "TNI/Polri",
    "Pegawai swasta",
    "Wiraswasta",
    "Pelajar/Mahasiswa",
    "Ibu rumah tangga",
    "Petani/Nelayan",
    "Buruh",
    "Lainnya",
]
OCCUPATION_P = [0.08, 0.03, 0.27, 0.2, 0.09, 0.14, 0.05, 0.09, 0.05]
# Krejcie-Morgan constants (chi-square 3.841 for 1 df at 95 %, P = 0.5, d = 0.05), used here
# only to decide which units get an adequate sample in the demo.
_KM_A = 3.841 * 0.25
_KM_D2 = 0.05**2


class DemoRefused(RuntimeError):
    """The store already holds real uploads: demo rows would mix with real figures."""


@dataclass(frozen=True)
class Demo:
    """The generated tables, ready to load (no database ids yet)."""

    campaigns: pd.DataFrame
    accounts: pd.DataFrame
    posts: pd.DataFrame
    fgd_sessions: pd.DataFrame
    feedback: pd.DataFrame
    skm_responses: pd.DataFrame
    skm_scores: pd.DataFrame
    skm_service_users: pd.DataFrame
    truth: pd.DataFrame  # intended sentiment/topic per feedback row; never stored in the DB


# --- public entry points --------------------------------------------------------------------


def load_demo(
    conn: duckdb.DuckDBPyConnection,
    *,
    seed: int = DEFAULT_SEED,
    end: date | None = None,
    scale: float = 1.0,
    label: bool = True,
    force: bool = False,
) -> str:
    """Load the demo year ending at `end` (default today) into the store, once.

    Returns a short Indonesian summary. If a demo batch is already loaded nothing is added.
    A store that already holds real uploads is refused (DemoRefused) unless `force`.
    With `label`, feedback gets computed sentiment/topic labels from gema.sentiment (after the
    load commits, so a repeat call retries labelling without loading again).
    """
    existing = store.run(conn, "demo/loaded_batches")
    if len(existing):
        labelled = _label_sentiment(conn, existing) if label else ""
        return (
            f"Data contoh sudah dimuat sejak {i18n.fmt_datetime(existing['imported_at'].min())} "
            f"({len(existing)} batch); tidak ada yang ditambahkan. {labelled}"
        ).strip()
    real = store.scalar(conn, "demo/real_batches")
    if real and not force:
        raise DemoRefused(
            f"Basis data ini sudah berisi {i18n.fmt_int(real)} unggahan data sebenarnya; data "
            "contoh tidak dimuat agar angka tidak tercampur. Pakai basis data terpisah "
            "(GEMA_DB) untuk demo."
        )
    end = end or date.today()
    t0 = perf_counter()
    regions = store.run(conn, "reference/regions")
    demo = generate(regions, seed=seed, end=end, scale=scale)
    demo = replace(demo, feedback=pd.concat([demo.feedback, flood_surge(end)], ignore_index=True))
    counts = _insert(conn, demo, seed=seed, end=end, scale=scale)
    seconds = perf_counter() - t0
    labelled = _label_sentiment(conn, store.run(conn, "demo/loaded_batches")) if label else ""
    _demo_agenda(conn, demo, end)
    if label:  # the early warning reads the labels: compute it once they are there
        from gema import alerts

        alerts.refresh(conn, "demo")
    start = end - timedelta(days=364)
    summary = (
        f"Data contoh dimuat ({i18n.fmt_period(start, end)}, seed {seed}): "
        f"{i18n.fmt_int(counts['campaigns'])} kampanye, {i18n.fmt_int(counts['accounts'])} akun, "
        f"{i18n.fmt_int(counts['posts'])} unggahan, {i18n.fmt_int(counts['feedback'])} aspirasi "
        f"({i18n.fmt_int(counts['fgd_sessions'])} sesi FGD), "
        f"{i18n.fmt_int(counts['skm'])} responden SKM; {i18n.fmt_num(seconds)} detik."
    )
    return f"{summary} {labelled}".strip()


_SURGE_TEXTS = (
    "Banjir lagi di {place}, rumah warga terendam sampai sepinggang, mohon bantuan segera",
    "Air sungai meluap, rumah kami terendam sejak subuh. Tolong kirim perahu karet ke {place}",
    "banjir parah di {place}, jalan desa putus, anak anak tidak bisa sekolah",
    "Rumah terendam banjir, warga mengungsi ke masjid. Belum ada bantuan logistik sama sekali",
    "Mohon BPBD turun ke {place}, banjir setinggi 1 meter, lansia belum dievakuasi",
    "banjir bandang di {place}, sawah dan rumah terendam, kami butuh air bersih dan makanan",
    "Tanggul jebol, banjir masuk rumah warga. Kenapa normalisasi sungai tidak pernah selesai?",
    "Posko pengungsian banjir di {place} kekurangan selimut dan obat obatan",
    "Terima kasih relawan yang sudah bantu evakuasi korban banjir di {place}",
    "Info: banjir di {place} mulai surut di beberapa titik, tapi rumah masih terendam lumpur",
)


def _demo_agenda(conn: duckdb.DuckDBPyConnection, demo: Demo, end: date) -> None:
    """A leadership agenda for the demo year (issue 13): the FGD sessions, the launch of each
    campaign, and the Governor's visit to the flood of the last day (see flood_surge)."""
    from gema import agenda

    rows = [(s.held_on, s.name, s.kabkota, "fgd") for s in demo.fgd_sessions.itertuples()]
    for c in demo.campaigns.itertuples():
        if isinstance(c.start_date, date):
            target = c.target_kabkota if isinstance(c.target_kabkota, list) else []
            kab = target[0] if len(target) == 1 else None
            rows.append((c.start_date, f"Peluncuran kampanye {c.name}", kab, "peluncuran"))
    rows.append((end, "Gubernur meninjau banjir di Kab. Lebak", "3602", "bencana"))
    for day, title, kab, kind in rows:
        if day <= end:
            agenda.add_event(conn, day, title, kind, "demo", kab)


def flood_surge(end: date, kabkota: str = "3602", n: int = 46) -> pd.DataFrame:
    """A realistic surge on the last demo day: a flood in Kab. Lebak, reported through LAPOR!,
    WhatsApp and social media within a few hours, mostly negative. It makes the early warning
    (gema.alerts) show something to a leader opening Ringkasan on the demo data. Its own random
    stream, so every other demo row stays as it was."""
    rng = np.random.default_rng([end.toordinal(), 1302])
    places = [
        "Kec. Cipanas",
        "Kec. Rangkasbitung",
        "Kec. Sajira",
        "Kec. Cimarga",
        "Kec. Leuwidamar",
    ]
    channel = rng.choice(["LAPOR!", "WhatsApp", "X", "Instagram"], n, p=[0.4, 0.3, 0.15, 0.15])
    text = [
        _SURGE_TEXTS[i % len(_SURGE_TEXTS)].format(place=places[int(rng.integers(len(places)))])
        for i in range(n)
    ]
    start = pd.Timestamp(end) + pd.Timedelta(hours=5)
    received = start + pd.to_timedelta(np.sort(rng.integers(0, 6 * 3600, n)), unit="s")
    ids = [
        f"DEMO-BANJIR-{end:%Y%m%d}-{i:03d}" if c == "LAPOR!" else None
        for i, c in enumerate(channel)
    ]
    return pd.DataFrame(
        {
            "received_at": received,
            "channel": channel,
            "kabkota": kabkota,
            "text": text,
            "author": None,
            "author_type": "masyarakat",
            "author_location": None,
            "status": "baru",
            "status_updated_at": pd.NaT,
            "feedback_id": ids,
            "post_id": None,
            "fgd_session": None,
            "extra": None,
        }
    )


def feedback_sample(n: int = 500, *, seed: int = 7, end: date | None = None) -> pd.DataFrame:
    """A labelled sample of generated feedback texts (text, channel, intended sentiment and
    topic) for checking a sentiment method against. It is template ground truth, so it should
    be one evaluation set among others, never the only one."""
    regions = pd.read_csv(store.REGIONS_CSV, dtype={"kode": str})
    demo = generate(regions, seed=seed, end=end or date(2025, 6, 30), scale=max(n / 25_000, 0.01))
    both = demo.feedback[["text", "channel"]].join(demo.truth)
    return both.sample(n=min(n, len(both)), random_state=seed).reset_index(drop=True)


def generate(regions: pd.DataFrame, *, seed: int, end: date, scale: float) -> Demo:
    """All demo tables for the 365 days ending at `end`. Pure and deterministic."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    ss = np.random.SeedSequence([seed, end.toordinal()])
    rngs = [np.random.default_rng(s) for s in ss.spawn(6)]
    ctx = _Context(regions, end)
    campaigns = _campaigns(ctx)
    accounts = _accounts(ctx, rngs[0])
    posts = _posts(ctx, rngs[1], campaigns, accounts, round(TARGETS["posts"] * scale))
    skm_resp, skm_scores, skm_users, skm_tone = _skm(ctx, rngs[2], round(TARGETS["skm"] * scale))
    sessions = _fgd_sessions(ctx, rngs[3])
    feedback, truth = _feedback(
        ctx,
        rngs[4],
        posts,
        campaigns,
        sessions,
        skm_resp,
        skm_tone,
        round(TARGETS["feedback"] * scale),
    )
    return Demo(
        campaigns, accounts, posts, sessions, feedback, skm_resp, skm_scores, skm_users, truth
    )


# --- context and small helpers --------------------------------------------------------------


class _Context:
    """The demo year and the population weights shared by every table."""

    def __init__(self, regions: pd.DataFrame, end: date) -> None:
        self.end = end
        self.start = end - timedelta(days=364)
        self.days = 365
        self.kode = np.array(regions["kode"].astype(str).tolist())
        self.nama = dict(zip(self.kode, regions["nama"].astype(str), strict=True))
        pop = regions["population"].astype(float).to_numpy()
        self.pop_p = pop / pop.sum()
        day_dates = pd.date_range(self.start, end, freq="D")
        self.weekday = day_dates.day_of_week.to_numpy()
        self.month = day_dates.month.to_numpy() - 1
        self.start64 = np.datetime64(self.start, "s")
        self.end64 = np.datetime64(end + timedelta(days=1), "s")

    def kab(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """n kab/kota codes drawn in proportion to population."""
        return self.kode[rng.choice(len(self.kode), size=n, p=self.pop_p)]

    def stamp(self, day: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """Timestamps from day offsets in the year and seconds in the day."""
        return self.start64 + (day.astype(np.int64) * 86_400 + seconds.astype(np.int64)).astype(
            "timedelta64[s]"
        )


def _pick(rng: np.random.Generator, options: list[str], n: int) -> np.ndarray:
    return np.array(options, dtype=StringDType())[rng.integers(0, len(options), n)]


def _s(a: np.ndarray | list) -> np.ndarray:
    return np.asarray(a, dtype=StringDType())


_B64 = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", np.uint8)


def _b64(values: np.ndarray, width: int) -> np.ndarray:
    """Fixed-width base64url strings of non-negative integers (vectorised)."""
    v = values.astype(np.uint64)
    out = np.empty((len(v), width), np.uint8)
    for i in range(width - 1, -1, -1):
        out[:, i] = _B64[(v % 64).astype(np.intp)]
        v //= 64
    return out.view(f"S{width}").ravel().astype(str)


def _hours(rng: np.random.Generator, n: int, kind: str) -> np.ndarray:
    """Seconds into the day: office hours for OPD, evening peaks for creators and the public."""
    if kind == "opd":
        p = np.array([0, 0, 0, 0, 0, 1, 2, 5, 9, 10, 9, 7, 6, 7, 8, 7, 5, 4, 4, 5, 4, 3, 1, 0.5])
    else:
        p = np.array(
            [1, 0.5, 0.3, 0.2, 0.3, 1, 2, 4, 5, 5, 5, 6, 7, 6, 5, 5, 6, 7, 8, 10, 11, 10, 7, 3]
        )
    hour = rng.choice(24, size=n, p=p / p.sum())
    return hour * 3600 + rng.integers(0, 3600, n)


# --- campaigns and accounts -----------------------------------------------------------------


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


# --- posts ----------------------------------------------------------------------------------

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


# --- SKM ------------------------------------------------------------------------------------


def _skm(
    ctx: _Context, rng: np.random.Generator, n: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, np.ndarray]:
    """Respondents, their nine scores, service users per unit and semester, and each
    respondent's overall mood (for the tone of the open suggestion)."""
    units = [u[0] for u in SKM_UNITS]
    unit_kab = np.array([u[1] for u in SKM_UNITS])
    vol = np.array([u[2] for u in SKM_UNITS])
    quality = np.array([u[3] for u in SKM_UNITS])
    codes = [code for code, _ in UNSUR]
    weak = np.zeros((len(SKM_UNITS), len(UNSUR)))
    weak[np.arange(len(SKM_UNITS)), [codes.index(u[4]) for u in SKM_UNITS]] = -0.3
    ui = rng.choice(len(units), size=n, p=vol / vol.sum())
    week = np.array([1.1, 1.1, 1.05, 1.0, 0.9, 0.35, 0.05])[ctx.weekday]
    day = rng.choice(ctx.days, size=n, p=week / week.sum())
    secs = (8 * 3600 + rng.integers(0, 7 * 3600, n)).astype(np.int64)
    submitted = ctx.stamp(day, secs)
    # A slow improvement over the year for weaker units (a service-improvement story).
    trend = np.where(quality[ui] < 0, 0.18 * day / ctx.days, 0.0)
    mood = rng.normal(0, 0.38, n)
    latent = (
        3.18
        + quality[ui][:, None]
        + UNSUR_OFFSET[None, :]
        + weak[ui]
        + mood[:, None]
        + trend[:, None]
    )
    z = latent + rng.normal(0, 0.55, (n, len(UNSUR)))
    scores = np.clip(np.floor(z + 0.5), 1, 4).astype(np.int8)

    gender = np.where(rng.random(n) < 0.52, "Laki-laki", "Perempuan")
    age = np.clip(np.round(rng.gamma(6.0, 6.5, n) + 15), 17, 78).astype(int)
    resp = pd.DataFrame(
        {
            "response_id": np.char.add(
                "DEMO-SKM-", np.char.zfill(np.arange(1, n + 1).astype(str), 6)
            ),
            "submitted_at": submitted,
            "unit": np.array(units)[ui],
            "kabkota": unit_kab[ui],
            "gender": gender,
            "age": age,
            "education": rng.choice(EDUCATION, n, p=EDUCATION_P),
            "occupation": rng.choice(OCCUPATION, n, p=OCCUPATION_P),
        }
    )
    overall = scores.mean(axis=1)
    tone = np.where(overall < 2.9, "negatif", np.where(overall >= 3.45, "positif", "netral"))
    has = rng.random(n) < np.where(tone == "netral", 0.22, 0.38)
    sug = np.full(n, None, object)
    for t in SENTIMENTS:
        sel = has & (tone == t)
        one = _pick(rng, T.SKM_SARAN[t], int(sel.sum()))
        two = _pick(rng, T.SKM_SARAN[t], int(sel.sum()))
        both = rng.random(int(sel.sum())) < 0.35
        text = np.where(both, np.strings.add(np.strings.add(one, ". "), two), one)
        sug[sel] = text.astype(object)
    resp["suggestion"] = sug
    resp = resp.sort_values("submitted_at", kind="stable").reset_index(drop=True)
    order = np.argsort(submitted, kind="stable")
    scores, tone = scores[order], tone[order]

    long = pd.DataFrame(
        {
            "response_id": np.repeat(resp["response_id"].to_numpy(), len(UNSUR)),
            "unsur": np.tile([u for u, _ in UNSUR], n),
            "unsur_name": np.tile([name for _, name in UNSUR], n),
            "score": scores.ravel(),
        }
    )
    users = _service_users(ctx, rng, resp)
    return resp, long, users, tone


def _semesters(ctx: _Context) -> list[tuple[date, date]]:
    out = []
    for year in range(ctx.start.year, ctx.end.year + 1):
        for a, b in ((date(year, 1, 1), date(year, 6, 30)), (date(year, 7, 1), date(year, 12, 31))):
            if b >= ctx.start and a <= ctx.end:
                out.append((a, b))
    return out


def _service_users(ctx: _Context, rng: np.random.Generator, resp: pd.DataFrame) -> pd.DataFrame:
    """Service users (N) per unit and semester, for the semesters the demo year covers for at
    least four months (a month-long stub would only show a meaningless flag)."""
    when = resp["submitted_at"].dt.date
    rows = []
    for a, b in _semesters(ctx):
        covered = (min(b, ctx.end) - max(a, ctx.start)).days + 1
        if covered < 120:
            continue
        counts = resp[(when >= a) & (when <= b)].groupby("unit").size()
        for unit, kab, vol, *_ in SKM_UNITS:
            n = int(counts.get(unit, 0))
            if n < 10:
                continue
            if unit in SMALL_N_UNITS and n < 380:
                target = n * rng.uniform(0.8, 0.95)  # Krejcie-Morgan solved for N
                big_n = target * (_KM_A - _KM_D2) / (_KM_A - target * _KM_D2)
            else:
                big_n = min(vol, 1.5) * rng.uniform(15_000, 40_000)
            rows.append(
                {
                    "unit": unit,
                    "kabkota": kab,
                    "period_start": a,
                    "period_end": b,
                    "service_users": int(max(round(big_n), n)),
                }
            )
    cols = ["unit", "kabkota", "period_start", "period_end", "service_users"]
    return pd.DataFrame(rows, columns=cols)


# --- FGD sessions ---------------------------------------------------------------------------

_FGD_THEMES = [
    "Aspirasi Pembangunan Infrastruktur",
    "Percepatan Penurunan Stunting",
    "Pelayanan Publik dan Adminduk",
    "Pendidikan Gratis dan PPDB",
    "Penanganan Banjir",
    "Ketenagakerjaan dan Investasi",
    "Pengelolaan Sampah",
    "Pariwisata dan UMKM",
    "Perlindungan Sosial",
    "Air Bersih dan Sanitasi",
    "Musrenbang Tematik",
    "Evaluasi Program",
]


def _fgd_sessions(ctx: _Context, rng: np.random.Generator) -> pd.DataFrame:
    """About one FGD a month, every kab/kota at least once."""
    n = 12
    kab = np.concatenate([ctx.kode, ctx.kab(rng, n - len(ctx.kode))])
    rng.shuffle(kab)
    days = np.sort(rng.choice(np.arange(5, ctx.days - 3), size=n, replace=False))
    weekday = ctx.weekday[days]
    days = days - np.where(weekday >= 5, weekday - 4, 0)  # move weekends back to Friday
    themes = rng.permutation(_FGD_THEMES)[:n]
    rows = []
    for i in range(n):
        held = ctx.start + timedelta(days=int(days[i]))
        kec = rng.choice(T.KECAMATAN[kab[i]])
        rows.append(
            {
                "name": f"FGD {themes[i]} {ctx.nama[kab[i]]} ({held:%m/%Y})",
                "held_on": held,
                "place": f"Aula Kecamatan {kec}",
                "kabkota": kab[i],
                "theme": themes[i],
                "kecamatan": kec,
            }
        )
    df = pd.DataFrame(rows)
    df["held_on"] = pd.to_datetime(df["held_on"]).dt.date
    return df


# --- feedback -------------------------------------------------------------------------------

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


def _slot_values(
    ctx: _Context,
    rng: np.random.Generator,
    kab: np.ndarray,
    table: dict[str, list[str]],
    generic: list[str],
) -> np.ndarray:
    """One value per row from the row's kab/kota list (generic words when unknown)."""
    out = _pick(rng, generic, len(kab))
    for k, options in table.items():
        sel = kab == k
        out[sel] = _pick(rng, options, int(sel.sum()))
    return out


def _templates(style: str, topics: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Flattened templates with (offset, size) per (topic, sentiment) group."""
    flat: list[str] = []
    offset = np.zeros((len(topics), 3), np.int64)
    size = np.zeros((len(topics), 3), np.int64)
    for i, t in enumerate(topics):
        for j, s in enumerate(SENTIMENTS):
            src = T.FORMAL.get(t, {}).get(s) if style == "formal" else None
            items = src or T.CASUAL[t][s]
            offset[i, j], size[i, j] = len(flat), len(items)
            flat.extend(items)
    return flat, offset, size


def _compose(
    ctx: _Context, rng: np.random.Generator, df: pd.DataFrame, topics: list[str]
) -> np.ndarray:
    """Texts from templates × slots × variations (openers, tails, slang, typos, emoji, case)."""
    n = len(df)
    channel = df["channel"].to_numpy()
    sent_ix = pd.Categorical(df["sentiment"], categories=SENTIMENTS).codes
    formal_p = np.select(
        [channel == "FGD", channel == "LAPOR!", channel == "WhatsApp"],
        [1.0, 0.75, 0.35],
        default=0.04,
    )
    formal = rng.random(n) < formal_p
    text = np.empty(n, dtype=StringDType())
    for style, sel in (("formal", formal), ("casual", ~formal)):
        flat, offset, size = _templates(style, topics)
        ti, si = df["topic_ix"].to_numpy()[sel], sent_ix[sel]
        pick = offset[ti, si] + (rng.random(int(sel.sum())) * size[ti, si]).astype(np.int64)
        text[sel] = _s(flat)[pick]

    # Openers and tails (before the slots: FGD openers name the place too).
    casual = ~formal
    for j, s in enumerate(SENTIMENTS):
        sel = casual & (sent_ix == j)
        k = int(sel.sum())
        more = rng.random(k) < 0.18
        text_s = text[sel]
        text_s[more] = np.strings.add(
            np.strings.add(text_s[more], _pick(rng, [", ", ". ", " .. ", ", "], int(more.sum()))),
            _pick(rng, T.FOLLOW_UPS[s], int(more.sum())),
        )
        text[sel] = text_s
        tail = np.strings.lstrip(_pick(rng, T.TAILS_CASUAL[s], k))
        sep = _pick(rng, [" ", ", ", ". ", " .. ", " - "], k)
        tail = np.where(np.strings.str_len(tail) > 0, np.strings.add(sep, tail), tail)
        text[sel] = np.strings.add(
            np.strings.add(_pick(rng, T.OPENERS_CASUAL[s], k), text[sel]), tail
        )
    fgd = formal & (channel == "FGD")
    k = int(fgd.sum())
    text[fgd] = np.strings.add(_pick(rng, T.OPENERS_FGD, k), text[fgd])
    report = formal & (channel != "FGD")
    text[report] = np.strings.replace(text[report], "Peserta ", "Warga ")
    for j, s in enumerate(SENTIMENTS):
        sel = report & (sent_ix == j)
        k = int(sel.sum())
        text[sel] = np.strings.add(
            np.strings.add(_pick(rng, T.OPENERS_FORMAL, k), text[sel]),
            _pick(rng, T.TAILS_FORMAL[s], k),
        )

    kab = df["kabkota"].to_numpy(object)
    kab_s = np.where(pd.isna(kab), "", kab).astype(str)
    lokasi = _slot_values(ctx, rng, kab_s, T.KECAMATAN, T.GENERIC_LOKASI)
    if "lokasi_hint" in df:
        hint = df["lokasi_hint"].to_numpy(object)
        has = pd.notna(hint)
        lokasi[has] = hint[has].astype(str)
    slots = {
        "{lokasi}": lokasi,
        "{jalan}": _slot_values(ctx, rng, kab_s, T.JALAN, T.GENERIC_JALAN),
        "{rs}": _pick(rng, T.RS, n),
        "{samsat}": _pick(rng, T.SAMSAT, n),
        "{durasi}": _pick(rng, T.DURASI, n),
        "{intens}": _pick(rng, T.INTENS, n),
        "{n}": _s(rng.integers(2, 10, n).astype(str)),
    }
    for slot, values in slots.items():
        text = np.strings.replace(text, slot, values)

    # Replies on X start with the account's handle.
    post_acc = df["post_account"].to_numpy(object) if "post_account" in df else np.full(n, None)
    reply = (channel == "X") & pd.notna(post_acc) & (rng.random(n) < 0.6)
    text[reply] = np.strings.add(
        np.strings.add("@", post_acc[reply].astype(str).astype(StringDType())),
        np.strings.add(" ", text[reply]),
    )

    # Slang: each casual author has a habit level; formal texts keep standard words. Then
    # frequent misspellings. Regex replacements run in Arrow (RE2), on the selected rows only.
    arr = pa.array(text.astype(object), type=pa.string())
    habit = np.where(casual, rng.choice([0.0, 0.35, 0.7, 0.95], n, p=[0.2, 0.3, 0.3, 0.2]), 0.0)
    rules = [(pattern, options, habit) for pattern, options in T.SLANG]
    rules += [(pattern, options, np.where(casual, 0.12, 0.0)) for pattern, options in T.TYPOS]
    for pattern, options, p_hit in rules:
        hit = rng.random(n) < p_hit
        which = rng.integers(0, len(options), n)
        for j, repl in enumerate(options):
            sel = hit & (which == j)
            if sel.any():
                mask = pa.array(sel)
                changed = pc.replace_substring_regex(arr.filter(mask), pattern, repl)
                arr = pc.replace_with_mask(arr, mask, changed)
    out = np.asarray(arr.to_pylist(), dtype=StringDType())
    out = _char_typos(rng, out, casual & (rng.random(n) < 0.12))

    # Punctuation, emoji and case.
    punct_neg = ["", "!", "!!", "!!!", "..", "?!", " !!"]
    punct_other = ["", "", ".", "!", "..", " 🙏"]
    for j, s_name in enumerate(SENTIMENTS):
        sel = casual & (sent_ix == j)
        k = int(sel.sum())
        opts = punct_neg if s_name == "negatif" else punct_other
        out[sel] = np.strings.add(out[sel], _pick(rng, opts, k))
        emo = sel & (rng.random(n) < (0.45 if s_name != "netral" else 0.2))
        out[emo] = np.strings.add(
            np.strings.add(out[emo], " "), _pick(rng, T.EMOJI[s_name], int(emo.sum()))
        )
    shout = casual & (sent_ix == 0) & (rng.random(n) < 0.07)
    out[shout] = np.strings.upper(out[shout])
    cap = casual & ~shout & (rng.random(n) < 0.35)
    out[cap] = np.strings.add(
        np.strings.upper(np.strings.slice(out[cap], 0, 1)), np.strings.slice(out[cap], 1, None)
    )
    out[formal] = np.strings.add(
        np.strings.upper(np.strings.slice(out[formal], 0, 1)),
        np.strings.slice(out[formal], 1, None),
    )
    return np.strings.strip(out)


def _char_typos(rng: np.random.Generator, text: np.ndarray, sel: np.ndarray) -> np.ndarray:
    """Drop or swap one letter inside the text for the selected rows (keyboard slips)."""
    idx = np.flatnonzero(sel)
    if len(idx) == 0:
        return text
    t = text[idx]
    length = np.strings.str_len(t)
    ok = length > 12
    idx, t, length = idx[ok], t[ok], length[ok]
    pos = (rng.random(len(idx)) * (length - 4)).astype(np.int64) + 2
    head = np.strings.slice(t, 0, pos)
    swap = rng.random(len(idx)) < 0.5
    a = np.strings.slice(t, pos, pos + 1)
    b = np.strings.slice(t, pos + 1, pos + 2)
    rest = np.strings.slice(t, pos + 2, None)
    swapped = np.strings.add(np.strings.add(np.strings.add(head, b), a), rest)
    dropped = np.strings.add(np.strings.add(head, b), rest)
    letters = np.strings.isalpha(a) & np.strings.isalpha(b)
    out = text.copy()
    out[idx[letters]] = np.where(swap, swapped, dropped)[letters]
    return out


def _vary_survey(rng: np.random.Generator, survey: pd.DataFrame) -> np.ndarray:
    """Survey suggestions as typed into a form: sometimes lower case, naming the unit, or
    prefixed with 'Saran:'."""
    n = len(survey)
    text = _s(survey["text"].astype(str).to_numpy())
    unit = _s(survey["unit"].astype(str).to_numpy())
    name_unit = rng.random(n) < 0.3
    text[name_unit] = np.strings.add(np.strings.add(text[name_unit], " di "), unit[name_unit])
    low = rng.random(n) < 0.4
    text[low] = np.strings.lower(text[low])
    pre = rng.random(n) < 0.15
    text[pre] = np.strings.add(
        _pick(rng, ["Saran: ", "saran ", "Masukan: "], int(pre.sum())), text[pre]
    )
    end = _pick(rng, ["", "", ".", " terima kasih", "!", ". Terima kasih."], n)
    return np.strings.add(text, end).astype(object)


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


# --- loading --------------------------------------------------------------------------------


def _sha(kind: str, seed: int, end: date, scale: float) -> str:
    return hashlib.sha256(f"gema-demo|{kind}|{seed}|{end.isoformat()}|{scale}".encode()).hexdigest()


def _insert(
    conn: duckdb.DuckDBPyConnection, demo: Demo, *, seed: int, end: date, scale: float
) -> dict[str, int]:
    """Everything in one transaction: batches, then each table from a registered frame."""
    frames = {
        "demo_campaigns": demo.campaigns,
        "demo_accounts": demo.accounts.drop(columns=["opd", "activity", "niche"]),
        "demo_posts": demo.posts,
        "demo_fgd_sessions": demo.fgd_sessions.drop(columns=["theme", "kecamatan"]),
        "demo_feedback": demo.feedback,
        "demo_skm_responses": demo.skm_responses,
        "demo_skm_scores": demo.skm_scores,
        "demo_skm_service_users": demo.skm_service_users,
    }
    sizes = {
        "campaigns": len(demo.campaigns),
        "accounts": len(demo.accounts),
        "posts": len(demo.posts),
        "feedback": len(demo.feedback),
        "skm": len(demo.skm_responses),
    }
    note = json.dumps([f"Data contoh (demo) seed={seed}, akhir={end.isoformat()}, skala={scale}"])
    for name, frame in frames.items():
        conn.register(name, frame)
    try:
        with store.transaction(conn):
            batch = {
                kind: store.scalar(
                    conn,
                    "demo/insert_batch",
                    kind=kind,
                    file_name=f"demo:{kind}",
                    sha256=_sha(kind, seed, end, scale),
                    rows=rows,
                    notes=note,
                )
                for kind, rows in sizes.items()
            }
            store.execute(conn, "demo/insert_campaigns", batch_id=batch["campaigns"])
            store.execute(conn, "demo/insert_accounts", batch_id=batch["accounts"])
            store.execute(  # follower history (issue 14): a few dated snapshots per account
                conn,
                "demo/insert_account_followers",
                batch_id=batch["accounts"],
                start=end - timedelta(days=364),
                end=end,
            )
            store.execute(conn, "demo/insert_posts", batch_id=batch["posts"])
            store.execute(conn, "demo/delete_orphan_fgd_sessions")
            store.execute(conn, "demo/insert_fgd_sessions")
            store.execute(conn, "demo/insert_feedback", batch_id=batch["feedback"])
            store.execute(conn, "demo/insert_skm_responses", batch_id=batch["skm"])
            store.execute(conn, "demo/insert_skm_scores", batch_id=batch["skm"])
            store.execute(conn, "demo/insert_skm_service_users", batch_id=batch["skm"])
    finally:
        for name in frames:
            conn.unregister(name)
    return {**sizes, "fgd_sessions": len(demo.fgd_sessions)}


def _label_sentiment(conn: duckdb.DuckDBPyConnection, batches: pd.DataFrame) -> str:
    """Computed sentiment/topic labels for the demo feedback, when gema.sentiment offers
    `label_feedback` (it is written separately; until then the labels stay empty)."""
    try:
        from gema import sentiment
    except ImportError:
        return ""
    label = getattr(sentiment, "label_feedback", None)
    if label is None:
        return ""
    fb = batches[batches["kind"] == "feedback"]
    if fb.empty or not store.scalar(
        conn, "demo/unlabelled_feedback", batch_id=int(fb["batch_id"].iloc[0])
    ):
        return ""
    label(conn, batch_id=int(fb["batch_id"].iloc[0]))
    return "Label sentimen dan topik dihitung."


# --- sample export files --------------------------------------------------------------------

SAMPLE_SEED = 7_777  # a different seed from the loaded demo, so the samples import as new rows
_SKM_QUESTIONS = [  # Google Forms question texts and answer labels (PermenPANRB 14/2017 form)
    (
        "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
        "pelayanannya?",
        ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ),
    (
        "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum "
        "dalam standar pelayanan dengan hasil yang diberikan?",
        ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    ),
    (
        "Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan "
        "keramahan?",
        [
            "Tidak sopan dan ramah",
            "Kurang sopan dan ramah",
            "Sopan dan ramah",
            "Sangat sopan dan ramah",
        ],
    ),
    (
        "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        [
            "Tidak ada",
            "Ada tetapi tidak berfungsi",
            "Berfungsi kurang maksimal",
            "Dikelola dengan baik",
        ],
    ),
    (
        "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        ["Buruk", "Cukup", "Baik", "Sangat baik"],
    ),
]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write_sample_files(
    outdir: Path, *, seed: int = SAMPLE_SEED, end: date | None = None, rows: int = 150
) -> list[Path]:
    """Sample export files in the formats staff really get (Meta Business Suite, TikTok Studio,
    YouTube Studio with its Total row, tweet-harvest, Google Forms SKM, LAPOR!), filled from a
    generated demo year, so the upload page can be tried without real data."""
    outdir.mkdir(parents=True, exist_ok=True)
    regions = pd.read_csv(store.REGIONS_CSV, dtype={"kode": str})
    end = end or date.today()
    d = generate(regions, seed=seed, end=end, scale=max(rows / 2_000, 0.02))
    nama = dict(zip(regions["kode"], regions["nama"], strict=True))
    written = [
        _sample_instagram(outdir, d.posts, d.accounts, rows),
        _sample_facebook(outdir, d.posts, d.accounts, rows),
        _sample_tiktok(outdir, d.posts, rows),
        _sample_youtube(outdir, d.posts, rows),
        _sample_tweets(outdir, d.feedback, d.posts, rows, seed),
        _sample_skm(outdir, d.skm_responses, d.skm_scores, nama, rows),
        _sample_lapor(outdir, d.feedback, nama, rows),
    ]
    readme = outdir / "BACA-SAYA.txt"
    readme.write_text(_SAMPLE_README, encoding="utf-8")
    return [*written, readme]


def _ids(accounts: pd.DataFrame, platform: str) -> dict[str, str]:
    """A stable numeric account id per handle (as the platform would show it)."""
    acc = accounts[accounts["platform"] == platform]
    h = pd.util.hash_array(acc["handle"].to_numpy(dtype=object)) % 10**16
    return dict(zip(acc["handle"], (17_841_400_000_000_000 + h % 10**9).astype(str), strict=True))


def _sample_instagram(out: Path, posts: pd.DataFrame, accounts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "Instagram"].tail(n)
    ids = _ids(accounts, "Instagram")
    names = accounts.set_index(["platform", "handle"])["display_name"]
    reel = p["views"].notna()
    df = pd.DataFrame(
        {
            "Post ID": p["post_id"] + "_" + p["account"].map(ids),
            "Account ID": p["account"].map(ids),
            "Account username": p["account"],
            "Account name": [names.get(("Instagram", a), a) for a in p["account"]],
            "Description": p["title"],
            "Duration (sec)": np.where(reel, 15 + (p["likes"] % 75), 0),
            "Publish time": p["published_at"].dt.strftime("%m/%d/%Y %H:%M"),
            "Permalink": p["url"],
            "Post type": np.where(reel, "IG reel", "IG image"),
            "Data comment": "",
            "Date": "Lifetime",
            "Views": p["views"].fillna(p["impressions"]),
            "Reach": p["reach"],
            "Likes": p["likes"],
            "Shares": p["shares"],
            "Follows": p["likes"] // 97,
            "Comments": p["comments"],
            "Saves": p["saves"],
        }
    )
    path = out / "meta_business_suite_instagram.csv"
    df.to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_facebook(out: Path, posts: pd.DataFrame, accounts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "Facebook"].tail(n)
    names = accounts.set_index(["platform", "handle"])["display_name"]
    page = p["post_id"].str.split("_").str[0]
    video = p["views"].notna()
    df = pd.DataFrame(
        {
            "Post ID": p["post_id"],
            "Page ID": page,
            "Page name": [names.get(("Facebook", a), a) for a in p["account"]],
            "Title": "",
            "Description": p["title"],
            "Duration (sec)": np.where(video, 30 + (p["likes"] % 200), ""),
            "Publish time": p["published_at"].dt.strftime("%m/%d/%Y %H:%M"),
            "Caption type": "",
            "Permalink": p["url"],
            "Is crosspost": "No",
            "Is share": "No",
            "Post type": np.where(video, "Videos", "Photos"),
            "Languages": "id",
            "Custom labels": p["campaign"].fillna(""),
            "Funded content status": np.where(p["cost"].notna(), "Boosted", ""),
            "Data comment": "",
            "Date": "Lifetime",
            "Views": p["views"].fillna(p["impressions"]),
            "Reach": p["reach"],
            "Reactions, Comments and Shares": p["likes"] + p["comments"] + p["shares"],
            "Reactions": p["likes"],
            "Comments": p["comments"],
            "Shares": p["shares"],
            "Total clicks": p["likes"] // 3,
        }
    )
    path = out / "meta_business_suite_facebook.csv"
    df.to_csv(path, index=False, encoding="utf-8-sig")  # Excel-friendly, with a BOM
    return path


def _sample_tiktok(out: Path, posts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "TikTok"].tail(n)
    df = pd.DataFrame(
        {
            "Video title": p["title"],
            "Video link": p["url"],
            "Post time": p["published_at"].dt.strftime("%Y-%m-%d %H:%M:%S"),
            "Total likes": p["likes"],
            "Total comments": p["comments"],
            "Total shares": p["shares"],
            "Total views": p["views"],
            "Add to Favorites": p["saves"],
        }
    )
    path = out / "tiktok_studio.xlsx"
    df.to_excel(path, index=False, sheet_name="Content")
    return path


def _sample_youtube(out: Path, posts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "YouTube"].tail(n)
    published = p["published_at"]
    date_txt = (
        pd.Series(np.array(_EN_MONTHS)[published.dt.month - 1], index=published.index)
        + " "
        + published.dt.day.astype(str)
        + ", "
        + published.dt.year.astype(str)
    )
    views = p["views"].astype("int64")
    impressions = p["impressions"].astype("int64")
    watch = (views * (0.02 + (p["likes"] % 7) / 100)).round(1)
    df = pd.DataFrame(
        {
            "Content": p["post_id"],
            "Video title": p["title"],
            "Video publish time": date_txt,
            "Duration": 60 + (p["likes"] % 900),
            "Views": views,
            "Watch time (hours)": watch,
            "Subscribers": p["likes"] // 20,
            "Impressions": impressions,
            "Impressions click-through rate (%)": (100 * views / impressions).round(2),
        }
    )
    total = pd.DataFrame(
        [
            {
                "Content": "Total",
                "Video title": "",
                "Video publish time": "",
                "Duration": "",
                "Views": int(views.sum()),
                "Watch time (hours)": round(float(watch.sum()), 1),
                "Subscribers": int(df["Subscribers"].sum()),
                "Impressions": int(impressions.sum()),
                "Impressions click-through rate (%)": round(
                    100 * views.sum() / impressions.sum(), 2
                ),
            }
        ]
    )
    path = out / "youtube_studio.csv"
    pd.concat([total, df], ignore_index=True).to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_tweets(
    out: Path, feedback: pd.DataFrame, posts: pd.DataFrame, n: int, seed: int
) -> Path:
    """tweet-harvest output: replies to provincial accounts, with one repeated row as the
    scraper produces when a page is fetched twice."""
    f = feedback[feedback["channel"] == "X"].tail(n)
    t = f["received_at"]
    created = (
        pd.Series(np.array(_EN_DAYS)[t.dt.day_of_week], index=t.index)
        + " "
        + pd.Series(np.array(_EN_MONTHS)[t.dt.month - 1], index=t.index)
        + t.dt.strftime(" %d %H:%M:%S +0000 %Y")
    )
    user = f["author"].str.lstrip("@")
    owner = posts.drop_duplicates("post_id").set_index("post_id")["account"]
    reply_to = f["post_id"].map(owner).fillna("bantenprov")
    rng = np.random.default_rng(seed)
    df = pd.DataFrame(
        {
            "conversation_id_str": f["post_id"].fillna(f["feedback_id"]),
            "created_at": created,
            "favorite_count": rng.poisson(3, len(f)),
            "full_text": f["text"].where(
                np.strings.startswith(
                    _s(f["text"].to_numpy(dtype=object)),
                    _s(("@" + reply_to).to_numpy(dtype=object)),
                ),
                "@" + reply_to + " " + f["text"],
            ),
            "id_str": f["feedback_id"],
            "image_url": "",
            "in_reply_to_screen_name": reply_to,
            "lang": "in",
            "location": f["author_location"].fillna(""),
            "quote_count": 0,
            "reply_count": rng.poisson(0.5, len(f)),
            "retweet_count": rng.poisson(1, len(f)),
            "tweet_url": "https://x.com/" + user + "/status/" + f["feedback_id"],
            "user_id_str": (
                pd.util.hash_array(user.to_numpy(dtype=object)) % 10**10 + 10**9
            ).astype(str),
            "username": user,
        }
    )
    if len(df) > 3:
        df = pd.concat([df, df.iloc[[2]]], ignore_index=True)
    path = out / "tweet_harvest.csv"
    df.to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_skm(
    out: Path, resp: pd.DataFrame, scores: pd.DataFrame, nama: dict[str, str], n: int
) -> Path:
    r = resp.tail(n)
    wide = scores.pivot(index="response_id", columns="unsur", values="score").loc[r["response_id"]]
    df = pd.DataFrame(
        {
            "Stempel waktu": r["submitted_at"]
            .dt.strftime("%d/%m/%Y %H:%M:%S")
            .str.replace(r"^(\d\d/\d\d/\d{4}) 0", r"\1 ", regex=True),
            "Unit layanan yang Anda kunjungi": r["unit"],
            "Kabupaten/Kota": r["kabkota"].map(nama),
            "Jenis Kelamin": r["gender"],
            "Usia": r["age"],
            "Pendidikan Terakhir": r["education"],
            "Pekerjaan": r["occupation"],
        }
    )
    for (unsur, _), (question, labels) in zip(UNSUR, _SKM_QUESTIONS, strict=True):
        df[question] = np.array(labels)[wide[unsur].to_numpy() - 1]
    df["Saran dan masukan untuk perbaikan layanan"] = r["suggestion"].fillna("-").to_numpy()
    path = out / "google_forms_skm.csv"
    df.to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_lapor(out: Path, feedback: pd.DataFrame, nama: dict[str, str], n: int) -> Path:
    """A LAPOR! export as Excel saves it in Indonesia: ';' separated, Windows-1252, CRLF; two
    rows name only 'Tangerang', which the importer must ask about."""
    f = feedback[feedback["channel"] == "LAPOR!"].tail(n)
    kategori = {
        "jalan": "Infrastruktur",
        "banjir": "Bencana",
        "sampah": "Lingkungan",
        "ktp": "Administrasi Kependudukan",
        "kk": "Administrasi Kependudukan",
        "sekolah": "Pendidikan",
        "ppdb": "Pendidikan",
        "rsud": "Kesehatan",
        "puskesmas": "Kesehatan",
        "bansos": "Sosial",
        "bantuan": "Sosial",
        "pajak": "Pendapatan Daerah",
        "samsat": "Pendapatan Daerah",
    }
    lower = f["text"].str.lower()
    cat = pd.Series("Lainnya", index=f.index)
    for word, label in reversed(kategori.items()):
        cat = cat.mask(lower.str.contains(word, regex=False), label)
    lokasi = f["kabkota"].map(nama).fillna("")
    if len(lokasi) > 6:
        lokasi.iloc[[3, 5]] = "Tangerang"
    text = f["text"].str.encode("cp1252", errors="ignore").str.decode("cp1252").str.strip()
    status = f["status"].map(
        {
            "baru": "Baru",
            "diverifikasi": "Diverifikasi",
            "diteruskan": "Diteruskan",
            "ditindaklanjuti": "Diproses",
            "selesai": "Selesai",
            "ditolak": "Ditolak",
        }
    )
    df = pd.DataFrame(
        {
            "No. Tiket": f["feedback_id"],
            "Tanggal Laporan": f["received_at"].dt.strftime("%d/%m/%Y"),
            "Judul Laporan": _lapor_title(text),
            "Isi Laporan": text,
            "Kategori": cat,
            "Lokasi": lokasi,
            "Status": status,
        }
    )
    path = out / "lapor.csv"
    df.to_csv(path, index=False, sep=";", encoding="cp1252", lineterminator="\r\n")
    return path


def _lapor_title(text: pd.Series) -> pd.Series:
    """A short title as reporters type one: the first clause without the greeting."""
    body = text.str.replace(
        r"^(?:Assalamualaikum\.|Dengan hormat,|Selamat siang\.|Mohon izin menyampaikan\.|"
        r"Yth\. Bapak/Ibu,|[Mm]in,|[Pp]ak gub,|[Tt]olong min,|[Ll]apor min,|@\w+)\s*",
        "",
        regex=True,
    )
    first = body.str.split(r"[.,?!]").str[0].str.strip()
    short = first.str.slice(0, 60).str.replace(r"\s+\S*$", "", regex=True)
    title = first.where(first.str.len() <= 60, short)
    return title.str.slice(0, 1).str.upper() + title.str.slice(1)


_SAMPLE_README = """Contoh berkas ekspor untuk dicoba di halaman Unggah data Gema Banten.
Isinya data contoh (dibuat oleh program, bukan data sebenarnya).

meta_business_suite_instagram.csv  Meta Business Suite, unggahan Instagram  -> jenis: posts
meta_business_suite_facebook.csv   Meta Business Suite, unggahan Facebook   -> jenis: posts
tiktok_studio.xlsx                 TikTok Studio, daftar video              -> jenis: posts
                                   (isi platform=TikTok dan akun bila diminta)
youtube_studio.csv                 YouTube Studio, baris pertama 'Total'    -> jenis: posts
                                   (isi platform=YouTube dan akun bila diminta)
tweet_harvest.csv                  balasan di X hasil tweet-harvest; satu baris ganda
                                                                            -> jenis: feedback
google_forms_skm.csv               Survei Kepuasan Masyarakat (Google Forms, jawaban berupa teks)
                                                                            -> jenis: skm
lapor.csv                          ekspor LAPOR! (pemisah ';', Windows-1252); dua baris hanya
                                   menyebut 'Tangerang' dan harus dipilihkan kab/kotanya
                                                                            -> jenis: feedback
                                   (isi channel=LAPOR! bila diminta)
"""
