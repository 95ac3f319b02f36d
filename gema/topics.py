"""Topic names in the UI language (issue 12: in English mode topic names stayed Indonesian).

Topics are stored in Indonesian (the taxonomy in data/topics/topics.csv is the key); its
`label_en` column is the English name. Only display goes through here: filters, corrections and
stored values keep the Indonesian key.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache

from gema.core import i18n, store

TOPICS_CSV = store.DATA / "topics" / "topics.csv"


@lru_cache(maxsize=1)
def english_names() -> dict[str, str]:
    """Indonesian topic → English label; empty when the file is missing (names stay as stored)."""
    try:
        with TOPICS_CSV.open(encoding="utf-8") as fh:
            return {r["topic"]: r["label_en"] for r in csv.DictReader(fh) if r.get("label_en")}
    except OSError:
        return {}


def label(name: object, lang: str = i18n.DEFAULT_LANG) -> object:
    """The topic's name in `lang` (unknown names, None and NaN are returned unchanged)."""
    if lang != "en" or not isinstance(name, str):
        return name
    return english_names().get(name, name)


def labels(names: Iterable[object], lang: str = i18n.DEFAULT_LANG) -> list[object]:
    return [label(n, lang) for n in names]
