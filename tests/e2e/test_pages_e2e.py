"""Every page end to end in Chromium against a real `streamlit run` on demo data (issue 3, item 8).

One server and one browser for the whole file (tests/e2e/conftest.py); each test signs in through
the real form in its own browser context. Covered:
- every page in gema.nav that the admin may open loads without an exception or an error box,
  chart pages draw Plotly SVG, at desktop (1440×900) and phone (390×844) width, with a
  screenshot of each in artifacts/screens/ (git-ignored);
- no request leaves 127.0.0.1 while browsing (every context aborts and records them);
- a click on a kab/kota on the map filters Ringkasan and Aspirasi (sidebar filter, URL, figures);
- a copied link (?periode=30d&kabkota=3602) reproduces the view in a new session;
- the language switch turns the navigation titles into English.
"""

from __future__ import annotations

import os
import re
import time

import pytest

from e2e.conftest import DESKTOP, E2E_GROUP, PHONE, SCREENS, open_signed_in, wait_idle
from gema import nav
from gema.core import i18n
from gema.core.regions import KODE_NAMA

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(E2E_GROUP)]

ADMIN_PAGES = nav.available("admin")
# The sidebar groups the pages by section (app.py), in the order each section first appears in
# gema.nav: a page added later to an earlier section (Kreator in Dasbor) sits inside its group.
SIDEBAR_PAGES = [
    p for section in dict.fromkeys(s.section for s in ADMIN_PAGES)
    for p in ADMIN_PAGES if p.section == section
]  # fmt: skip
# Pages whose purpose is a chart: at least one Plotly figure must be drawn as SVG.
CHART_PAGES = {"ringkasan", "peta", "jangkauan", "aspirasi", "kepuasan"}
ERRORS = "[data-testid=stException], [data-testid=stAlertContentError]"
KPI_VALUES = "[data-testid=stMetricValue]"
# How many Plotly marks (paths, rects, images) each drawn figure holds, per figure.
PLOT_MARKS_JS = """els => els.map(e => e.querySelectorAll(
    '.main-svg path, .main-svg rect, .main-svg image, .main-svg text').length)"""


# Watch stApp's script state, so that "the run caused by my click has ended" can be waited for
# without racing a run that has not started yet.
ARM_JS = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  if (window.__gemaObs) window.__gemaObs.disconnect();
  window.__gemaRan = false;
  window.__gemaObs = new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') !== 'notRunning') window.__gemaRan = true;
  });
  window.__gemaObs.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""
RAN_JS = """() => window.__gemaRan === true && document.querySelector(
  '[data-testid=stApp]').getAttribute('data-test-script-state') === 'notRunning'"""


def arm(page) -> None:
    """Call before an action that makes Streamlit rerun; then `ran(page)` waits for that run."""
    page.evaluate(ARM_JS)


def ran(page, timeout: float = 60_000) -> None:
    page.wait_for_function(RAN_JS, timeout=timeout)
    settle(page)


def settle(page) -> None:
    """Wait for the current run to end, then once more: a rerun (st.rerun, a callback that
    changes the URL) can start right after the first run reports idle."""
    wait_idle(page)
    page.wait_for_timeout(250)
    wait_idle(page)


def expand_menu(page) -> None:
    """A long menu shows its first 10 links and a "View more" button: show them all."""
    links = page.locator("a[data-testid=stSidebarNavLink]")
    more = page.locator("[data-testid=stSidebarNavViewButton]")
    if links.count() < len(SIDEBAR_PAGES) and more.count():
        more.first.dispatch_event("click")
        page.wait_for_function(
            "() => document.querySelectorAll('a[data-testid=stSidebarNavLink]').length"
            f" >= {len(SIDEBAR_PAGES)}"
        )


def go(page, spec: nav.PageSpec) -> None:
    """Switch page through the sidebar link (client-side, so the session and sign-in stay).
    A dispatched click also works where a page hides the sidebar (presentation, wall)."""
    links = page.locator("a[data-testid=stSidebarNavLink]")
    path = rf"(/{spec.url_path}|:\d+/?)" if spec.default else f"/{spec.url_path}"
    target = re.compile(rf"{path}(\?|$)")
    if target.search(page.url):
        # Already there: a click on the current page's link may start no run at all, so there
        # is nothing to wait for but the current run (waiting for a new one raced and timed out).
        settle(page)
        return
    index = SIDEBAR_PAGES.index(spec)
    if links.count() <= index:
        expand_menu(page)
    arm(page)
    links.nth(index).dispatch_event("click")  # the sidebar's order
    page.wait_for_url(target, timeout=30_000)
    ran(page)


def errors_on(page) -> list[str]:
    return [t.strip()[:300] for t in page.locator(ERRORS).all_inner_texts()]


def plot_marks(page) -> list[int]:
    return page.eval_on_selector_all(".js-plotly-plot", PLOT_MARKS_JS)


def collapse_sidebar(page) -> None:
    """On a phone the open menu covers the page; close it for the screenshot."""
    button = page.locator("[data-testid=stSidebarCollapseButton] button")
    if button.count() and button.first.is_visible():
        button.first.click()
        page.wait_for_timeout(400)


# Streamlit scrolls inside the app, not the document, so Playwright's full_page captures only
# the viewport: measure the content and grow the viewport for the long shot instead.
CONTENT_HEIGHT_JS = """() => Math.max(...[...document.querySelectorAll(
  '[data-testid=stMain], [data-testid=stAppViewContainer], [data-testid=stMainBlockContainer]')]
  .map(e => e.scrollHeight), document.documentElement.scrollHeight)"""


def screenshots(page, name: str, device: str) -> None:
    """NAME_DEVICE.png: what the first screen shows. With GEMA_SCREENS_FULL=1 also
    NAME_DEVICE_full.png, the whole page (slower: every chart is redrawn at the tall size)."""
    page.screenshot(path=str(SCREENS / f"{name}_{device}.png"))
    if os.environ.get("GEMA_SCREENS_FULL", "") != "1":
        return
    size = page.viewport_size
    height = min(int(page.evaluate(CONTENT_HEIGHT_JS)) + 40, 9000)
    if height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": height})
        page.wait_for_timeout(600)  # Plotly redraws on resize
        wait_idle(page)
    page.screenshot(path=str(SCREENS / f"{name}_{device}_full.png"))
    page.set_viewport_size(size)


def kpis(page) -> list[str]:
    return [t.strip() for t in page.locator(KPI_VALUES).all_inner_texts()]


def sidebar_kabkota(page) -> str:
    return page.locator("[data-testid=stSidebar] .st-key-_f_kabkota").inner_text()


def sidebar_period(page) -> str:
    """The period selectbox's shown value (it sits in the combobox input, not in the text)."""
    box = page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").first
    return box.locator("input").first.input_value() + " " + box.inner_text()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_every_page_loads_draws_charts_and_stays_offline(gema_server, new_page, offline, device):
    viewport = DESKTOP if device == "desktop" else PHONE
    page = open_signed_in(new_page, gema_server, viewport=viewport)
    SCREENS.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    for spec in ADMIN_PAGES:
        started = time.monotonic()
        go(page, spec)
        print(f"{device} {spec.url_path}: ready in {time.monotonic() - started:.1f} s")
        if spec.url_path in CHART_PAGES:
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
            page.wait_for_timeout(300)  # Plotly draws its traces just after the SVG shell
            marks = plot_marks(page)
            if not marks or max(marks) < 10:
                problems.setdefault(spec.url_path, []).append(f"charts not drawn: {marks}")
        found = errors_on(page)
        if found:
            problems.setdefault(spec.url_path, []).extend(found)
        if device == "phone":
            collapse_sidebar(page)
        screenshots(page, spec.url_path, device)
    assert problems == {}, gema_server.log.read_text()[-4000:]
    assert offline.external == [], f"requests left 127.0.0.1: {offline.external}"


def test_a_map_click_filters_the_other_pages(gema_server, new_page, offline):
    pages = {p.url_path: p for p in ADMIN_PAGES}
    page = open_signed_in(new_page, gema_server)  # lands on Ringkasan, no kab/kota filter
    before = {}
    for name in ("ringkasan", "aspirasi"):
        go(page, pages[name])
        before[name] = kpis(page)
        assert before[name], name

    go(page, pages["peta"])
    page.wait_for_selector(".geolayer text", timeout=30_000)
    label = page.locator(".geolayer text", has_text="Kab. Lebak").first
    box = label.bounding_box()
    assert box is not None
    arm(page)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_role("heading", name="Profil Kab. Lebak").wait_for(timeout=30_000)
    ran(page)
    assert "kabkota=3602" in page.url
    assert "Kab. Lebak" in sidebar_kabkota(page)

    for name in ("ringkasan", "aspirasi"):
        go(page, pages[name])
        assert "kabkota=3602" in page.url, name
        assert "Kab. Lebak" in sidebar_kabkota(page), name
        after = kpis(page)
        # the first card (reach on Ringkasan, feedback on Aspirasi) is always there
        assert after and after[0] != before[name][0], f"{name}: {after} vs {before[name]}"
        assert errors_on(page) == [], name
    assert offline.external == []


def test_a_copied_link_reproduces_the_view(gema_server, new_page, offline):
    page = open_signed_in(new_page, gema_server, "aspirasi", "periode=30d&kabkota=3602")
    settle(page)
    assert re.search(r"/aspirasi\?", page.url), page.url
    assert "periode=30d" in page.url and "kabkota=3602" in page.url
    assert i18n.t("filter.period.30d") in sidebar_period(page)
    chips = sidebar_kabkota(page)
    assert KODE_NAMA["3602"] in chips
    assert not any(name in chips for kode, name in KODE_NAMA.items() if kode != "3602")
    assert page.locator("[data-testid=stMain] h1").all_inner_texts() == [i18n.t("nav.aspirasi")]
    assert errors_on(page) == []
    assert offline.external == []


def test_the_language_switch_changes_the_navigation(gema_server, new_page, offline):
    page = open_signed_in(new_page, gema_server)
    links = "[data-testid=stSidebarNavLink]"

    def titles() -> list[str]:
        return [t.strip().split("\n")[-1] for t in page.locator(links).all_inner_texts()]

    expand_menu(page)
    assert titles() == [i18n.t(p.title_key, "id") for p in SIDEBAR_PAGES]
    arm(page)
    page.locator("[data-testid=stSidebar] .st-key-_lang_widget").get_by_text("English").click()
    page.wait_for_selector(f"{links} >> text={i18n.t('nav.ringkasan', 'en')}", timeout=30_000)
    ran(page)
    expand_menu(page)
    assert titles() == [i18n.t(p.title_key, "en") for p in SIDEBAR_PAGES]
    assert "lang=en" in page.url
    assert page.locator("[data-testid=stMain] h1").all_inner_texts() == [
        i18n.t("nav.ringkasan", "en")
    ]
    assert errors_on(page) == []
    assert offline.external == []
