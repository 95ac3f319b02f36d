"""Follow-up display tables (pure pandas, i18n text): who is late per OPD, the near-duplicates
of an aspiration and its history; drawn by gema.ui.feedback."""

from __future__ import annotations

import pandas as pd

from gema.core import i18n


def opd_frame(df: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Per OPD: open, overdue, confirmed, closed, median days to close (text)."""

    def t(key: str, **kw: object) -> str:
        return i18n.t(key, lang, **kw)

    return pd.DataFrame(
        {
            t("fu.col.opd"): [v if isinstance(v, str) else t("fu.no_route") for v in df["opd"]],
            t("fu.col.open"): [i18n.fmt_int(v) for v in df["open"]],
            t("fu.col.overdue"): [i18n.fmt_int(v) for v in df["overdue"]],
            t("fu.col.confirmed"): [i18n.fmt_int(v) for v in df["open_confirmed"]],
            t("fu.col.closed"): [i18n.fmt_int(v) for v in df["closed"]],
            t("fu.col.median_close"): [
                "—" if pd.isna(v) else t("dash.days", n=i18n.fmt_num(v, 1))
                for v in df["median_days_to_close"]
            ],
        }
    )


def similar_frame(similar: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The near-duplicates of an aspiration: text, date, channel, key."""
    return pd.DataFrame(
        {
            i18n.t("dash.col.text", lang): similar["text"].astype(str),
            i18n.t("dash.col.date", lang): [
                i18n.fmt_date(v, lang, short=True) for v in similar["received_at"]
            ],
            i18n.t("dash.col.channel", lang): similar["channel"].astype(str),
            i18n.t("fu.col.key", lang): [str(int(v)) for v in similar["feedback_key"]],
        }
    )


def history_frame(hist: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The follow-up history of an aspiration: when, who, from, to, detail."""

    def status(v: object) -> str:
        return i18n.t(f"dash.status.{v}", lang) if isinstance(v, str) else "—"

    return pd.DataFrame(
        {
            i18n.t("dash.col.when", lang): [i18n.fmt_datetime(v, lang) for v in hist["changed_at"]],
            i18n.t("dash.col.who", lang): hist["changed_by"].astype(str),
            i18n.t("dash.col.old", lang): [status(v) for v in hist["from_status"]],
            i18n.t("dash.col.new", lang): [status(v) for v in hist["to_status"]],
            i18n.t("fu.col.detail", lang): [
                " · ".join(
                    str(x)
                    for x in (r.opd, r.reason, r.duplicate_of)
                    if x is not None and not pd.isna(x)
                )
                for r in hist.itertuples()
            ],
        }
    )
