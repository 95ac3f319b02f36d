"""Peta display tables: pure pandas with the catalogue's headers (no streamlit)."""

from __future__ import annotations

import pandas as pd

from gema.core import i18n
from gema.peta.data import MapMetric, Profile, get


def profile_cards(prof: Profile, lang: str = i18n.DEFAULT_LANG) -> list[tuple[str, str, str]]:
    """The profile's KPI cards as (label, formatted value, help text), Indonesian number format."""
    f = prof.figures

    def count(col: str) -> str:
        return i18n.fmt_int(f.get(col))

    def metric(key: str) -> str:
        return get(key).fmt(f.get(get(key).column), lang)

    cards = [
        ("map.metric.reach", count("reach"), "map.metric.reach.help"),
        ("map.metric.reach_per_1000", metric("reach_per_1000"), "map.metric.reach_per_1000.help"),
        ("map.metric.engagements", count("engagements"), "map.metric.engagements.help"),
        ("map.kpi.posts", count("posts"), "map.kpi.posts.help"),
        ("map.kpi.accounts", count("active_accounts"), "map.kpi.accounts.help"),
        ("map.metric.feedback", count("feedback"), "map.metric.feedback.help"),
        (
            "map.metric.feedback_per_100k",
            metric("feedback_per_100k"),
            "map.metric.feedback_per_100k.help",
        ),
        ("map.metric.net_sentiment", metric("net_sentiment"), "map.metric.net_sentiment.help"),
    ]
    return [(i18n.t(label, lang), value, i18n.t(help_, lang)) for label, value, help_ in cards]


def ranking_table(
    figures: pd.DataFrame, values: pd.DataFrame, metric: MapMetric, lang: str = i18n.DEFAULT_LANG
) -> pd.DataFrame:
    """The table under the map: kab/kota, population and the chosen metric."""
    table = figures.merge(values[["kode", "value"]], on="kode")
    return pd.DataFrame(
        {
            i18n.t("map.col.kabkota", lang): table["nama"],
            i18n.t("map.col.population", lang): table["population"].map(i18n.fmt_int),
            metric.label(lang): table["value"].map(lambda v: metric.fmt(v, lang)),
        }
    )


def topics_frame(topics: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The profile's top topics with their feedback counts."""
    return pd.DataFrame(
        {
            i18n.t("map.col.topic", lang): topics["topic"].fillna(
                i18n.t("map.topic_unlabelled", lang)
            ),
            i18n.t("map.col.feedback", lang): topics["feedback"].map(i18n.fmt_int),
            i18n.t("map.col.positif", lang): topics["positif"].map(i18n.fmt_int),
            i18n.t("map.col.negatif", lang): topics["negatif"].map(i18n.fmt_int),
        }
    )


def creators_frame(c: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The profile's top creators (ICN marked with a tick, not colour)."""
    return pd.DataFrame(
        {
            i18n.t("map.col.account", lang): c["account"],
            i18n.t("map.col.name", lang): c["display_name"].fillna(""),
            i18n.t("map.col.platform", lang): c["platform"],
            i18n.t("map.col.icn", lang): c["is_icn"].map({True: "✓", False: ""}),
            i18n.t("map.col.posts", lang): c["posts"].map(i18n.fmt_int),
            i18n.t("map.col.reach", lang): c["reach"].map(i18n.fmt_int),
        }
    )


def feedback_frame(fb: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """The profile's most recent feedback."""
    return pd.DataFrame(
        {
            i18n.t("map.col.received", lang): fb["received_at"].map(
                lambda d: i18n.fmt_datetime(d, lang)
            ),
            i18n.t("map.col.channel", lang): fb["channel"],
            i18n.t("map.col.topic", lang): fb["topic"].fillna(""),
            i18n.t("map.col.sentiment", lang): fb["sentiment"].fillna(""),
            i18n.t("map.col.text", lang): fb["text"],
        }
    )
