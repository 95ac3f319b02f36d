"""The FGD slide sequence, generated from the current filters.

One `Deck` feeds every output, so the projector, the PPTX, the PDF and the XLSX tell the same
story: each slide carries its figure (built by the dashboards' own functions in gema.ringkasan, gema.peta and gema.kepuasan), its table, the speaker-note figures, and the frame returned by
the named query it came from (the XLSX sheet). Slides whose data is empty are left out, never
faked; the title slide is always there.

Kiosk mode (anonymous projector) leaves out the slides that name people (creators) or quote
feedback, so it shows aggregated figures only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import pandas as pd
import plotly.graph_objects as go

from gema import agenda, topics
from gema.aspirasi import data as aspirasi_data
from gema.aspirasi.corrections import SENTIMENTS
from gema.core import figures, i18n, store
from gema.core.filters import Filters
from gema.core.kpi import Kpi, net_sentiment
from gema.core.regions import KODE_NAMA
from gema.jangkauan import data as jangkauan_data
from gema.kepuasan import data as kepuasan_data
from gema.kepuasan import ikm
from gema.kepuasan.frames import display_unknown_n
from gema.kepuasan.unknown import unknown_n
from gema.peta import data as mapmetrics
from gema.presentasi import chartspec
from gema.presentasi.chartspec import ChartSpec, Series
from gema.presentasi.look import style_for_slide
from gema.presentasi.specs import (
    ikm_headline,
    ikm_spec,
    num_or_none,
    partial_caveats,
    partial_weeks,
    ranking_spec,
    sentiment_spec,
    topics_spec,
    weekly_markers,
)
from gema.ringkasan import data as ringkasan_data

IMAGE_SIZE = (1600, 800)  # PNG/PPTX/PDF picture size in px; scale 1
HEADLINE = ("reach", "engagements", "engagement_rate", "feedback", "net_sentiment", "ikm")
TOP_N = 8
VOICES_N = 6
VOICE_CHARS = 180


@dataclass
class Slide:
    """One slide: title, one visual (figure, table, KPI cards or big lines) and speaker notes."""

    key: str
    title: str
    subtitle: str = ""
    figure: go.Figure | None = None
    table: pd.DataFrame | None = None  # display table: formatted text, Indonesian headers
    kpis: tuple[Kpi, ...] = ()
    lines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # the figures a presenter reads out
    data: pd.DataFrame | None = None  # the named query's frame (the XLSX sheet)
    query: str = ""  # the named query / function the data came from
    spec: ChartSpec | None = None  # the chart as data: native PPTX chart, vector PDF (issue 12)
    caveats: tuple[str, ...] = ()  # shown under the chart on screen, slide body, PDF, XLSX
    kpi_lines: dict[str, str] = field(default_factory=dict)  # kpi key → a line under its card
    extra: tuple[tuple[str, pd.DataFrame], ...] = ()  # further XLSX sheets (name, frame)

    @property
    def sheet(self) -> str:
        return self.key[:31]


@dataclass
class Deck:
    """Every slide for one set of filters, with the words that describe the view."""

    filters: Filters
    lang: str
    period_text: str
    scope_text: str
    generated: datetime
    demo: bool
    slides: list[Slide] = field(default_factory=list)
    sources: pd.DataFrame | None = None  # the loaded import batches (XLSX 'Tentang laporan')

    @property
    def has_data(self) -> bool:
        return len(self.slides) > 1

    def get(self, key: str) -> Slide | None:
        return next((s for s in self.slides if s.key == key), None)

    def slide_keys(self) -> list[str]:
        return [s.key for s in self.slides]


def t(key: str, lang: str, **kw: object) -> str:
    return i18n.t(key, lang, **kw)


def period_text(f: Filters, lang: str) -> str:
    return i18n.fmt_period(f.start if f.period != "all" else None, f.end, lang)


def scope_text(f: Filters, lang: str) -> str:
    """'Seluruh Banten' or the chosen kab/kota names."""
    if not f.kabkota:
        return t("common.province", lang)
    return ", ".join(KODE_NAMA.get(k, k) for k in f.kabkota)


def filter_line(f: Filters, lang: str) -> str:
    """The active filters in one line, for under a page title and on reports:
    'Kab. Lebak · 30 hari terakhir (5 Nov 2026 – 4 Des 2026) · semua platform'. A shared link
    to one kab/kota must never look like the whole province."""
    parts = [scope_text(f, lang)]
    label = t(f"filter.period.{f.period}", lang)
    if f.period == "all":
        parts.append(label)
    elif f.period == "custom":
        parts.append(period_text(f, lang))
    else:
        parts.append(f"{label} ({period_text(f, lang)})")
    parts.append(
        t("rep.filter.platforms", lang, names=", ".join(f.platform))
        if f.platform
        else t("rep.filter.all_platforms", lang)
    )
    if f.campaign:
        parts.append(t("rep.filter.campaigns", lang, names=", ".join(f.campaign)))
    if f.channel:
        parts.append(t("rep.filter.channels", lang, names=", ".join(f.channel)))
    return " · ".join(parts)


def _kpi_note(k: Kpi, lang: str) -> str:
    delta = k.delta_text(lang)
    base = f"{t(k.label_key, lang)}: {k.full_text()}"
    if delta is None:
        return base
    return base + " (" + t("pres.note.vs_prev", lang, delta=delta) + ")"


# --- the slides --------------------------------------------------------------------------------
def _title(f: Filters, lang: str, generated: datetime, demo: bool) -> Slide:
    prev = f.previous()
    lines = [period_text(f, lang), scope_text(f, lang)]
    if demo:
        lines.append(t("app.demo_banner", lang))
    return Slide(
        "judul",
        t("pres.deck_title", lang),
        t("app.tagline", lang),
        lines=tuple(lines),
        notes=(
            t("pres.note.period", lang, period=period_text(f, lang)),
            t("pres.note.prev", lang, period=i18n.fmt_period(prev.start, prev.end, lang)),
            t("pres.note.scope", lang, scope=scope_text(f, lang)),
            t("pres.note.generated", lang, when=i18n.fmt_datetime(generated, lang)),
        ),
    )


def _kpis(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    all_kpis = ringkasan_data.kpis(conn, f)
    shown = [k for key in HEADLINE for k in all_kpis if k.key == key and k.value is not None]
    if not any(k.value for k in shown):  # a period with no data at all: no slide of zeros
        return None
    data = pd.DataFrame(
        {
            "kpi": [k.key for k in all_kpis],
            "label": [t(k.label_key, lang) for k in all_kpis],
            "value": [k.value for k in all_kpis],
            "previous": [k.previous for k in all_kpis],
            "change": [k.change for k in all_kpis],
        }
    )
    caveats, lines = [], {}
    if any(k.key == "ikm" for k in shown):  # the headline IKM carries its sample caveat
        params = f.params()
        ov = kepuasan_data.overview(conn, params, lang=lang)
        if ov is not None:
            groups = kepuasan_data.sample_flags(
                kepuasan_data.table(conn, params, "kabkota", lang=lang),
                kepuasan_data.adequacy(conn, params, "kabkota", lang),
            )
            caveat, lines["ikm"] = ikm_headline(conn, params, ov, groups, lang)
            caveats.append(caveat)
    for k in shown:  # what a card says it leaves out (the sample is said by ikm_headline)
        caveats += k.caveat_texts(lang, skip=("ikm.caveat.short",))
    return Slide(
        "kpi",
        t("pres.kpi.title", lang),
        t("pres.kpi.subtitle", lang),
        kpis=tuple(shown),
        notes=tuple(_kpi_note(k, lang) for k in all_kpis),
        data=data,
        query="metrics.kpis (dashboard/kpi_posts, dashboard/kpi_feedback, ikm)",
        caveats=tuple(caveats),
        kpi_lines=lines,
    )


def _trend(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = ringkasan_data.weekly_trend(conn, f)
    if df.empty:
        return None
    notes = [
        t("pres.note.reach_total", lang, n=i18n.fmt_int(df["reach"].sum())),
        t("pres.note.feedback_total", lang, n=i18n.fmt_int(df["feedback"].sum())),
    ]
    if df["reach"].notna().any() and df["reach"].max() > 0:
        peak = df.loc[df["reach"].idxmax()]
        notes.append(
            t(
                "pres.note.peak",
                lang,
                week=i18n.fmt_date(peak["week"], lang),
                n=i18n.fmt_int(peak["reach"]),
            )
        )
    start = f.start if f.period != "all" else None
    partial = partial_weeks(df["week"], start, f.end)
    events = agenda.events_for(conn, f)
    spec = ChartSpec(
        "weekly",
        [figures.week_label(w, lang) for w in df["week"]],
        [
            Series(t("dash.chart.reach", lang), [num_or_none(v) for v in df["reach"]]),
            Series(
                t("dash.chart.feedback", lang), [num_or_none(v) for v in df["feedback"]], line=True
            ),
        ],
        partial=partial,
        partial_label=t("dash.chart.partial_short", lang),
        caveats=partial_caveats(df["week"], partial, lang),
        markers=weekly_markers(events, lang),
        markers_label=t("agenda.marker", lang),
    )
    return Slide(
        "tren",
        t("pres.trend.title", lang),
        t("rep.trend.subtitle", lang),
        figure=style_for_slide(chartspec.to_plotly(spec, lang)),
        notes=tuple(notes),
        data=df.assign(partial=partial),
        query="dashboard/weekly_trend",
        spec=spec,
        caveats=tuple(spec.caveats),
    )


def _agenda(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    """The leadership agenda of the period (issue 13): a table on the slide, a sheet in XLSX."""
    events = agenda.events_for(conn, f)
    if events.empty:
        return None
    table = agenda.events_table(events, lang)
    return Slide(
        "agenda",
        t("agenda.sheet", lang),
        t("agenda.caption", lang),
        table=table.head(12),
        notes=(t("agenda.note_count", lang, n=i18n.fmt_int(len(events))),),
        data=events[["date", "title", "kabkota", "kind", "note"]],
        query="agenda/events_in",
    )


def _map(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    values = mapmetrics.values(conn, "reach", **f.params())
    if values.empty or not (values["value"].fillna(0) > 0).any():
        return None
    ranked = values.sort_values("value", ascending=False).reset_index(drop=True)
    notes = tuple(f"{r.nama}: {i18n.fmt_int(r.value)}" for r in ranked.itertuples())
    # The ranking names every kab/kota on the bar itself (issue 12: the map/bars lost the names
    # in the files); the map stays on the Peta page.
    spec = ChartSpec(
        "ranking",
        [str(n) for n in ranked["nama"]],
        [Series(t("dash.chart.reach", lang), [num_or_none(v) for v in ranked["value"]])],
        value_label=t("dash.chart.reach", lang),
        labels=[i18n.fmt_int(v) for v in ranked["value"].fillna(0)],
    )
    return Slide(
        "peta",
        t("pres.map.title", lang),
        t("pres.map.subtitle", lang),
        figure=style_for_slide(chartspec.to_plotly(spec, lang)),
        notes=notes,
        data=ranked,
        query="peta/values (peta.data.values 'reach')",
        spec=spec,
    )


def _campaigns(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = ringkasan_data.top_campaigns(conn, f, limit=TOP_N)
    if df.empty:
        return None
    spec = ranking_spec(df["campaign"], df["reach"], t("dash.chart.reach", lang), lang)
    fig = chartspec.to_plotly(spec, lang)
    notes = tuple(
        t(
            "pres.note.campaign",
            lang,
            name=r.campaign,
            reach=i18n.fmt_int(r.reach),
            eng=i18n.fmt_int(r.engagements),
            er=i18n.fmt_pct(r.engagement_rate),
        )
        for r in df.itertuples()
    )
    return Slide(
        "kampanye",
        t("pres.campaigns.title", lang),
        t("pres.campaigns.subtitle", lang, n=TOP_N),
        figure=style_for_slide(fig),
        notes=notes,
        data=df,
        query="dashboard/top_campaigns",
        spec=spec,
    )


def _creators(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = jangkauan_data.creator_leaderboard(conn, f, limit=TOP_N)
    if df.empty:
        return None
    plot = df.assign(
        creator=[
            f"{(d if isinstance(d, str) and d else '@' + a)} ({p})"
            for d, a, p in zip(df["display_name"], df["account"], df["platform"], strict=True)
        ]
    )
    spec = ranking_spec(plot["creator"], df["reach"], t("dash.chart.reach", lang), lang)
    fig = chartspec.to_plotly(spec, lang)
    notes = tuple(
        t(
            "pres.note.creator",
            lang,
            name=c,
            reach=i18n.fmt_int(r.reach),
            er=i18n.fmt_pct(r.engagement_rate),
            posts=i18n.fmt_int(r.posts),
        )
        for c, r in zip(plot["creator"], df.itertuples(), strict=True)
    )
    return Slide(
        "kreator",
        t("pres.creators.title", lang),
        t("pres.creators.subtitle", lang, n=jangkauan_data.DEFAULT_MIN_POSTS),
        figure=style_for_slide(fig),
        notes=notes,
        data=df,
        query="dashboard/creators",
        spec=spec,
    )


def _topics(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = ringkasan_data.top_topics(conn, f, limit=TOP_N, lang=lang)
    if df.empty:
        return None
    notes = tuple(
        t(
            "pres.note.topic",
            lang,
            topic=r.topic,
            n=i18n.fmt_int(r.feedback),
            neg=i18n.fmt_pct(r.negative_share),
        )
        for r in df.itertuples()
    )
    spec = topics_spec(df, lang)
    return Slide(
        "topik",
        t("pres.topics.title", lang),
        t("dash.top_topics.caption", lang),
        figure=style_for_slide(chartspec.to_plotly(spec, lang)),
        notes=notes,
        data=df,
        query="dashboard/top_topics",
        spec=spec,
    )


def _voices(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = store.run(conn, "export/voices", **f.params(), limit=VOICES_N)
    if df.empty:
        return None
    shown = pd.DataFrame(
        {
            t("pres.col.text", lang): [_clip(x) for x in df["text"]],
            t("pres.col.topic", lang): [
                x if isinstance(x, str) else "—" for x in topics.labels(df["topic"], lang)
            ],
            t("pres.col.place", lang): [
                KODE_NAMA.get(k, t("common.outside_unknown", lang)) for k in df["kabkota"]
            ],
            t("pres.col.channel", lang): df["channel"],
        }
    )
    notes = tuple(
        f"{i18n.fmt_date(r.received_at, lang)} · {r.channel} · {r.topic or '—'}"
        for r in df.itertuples()
    )
    return Slide(
        "suara",
        t("pres.voices.title", lang),
        t("pres.voices.subtitle", lang),
        table=shown,
        notes=notes,
        data=df,
        query="export/voices",
    )


def _clip(text: object, n: int = VOICE_CHARS) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _sentiment(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = aspirasi_data.sentiment_split(conn, f)
    if df.empty or df["feedback"].sum() == 0:
        return None
    total = df.groupby(df["sentiment"].astype("object").fillna("-"))["feedback"].sum()
    labelled = float(sum(total.get(s, 0) for s in SENTIMENTS))
    notes = [
        t(
            "pres.note.sentiment",
            lang,
            label=t(f"dash.sent.{s}", lang),
            n=i18n.fmt_int(total.get(s, 0)),
            pct=i18n.fmt_pct(total.get(s, 0) / labelled if labelled else None),
        )
        for s in SENTIMENTS
    ]
    net = net_sentiment(total.get("positif", 0), total.get("negatif", 0), labelled)
    notes.append(t("pres.note.net", lang, n=i18n.fmt_num(net, 1)))
    spec = sentiment_spec(df, lang)
    return Slide(
        "sentimen",
        t("pres.sentiment.title", lang),
        t("dash.kpi.net.help", lang),
        figure=style_for_slide(chartspec.to_plotly(spec, lang)),
        notes=tuple(notes),
        data=df,
        query="dashboard/sentiment_by_channel",
        spec=spec,
        caveats=tuple(spec.caveats),
    )


UNKNOWN_N_SHEET = "ikm_tanpa_n"


def _unknown_n_lines(unk: pd.DataFrame, lang: str) -> list[str]:
    """One line per recap unit-period without a respondent count (speaker notes)."""
    return [
        f"{u} · {KODE_NAMA.get(str(k), t('common.province', lang))} · {p}: "
        f"{ikm.fmt_ikm(v)} ({m}), {t('recap.n_unknown', lang)}"
        for u, k, p, v, m in zip(
            unk["unit"], unk["kabkota"], unk["period"], unk["ikm"], unk["mutu"], strict=True
        )
    ]


def _ikm_unknown_only(unk: pd.DataFrame, lang: str) -> Slide:
    """Only recaps without a respondent count: no pooled IKM (it needs weights), so the slide
    lists each unit's own IKM instead of leaving the survey out of the deck."""
    return Slide(
        "ikm",
        t("pres.ikm.title", lang),
        t("ikm.unknown_n.only", lang),
        table=display_unknown_n(unk, lang),
        notes=tuple(_unknown_n_lines(unk, lang)),
        data=unk.reset_index(drop=True),
        query="kepuasan.unknown.unknown_n (kepuasan/unknown_n)",
        caveats=(t("rep.caveat.ikm_unknown_n", lang, n=i18n.fmt_int(len(unk))),),
    )


def _ikm(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    params = f.params()
    unk = unknown_n(conn, params)
    ov = kepuasan_data.overview(conn, params, lang=lang)
    if ov is None:
        return _ikm_unknown_only(unk, lang) if len(unk) else None
    table = kepuasan_data.sample_flags(
        kepuasan_data.table(conn, params, "kabkota", lang=lang),
        kepuasan_data.adequacy(conn, params, "kabkota", lang),
    )
    spec = ikm_spec(table, conn, params, lang)
    notes = [
        t(
            "pres.note.ikm",
            lang,
            ikm=ikm.fmt_ikm(ov.ikm),
            mutu=ov.mutu,
            kinerja=ov.kinerja,
            n=i18n.fmt_int(ov.respondents),
            units=i18n.fmt_int(ov.units),
        )
    ]
    notes += [
        f"{name}: {ikm.fmt_ikm(v)} ({m}), n = {i18n.fmt_int(n)}"
        + (f" · ⚠ {t('ikm.sample_short_word', lang)}" if short else "")
        for name, v, m, n, short in zip(
            table["label"], table["ikm"], table["mutu"], table["respondents"], table["short"],
            strict=True,
        )
    ]  # fmt: skip
    data = table[["group", "label", "respondents", "needed", "short", "ikm", "mutu", "kinerja"]]
    caveats, extra = list(spec.caveats), ()
    if len(unk):  # recaps without a count are outside this pooled IKM: said on the slide
        caveats.append(t("rep.caveat.ikm_unknown_n", lang, n=i18n.fmt_int(len(unk))))
        notes += _unknown_n_lines(unk, lang)
        extra = ((UNKNOWN_N_SHEET, unk.reset_index(drop=True)),)
    return Slide(
        "ikm",
        t("pres.ikm.title", lang),
        t("pres.ikm.subtitle", lang),
        figure=style_for_slide(chartspec.to_plotly(spec, lang)),
        notes=tuple(notes),
        data=data.reset_index(drop=True),
        query="kepuasan.data.table (kepuasan/*) by kabkota",
        spec=spec,
        caveats=tuple(caveats),
        extra=extra,
    )


def build_deck(
    conn: duckdb.DuckDBPyConnection,
    f: Filters,
    lang: str = i18n.DEFAULT_LANG,
    kiosk: bool = False,
    generated: datetime | None = None,
) -> Deck:
    """Every slide for these filters, in presentation order. In kiosk mode the slides naming
    people or quoting feedback are left out."""
    generated = generated or datetime.now()
    demo = bool(store.scalar(conn, "app/demo_loaded"))
    deck = Deck(f, lang, period_text(f, lang), scope_text(f, lang), generated, demo)
    deck.sources = store.run(conn, "export/sources")
    deck.slides.append(_title(f, lang, generated, demo))
    builders = [
        _kpis,
        _trend,
        _agenda,
        _map,
        _campaigns,
        _creators,
        _topics,
        _voices,
        _sentiment,
        _ikm,
    ]
    if kiosk:
        builders = [b for b in builders if b not in (_creators, _voices)]
    for build in builders:
        slide = build(conn, f, lang)
        if slide is not None:
            if demo:  # "data contoh" travels with every figure, not only the title page
                slide.caveats = (*slide.caveats, t("rep.caveat.demo", lang))
            deck.slides.append(slide)
    return deck


def file_name(what: str, f: Filters, ext: str) -> str:
    """'gema-banten_presentasi_2024-07-01_2024-09-30.pptx' (+ '_3601-3602' when filtered)."""
    start = f.start if f.period != "all" else None
    parts = ["gema-banten", what, start.isoformat() if start else "awal", f.end.isoformat()]
    if f.kabkota:
        parts.append("-".join(f.kabkota))
    return "_".join(parts) + "." + ext.lstrip(".")
