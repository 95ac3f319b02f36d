"""Issue 16 item 6: user text in chart labels and hovers is escaped in every chart builder, not
only the ranking bar (Plotly renders HTML in labels: an uploaded campaign or topic named
'<a href=…>' must not become a link)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from gema.aspirasi import figures as aspirasi_figures
from gema.jangkauan import figures as jangkauan_figures
from gema.ringkasan import figures as ringkasan_figures

pytestmark = pytest.mark.reliability

EVIL = '<a href="http://e.vil">x</a>'


def _strings(fig) -> str:
    """Every name, label, hover template and custom datum the figure carries, as one text."""
    return repr(fig.to_dict()["data"])


WEEKS = [date(2024, 7, 1), date(2024, 7, 8)]


@pytest.mark.parametrize(
    "build",
    [
        lambda: jangkauan_figures.lines_by_series(
            pd.DataFrame({"week": WEEKS, "series": [EVIL, "B"], "reach": [5, 7]}), "reach"
        ),
        lambda: aspirasi_figures.stacked_bars_by_series(
            pd.DataFrame({"week": WEEKS, "series": [EVIL, "B"], "feedback": [5, 7]}), "feedback"
        ),
        lambda: ringkasan_figures.topics_chart(
            pd.DataFrame({"topic": [EVIL], "feedback": [9], "negatif": [4]})
        ),
        lambda: aspirasi_figures.sentiment_chart(
            pd.DataFrame({"channel": [EVIL], "sentiment": ["negatif"], "feedback": [3]})
        ),
        lambda: aspirasi_figures.kabkota_topic_heatmap(
            pd.DataFrame({"kabkota_name": ["Kab. Lebak"], "topic": [EVIL], "feedback": [2]})
        ),
        lambda: jangkauan_figures.mix_chart(
            pd.DataFrame({"platform": [EVIL], "posts": [1], "reach": [2], "engagements": [3]})
        ),
    ],
    ids=["lines", "stacked", "topics", "sentiment", "heatmap", "mix"],
)
def test_user_text_never_reaches_a_chart_as_html(build):
    text = _strings(build())
    assert "<a href" not in text
    assert "&lt;a href" in text  # still shown, as text
