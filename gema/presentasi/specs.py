"""Chart specifications of the slides (issue 12): the data every renderer draws (Plotly on
screen, native PPTX charts, PDF vectors), with its partial-period caveats."""

from __future__ import annotations

import duckdb
import pandas as pd

from gema import kepuasan
from gema.core import figures, i18n
from gema.core.i18n import t
from gema.core.regions import KODE_NAMA
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
            # the periods that fall short, each with its own n / minimum: a pooled n above the
            # largest minimum ("579 / 380") would read as enough
            rows = known[known["group"].astype(str).str.strip().str.lower()
                         == str(r.group).strip().lower()]  # fmt: skip
            short_rows = rows[rows["adequate"] == False]  # noqa: E712
            parts = [
                f"{p}: n = {i18n.fmt_int(n)} / {i18n.fmt_int(need)}"
                for p, n, need in zip(
                    short_rows["period"],
                    short_rows["respondents"],
                    short_rows["needed"],
                    strict=True,
                )
            ] or [f"n = {i18n.fmt_int(r.respondents)} / {i18n.fmt_int(r.needed)}"]
            km.append(f"{r.label} ({'; '.join(parts)})")
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
        # short: a long label wraps onto the next bar; the caveat under the chart says it all
        labels=[
            f"{ikm.fmt_ikm(v)} · {m}" + (" ⚠" if sh else "")
            for v, m, sh in zip(data["ikm"], data["mutu"], data["short"], strict=True)
        ],
        flagged=[bool(x) for x in data["short"]],
        flagged_label=short_word,
        colours=[kepuasan.MUTU_COLOURS.get(str(m), figures.PALETTE[0]) for m in data["mutu"]],
        caveats=caveats,
        x_max=100.0,
    )


def topics_spec(df: pd.DataFrame, lang: str) -> ChartSpec:
    """Top topics: the negative part (sentiment colour, its share written inside) and the rest,
    stacked; the total after the bar."""
    return ChartSpec(
        "stacked",
        [str(x) for x in df["topic"]],
        [
            Series(
                t("dash.chart.negative", lang),
                [num_or_none(v) for v in df["negatif"]],
                colour=figures.SENTIMENT_COLOURS["negatif"],
            ),
            Series(
                t("dash.chart.not_negative", lang),
                [num_or_none(a - b) for a, b in zip(df["feedback"], df["negatif"], strict=True)],
                colour=REST_COLOUR,
            ),
        ],
        value_label=t("dash.chart.feedback", lang),
        labels=[i18n.fmt_int(n) for n in df["feedback"]],  # short: a long label wraps
        part_share=True,  # '72%' inside the orange part: the negative share
    )


REST_COLOUR = "#9ECAE1"  # not negative: the light blue of the Ringkasan topics chart


def weekly_markers(events: pd.DataFrame, lang: str) -> list[tuple[str, str]]:
    """Agenda events as (week label, 'title (kind, place)') for the weekly chart's stars."""
    if events is None or events.empty:
        return []
    out = []
    for r in events.sort_values("date").itertuples(index=False):
        day = pd.Timestamp(r.date)
        monday = day - pd.Timedelta(days=day.weekday())
        place = KODE_NAMA.get(r.kabkota, "") if isinstance(r.kabkota, str) else ""
        kind = t(f"agenda.kind.{r.kind}", lang)
        text = f"{i18n.fmt_date(day, lang)}: {r.title} ({kind}{', ' + place if place else ''})"
        out.append((figures.week_label(monday, lang), text))
    return out


def ikm_headline(
    conn: duckdb.DuckDBPyConnection,
    params: dict,
    ov: kepuasan_data.Overview,
    groups: pd.DataFrame,
    lang: str,
) -> tuple[str, str]:
    """The headline IKM's sample caveat (one sentence: slide, screen, PDF, XLSX) and the KPI
    card's short line. Krejcie–Morgan on the service users of each period when N is known,
    else the n < 30 rule with 'n tidak diketahui'; plus how many kab/kota fall short."""
    units = kepuasan_data.adequacy(conn, params, "unit", lang)
    known = units.dropna(subset=["adequate"]) if not units.empty else units
    n = int(ov.respondents)
    value = ikm.fmt_ikm(ov.ikm)
    if len(known):
        per = known.groupby("period").agg(users=("service_users", "sum"),
                                          resp=("respondents", "sum"))  # fmt: skip
        need = [ikm.krejcie_morgan(int(u)) for u in per["users"]]
        short = any(int(r) < m for r, m in zip(per["resp"], need, strict=True))
        key = "rep.caveat.ikm_head_short" if short else "rep.caveat.ikm_head_ok"
        text = t(key, lang, ikm=value, n=i18n.fmt_int(n), needed=i18n.fmt_int(max(need)))
    else:
        short = n < SMALL_N
        key = "rep.caveat.ikm_head_unknown_short" if short else "rep.caveat.ikm_head_unknown"
        text = t(key, lang, ikm=value, n=i18n.fmt_int(n), min=SMALL_N)
    flagged = int(groups["short"].sum()) if "short" in groups else 0
    if flagged:
        text += " " + t("rep.caveat.ikm_head_groups", lang, k=flagged, m=len(groups))
    card = t("pres.kpi.ikm_line", lang, mutu=ov.kinerja, n=i18n.fmt_int(n))
    return text, card + (" ⚠" if short else "")
