"""The overview's IKM card (a provider for the overview's KPI list)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from gema.core import i18n
from gema.core.kpi import Kpi
from gema.kepuasan import ikm
from gema.kepuasan.data import overview
from gema.kepuasan.mutu import mutu_badge_text


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
    return [
        IkmKpi(
            "ikm",
            "ikm.overview.card",
            "ikm.overview.help",
            now.ikm,
            before.ikm if before else None,
            "index",
            "up",
            mutu_letter=now.mutu,
        )
    ]
