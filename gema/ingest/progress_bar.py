"""The command line's progress bar: one line on stderr, redrawn in place, with row counts in
Indonesian number format (stdout stays free for --json)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from gema.core import i18n
from gema.ingest.progress import Progress

WIDTH = 24
_state = {"open": False}


def line(p: Progress, lang: str = i18n.DEFAULT_LANG) -> str:
    """'[#########---------------]  38% memeriksa 380.000 / 1.000.000 baris'."""
    filled = int(round(p.fraction * WIDTH))
    bar = "#" * filled + "-" * (WIDTH - filled)
    key = "ingest.progress.rows_about" if p.estimated else "ingest.progress.rows"
    rows = i18n.t(
        key, lang, step=i18n.t(f"ingest.progress.{p.step}", lang),
        rows=i18n.fmt_int(p.rows), total=i18n.fmt_int(p.total),
    )  # fmt: skip
    return f"[{bar}] {int(p.fraction * 100):3d}% {rows}"


def stderr_bar(
    stream: TextIO | None = None, every: float = 0.2, lang: str = i18n.DEFAULT_LANG
) -> Callable[[Progress], None]:
    """A progress callback drawing `line` on stderr (at most every `every` seconds)."""
    out = stream or sys.stderr
    last: dict = {"at": 0.0, "len": 0, "text": ""}

    def draw(p: Progress) -> None:
        now = time.monotonic()
        if p.fraction < 1.0 and now - last["at"] < every:
            return
        text = line(p, lang)
        if text == last["text"]:
            return
        last["at"], last["text"] = now, text
        out.write("\r" + text + " " * max(0, last["len"] - len(text)))
        out.flush()
        last["len"] = len(text)
        _state["open"] = out is sys.stderr

    return draw


def end_line() -> None:
    """End the bar's line so later messages start on a line of their own."""
    if _state["open"]:
        sys.stderr.write("\n")
        sys.stderr.flush()
        _state["open"] = False
