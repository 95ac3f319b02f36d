"""FGD sessions: themes, places and dates of the consultation meetings."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from gema.demo import text as T
from gema.demo.common import _Context

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
