"""How wide a text is on a slide, without a renderer: so the PPTX never lets a title run over
its subtitle or a big number wrap onto its change line (issue 12, seen in LibreOffice).

Widths are estimated from DejaVu Sans Bold advance widths (em per character, grouped): the
widest font LibreOffice substitutes for the template's Calibri, so an estimate that fits here
fits in PowerPoint too. Tests use the same estimate to check every single-line text on the
slides, with no LibreOffice in CI.
"""

from __future__ import annotations

# em widths, DejaVu Sans Bold (rounded up); anything else counts as WIDE
_GROUPS = (
    (0.35, " ijlIJ'.,·:;/\\|!"),
    (0.50, '-()[]ftr*_`"–'),
    (0.60, "?zcs"),
    (0.70, "0123456789$abdeghknopquvxyLTEFSYZPC{}"),
    (0.85, "ABRKXVUGDHNOQ&#+<=>^~→⚠"),
    (1.10, "wmMW%@—…"),
)
_WIDTH = {ch: w for w, chars in _GROUPS for ch in chars}
WIDE = 0.85
PAD_IN = 0.2  # python-pptx text boxes: 0,1" inset left and right
LINE_SPACING = 1.2  # a line is 1,2 × the font size high
SAFETY = 0.9  # a single-line text uses at most 90 % of its box


def text_width(text: str, pt: float) -> float:
    """Estimated width in inches of `text` set in bold at `pt` points (regular is narrower)."""
    return sum(_WIDTH.get(ch, WIDE) for ch in text) * pt / 72


def line_height(pt: float) -> float:
    """Height in inches of one line at `pt` points."""
    return pt * LINE_SPACING / 72


def fits(text: str, width_in: float, pt: float) -> bool:
    """Whether `text` stays on one line in a text box `width_in` wide (with SAFETY to spare:
    renderers differ by a few per cent, and a wrapped big number is unreadable)."""
    return text_width(text, pt) <= (width_in - PAD_IN) * SAFETY


def lines_needed(text: str, width_in: float, pt: float) -> int:
    """Lines `text` wraps onto (greedy, at spaces) in a text box `width_in` wide."""
    room = (width_in - PAD_IN) * SAFETY
    total = 0
    for para in text.split("\n"):
        lines, current = 1, ""
        for word in para.split(" "):
            trial = f"{current} {word}" if current else word
            if current and text_width(trial, pt) > room:
                lines += 1
                current = word
            else:
                current = trial
            # a word wider than the box is broken between characters ('130.661.97 / 6')
            extra = int(text_width(current, pt) // room) if room > 0 else 0
            if extra:
                lines += extra
                current = ""
        total += lines
    return total


def fit_size(texts: list[str], width_in: float, max_pt: int, min_pt: int) -> int:
    """The largest size ≤ max_pt (not below min_pt) at which every text stays on one line."""
    pt = max_pt
    while pt > min_pt and not all(fits(x, width_in, pt) for x in texts):
        pt -= 1
    return pt
