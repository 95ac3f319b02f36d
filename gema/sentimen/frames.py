"""Display tables of the Metode sentimen page (pure pandas, i18n text): the model versions and
the evaluation of a method on a labelled sample (per class, confusion, worst mistakes)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from gema.core import i18n
from gema.sentimen.analyzer import SENTIMENTS


def models_frame(models: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The trained versions with their date and cross-validated figures as text."""
    shown = models.copy()
    shown["trained_at"] = [i18n.fmt_datetime(v, lang) for v in shown["trained_at"]]
    for c in ("cv_f1_model", "cv_f1_lexicon"):
        shown[c] = [i18n.fmt_num(v, 3) for v in shown[c]]
    return shown.rename(columns={c: i18n.t(f"sent.col.{c}", lang) for c in shown.columns})


def per_class_frame(result: dict[str, Any], lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Precision, recall, F1 and support per gold label (from learn.evaluate)."""
    per = pd.DataFrame(
        [
            {"label": c}
            | {k: i18n.fmt_num(r[k], 3) for k in ("precision", "recall", "f1")}
            | {"support": i18n.fmt_int(r["support"])}
            for c, r in result["per_class"].items()
        ]
    )
    per = per.rename(columns={"label": i18n.t("sent.col.gold", lang)})
    return per.rename(columns={c: i18n.t(f"sent.col.{c}", lang) for c in per.columns[1:]})


def confusion_frame(result: dict[str, Any], lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Rows gold, columns predicted (positif/netral/negatif)."""
    labels = list(SENTIMENTS)
    cm = pd.DataFrame(result["confusion"], columns=labels)
    cm.insert(0, i18n.t("sent.col.gold", lang), labels)
    return cm


def mistakes_frame(worst: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The worst mistakes (from learn.worst_mistakes) with the score as text."""
    worst = worst.copy()
    worst["score"] = [i18n.fmt_num(v, 2) for v in worst["score"]]
    return worst.rename(
        columns={
            "row_number": i18n.t("sent.col.row", lang),
            "text": i18n.t("sent.col.text", lang),
            "sentiment": i18n.t("sent.col.gold", lang),
            "predicted": i18n.t("sent.col.pred", lang),
            "score": i18n.t("sent.col.score", lang),
        }
    )
