"""Charts: each figure function returns a go.Figure with the expected traces for a small frame,
uses Indonesian separators and month names, and handles an empty frame."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from gema.aspirasi import figures as aspirasi_figures
from gema.core import figures
from gema.jangkauan import figures as jangkauan_figures
from gema.ringkasan import figures as ringkasan_figures

WEEKS = pd.to_datetime(["2024-07-01", "2024-07-08", "2024-07-15"])


def _empty_ok(fig: go.Figure) -> None:
    assert isinstance(fig, go.Figure)
    assert len(fig.data) == 0
    assert fig.layout.annotations[0].text == "Belum ada data untuk filter ini."


def test_weekly_trend_has_reach_bars_and_feedback_line():
    df = pd.DataFrame({"week": WEEKS, "reach": [1_200_000, 800_000, 0], "feedback": [120, 197, 5]})
    fig = ringkasan_figures.weekly_trend(df)
    assert [t.type for t in fig.data] == ["bar", "scatter"]
    assert [t.name for t in fig.data] == ["Jangkauan", "Aspirasi"]
    assert fig.data[1].yaxis == "y2"
    assert fig.layout.separators == ",."
    assert list(fig.layout.xaxis.ticktext) == ["1 Jul", "8 Jul", "15 Jul"]
    assert "1,0 jt" in fig.layout.yaxis.ticktext  # compact Indonesian ticks
    assert fig.data[0].customdata[0] == "Pekan mulai 1 Juli 2024"
    assert fig.layout.font.size >= 16  # readable on a projector
    _empty_ok(ringkasan_figures.weekly_trend(df.iloc[0:0]))


def test_english_labels():
    df = pd.DataFrame({"week": WEEKS, "reach": [1, 2, 3], "feedback": [1, 2, 3]})
    fig = ringkasan_figures.weekly_trend(df, lang="en")
    assert [t.name for t in fig.data] == ["Reach", "Feedback"]
    assert fig.data[0].customdata[0] == "Week of 1 July 2024"


def test_lines_by_series_one_trace_per_series_grey_other():
    df = pd.DataFrame(
        {
            "week": list(WEEKS) * 2,
            "series": ["Banten Sehat"] * 3 + ["Lainnya"] * 3,
            "reach": [10, 20, 30, 1, 2, 3],
        }
    )
    fig = jangkauan_figures.lines_by_series(df, "reach", y_label="Jangkauan")
    assert [t.name for t in fig.data] == ["Banten Sehat", "Lainnya"]
    assert fig.data[1].line.color == figures.OTHER_COLOUR
    assert fig.data[0].line.color == figures.PALETTE[0]
    _empty_ok(jangkauan_figures.lines_by_series(df.iloc[0:0], "reach"))


def test_stacked_bars_group_small_series():
    df = pd.DataFrame(
        {"week": [WEEKS[0]] * 9, "series": [f"K{i}" for i in range(9)], "feedback": range(9, 0, -1)}
    )
    fig = aspirasi_figures.stacked_bars_by_series(df, "feedback", max_series=4)
    names = [t.name for t in fig.data]
    assert names == ["K0", "K1", "K2", "Lainnya"]
    assert fig.data[3].y[0] == sum(range(6, 0, -1))  # K3..K8 summed
    assert fig.layout.barmode == "stack"
    _empty_ok(aspirasi_figures.stacked_bars_by_series(df.iloc[0:0], "feedback"))


def test_ranking_bar_largest_on_top_with_indonesian_text():
    df = pd.DataFrame({"campaign": ["A", "B"], "reach": [1_234_567, 12_400]})
    fig = figures.ranking_bar(df, "campaign", "reach")
    assert list(fig.data[0].y) == ["B", "A"]  # plotly draws bottom-up: largest last = on top
    assert list(fig.data[0].text) == ["12,4 rb", "1,2 jt"]
    _empty_ok(figures.ranking_bar(df.iloc[0:0], "campaign", "reach"))


def test_topics_chart_negative_and_rest():
    df = pd.DataFrame({"topic": ["banjir", "jalan"], "feedback": [100, 50], "negatif": [60, 10]})
    fig = ringkasan_figures.topics_chart(df)
    assert [t.name for t in fig.data] == ["Negatif", "Positif, netral, belum berlabel"]
    assert list(fig.data[0].x) == [10, 60] and list(fig.data[1].x) == [40, 40]
    _empty_ok(ringkasan_figures.topics_chart(df.iloc[0:0]))


def test_sentiment_chart_shares_per_channel_and_overall():
    df = pd.DataFrame(
        {
            "channel": ["LAPOR!", "LAPOR!", "X", "X"],
            "sentiment": ["positif", "negatif", "negatif", None],
            "feedback": [30, 10, 5, 5],
        }
    )
    fig = aspirasi_figures.sentiment_chart(df)
    names = [t.name for t in fig.data]
    assert names == ["Positif", "Negatif", "Belum berlabel"]
    neg = fig.data[1]
    shares = dict(zip(neg.y, neg.x, strict=True))
    assert shares["<b>Semua kanal</b>"] == pytest.approx(15 / 50)
    assert shares["X"] == pytest.approx(0.5)
    assert fig.data[0].marker.color == figures.SENTIMENT_COLOURS["positif"]
    _empty_ok(aspirasi_figures.sentiment_chart(df.iloc[0:0]))


def test_heatmap_counts_and_unknown_row_last():
    """The one kab/kota × topic grid (Aspirasi): kab/kota as rows, the unknown place at the
    bottom, topics as columns, most frequent first; an empty cell has no number."""
    df = pd.DataFrame(
        {
            "kabkota_name": ["Luar Banten / tidak diketahui", "Kab. Lebak", "Kab. Lebak"],
            "topic": ["banjir", "banjir", "jalan"],
            "feedback": [50, 10, 3],
        }
    )
    fig = aspirasi_figures.kabkota_topic_heatmap(df, last_row="Luar Banten / tidak diketahui")
    hm = fig.data[0]
    assert hm.type == "heatmap"
    assert list(hm.x) == ["banjir", "jalan"]  # most frequent topic first
    assert list(hm.y) == ["Luar Banten /<br>tidak diketahui", "Kab. Lebak"]  # unknown at bottom
    assert hm.z[0][0] == 50 and hm.z[1][1] == 3 and hm.text[0][1] == ""
    _empty_ok(aspirasi_figures.kabkota_topic_heatmap(df.iloc[0:0]))


def test_mix_chart_one_trace_per_platform_shares_sum_to_one():
    df = pd.DataFrame(
        {
            "platform": ["Instagram", "TikTok"],
            "posts": [3, 1],
            "reach": [100, 300],
            "engagements": [10, 30],
        }
    )
    fig = jangkauan_figures.mix_chart(df)
    assert [t.name for t in fig.data] == ["Instagram", "TikTok"]
    total = [a + b for a, b in zip(fig.data[0].x, fig.data[1].x, strict=True)]
    assert total == pytest.approx([1.0, 1.0, 1.0])
    _empty_ok(jangkauan_figures.mix_chart(df.iloc[0:0]))


def test_weekly_trend_marks_partial_weeks():
    from datetime import date

    df = pd.DataFrame({"week": WEEKS, "reach": [10, 20, 30], "feedback": [1, 2, 3]})
    # period Wed 3 Jul – Wed 17 Jul: the first and last weeks are only partly inside
    fig = ringkasan_figures.weekly_trend(df, start=date(2024, 7, 3), end=date(2024, 7, 17))
    full, part, line = fig.data
    assert list(full.x) == [WEEKS[1]] and full.marker.color == figures.PALETTE[0]
    assert (
        list(part.x) == [WEEKS[0], WEEKS[2]]
        and part.marker.color == ringkasan_figures.PARTIAL_COLOUR
    )
    # short legend names: the three entries fit one row on a 390 px phone
    assert part.name == "Pekan tak penuh"
    assert max(len(t.name) for t in fig.data) <= 16
    # the pale bars are named in the legend (issue 12), with short names for a phone
    assert [t.name for t in fig.data if t.showlegend is not False] == [
        "Jangkauan",
        "Pekan tak penuh",
        "Aspirasi",
    ]
    assert full.legendgroup == part.legendgroup
    assert "tidak penuh" in part.customdata[0] and line.type == "scatter"


def test_lines_fill_weeks_without_posts_with_zero():
    df = pd.DataFrame(
        {"week": [WEEKS[0], WEEKS[2], WEEKS[1]], "series": ["A", "A", "B"], "reach": [5, 7, 9]}
    )
    fig = jangkauan_figures.lines_by_series(df, "reach")
    a = next(t for t in fig.data if t.name == "A")
    assert list(a.y) == [5, 0, 7]


def _viral_frame() -> pd.DataFrame:
    """Five campaigns around 100 a week; one week of 'Viral' at 100.000 flattens the rest."""
    rows = [(w, f"K{i}", 100 + 10 * i) for w in WEEKS for i in range(4)]
    rows += [(WEEKS[0], "Viral", 100), (WEEKS[1], "Viral", 100_000), (WEEKS[2], "Viral", 0)]
    rows += [(w, "Lainnya", 300) for w in WEEKS]
    return pd.DataFrame(rows, columns=["week", "series", "reach"])


def test_suggested_view_is_share_when_one_week_flattens_the_rest():
    df = _viral_frame()
    assert jangkauan_figures.suggested_view(df, "reach") == "share"
    calm = df[df["series"] != "Viral"]
    assert jangkauan_figures.suggested_view(calm, "reach") == "count"
    huge_rest = calm.assign(reach=calm["reach"].where(calm["series"] != "Lainnya", 10_000))
    assert (
        jangkauan_figures.suggested_view(huge_rest, "reach") == "share"
    )  # a summed rest flattens too
    assert jangkauan_figures.suggested_view(df.iloc[0:0], "reach") == "count"


def test_lines_share_view_sums_to_one_per_week_and_keeps_figures_in_hover():
    df = _viral_frame()
    fig = jangkauan_figures.lines_by_series(df, "reach", y_label="Jangkauan", view="share")
    totals = pd.DataFrame({t.name: list(t.y) for t in fig.data}).sum(axis=1)
    assert totals.tolist() == pytest.approx([1.0, 1.0, 1.0])
    viral = next(t for t in fig.data if t.name == "Viral")
    assert list(viral.text) == ["100", "100.000", "0"]  # Indonesian figures in the hover
    assert fig.layout.yaxis.tickformat == ".0%" and fig.layout.yaxis.title.text == "Pangsa pekan"


def test_lines_log_view_leaves_out_zero_weeks_with_indonesian_ticks():
    fig = jangkauan_figures.lines_by_series(_viral_frame(), "reach", view="log")
    assert fig.layout.yaxis.type == "log"
    viral = next(t for t in fig.data if t.name == "Viral")
    assert pd.isna(viral.y[2]) and viral.y[1] == 100_000
    assert list(fig.layout.yaxis.ticktext) == ["100", "1 rb", "10 rb", "100 rb"]


def test_lines_legend_is_compact_with_short_names():
    name = "Festival Budaya Banten Lama dan Pesisir Utara"
    df = pd.DataFrame({"week": WEEKS, "series": [name] * 3, "reach": [1, 2, 3]})
    fig = jangkauan_figures.lines_by_series(df, "reach")
    assert len(fig.data[0].name) <= jangkauan_figures.LEGEND_NAME_CHARS and fig.data[
        0
    ].name.endswith("…")
    assert name in fig.data[0].hovertemplate  # the full name in the hover
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.font.size <= 14
