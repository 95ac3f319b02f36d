"""Alerts in words: the one-sentence explanation, the Aspirasi link behind an alert and the CLI
records (pure; i18n text)."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import pandas as pd

from gema.core import i18n
from gema.core.regions import KODE_NAMA


def _usual_range(low: Any, high: Any) -> str:
    lo = 0 if low is None or pd.isna(low) else math.floor(float(low))
    hi = 0 if high is None or pd.isna(high) else math.ceil(float(high))
    return i18n.fmt_int(lo) if lo == hi else f"{i18n.fmt_int(lo)}–{i18n.fmt_int(hi)}"


def _topic_label(topic: Any, lang: str) -> str:
    if topic is None or (isinstance(topic, float) and math.isnan(topic)):
        return i18n.t("alerts.all_topics", lang)
    if lang == "en":
        from gema.sentimen import topic_labels

        return topic_labels("en").get(str(topic), str(topic))
    return str(topic)


def _pct(value: Any) -> str:
    if value is None or pd.isna(value):
        return "—"
    return f"{i18n.fmt_int(round(float(value) * 100))} %"


def explain(row: Any, lang: str = i18n.DEFAULT_LANG, today: date | None = None) -> str:
    """One sentence, e.g. 'Banjir & Bencana di Kab. Lebak: 50 aspirasi hari ini, biasanya 0–1;
    kata teratas: banjir, rumah, terendam; 80 % negatif'."""
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k))
    day = pd.Timestamp(get("date")).date()
    today = today or date.today()
    if day == today:
        when = i18n.t("alerts.today", lang)
    elif day == today - timedelta(days=1):
        when = i18n.t("alerts.yesterday", lang)
    else:
        when = i18n.t("alerts.on_day", lang, day=i18n.fmt_date(day, lang))
    place = KODE_NAMA.get(str(get("kabkota")), str(get("kabkota")))
    words = [str(w) for w in (get("top_words") if get("top_words") is not None else [])]
    words_text = i18n.t("alerts.words", lang, words=", ".join(words)) if len(words) else ""
    topic = _topic_label(get("topic"), lang)
    if get("kind") == "negatif":
        text = i18n.t(
            "alerts.explain.negative",
            lang,
            topic=topic,
            place=place,
            share=_pct(get("negative_share")),
            when=when,
            usual=_pct(get("usual_negative")),
            n=i18n.fmt_int(get("count")),
        )
    else:
        text = i18n.t(
            "alerts.explain.volume",
            lang,
            topic=topic,
            place=place,
            n=i18n.fmt_int(get("count")),
            when=when,
            usual=_usual_range(get("usual_low"), get("usual_high")),
        )
        share = get("negative_share")
        if share is not None and not pd.isna(share):
            words_text += i18n.t("alerts.neg_part", lang, share=_pct(share))
    return text + words_text


def aspirasi_query(row: Any, lang: str = i18n.DEFAULT_LANG) -> dict[str, str]:
    """The query string that opens Aspirasi filtered to the alert: its day, kab/kota, topic."""
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k))
    day = pd.Timestamp(get("date")).date().isoformat()
    query = {"periode": "custom", "dari": day, "sampai": day, "kabkota": str(get("kabkota"))}
    topic = get("topic")
    if topic is not None and not (isinstance(topic, float) and math.isnan(topic)):
        query["topik"] = str(topic)
    if lang != i18n.DEFAULT_LANG:
        query["lang"] = lang
    return query


def aspirasi_link(row: Any, lang: str = i18n.DEFAULT_LANG) -> str:
    return "aspirasi?" + urlencode(aspirasi_query(row, lang))


def records(found: pd.DataFrame, today: date | None = None) -> list[dict[str, Any]]:
    """The CLI contract: {"date", "kabkota", "topic", "count", "expected", "ratio",
    "negative_share", "explanation"}; topic None for an all-topics alert."""
    out = []
    for row in found.to_dict(orient="records"):
        share = row.get("negative_share")
        topic = row.get("topic")
        out.append(
            {
                "date": pd.Timestamp(row["date"]).date().isoformat(),
                "kabkota": str(row["kabkota"]),
                "topic": None if topic is None or pd.isna(topic) else str(topic),
                "count": int(row["count"]),
                "expected": round(float(row["expected"]), 2),
                "ratio": round(float(row["ratio"]), 2),
                "negative_share": None
                if share is None or pd.isna(share)
                else round(float(share), 3),
                "explanation": explain(row, i18n.DEFAULT_LANG, today),
            }
        )
    return out
