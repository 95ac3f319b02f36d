"""Agenda display tables (pages, slides, exports): Indonesian dates and region names."""

from __future__ import annotations

import pandas as pd

from gema.core import i18n
from gema.core.regions import KODE_NAMA


def events_table(events: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The events as a display table (Indonesian dates and names) for slides and exports."""
    return pd.DataFrame(
        {
            i18n.t("agenda.col.date", lang): [i18n.fmt_date(d, lang) for d in events["date"]],
            i18n.t("agenda.col.title", lang): events["title"].astype(str),
            i18n.t("agenda.col.kabkota", lang): [
                KODE_NAMA.get(k, k) if isinstance(k, str) else i18n.t("agenda.province", lang)
                for k in events["kabkota"]
            ],
            i18n.t("agenda.col.kind", lang): [
                i18n.t(f"agenda.kind.{k}", lang) for k in events["kind"]
            ],
        }
    )
