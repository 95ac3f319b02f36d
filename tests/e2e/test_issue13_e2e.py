"""Early warning, follow-up and agenda in Chromium on demo data: the demo flood surge is at the
top of Ringkasan with its sentence, its button opens Aspirasi filtered to it, the trend chart
draws the agenda stars; screenshots at 1440 and 390 px in artifacts/screens/."""

from __future__ import annotations

import pytest

from e2e.conftest import DESKTOP, E2E_GROUP, PHONE, SCREENS, open_signed_in, wait_idle

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(E2E_GROUP)]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_alert_on_ringkasan_opens_aspirasi(new_page, gema_server, viewport):
    SCREENS.mkdir(parents=True, exist_ok=True)
    width = viewport["width"]
    page = open_signed_in(new_page, gema_server, "ringkasan", role="pimpinan", viewport=viewport)
    alert = page.get_by_text("Banjir & Bencana di Kab. Lebak", exact=False).first
    alert.wait_for(timeout=30_000)
    assert "kata teratas: banjir" in alert.inner_text()
    page.screenshot(path=str(SCREENS / f"i13_ringkasan_{width}.png"), full_page=True)
    # the agenda stars on the trend chart carry the titles (the chart may still be drawing, and
    # on a phone it is below the fold: bring it into view and wait for its points)
    page.locator("[data-testid=stPlotlyChart]").first.scroll_into_view_if_needed()
    page.locator(".scatterlayer .point").first.wait_for(state="attached", timeout=30_000)
    assert page.locator(".scatterlayer .point").count() > 0
    page.get_by_role("button", name="Lihat aspirasinya").first.click()
    page.get_by_text("Hanya topik: Banjir & Bencana").wait_for(timeout=30_000)
    wait_idle(page)
    assert "/aspirasi" in page.url
    page.screenshot(path=str(SCREENS / f"i13_aspirasi_alert_{width}.png"), full_page=True)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_peringatan_and_agenda_pages(new_page, gema_server, viewport):
    SCREENS.mkdir(parents=True, exist_ok=True)
    width = viewport["width"]
    page = open_signed_in(new_page, gema_server, "peringatan", role="admin", viewport=viewport)
    page.get_by_text("Cara menghitung").wait_for(timeout=30_000)
    page.screenshot(path=str(SCREENS / f"i13_peringatan_{width}.png"), full_page=True)
    page = open_signed_in(new_page, gema_server, "agenda", role="admin", viewport=viewport)
    page.get_by_text("Acara dalam periode").wait_for(timeout=30_000)
    page.screenshot(path=str(SCREENS / f"i13_agenda_{width}.png"), full_page=True)
    page = open_signed_in(new_page, gema_server, "tindak-lanjut", role="admin", viewport=viewport)
    page.get_by_text("Rute topik → OPD").wait_for(timeout=30_000)
    page.screenshot(path=str(SCREENS / f"i13_tindak_lanjut_{width}.png"), full_page=True)
