"""Screens that never cut text (issue 12), in Chromium against a real `streamlit run`.

Every page the admin may open, at 1440 px and 390 px, with a full-page screenshot of each in
artifacts/screens/issue12_<page>_<width>.png (looked at by a person, git-ignored), and checks:
- no visible text element is cut with an ellipsis (text-overflow: ellipsis and its text wider
  than its box), which is how Streamlit cuts widget labels, metric labels and captions;
- dashboard pages show the active filters under the title ("Seluruh Banten · 90 hari terakhir
  (…) · semua platform"), and a deep link to one kab/kota says that kab/kota;
- admin pages show no "Data contoh" banner;
- the Presentasi controls: single arrows, one page counter, in the same place on every slide.

Tables (st.dataframe) are drawn on a canvas, so their headers cannot be read from the DOM:
`ui.column_widths` sizes every column for its header and is tested in tests/test_reports.py.
"""

from __future__ import annotations

import pytest

from e2e.conftest import DESKTOP, E2E_GROUP, PHONE, SCREENS, open_signed_in, wait_idle
from e2e.test_pages_e2e import ADMIN_PAGES, collapse_sidebar, go, settle
from gema import nav

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(E2E_GROUP)]

# Visible elements whose text is cut with an ellipsis (the page's own content, not the sidebar,
# whose navigation labels are Streamlit's and are checked on the pages themselves).
CUT_JS = """() => {
  const out = [];
  const main = document.querySelector('[data-testid=stMain]') || document.body;
  for (const el of main.querySelectorAll('*')) {
    if (!el.childNodes.length || el.children.length > 2) continue;
    const text = (el.innerText || '').trim();
    if (!text) continue;
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    const ellipsis = st.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
    const clamped = text.endsWith('…') && st.overflow === 'hidden';
    if (ellipsis || clamped) out.push(text.slice(0, 80));
  }
  return out;
}"""
FILTER_LINE = "[data-testid=stMain] .gema-filterline"
DASHBOARD = [p for p in ADMIN_PAGES if p.section == "app.section.dashboard"]
ADMIN_ONLY = [p for p in ADMIN_PAGES if p.roles == nav.ADMIN]


def full_shot(page, name: str) -> None:
    """The whole page: grow the viewport to the content height (Streamlit scrolls inside)."""
    size = page.viewport_size
    height = page.evaluate(
        """() => Math.max(...[...document.querySelectorAll(
        '[data-testid=stMain], [data-testid=stAppViewContainer], [data-testid=stMainBlockContainer]')]
        .map(e => e.scrollHeight), document.documentElement.scrollHeight)"""
    )
    height = min(int(height) + 40, 7000)
    if height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": height})
        page.wait_for_timeout(700)
        wait_idle(page)
    page.screenshot(path=str(SCREENS / f"{name}.png"))
    page.set_viewport_size(size)
    page.wait_for_timeout(300)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440", "390"])
def test_every_page_no_cut_text_filter_line_no_admin_banner(gema_server, new_page, viewport):
    SCREENS.mkdir(parents=True, exist_ok=True)
    page = open_signed_in(new_page, gema_server, viewport=viewport)
    problems: dict[str, list[str]] = {}
    for spec in ADMIN_PAGES:
        go(page, spec)
        settle(page)
        if viewport is PHONE:
            collapse_sidebar(page)
        page.wait_for_timeout(500)
        cut = page.evaluate(CUT_JS)
        if cut:
            problems[spec.url_path] = cut
        full_shot(page, f"issue12_{spec.url_path}_{viewport['width']}")
        line = page.locator(FILTER_LINE)
        if spec in DASHBOARD:
            assert line.count() == 1, spec.url_path
            text = line.inner_text()
            assert "Seluruh Banten" in text and "semua platform" in text, text
        else:
            assert line.count() == 0, spec.url_path
        if spec in ADMIN_ONLY:
            assert "Data contoh" not in page.locator("[data-testid=stMain]").inner_text()
    assert not problems, problems


def test_shared_link_names_the_kabkota(gema_server, new_page):
    page = open_signed_in(new_page, gema_server, "aspirasi", "periode=30d&kabkota=3602")
    settle(page)
    text = page.locator(FILTER_LINE).inner_text()
    assert "Kab. Lebak" in text and "30 hari terakhir" in text and "semua platform" in text


def test_presentation_controls_single_arrows_one_counter_fixed(gema_server, new_page):
    page = open_signed_in(new_page, gema_server, "presentasi")
    settle(page)
    nav_box = page.locator(".st-key-gema_pres_nav")
    positions, counters = [], []
    for _ in range(4):
        box = page.locator("button", has_text="Berikutnya").first.bounding_box()
        positions.append((round(box["x"]), round(box["y"])))
        main = page.locator("[data-testid=stMain]").inner_text()
        counters.append(main.count(" / "))
        label = nav_box.locator("button", has_text="Berikutnya").first.inner_text()
        assert label.count("→") <= 1 and "arrow_forward" not in label, label
        page.locator("button", has_text="Berikutnya").first.click()
        page.wait_for_timeout(400)
        settle(page)
    assert len(set(positions)) == 1, positions  # the controls do not move between slides
    page.screenshot(path=str(SCREENS / "issue12_presentasi_controls_1440.png"))
    for main_count in counters:
        assert main_count >= 1
    footer = page.locator(".gs-foot").inner_text()
    nav_text = nav_box.inner_text()
    assert " / " in footer and " / " not in nav_text  # one page counter: the footer's


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440", "390"])
def test_peta_profile_labels_not_cut(gema_server, new_page, viewport):
    page = open_signed_in(new_page, gema_server, "peta", "kabkota=3602", viewport=viewport)
    settle(page)
    if viewport is PHONE:
        collapse_sidebar(page)
    page.wait_for_selector("[data-testid=stMetric]", timeout=30_000)
    labels = page.locator("[data-testid=stMain] [data-testid=stMetricLabel]").all_inner_texts()
    assert any("1.000" in x for x in labels), labels  # 'Jangkauan per 1.000 penduduk'
    assert page.evaluate(CUT_JS) == []
    full_shot(page, f"issue12_peta_profil_{viewport['width']}")


# Tables a reader only reads: at 390 px none may scroll sideways (ui.text_table shows them as
# wrapped text there). Tables that are edited or selected in (agenda, the aspirasi list,
# referensi, tindak lanjut) stay grids: they scroll inside their own box.
INTERACTIVE_TABLES = {"agenda", "aspirasi", "referensi", "tindak-lanjut"}
SIDEWAYS_JS = """() => [...document.querySelectorAll('[data-testid=stMain] [data-testid=stDataFrame]')]
  .filter(e => e.getBoundingClientRect().width > 0 && getComputedStyle(e).display !== 'none')
  .map(e => { const s = e.querySelector('.dvn-scroller') || e;
              return s.scrollWidth - s.clientWidth; }).filter(d => d > 2)"""


def test_no_read_only_table_scrolls_sideways_on_a_phone(gema_server, new_page):
    page = open_signed_in(new_page, gema_server, viewport=PHONE)
    problems, phone_views = {}, 0
    for spec in ADMIN_PAGES:
        if spec.url_path in INTERACTIVE_TABLES:
            continue
        go(page, spec)
        settle(page)
        collapse_sidebar(page)
        page.wait_for_timeout(400)
        sideways = page.evaluate(SIDEWAYS_JS)
        if sideways:
            problems[spec.url_path] = sideways
        phone_views += sum(v.is_visible() for v in page.locator(".gema-phone").all())
    assert not problems, problems
    assert phone_views >= 3  # kreator, jangkauan, kepuasan… show their tables as wrapped text
