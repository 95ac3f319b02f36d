"""The admin page "Metode sentimen" in Chromium: an admin uploads a labelled sample through the
real file input and sees the accuracy (macro-F1, per class, confusion matrix) and the worst
mistakes; nothing is saved unless asked. Screenshots at 1440 and 390 px go to
artifacts/screens/sentimen_*.png."""

from __future__ import annotations

import pytest

from e2e.conftest import DESKTOP, E2E_GROUP, PHONE, SCREENS, open_signed_in, wait_idle

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(E2E_GROUP)]

DROP = "[data-testid=stFileUploaderDropzoneInput]"
# Written for this test (not an accuracy figure): one text labelled against its obvious reading so
# that there is a mistake to show.
SAMPLE = (
    b"teks,label\n"
    b'"Pelayanannya ramah dan cepat, terima kasih",positif\n'
    b'"Jalan rusak parah, tidak pernah diperbaiki",negatif\n'
    b'"Jadwal posyandu bulan ini kapan ya?",netral\n'
    b'"Petugasnya sangat membantu dan sopan",negatif\n'
)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_admin_uploads_labelled_sample_and_sees_accuracy(new_page, gema_server, viewport):
    page = open_signed_in(new_page, gema_server, "sentimen", viewport=viewport)
    page.get_by_text("Metode aktif").first.wait_for(timeout=60_000)
    page.locator(DROP).set_input_files(
        {"name": "sampel.csv", "mimeType": "text/csv", "buffer": SAMPLE}
    )
    page.get_by_text("Kesalahan terburuk").wait_for(timeout=60_000)
    wait_idle(page, 60_000)
    page.locator("[data-testid=stMetricLabel]", has_text="Akurasi").wait_for(timeout=30_000)
    metrics = page.locator("[data-testid=stMetric]")
    values = {
        metrics.nth(i).locator("[data-testid=stMetricLabel]").inner_text().strip(): metrics.nth(i)
        .locator("[data-testid=stMetricValue]")
        .inner_text()
        .strip()
        for i in range(metrics.count())
    }
    assert values.get("Teks") == "4", values
    assert values["Akurasi"] == "75,0%"
    assert values["Macro-F1"].startswith("0,")
    assert values["Metode"] == "leksikon"
    assert page.locator("[data-testid=stException], [data-testid=stAlertContentError]").count() == 0
    SCREENS.mkdir(parents=True, exist_ok=True)
    name = "desktop" if viewport is DESKTOP else "phone"
    # per class, confusion matrix, mistakes: three data grids (they attach after the run ends)
    page.locator("[data-testid=stDataFrame]").nth(2).wait_for(state="attached", timeout=30_000)
    page.get_by_text("Kesalahan terburuk").scroll_into_view_if_needed()
    page.wait_for_timeout(1500)  # the data grids paint their canvas after the run (screenshot only)
    page.screenshot(path=str(SCREENS / f"sentimen_{name}.png"))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_aspirasi_shows_language_mix_with_third_party_accuracy(new_page, gema_server, viewport):
    page = open_signed_in(new_page, gema_server, "aspirasi", viewport=viewport)
    heading = page.get_by_text("Bahasa aspirasi")
    heading.wait_for(timeout=60_000)
    wait_idle(page, 60_000)
    assert page.get_by_text("macro-F1 pada teks pihak ketiga NusaX valid").count() == 1
    assert page.get_by_text("Deteksi otomatis per teks").count() == 1
    heading.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)  # Plotly draws after the run (screenshot only)
    name = "desktop" if viewport is DESKTOP else "phone"
    page.screenshot(path=str(SCREENS / f"aspirasi_bahasa_{name}.png"))
