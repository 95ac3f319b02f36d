"""Chart specifications of the slides (issue 12): the data every renderer draws (Plotly on
screen, native PPTX charts, PDF vectors), with its partial-period caveats."""

from __future__ import annotations

import duckdb
import pandas as pd

from gema import kepuasan
from gema.core import figures, i18n
from gema.core.i18n import t
from gema.kepuasan import data as kepuasan_data
from gema.kepuasan import ikm
from gema.presentasi import chartspec
from gema.presentasi.chartspec import ChartSpec, Series


# --- chart specifications (issue 12): the data every renderer draws --------------------------------
def num_or_none(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)  # type: ignore[arg-type]


def ranking_spec(names: pd.Series, values: pd.Series, label: str, lang: str) -> ChartSpec:
    return ChartSpec(
        "ranking",
        [str(n) for n in names],
        [Series(label, [num_or_none(v) for v in values])],
        value_label=label,
        labels=[i18n.fmt_compact(v, lang) for v in values.fillna(0)],
    )


def partial_weeks(weeks: pd.Series, start: object, end: object) -> list[bool]:
    """True for a week (Monday) only partly inside [start, end]: its total is not comparable."""
    out = []
    for w in pd.to_datetime(weeks):
        d = w.date()
        before = start is not None and d < start  # type: ignore[operator]
        after = end is not None and d + pd.Timedelta(days=6) > end  # type: ignore[operator]
        out.append(bool(before or after))
    return out


def partial_caveats(weeks: pd.Series, partial: list[bool], lang: str) -> list[str]:
    """The sentence that says which weeks are partial and how they are drawn (one setting)."""
    if not any(partial):
        return []
    names = ", ".join(i18n.fmt_date(w, lang) for w, p in zip(weeks, partial, strict=True) if p)
    key = "rep.caveat.partial_omit" if chartspec.partial_style() == "omit" else "rep.caveat.partial"
    return [t(key, lang, weeks=names)]


SMALL_N = 30  # a share from fewer answers than this is flagged (same floor as the SKM rule)


def sentiment_spec(df: pd.DataFrame, lang: str) -> ChartSpec:
    """Sentiment shares per channel (all channels first), 'n' in each category name, channels
    with fewer than SMALL_N answers flagged in a caveat; unlabelled answers are a series."""
    data = df.copy()
    data["sentiment"] = data["sentiment"].astype("object").where(data["sentiment"].notna(), None)
    totals = data.groupby("channel")["feedback"].sum().sort_values(ascending=False)
    all_label = t("dash.chart.all_channels", lang)
    channels = [all_label, *[str(c) for c in totals.index]]
    n_by = {all_label: float(totals.sum()), **{str(c): float(v) for c, v in totals.items()}}
    series = []
    for sent in ("positif", "netral", "negatif", None):
        part = data[data["sentiment"].isna()] if sent is None else data[data["sentiment"] == sent]
        by = part.groupby("channel")["feedback"].sum()
        counts = {all_label: float(by.sum()), **{str(c): float(v) for c, v in by.items()}}
        if not sum(counts.values()):
            continue
        series.append(
            Series(
                t(f"dash.sent.{sent or 'none'}", lang),
                [counts.get(c, 0.0) / n_by[c] if n_by[c] else 0.0 for c in channels],
                colour=figures.SENTIMENT_COLOURS[sent],
                fmt="pct",
            )
        )
    small = [c for c in channels if n_by[c] < SMALL_N]
    caveats = [
        t("rep.caveat.small_n", lang, name=c, n=i18n.fmt_int(n_by[c]), min=SMALL_N) for c in small
    ]
    return ChartSpec(
        "shares",
        [f"{c} (n = {i18n.fmt_int(n_by[c])})" + (" ⚠" if c in small else "") for c in channels],
        series,
        flagged=[c in small for c in channels],
        caveats=caveats,
    )


def ikm_spec(
    table: pd.DataFrame, conn: duckdb.DuckDBPyConnection, params: dict, lang: str
) -> ChartSpec:
    """IKM per kab/kota, mutu colours, too-small samples hatched and said in a caveat that names
    the rule (Krejcie–Morgan when N is known, else n < 30 with 'N tidak diketahui')."""
    data = table.dropna(subset=["ikm"]).sort_values("ikm", ascending=False)
    known = kepuasan_data.adequacy(conn, params, "kabkota", lang)
    known_groups = (
        {str(g).strip().lower() for g in known.dropna(subset=["adequate"])["group"]}
        if not known.empty
        else set()
    )
    short_word = t("ikm.sample_short_word", lang)
    km, unknown = [], []
    for r in data.itertuples():
        if not r.short:
            continue
        if str(r.group).strip().lower() in known_groups:
            km.append(f"{r.label} (n = {i18n.fmt_int(r.respondents)} / {i18n.fmt_int(r.needed)})")
        else:
            unknown.append(f"{r.label} (n = {i18n.fmt_int(r.respondents)})")
    caveats = []
    if km:
        caveats.append(t("rep.caveat.ikm_short", lang, names="; ".join(km)))
    if unknown:
        caveats.append(
            t("rep.caveat.ikm_short_unknown", lang, names="; ".join(unknown), min=SMALL_N)
        )
    return ChartSpec(
        "ranking",
        [str(x) for x in data["label"]],
        [Series("IKM", [num_or_none(v) for v in data["ikm"]], fmt="ikm")],
        value_label="IKM",
        labels=[
            f"{ikm.fmt_ikm(v)} · {m}" + (f" · ⚠ {short_word} (n = {i18n.fmt_int(n)})" if sh else "")
            for v, m, n, sh in zip(
                data["ikm"], data["mutu"], data["respondents"], data["short"], strict=True
            )
        ],
        flagged=[bool(x) for x in data["short"]],
        flagged_label=short_word,
        colours=[kepuasan.MUTU_COLOURS.get(str(m), figures.PALETTE[0]) for m in data["mutu"]],
        caveats=caveats,
        x_max=100.0,
    )
