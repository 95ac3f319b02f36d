"""The FGD slide sequence, generated from the current filters.

One `Deck` feeds every output, so the projector, the PPTX, the PDF and the XLSX tell the same
story: each slide carries its figure (built by the dashboards' own functions in gema.charts,
gema.geo and gema.skm_report), its table, the speaker-note figures, and the frame returned by
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

from gema import agenda, charts, geo, i18n, mapmetrics, metrics, skm_report, store
from gema.filters import Filters
from gema.metrics import Kpi
from gema.regions import KODE_NAMA

# Projection look: fonts readable from the back of a room at 1920×1080 (the slide figure is
# drawn about 640 px high), black text on white.
SLIDE_FONT = 24
SLIDE_HEIGHT = 640

# Page CSS on top of gema.ui's presentation look (loaded after it, so these rules win):
# - the title slide is a navy cover panel filling the slide area instead of three lines
#   floating above a blank band;
# - its demo line is not repeated on screen: the footer under every slide already says it
#   (the line stays in the deck for the PPTX/PDF title page, whose footer does not);
# - the slide counters never break ("1 / 10" on two lines on a phone);
# - on a phone the period is a heading-sized line, not 52 px over four lines.
PAGE_CSS = """
<style>
.gs-lines { margin-top: 3vh; padding: 5vh 4vw; min-height: 44vh; box-sizing: border-box;
            background: #0B3D6E; color: #FFFFFF; border-radius: 18px; display: flex;
            flex-direction: column; justify-content: center; }
.gs-lines div { color: #FFFFFF; font-size: 44px; }
.gs-lines div:first-child { margin-top: 0; font-size: 68px; line-height: 1.15; }
.gs-lines div:nth-child(n+3) { display: none; }
.gs-foot { gap: 1.5rem; align-items: baseline; }
.gs-foot span:last-child { white-space: nowrap; flex: none; }
.st-key-gema_pres_nav [data-testid="stMarkdownContainer"] p { white-space: nowrap; }
@media (max-width: 700px) {
  .gs-lines { min-height: 0; padding: 24px 20px; margin-top: 16px; border-radius: 12px; }
  .gs-lines div:first-child { font-size: 26px; line-height: 1.25; text-wrap: balance; }
  .gs-lines div { font-size: 22px; }
}
</style>
"""
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


def style_for_slide(fig: go.Figure, height: int = SLIDE_HEIGHT) -> go.Figure:
    """The dashboards' figure, enlarged for a projector: bigger fonts, taller, no title."""
    fig.update_layout(
        font={"size": SLIDE_FONT, "color": "#111111"},
        legend={"font": {"size": SLIDE_FONT}},
        hoverlabel={"font": {"size": SLIDE_FONT}},
        height=height,
        title=None,
        paper_bgcolor="white",
    )
    fig.update_xaxes(tickfont={"size": SLIDE_FONT - 2}, title_font={"size": SLIDE_FONT})
    fig.update_yaxes(tickfont={"size": SLIDE_FONT - 2}, title_font={"size": SLIDE_FONT})
    fig.update_traces(textfont_size=SLIDE_FONT - 2, selector={"type": "bar"})
    fig.update_traces(textfont_size=SLIDE_FONT - 4, selector={"type": "scattergeo", "mode": "text"})
    return fig


def small_copy(fig: go.Figure) -> go.Figure:
    """A copy of a slide figure with the dashboards' font sizes, for a phone screen."""
    small = go.Figure(fig)
    small.update_layout(font={"size": 13}, legend={"font": {"size": 13}}, height=420)
    small.update_xaxes(tickfont={"size": 12}, title_font={"size": 13})
    small.update_yaxes(tickfont={"size": 12}, title_font={"size": 13})
    small.update_traces(textfont_size=12, selector={"type": "bar"})
    small.update_traces(textfont_size=11, selector={"type": "scattergeo", "mode": "text"})
    return small


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
    all_kpis = metrics.kpis(conn, f)
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
    return Slide(
        "kpi",
        t("pres.kpi.title", lang),
        t("pres.kpi.subtitle", lang),
        kpis=tuple(shown),
        notes=tuple(_kpi_note(k, lang) for k in all_kpis),
        data=data,
        query="metrics.kpis (dashboard/kpi_posts, dashboard/kpi_feedback, ikm)",
    )


def _trend(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = metrics.weekly_trend(conn, f)
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
    return Slide(
        "tren",
        t("pres.trend.title", lang),
        t("dash.trend.caption", lang),
        figure=style_for_slide(
            agenda.add_event_markers(
                charts.weekly_trend(df, lang), agenda.events_for(conn, f), lang
            )
        ),
        notes=tuple(notes),
        data=df,
        query="dashboard/weekly_trend",
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
    fig = geo.map_figure(values, "reach", lang, highlight=f.kabkota, height=SLIDE_HEIGHT)
    if fig is None:  # no usable boundary file: the same metric as ranked bars
        fig = geo.bar_figure(values, "reach", lang, highlight=f.kabkota, height=SLIDE_HEIGHT)
    ranked = values.sort_values("value", ascending=False)
    notes = tuple(f"{r.nama}: {i18n.fmt_int(r.value)}" for r in ranked.itertuples())
    return Slide(
        "peta",
        t("pres.map.title", lang),
        t("pres.map.subtitle", lang),
        figure=style_for_slide(fig),
        notes=notes,
        data=values,
        query="map/values (mapmetrics.values 'reach')",
    )


def _campaigns(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = metrics.top_campaigns(conn, f, limit=TOP_N)
    if df.empty:
        return None
    fig = charts.ranking_bar(df, "campaign", "reach", lang, value_label=t("dash.chart.reach", lang))
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
    )


def _creators(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = metrics.creator_leaderboard(conn, f, limit=TOP_N)
    if df.empty:
        return None
    plot = df.assign(
        creator=[
            f"{(d if isinstance(d, str) and d else '@' + a)} ({p})"
            for d, a, p in zip(df["display_name"], df["account"], df["platform"], strict=True)
        ]
    )
    fig = charts.ranking_bar(
        plot, "creator", "reach", lang, value_label=t("dash.chart.reach", lang)
    )
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
        t("pres.creators.subtitle", lang, n=metrics.DEFAULT_MIN_POSTS),
        figure=style_for_slide(fig),
        notes=notes,
        data=df,
        query="dashboard/creators",
    )


def _topics(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = metrics.top_topics(conn, f, limit=TOP_N, lang=lang)
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
    return Slide(
        "topik",
        t("pres.topics.title", lang),
        t("dash.top_topics.caption", lang),
        figure=style_for_slide(charts.topics_chart(df, lang)),
        notes=notes,
        data=df,
        query="dashboard/top_topics",
    )


def _voices(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    df = store.run(conn, "export/voices", **f.params(), limit=VOICES_N)
    if df.empty:
        return None
    shown = pd.DataFrame(
        {
            t("pres.col.text", lang): [_clip(x) for x in df["text"]],
            t("pres.col.topic", lang): df["topic"].astype("object").fillna("—"),
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
    df = metrics.sentiment_split(conn, f)
    if df.empty or df["feedback"].sum() == 0:
        return None
    total = df.groupby(df["sentiment"].astype("object").fillna("-"))["feedback"].sum()
    labelled = float(sum(total.get(s, 0) for s in metrics.SENTIMENTS))
    notes = [
        t(
            "pres.note.sentiment",
            lang,
            label=t(f"dash.sent.{s}", lang),
            n=i18n.fmt_int(total.get(s, 0)),
            pct=i18n.fmt_pct(total.get(s, 0) / labelled if labelled else None),
        )
        for s in metrics.SENTIMENTS
    ]
    net = metrics.net_sentiment(total.get("positif", 0), total.get("negatif", 0), labelled)
    notes.append(t("pres.note.net", lang, n=i18n.fmt_num(net, 1)))
    return Slide(
        "sentimen",
        t("pres.sentiment.title", lang),
        t("dash.kpi.net.help", lang),
        figure=style_for_slide(charts.sentiment_chart(df, lang)),
        notes=tuple(notes),
        data=df,
        query="dashboard/sentiment_by_channel",
    )


def _ikm(conn: duckdb.DuckDBPyConnection, f: Filters, lang: str) -> Slide | None:
    params = f.params()
    ov = skm_report.overview(conn, params, lang=lang)
    if ov is None:
        return None
    table = skm_report.table(conn, params, "kabkota", lang=lang)
    fig = skm_report.ikm_bars(table, lang)
    notes = [
        t(
            "pres.note.ikm",
            lang,
            ikm=skm_report.ikm.fmt_ikm(ov.ikm),
            mutu=ov.mutu,
            kinerja=ov.kinerja,
            n=i18n.fmt_int(ov.respondents),
            units=i18n.fmt_int(ov.units),
        )
    ]
    notes += [
        f"{name}: {skm_report.ikm.fmt_ikm(v)} ({m})"
        for name, v, m in zip(table["label"], table["ikm"], table["mutu"], strict=True)
    ]
    data = table[["group", "label", "respondents", "ikm", "mutu", "kinerja"]]
    return Slide(
        "ikm",
        t("pres.ikm.title", lang),
        t("pres.ikm.subtitle", lang),
        figure=style_for_slide(fig),
        notes=tuple(notes),
        data=data.reset_index(drop=True),
        query="skm_report.table (ikm/*) by kabkota",
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
            deck.slides.append(slide)
    return deck


def file_name(what: str, f: Filters, ext: str) -> str:
    """'gema-banten_presentasi_2024-07-01_2024-09-30.pptx' (+ '_3601-3602' when filtered)."""
    start = f.start if f.period != "all" else None
    parts = ["gema-banten", what, start.isoformat() if start else "awal", f.end.isoformat()]
    if f.kabkota:
        parts.append("-".join(f.kabkota))
    return "_".join(parts) + "." + ext.lstrip(".")
