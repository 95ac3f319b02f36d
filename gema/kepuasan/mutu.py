"""Mutu presentation: the colour and the words of a mutu letter, shared by figures, frames,
the overview card and the badge widget (colour never alone: the letter and the label too)."""

from __future__ import annotations

from gema.core import i18n
from gema.kepuasan import ikm

# Mutu colours: the Okabe-Ito colour-blind-safe palette (as gema.core.figures), ordered so that
# neighbouring bands differ in lightness too; every badge also carries the letter and the label.
MUTU_COLOURS: dict[str, str] = {
    "A": "#009E73",  # bluish green
    "B": "#56B4E9",  # sky blue
    "C": "#E69F00",  # orange
    "D": "#D55E00",  # vermillion
}
MUTU_TEXT_COLOURS: dict[str, str] = {"A": "#FFFFFF", "B": "#000000", "C": "#000000", "D": "#FFFFFF"}
WEAKEST_COLOUR = "#D55E00"
NORMAL_COLOUR = "#0072B2"


def mutu_badge_text(letter: str | None, lang: str = i18n.DEFAULT_LANG) -> str:
    """'A · Sangat Baik' (letter and label together, never colour alone)."""
    if not letter:
        return "—"
    b = ikm.BAND_BY_LETTER[letter]
    return f"{letter} · {b.kinerja_en if lang == 'en' else b.kinerja}"
