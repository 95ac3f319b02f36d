"""The KPI card and the "apa yang berubah" line: the two value types every dashboard shares.

A `Kpi` is one figure now, the same figure in the previous period and how to read the change; a
`Change` is one notable rise or fall. Overview, Jangkauan, Aspirasi, Kepuasan (IKM card) and the
slides build them; `gema.ui.kpi_cards` / `gema.ui.change_list` draw them. Kept in core because
several features produce them and no feature should import another just for the type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from gema.core import i18n
from gema.core.regions import KODE_NAMA

Unit = Literal["count", "ratio", "index"]


@dataclass(frozen=True)
class Kpi:
    """One KPI card: value now, value in the previous period of equal length, how to read it.

    unit 'count' changes are relative (+12,3%); 'ratio' (a fraction) and 'index' (−100..+100)
    changes are differences in points. `better` says which direction is good ('up'/'down')."""

    key: str
    label_key: str
    help_key: str
    value: float | None
    previous: float | None
    unit: Unit = "count"
    better: Literal["up", "down"] | None = "up"
    # what the reader must know to read the value (catalogue key, its parameters), shown on the
    # card itself, never only in a tooltip: e.g. a sample too small, units left out
    caveats: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()

    def caveat_texts(self, lang: str = i18n.DEFAULT_LANG, skip: tuple[str, ...] = ()) -> list[str]:
        """The caveats in the reader's language; `skip`: keys a caller already says otherwise."""
        return [i18n.t(k, lang, **dict(params)) for k, params in self.caveats if k not in skip]

    @property
    def change(self) -> float | None:
        """Relative change for counts, difference for ratios and indexes; None when unknown."""
        if self.value is None or self.previous is None:
            return None
        if self.unit == "count":
            return (self.value - self.previous) / self.previous if self.previous else None
        return self.value - self.previous

    def value_text(self, lang: str = i18n.DEFAULT_LANG) -> str:
        if self.value is None:
            return "—"
        if self.unit == "ratio":
            return i18n.fmt_pct(self.value, 1)
        if self.unit == "index":
            return _signed(i18n.fmt_num(self.value, 1), self.value)
        return i18n.fmt_compact(self.value, lang)

    def full_text(self) -> str:
        """The exact value (1.234.567) for tooltips and exports."""
        if self.value is None:
            return "—"
        if self.unit == "count":
            return i18n.fmt_int(self.value)
        return self.value_text()

    def delta_text(self, lang: str = i18n.DEFAULT_LANG) -> str | None:
        """'+12,3%' for counts, '+1,5 poin' for ratios/indexes; None when there is nothing to
        compare with (a leading '-' lets Streamlit colour the delta)."""
        ch = self.change
        if ch is None:
            return None
        if self.unit == "count":
            return _ascii_sign(i18n.fmt_pct(ch, 1, signed=True))
        points = ch * 100 if self.unit == "ratio" else ch
        return (
            _ascii_sign(_signed(i18n.fmt_num(points, 1), points))
            + " "
            + i18n.t("dash.points", lang)
        )


def _signed(text: str, value: float) -> str:
    return ("+" + text) if value > 0 else text


def _ascii_sign(text: str) -> str:
    return text.replace("−", "-")


def ratio(num: object, den: object) -> float | None:
    """num ÷ den, or None when either is missing or the denominator is 0 (no fake 0%)."""
    if num is None or den is None or is_missing(num) or is_missing(den) or float(den) == 0:
        return None
    return float(num) / float(den)


def is_missing(value: object) -> bool:
    """None or NaN/NA (a query's NULL), without failing on values pandas cannot test."""
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def as_float(value: object) -> float | None:
    """The value as a float, None for a NULL."""
    return None if is_missing(value) else float(value)  # type: ignore[arg-type]


def fmt_or_dash(value: Any, fn: Any) -> str:
    """`fn(value)`, or '—' for a missing value (a table cell never shows 'nan' or 'None')."""
    return "—" if is_missing(value) else fn(value)


def net_sentiment(positif: float, negatif: float, labelled: float) -> float | None:
    """(positif − negatif) ÷ labelled × 100, from −100 (all negative) to +100 (all positive)."""
    return None if not labelled else (positif - negatif) / labelled * 100


@dataclass(frozen=True)
class Change:
    """One notable rise or fall between the previous period and this one."""

    metric: Literal["complaints", "feedback", "reach"]
    kabkota: str | None
    topic: str | None
    previous: float
    current: float
    score: float
    overall: float | None = None  # the relative change of the same metric in total

    @property
    def rising(self) -> bool:
        return self.current > self.previous

    @property
    def pct(self) -> float | None:
        return (self.current - self.previous) / self.previous if self.previous else None

    def text(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """E.g. 'Keluhan topik banjir di Kab. Lebak naik 64% (120 → 197)'."""
        where = (
            i18n.t("dash.change.in", lang, place=KODE_NAMA.get(self.kabkota, self.kabkota))
            if self.kabkota
            else ""
        )
        subject = i18n.t(
            f"dash.change.{self.metric}" + ("_topic" if self.topic else ""),
            lang,
            topic=self.topic or "",
        )
        verb = i18n.t("dash.change.up" if self.rising else "dash.change.down", lang)
        fmt = (lambda v: i18n.fmt_compact(v, lang)) if self.metric == "reach" else i18n.fmt_int
        pct = self.pct
        how = (
            i18n.fmt_pct(abs(pct), 0) if pct is not None else i18n.t("dash.change.from_zero", lang)
        )
        text = i18n.t(
            "dash.change.sentence",
            lang,
            subject=subject,
            where=where,
            verb=verb,
            how=how,
            before=fmt(self.previous),
            after=fmt(self.current),
        )
        total = self.overall
        if total is not None and abs(total) >= 0.05 and (total > 0) != self.rising:
            # against the general trend: say so, or '+3%' would look like no news
            text += i18n.t(
                "dash.change.against",
                lang,
                noun=i18n.t(f"dash.change.noun.{self.metric}", lang),
                verb=i18n.t("dash.change.up" if total > 0 else "dash.change.down", lang),
                how=i18n.fmt_pct(abs(total), 0),
            )
        return text
