"""Early warning: what is suddenly being talked about, and where.

Per day, per kab/kota × topic and per kab/kota over all topics, the day's count of aspirations is
compared with its *usual level* over the previous weeks (`alerts.baseline_days`, default 28).

Method (and why): a **rolling median with the median absolute deviation (MAD)**, a robust
z-score. The median and MAD are not dragged up by one earlier spike or a single FGD day the way a
mean and standard deviation are, so a second surge is still seen; a Poisson floor on the spread,
sqrt(max(median, 1)), keeps a flat series (MAD = 0) from alerting on one extra message. An
alert needs all of:

- count ≥ `alerts.min_count` (default 10): tiny numbers never alert;
- (count − median) ÷ max(1.4826 × MAD, sqrt(max(median, 1))) ≥ `alerts.z` (default 4);
- count ÷ max(median, 1) ≥ `alerts.min_ratio` (default 2).

A separate **negative-share** alert fires when the day's share of negative labels is at least
`alerts.neg_jump` (default 25 points) above the share over the baseline days, is significant
against it (one-sample z for a proportion ≥ `alerts.neg_z`, default 3) and rests on at least
`alerts.min_count` labelled messages.

An all-topics alert for a kab/kota is left out when one of its topic alerts that day explains
at least half of the excess (the leader needs the topic, not the same news twice).

Days without feedback count as 0. Feedback without a kab/kota is left out (an alert names a
place), and so are FGD and survey rows: they are asked for, in batches on a day the government
chose, so a session of 70 aspirations is not "suddenly being talked about".
Each alert carries its top words and explains itself in one sentence (`explain`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb
import pandas as pd

from gema.core import audit, store, thresholds
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA

WINDOW_DAYS = 7  # Ringkasan shows the alerts of the last week
REFRESH_DAYS = 30  # each computation covers the last 30 days of data (the Peringatan list)
TOP_WORDS = 3
MAD_SCALE = 1.4826  # MAD × 1.4826 estimates the standard deviation of a normal series

_WORD = re.compile(r"[a-z]{3,}")
# words that carry no news in an aspiration (on top of data/sentiment/common_words.txt)
_STOP = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "ini",
        "itu",
        "untuk",
        "dengan",
        "pada",
        "tidak",
        "sudah",
        "belum",
        "ada",
        "juga",
        "akan",
        "kami",
        "kita",
        "saya",
        "mohon",
        "tolong",
        "pak",
        "bu",
        "bapak",
        "ibu",
        "mas",
        "mbak",
        "min",
        "admin",
        "kak",
        "dong",
        "nya",
        "aja",
        "saja",
        "sangat",
        "sekali",
        "karena",
        "jadi",
        "bisa",
        "masih",
        "lagi",
        "kalau",
        "atau",
        "tapi",
        "banyak",
        "semua",
        "sama",
        "baru",
        "agar",
        "oleh",
        "sampai",
        "para",
        "warga",
        "masyarakat",
        "pemerintah",
        "pemprov",
        "provinsi",
        "banten",
        "kab",
        "kabupaten",
        "kota",
        "kec",
        "kecamatan",
        "desa",
        "kelurahan",
        "kampung",
        "the",
        "and",
        "rt",
        "rw",
        "segera",
        "terima",
        "kasih",
    ]
)


@dataclass(frozen=True)
class Settings:
    baseline_days: int = 28
    min_count: int = 10
    z: float = 4.0
    min_ratio: float = 2.0
    neg_jump: float = 0.25
    neg_z: float = 3.0

    @classmethod
    def from_store(cls, conn: duckdb.DuckDBPyConnection) -> Settings:
        s = thresholds.get(conn)
        return cls(
            baseline_days=int(s["alerts.baseline_days"]),
            min_count=int(s["alerts.min_count"]),
            z=float(s["alerts.z"]),
            min_ratio=float(s["alerts.min_ratio"]),
            neg_jump=float(s["alerts.neg_jump"]),
            neg_z=float(s["alerts.neg_z"]),
        )


# --- detection (pure) ---------------------------------------------------------------------------
def detect(stats: pd.DataFrame, s: Settings) -> pd.DataFrame:
    """Alerts from the per-day statistics of `queries/peringatan/daily_stats.sql`.

    Returns one row per alert: date, kabkota, topic, kind ('volume'|'negatif'), count, expected,
    usual_low, usual_high, ratio, score, negative_share, usual_negative."""
    cols = [
        "date", "kabkota", "topic", "kind", "count", "expected", "usual_low", "usual_high",
        "ratio", "score", "negative_share", "usual_negative",
    ]  # fmt: skip
    if stats.empty:
        return pd.DataFrame(columns=cols)
    df = stats.copy()
    df["topic"] = df["topic"].astype(object).where(df["topic"].notna(), None)
    count = df["count"].astype(float)
    median = df["expected"].astype(float)
    spread = (MAD_SCALE * df["mad"].astype(float)).clip(lower=0)
    spread = spread.where(spread > (median.clip(lower=1) ** 0.5), median.clip(lower=1) ** 0.5)
    df["score"] = (count - median) / spread
    df["ratio"] = count / median.clip(lower=1)
    labelled = df["labelled"].astype(float)
    df["negative_share"] = (df["negatif"] / labelled).where(labelled > 0)
    base_l = df["base_labelled"].astype(float)
    # a prior of one negative in two labels keeps a baseline with few labels from being 0 or 1
    df["usual_negative"] = (df["base_neg"] + 1) / (base_l + 2)
    p0 = df["usual_negative"]
    neg_score = (df["negative_share"] - p0) / (p0 * (1 - p0) / labelled.clip(lower=1)) ** 0.5

    volume = df[(count >= s.min_count) & (df["score"] >= s.z) & (df["ratio"] >= s.min_ratio)]
    volume = volume.assign(kind="volume")
    neg_mask = (
        (labelled >= s.min_count)
        & (df["negative_share"] - p0 >= s.neg_jump)
        & (neg_score >= s.neg_z)
    )
    negative = df[neg_mask].assign(kind="negatif", score=neg_score[neg_mask])
    out = pd.concat([volume, negative], ignore_index=True)
    if out.empty:
        return pd.DataFrame(columns=cols)
    out = _drop_explained_overall(out)
    return out[cols].sort_values(["date", "ratio"], ascending=[False, False]).reset_index(drop=True)


def _drop_explained_overall(out: pd.DataFrame) -> pd.DataFrame:
    """Leave out an all-topics alert when a topic alert of the same kind, day and kab/kota
    explains at least half of its excess over the usual level, and a negative-share alert when
    the same group already has a volume alert (whose sentence gives the negative share)."""
    keep = []
    volume = out[out["kind"] == "volume"]
    for row in out.itertuples(index=False):
        if (
            row.kind == "negatif"
            and (
                (volume["date"] == row.date)
                & (volume["kabkota"] == row.kabkota)
                & (volume["topic"].fillna("\0") == (row.topic if row.topic is not None else "\0"))
            ).any()
        ):
            keep.append(False)  # the volume alert's sentence already gives the negative share
            continue
        if row.topic is not None:
            keep.append(True)
            continue
        same = out[
            (out["date"] == row.date)
            & (out["kabkota"] == row.kabkota)
            & (out["kind"] == row.kind)
            & out["topic"].notna()
        ]
        if row.kind == "negatif":
            keep.append(same.empty)
            continue
        excess = row.count - row.expected
        topic_excess = (same["count"] - same["expected"]).max() if len(same) else 0
        keep.append(not (excess > 0 and topic_excess >= 0.5 * excess))
    return out[keep]


def top_words(texts: list[str], exclude: set[str] = frozenset(), n: int = TOP_WORDS) -> list[str]:
    """The most frequent content words of the texts (each counted once per text; ties in the
    order they first appear, so the result is stable)."""
    stop = _STOP | _place_words() | exclude
    counter: Counter[str] = Counter()
    first: dict[str, int] = {}
    for text in texts:
        words = [w for w in dict.fromkeys(_WORD.findall(str(text).lower())) if w not in stop]
        for w in words:
            first.setdefault(w, len(first))
        counter.update(words)
    ranked = sorted(counter, key=lambda w: (-counter[w], first[w]))
    return ranked[:n]


def _place_words() -> frozenset[str]:
    """Banten place names are not news words ('lebak', 'tangerang')."""
    return frozenset(
        w.lower() for name in KODE_NAMA.values() for w in name.replace(".", "").split()
    )


# --- computing and storing ----------------------------------------------------------------------
def compute(
    conn: duckdb.DuckDBPyConnection,
    day_from: date,
    day_to: date | None = None,
    settings: Settings | None = None,
) -> pd.DataFrame:
    """Alerts for the days [day_from, day_to] (not stored), with their top words."""
    s = settings or Settings.from_store(conn)
    day_to = day_to or day_from
    stats = store.run(
        conn,
        "peringatan/daily_stats",
        day_from=day_from,
        day_to=day_to,
        baseline_days=s.baseline_days,
    )
    found = detect(stats, s)
    words = []
    for row in found.itertuples(index=False):
        texts = store.run(
            conn,
            "peringatan/texts",
            day=row.date,
            kabkota=row.kabkota,
            topic=row.topic,
            limit=2000,
        )["text"].tolist()
        exclude = (
            set(_WORD.findall(str(row.topic or "").lower())) if row.kind == "negatif" else set()
        )
        words.append(top_words(texts, exclude))
    found["top_words"] = words
    found["date"] = pd.to_datetime(found["date"]).dt.date
    return found


def latest_day(conn: duckdb.DuckDBPyConnection, today: date | None = None) -> date | None:
    """The latest day with feedback (on or before today)."""
    value = store.scalar(conn, "peringatan/latest_day", today=today or date.today())
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def refresh(
    conn: duckdb.DuckDBPyConnection,
    user: str = "sistem",
    day: date | None = None,
    days: int = REFRESH_DAYS,
) -> int:
    """Recompute and store the alerts of the `days` days ending at `day` (default: the latest
    day with feedback). Acknowledged or assigned alerts are kept as they are. Returns the number
    of alerts of the window."""
    day = day or latest_day(conn)
    if day is None:
        return 0
    day_from = day - timedelta(days=days - 1)
    found = compute(conn, day_from, day)

    def work() -> None:
        store.execute(conn, "peringatan/delete_open", day_from=day_from, day_to=day)
        for row in found.to_dict(orient="records"):
            store.execute(conn, "peringatan/insert", **{k: _plain(v) for k, v in row.items()})
        store.execute(
            conn,
            "peringatan/record_run",
            day_from=day_from,
            day_to=day,
            alerts=len(found),
            user=user,
        )

    store.write(conn, work)
    return len(found)


def refresh_after_import(conn: duckdb.DuckDBPyConnection, kind: str, user: str) -> None:
    """Called by the importer after a load commits: new feedback may start a surge. A failure
    here never undoes the import; it is recorded in the audit log instead."""
    if kind not in ("feedback", "skm"):
        return
    try:
        refresh(conn, user)
    except duckdb.Error as exc:  # pragma: no cover - defensive: the import itself is committed
        audit.record(conn, user, "alerts_failed", error=str(exc))


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def stored(
    conn: duckdb.DuckDBPyConnection,
    end: date,
    kabkota: list[str] | tuple[str, ...] = (),
    days: int = WINDOW_DAYS,
) -> pd.DataFrame:
    """Stored alerts of the `days` days ending at `end`; computes them once when this store has
    never computed any (a store loaded before the early warning existed)."""
    if store.run(conn, "peringatan/last_run").empty and latest_day(conn) is not None:
        refresh(conn)
    return store.run(
        conn,
        "peringatan/list",
        day_from=end - timedelta(days=days - 1),
        day_to=end,
        kabkota=list(kabkota),
    )


def acknowledge(
    conn: duckdb.DuckDBPyConnection,
    alert_id: int,
    user: str,
    assigned_to: str | None = None,
    note: str | None = None,
    ack: bool = True,
) -> None:
    """Acknowledge (and optionally assign) one alert, audited."""

    def work() -> None:
        store.execute(
            conn,
            "peringatan/acknowledge",
            alert_id=int(alert_id),
            user=user,
            assigned_to=(assigned_to or "").strip() or None,
            note=(note or "").strip() or None,
            ack=ack,
        )
        audit.record(
            conn, user, "alert_acknowledge", alert_id=int(alert_id), assigned_to=assigned_to
        )

    store.write(conn, work)


@dataclass(frozen=True)
class PageData:
    """What the Peringatan page shows: whether there is feedback at all, the stored alerts of
    the window, the current thresholds (for the method text and the admin form)."""

    has_feedback: bool
    rows: pd.DataFrame
    settings: dict


def page_data(conn: duckdb.DuckDBPyConnection, f: Filters, days: int = WINDOW_DAYS) -> PageData:
    """One call per render of pages/peringatan.py; no alert is read when there is no feedback."""
    from gema.core import presence

    if not presence.has_data(conn)["feedback"]:
        return PageData(False, pd.DataFrame(), {})
    return PageData(True, stored(conn, f.end, f.kabkota, days=days), thresholds.get(conn))
