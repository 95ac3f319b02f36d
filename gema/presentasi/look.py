"""The slides' projector look: the page CSS on top of gema.ui's presentation look, and the
figure styling for a room (big fonts) or a phone (the dashboards' sizes)."""

from __future__ import annotations

import plotly.graph_objects as go

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
