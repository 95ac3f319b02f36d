"""Vocabulary for the demo data, loaded from data/demo/*.json: places, names, campaign captions
and feedback templates.

Why data files: the wording can be improved without touching the sampling logic (and without a
1.500-line Python module). Everything is invented for demonstration; place names are real Banten
kecamatan and roads so that the text reads naturally, but the events are fictitious. What each
file and field means: data/demo/README.md. JSON has no tuples, so the few (weight, mix) and
(pattern, replacements) pairs are turned back into tuples here: the generator sees exactly the
values it always did (same seed, same rows).

Feedback templates are plain Indonesian; the generator varies them (slang, typos, elongation,
emoji, casing). Slots: {lokasi} kecamatan, {jalan} road, {rs} health facility, {durasi} a
duration, {n} a small number, {intens} an intensifier, {samsat} a Samsat office; in captions
{wilayah} becomes the post's kab/kota name or "seluruh Banten".
"""

from __future__ import annotations

import json
from typing import Any

from gema.core import store

DIR = store.DATA / "demo"


def _load(name: str) -> dict[str, Any]:
    return json.loads((DIR / f"{name}.json").read_text(encoding="utf-8"))


def _pairs(rows: list[list[Any]]) -> list[tuple[str, list[str]]]:
    return [(pattern, list(replacements)) for pattern, replacements in rows]


_places = _load("places")
KECAMATAN: dict[str, list[str]] = _places["KECAMATAN"]
JALAN: dict[str, list[str]] = _places["JALAN"]
GENERIC_LOKASI: list[str] = _places["GENERIC_LOKASI"]
GENERIC_JALAN: list[str] = _places["GENERIC_JALAN"]
RS: list[str] = _places["RS"]
SAMSAT: list[str] = _places["SAMSAT"]
DURASI: list[str] = _places["DURASI"]
INTENS: list[str] = _places["INTENS"]

_people = _load("people")
FIRST_NAMES: list[str] = _people["FIRST_NAMES"]
LAST_NAMES: list[str] = _people["LAST_NAMES"]
HANDLE_WORDS: list[str] = _people["HANDLE_WORDS"]
PLACE_WORDS: list[str] = _people["PLACE_WORDS"]
HOME_WORDS: dict[str, list[str]] = _people["HOME_WORDS"]
FOLLOW_UPS: dict[str, list[str]] = _people["FOLLOW_UPS"]
ICN_NICHES: list[str] = _people["ICN_NICHES"]
AUTHOR_LOCATIONS: list[str] = _people["AUTHOR_LOCATIONS"]
FGD_ROLES: list[str] = _people["FGD_ROLES"]

_topics = _load("feedback_topics")
# topic key → (weight overall, sentiment mix (negatif, netral, positif))
TOPICS: dict[str, tuple[float, tuple[float, float, float]]] = {
    k: (w, tuple(mix)) for k, (w, mix) in _topics["TOPICS"].items()
}
TOPIC_SEASON: dict[str, list[float]] = _topics["TOPIC_SEASON"]
SKM_SARAN: dict[str, list[str]] = _topics["SKM_SARAN"]
CASUAL: dict[str, dict[str, list[str]]] = _load("feedback_casual")["CASUAL"]
FORMAL: dict[str, dict[str, list[str]]] = _load("feedback_formal")["FORMAL"]

_style = _load("feedback_style")
OPENERS_FGD: list[str] = _style["OPENERS_FGD"]
OPENERS_CASUAL: dict[str, list[str]] = _style["OPENERS_CASUAL"]
OPENERS_FORMAL: list[str] = _style["OPENERS_FORMAL"]
TAILS_CASUAL: dict[str, list[str]] = _style["TAILS_CASUAL"]
TAILS_FORMAL: dict[str, list[str]] = _style["TAILS_FORMAL"]
EMOJI: dict[str, list[str]] = _style["EMOJI"]
SLANG: list[tuple[str, list[str]]] = _pairs(_style["SLANG"])
TYPOS: list[tuple[str, list[str]]] = _pairs(_style["TYPOS"])

CAMPAIGNS: list[dict[str, Any]] = _load("campaigns")["CAMPAIGNS"]

_captions = _load("captions")
OPD_CAPTIONS: list[str] = _captions["OPD_CAPTIONS"]
ICN_CAPTIONS: dict[str, list[str]] = _captions["ICN_CAPTIONS"]
MEDIA_CAPTIONS: list[str] = _captions["MEDIA_CAPTIONS"]
YOUTUBE_PREFIX: list[str] = _captions["YOUTUBE_PREFIX"]
