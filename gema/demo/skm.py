"""SKM survey respondents, unsur scores and service users (PermenPANRB 14/2017 form): IKM
mostly in band B, each unit with its own weak unsur."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from gema.demo import text as T
from gema.demo.common import SENTIMENTS, _Context, _pick

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
