"""KPI cards never cut their value off: on a 390 px phone "81,56 · B" (IKM) used to end in "…".
The card helper (gema.ui.kpi_cards) scales the value with the card's width and lets it wrap;
here every value on Ringkasan must fit its box at 390×844 and at 1440×900 (screenshots in
artifacts/screens/ringkasan_kpi_*.png)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import DESKTOP, E2E_GROUP, PHONE, SCREENS, open_signed_in

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(E2E_GROUP)]

# For every KPI value: its text, and whether its content is wider than its box (i.e. clipped).
OVERFLOW_JS = """els => els.map(e => {
  const box = e.querySelector('[data-testid=stMarkdownContainer]') || e;
  const p = box.querySelector('p') || box;
  return [e.innerText.trim(), box.scrollWidth > box.clientWidth + 1
          || p.scrollWidth > p.clientWidth + 1, getComputedStyle(p).textOverflow];
})"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1440"])
def test_kpi_values_are_never_cut_off(gema_server, new_page, viewport):
    page = open_signed_in(new_page, gema_server, role="pimpinan", viewport=viewport)
    values = page.locator("[data-testid=stMetricValue]")
    values.first.wait_for()
    got = values.evaluate_all(OVERFLOW_JS)
    assert len(got) >= 6 and any("·" in text for text, _, _ in got)  # the IKM value with its grade
    assert [(text, clip) for text, over, clip in got if over or clip == "ellipsis"] == []
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"ringkasan_kpi_{viewport['width']}.png"))
