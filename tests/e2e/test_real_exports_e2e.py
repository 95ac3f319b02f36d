"""Issue 11 in Chromium: a staff member uploads TikTok Studio's Overview XLSX (dates without a
year, numbers stored as text) through the real file input as "Ringkasan harian akun"; the whole
"tidak memuat tahun" message is shown wrapped (never cut); the year from the file name is
offered on a button (not filled in); after choosing it and the account the file loads, and
Jangkauan shows the daily account trend for April 2024.

Own server on its own copy of the demo database (this test writes). Screenshots at 1440 and 390
px go to artifacts/screens/real_*.png."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    SCREENS,
    copy_demo_db,
    running_server,
    sign_in,
    wait_idle,
)
from tests.e2e.test_upload_e2e import DROP, _pick

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("gema_real_exports_e2e")]

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _shots(page, name: str, heading: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("1440", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(viewport)
        page.get_by_text(heading).first.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(400)
        page.screenshot(path=str(SCREENS / f"real_{name}_{size}.png"))
    page.set_viewport_size(DESKTOP)
    wait_idle(page)


def test_overview_without_year_loads_after_choosing_the_year(
    tmp_path: Path, demo_db_file: Path, e2e_users: Path, new_page, offline
):
    db = copy_demo_db(demo_db_file, tmp_path)
    with running_server(db, e2e_users, tmp_path / "streamlit.log") as server:
        page = new_page(DESKTOP)
        page.goto(server.url("unggah"))
        sign_in(page, "staf")
        page.get_by_text("Riwayat unggahan").wait_for()
        _pick(page, page.get_by_label("Jenis data"), "Ringkasan harian akun (account_daily)")
        page.locator(DROP).set_input_files(
            {
                "name": "tiktok_overview_2024.xlsx",
                "mimeType": XLSX,
                "buffer": (REAL / "tiktok_overview_2024.xlsx").read_bytes(),
            }
        )
        page.get_by_text("Format dikenali: TikTok Studio (Overview).").wait_for(timeout=30_000)
        wait_idle(page)
        account = page.get_by_label("Akun (semua baris)")
        account.fill("bantenprov")
        account.press("Enter")
        wait_idle(page)
        message = page.locator("[data-testid=stText]").filter(
            has_text=re.compile(r"tanggal 'April 12' tidak memuat tahun")
        )
        message.first.wait_for(timeout=30_000)
        text = message.first.inner_text()
        assert "--set year=YYYY" in text and "tahun tidak ditebak" in text  # whole, not cut
        # wrapped inside its box: nothing runs past the right edge
        overflow = message.first.evaluate("e => e.scrollWidth - e.clientWidth")
        assert overflow <= 1
        year = page.get_by_label("Tahun (semua baris)")
        assert year.input_value() == "" and year.get_attribute("placeholder") == "2024"
        assert page.get_by_role("button", name="Muat ke basis data").is_disabled()
        _shots(page, "tahun", "Baris bermasalah")

        page.get_by_role("button", name="Pakai tahun 2024 (dari nama berkas)").click()
        wait_idle(page)
        page.get_by_text("3 baris dibaca · 3 siap dimuat · 0 ditolak · 0 duplikat").wait_for(
            timeout=30_000
        )
        page.get_by_role("button", name="Muat ke basis data").click()
        wait_idle(page)
        page.get_by_text(re.compile(r"Batch \d+ dimuat: 3 baris")).wait_for(timeout=30_000)

        trend = new_page(DESKTOP)
        trend.goto(server.url("jangkauan", "periode=custom&dari=2024-04-01&sampai=2024-04-30"))
        sign_in(trend, "pimpinan")
        trend.get_by_text("Tren harian akun").wait_for(timeout=60_000)
        wait_idle(trend)
        assert trend.get_by_text("1 akun · 3 hari").count() >= 1
        _shots(trend, "jangkauan", "Tren harian akun")
        assert offline.external == []
