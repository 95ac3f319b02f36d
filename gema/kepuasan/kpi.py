"""The overview's IKM card (a provider for the overview's KPI list)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from gema.core import i18n
from gema.core.kpi import Kpi
from gema.kepuasan import ikm
from gema.kepuasan.data import MIN_RESPONDENTS, overview
from gema.kepuasan.mutu import mutu_badge_text
from gema.kepuasan.unknown import unknown_n


@dataclass(frozen=True)
class IkmKpi(Kpi):
    """The IKM card: two decimals and the mutu letter ('81,09 · B'); change in points."""

    mutu_letter: str = ""

    def value_text(self, lang: str = i18n.DEFAULT_LANG) -> str:
        return f"{ikm.fmt_ikm(self.value)} · {self.mutu_letter}"

    def full_text(self) -> str:
        return f"{ikm.fmt_ikm(self.value)} ({mutu_badge_text(self.mutu_letter)})"

    def delta_text(self, lang: str = i18n.DEFAULT_LANG) -> str | None:
        ch = self.change
        if ch is None:
            return None
        sign = "+" if ch > 0 else ""
        return f"{sign}{ikm.fmt_ikm(ch)} {i18n.t('dash.points', lang)}"


def ikm_kpis(conn: duckdb.DuckDBPyConnection, f: Any) -> list[Kpi]:
    """The overview's IKM card for the shared filters, with the change against the previous
    period of equal length in points; [] when the period has no SKM data, so the card is absent
    (never a zero or an invented value)."""
    now = overview(conn, f.params())
    if now is None:
        return []
    before = overview(conn, f.previous().params())
    caveats: list[tuple[str, tuple[tuple[str, Any], ...]]] = []
    if now.respondents < MIN_RESPONDENTS:
        caveats.append(("ikm.caveat.short", (("n", i18n.fmt_int(now.respondents)),)))
    left_out = len(unknown_n(conn, f.params()))
    if left_out:
        caveats.append(("ikm.caveat.unknown_n", (("n", i18n.fmt_int(left_out)),)))
    return [
        IkmKpi(
            "ikm",
            "ikm.overview.card",
            "ikm.overview.help",
            now.ikm,
            before.ikm if before else None,
            "index",
            "up",
            caveats=tuple(caveats),
            mutu_letter=now.mutu,
        )
    ]
