"""Kepuasan display tables: pure pandas with the catalogue's headers (no streamlit)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from gema.core import i18n
from gema.kepuasan import ikm
from gema.kepuasan.data import group_label
from gema.kepuasan.mutu import MUTU_COLOURS, MUTU_TEXT_COLOURS, mutu_badge_text


def unsur_text(codes: object, names: Mapping[str, str]) -> str:
    """'U8 Penanganan pengaduan, saran dan masukan' (several joined with '; ')."""
    if codes is None or isinstance(codes, float):
        return "—"
    parts = [f"{c} {names[c]}" if names.get(c) else str(c) for c in codes]
    return "; ".join(parts) if parts else "—"


def display_table(
    df: pd.DataFrame, by: str, names: Mapping[str, str], lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """A group table for the page: Indonesian headers, IKM with two decimals (text, so the
    comma shows), mutu as 'A · Sangat Baik', the weakest unsur by name."""
    columns = {
        i18n.t(f"ikm.by.{by}", lang): df["label"].astype(str),
        i18n.t("ikm.col.respondents", lang): df["respondents"].map(i18n.fmt_int),
    }
    if "short" in df:
        columns[i18n.t("ikm.col.sample", lang)] = [
            i18n.t("ikm.sample_flag.short", lang, n=i18n.fmt_int(n))
            if s
            else i18n.t("ikm.sample_flag.ok", lang)
            for s, n in zip(df["short"], df["needed"], strict=True)
        ]
    out = pd.DataFrame(
        {
            **columns,
            "IKM": df["ikm"].map(ikm.fmt_ikm),
            i18n.t("ikm.col.mutu", lang): df["mutu"].map(lambda m: mutu_badge_text(m, lang)),
            i18n.t("ikm.col.weakest", lang): df["weakest"].map(lambda c: unsur_text(c, names)),
        }
    )
    if by == "unit":
        out.insert(
            1,
            i18n.t("ikm.by.kabkota", lang),
            [group_label("kabkota", k, lang) for k in df["kabkota"]],
        )
    return out


def display_unsur(
    df: pd.DataFrame, mode: ikm.WeightMode, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """The NRR-per-unsur table: NRR with three decimals, weighted NRR, per-unsur mutu, a marker
    on the weakest."""
    weakest = i18n.t("ikm.weakest_short", lang)
    return pd.DataFrame(
        {
            i18n.t("ikm.col.unsur", lang): df["unsur"],
            i18n.t("ikm.col.unsur_name", lang): df["unsur_name"].fillna("—").astype(str),
            i18n.t("ikm.col.nrr", lang): df["nrr"].map(ikm.fmt_nrr),
            i18n.t("ikm.col.weighted", lang): df["weighted"].map(ikm.fmt_nrr),
            i18n.t("ikm.col.mutu", lang): df["mutu"].map(lambda m: mutu_badge_text(m, lang)),
            i18n.t("ikm.col.answers", lang): df["answers"].map(i18n.fmt_int),
            "": ["◀ " + weakest if w else "" for w in df["weakest"]],
        }
    )


def display_adequacy(
    df: pd.DataFrame, level: str = "unit", lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """Sample adequacy with the flag as words and symbol, never colour alone."""

    def flag(value: object) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return i18n.t("ikm.adequate.unknown", lang)
        return i18n.t("ikm.adequate.yes" if value else "ikm.adequate.no", lang)

    return pd.DataFrame(
        {
            i18n.t(f"ikm.sample_head.{level}", lang): df["label"].astype(str),
            i18n.t("ikm.col.period", lang): df["period"],
            i18n.t("ikm.col.service_users", lang): df["service_users"].map(i18n.fmt_int),
            i18n.t("ikm.col.needed", lang): df["needed"].map(i18n.fmt_int),
            i18n.t("ikm.col.respondents", lang): df["respondents"].map(i18n.fmt_int),
            i18n.t("ikm.col.adequate", lang): df["adequate"].map(flag),
        }
    )


def mutu_styled(df: pd.DataFrame, column: str) -> Any:
    """A pandas Styler colouring the mutu column (whose text already says 'A · Sangat Baik')."""

    def colour(text: object) -> str:
        letter = str(text)[:1]
        if letter not in MUTU_COLOURS:
            return ""
        return (
            f"background-color: {MUTU_COLOURS[letter]}; "
            f"color: {MUTU_TEXT_COLOURS[letter]}; font-weight: 600"
        )

    return df.style.map(colour, subset=[column])


def display_unknown_n(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The page's table of recaps without a count: unit, kab/kota, period, IKM and mutu, the
    published IKM, and the flag 'n tidak diketahui' in the respondents column."""
    t = i18n.t
    return pd.DataFrame(
        {
            t("ikm.by.unit", lang): df["unit"],
            t("ikm.by.kabkota", lang): [group_label("kabkota", k, lang) for k in df["kabkota"]],
            t("ikm.col.period", lang): df["period"],
            t("ikm.col.respondents", lang): [t("recap.n_unknown", lang)] * len(df),
            "IKM": df["ikm"].map(ikm.fmt_ikm),
            t("ikm.col.mutu", lang): df["mutu"].map(lambda m: mutu_badge_text(m, lang)),
            t("ikm.col.published", lang): df["published_ikm"].map(
                lambda v: "—" if v is None or pd.isna(v) else ikm.fmt_ikm(float(v))
            ),
        }
    )
