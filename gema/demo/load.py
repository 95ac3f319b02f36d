"""Loading the demo into the store in one transaction, the flood surge of the last day, the
leadership agenda and the computed labels."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, timedelta
from time import perf_counter

import duckdb
import numpy as np
import pandas as pd

from gema.core import i18n, rollups, store
from gema.demo.common import DEFAULT_SEED, Demo, DemoRefused
from gema.demo.generate import generate


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
    With `label`, feedback gets computed sentiment/topic labels from gema.sentimen (after the
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
        from gema import peringatan

        peringatan.refresh(conn, "demo")
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
    (gema.peringatan) show something to a leader opening Ringkasan on the demo data. Its own random
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
            rollups.refresh_batch(conn, batch["posts"], batch["feedback"], batch["skm"])  # issue 17
    finally:
        for name in frames:
            conn.unregister(name)
    return {**sizes, "fgd_sessions": len(demo.fgd_sessions)}


def _label_sentiment(conn: duckdb.DuckDBPyConnection, batches: pd.DataFrame) -> str:
    """Computed sentiment/topic labels for the demo feedback, when gema.sentimen offers
    `label_feedback` (it is written separately; until then the labels stay empty)."""
    try:
        from gema import sentimen
    except ImportError:
        return ""
    label = getattr(sentimen, "label_feedback", None)
    if label is None:
        return ""
    fb = batches[batches["kind"] == "feedback"]
    if fb.empty or not store.scalar(
        conn, "demo/unlabelled_feedback", batch_id=int(fb["batch_id"].iloc[0])
    ):
        return ""
    label(conn, batch_id=int(fb["batch_id"].iloc[0]))
    return "Label sentimen dan topik dihitung."
