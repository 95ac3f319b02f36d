"""Upload end to end in Chromium: a staff member uploads a LAPOR! export (";"-separated,
Windows-1252) through the real file input, resolves the ambiguous "Tangerang" and the outside
"Jakarta", loads, and sees the batch in "Riwayat unggahan"; the rows are checked in the database
(server stopped: DuckDB allows one process per file); an admin then undoes the batch on the page.
A binary file named .csv gets a clear Indonesian message and loads nothing.

Own server on its own copy of the demo database (this module writes), accounts and Chromium from
tests/e2e/conftest.py. Screenshots of the resolution step at 1440×900 and 390×844 go to
artifacts/screens/unggah_*.png."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    SCREENS,
    Server,
    copy_demo_db,
    sign_in,
    start_server,
    stop_server,
    wait_idle,
)

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("gema_upload_e2e")]

FILE_NAME = "lapor_e2e_banten.csv"
LAPOR = (
    "No. Tiket;Tanggal Laporan;Judul Laporan;Isi Laporan;Kategori;Lokasi;Status\r\n"
    "E2E-0001;02/08/2024;Jalan rusak;Jalan berlubang – mohon “segera” diperbaiki;"
    "Infrastruktur;Tangerang;Baru\r\n"
    "E2E-0002;03/08/2024;Penerangan;Lampu jalan mati sejak seminggu;Infrastruktur;"
    "Tangerang;Diproses\r\n"
    "E2E-0003;05/08/2024;Pelayanan;Antrean KTP di kecamatan panjang;"
    "Administrasi Kependudukan;Kota Cilegon;Selesai\r\n"
    "E2E-0004;06/08/2024;Banjir;Saluran air tersumbat, banjir setiap hujan;Bencana;Jakarta;Baru\r\n"
).encode("cp1252")
JUNK = bytes(range(256)) * 8 + b"\x00\xff\xfe" * 100
DROP = "[data-testid=stFileUploaderDropzoneInput]"
GRID = "[data-testid=stDataFrame]"  # st.dataframe and st.data_editor alike


class Servers:
    """Start/stop the module's server on one database, so the test can read the file between."""

    def __init__(self, db: Path, users: Path, tmp: Path) -> None:
        self.db, self.users, self.tmp, self.n = db, users, tmp, 0
        self.current: Server | None = None

    def start(self) -> Server:
        self.n += 1
        self.current = start_server(self.db, self.users, self.tmp / f"streamlit{self.n}.log")
        return self.current

    def stop(self) -> None:
        if self.current is not None:
            stop_server(self.current)
            self.current = None


@pytest.fixture(scope="module")
def servers(
    tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path, e2e_users: Path
) -> Iterator[Servers]:
    tmp = tmp_path_factory.mktemp("upload_e2e")
    s = Servers(copy_demo_db(demo_db_file, tmp), e2e_users, tmp)
    try:
        yield s
    finally:
        s.stop()


def _pick(page, widget, option: str) -> None:
    """Choose `option` in a Streamlit selectbox (a searchable combobox): type it, wait for the
    option, press Enter, check the box shows it; retried, since a menu opened while the app is
    still redrawing can close again. Typing is sturdier than clicking in the popover."""
    for _ in range(5):
        try:
            widget.click()
            widget.fill(option)
            page.get_by_role("option", name=option, exact=True).wait_for(timeout=5_000)
        except PlaywrightError:  # a timeout, or a locator matching twice during a redraw
            wait_idle(page)
            continue
        widget.press("Enter")
        wait_idle(page)
        try:
            if widget.input_value() == option:
                return
        except PlaywrightError:
            wait_idle(page)
    raise AssertionError(f"could not choose {option!r}")


def _eventually(read, check, timeout_s: float = 20.0):
    """Read the page until `check(value)` holds (the app may still be redrawing after a rerun);
    returns the last value read, so the caller's assertion reports what was on the page."""
    deadline = time.monotonic() + timeout_s
    value = None
    while True:
        try:
            value = read()
        except PlaywrightError:
            value = None
        if (value is not None and check(value)) or time.monotonic() > deadline:
            return value
        time.sleep(0.5)


def _region_row(page, value: str):
    """The row of the kab/kota resolution list for `value` ("Tangerang · 2 baris · ambigu…")."""
    return page.locator("[data-testid=stHorizontalBlock]").filter(
        has=page.get_by_text(re.compile(rf"^{re.escape(value)} · \d+ baris · "))
    )


def _grid_rows(grid) -> list[str]:
    """The rows of a st.dataframe / st.data_editor as text: the grid draws on a canvas and writes
    its accessible table (the visible rows) into the DOM once it has focus."""
    grid.locator("canvas").first.focus()
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    return [r.text_content() or "" for r in grid.locator("[role=row]").all()]


def _history(page) -> str:
    """The text of the "Riwayat unggahan" table (the last grid on the page)."""
    return "\n".join(_grid_rows(page.locator(GRID).last))


def _set_mapping(page, row: int, option: str) -> None:
    """Choose `option` in the "Dipakai sebagai" cell of mapping row `row` (0 = first source
    column): double-click the cell on the canvas, pick from the editor's menu."""
    grid = page.locator(GRID).first
    grid.evaluate("e => e.scrollIntoView({block: 'center'})")
    box = grid.locator("canvas").first.bounding_box()
    n = len(_grid_rows(grid)) - 1  # data rows (the header is the first row)
    height = box["height"] / (n + 1)  # the header is about as tall as a row
    page.mouse.dblclick(box["x"] + box["width"] * 0.46, box["y"] + height * (row + 1.5))
    page.get_by_role("option", name=option, exact=True).click()
    wait_idle(page)


def _db_rows(db: Path, sql: str) -> list[tuple]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _wait_or_say(page, locator, timeout: float = 90_000) -> None:
    """Wait for `locator`; on a timeout fail with what the page says instead (the summary line
    and any error), so a failure under load tells a slow rerun from a wrong count."""
    try:
        locator.wait_for(timeout=timeout)
    except PlaywrightError:
        said = page.get_by_text(
            re.compile("baris dibaca|Galat|Error|tidak dapat")
        ).all_inner_texts()
        SCREENS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENS / "unggah_wait_failed.png"), full_page=True)
        raise AssertionError(f"waited {timeout / 1000:.0f} s; the page says: {said}") from None


def test_staff_uploads_resolves_loads_then_admin_undoes(servers: Servers, new_page, offline):
    server = servers.start()
    page = new_page(DESKTOP)
    page.goto(server.url("unggah"))
    sign_in(page, "staf")
    page.get_by_text("Riwayat unggahan").wait_for()

    _pick(page, page.get_by_label("Jenis data"), "Aspirasi dan komentar (feedback)")
    page.locator(DROP).set_input_files({"name": FILE_NAME, "mimeType": "text/csv", "buffer": LAPOR})
    # the first upload of a fresh server also imports the readers and labellers: allow for it
    page.get_by_text("Kab/kota yang perlu ditentukan").wait_for(timeout=90_000)
    wait_idle(page)
    assert page.get_by_text("Format dikenali: LAPOR!.").is_visible()

    tangerang, jakarta = _region_row(page, "Tangerang"), _region_row(page, "Jakarta")
    _eventually(lambda: (tangerang.count(), jakarta.count()), lambda c: c == (1, 1))
    assert tangerang.count() == 1 and jakarta.count() == 1
    assert "Tangerang · 2 baris · ambigu: Kab. Tangerang / Kota Tangerang" in tangerang.inner_text()
    assert "Jakarta · 1 baris · di luar Banten" in jakarta.inner_text()
    assert _region_row(page, "Kota Cilegon").count() == 0  # resolved by itself: not asked
    load = page.get_by_role("button", name="Muat ke basis data")
    assert load.is_disabled()  # never guess "Tangerang"

    SCREENS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("1440", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(viewport)
        for step, heading in (("pemetaan", "Pemetaan kolom"), ("kabkota", "Kab/kota yang perlu")):
            page.get_by_text(heading).evaluate("e => e.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(300)
            page.screenshot(path=str(SCREENS / f"unggah_{step}_{size}.png"))
    page.set_viewport_size(DESKTOP)
    wait_idle(page)

    # a mapping edit in the grid: "Kategori" no longer feeds the topic (kept in `extra`)
    _set_mapping(page, row=4, option="(tidak dipakai)")
    _pick(page, tangerang.get_by_role("combobox"), "3671 · Kota Tangerang")
    _pick(
        page, _region_row(page, "Jakarta").get_by_role("combobox"), "Luar Banten / tidak diketahui"
    )
    ready = page.get_by_text("4 baris dibaca · 4 siap dimuat · 0 ditolak · 0 duplikat")
    _wait_or_say(page, ready)
    # another page and back: the mapping edit and the kab/kota choices are still there
    page.get_by_role("link", name="Ringkasan").click()
    wait_idle(page)
    page.get_by_role("link", name="Unggah data").click()
    # the first upload of a fresh server also imports the readers and labellers: allow for it
    page.get_by_text("Kab/kota yang perlu ditentukan").wait_for(timeout=90_000)
    wait_idle(page)
    rows = _eventually(
        lambda: _grid_rows(page.locator(GRID).first),
        lambda r: "Kategori(tidak dipakai)Infrastruktur" in r,
    )
    assert "Kategori(tidak dipakai)Infrastruktur" in rows
    assert _region_row(page, "Tangerang").get_by_role("combobox").input_value() == (
        "3671 · Kota Tangerang"
    )
    _wait_or_say(page, ready)
    load.click()
    wait_idle(page)
    done = page.get_by_text(re.compile(r"Batch (\d+) dimuat: 4 baris, 0 duplikat dilewati"))
    done.wait_for(timeout=60_000)
    batch = int(re.search(r"Batch (\d+)", done.inner_text()).group(1))
    history = _eventually(lambda: _history(page), lambda h: FILE_NAME in h)
    assert FILE_NAME in history and "dimuat" in history

    # a broken file: a clear Indonesian message and no load button
    assert page.get_by_role("button", name="Ganti berkas").count() == 0  # the loaded file left
    page.locator(DROP).set_input_files(
        {"name": "rusak.csv", "mimeType": "text/csv", "buffer": JUNK}
    )
    message = page.get_by_text("Berkas tidak dapat dibaca:")
    message.wait_for(timeout=60_000)
    assert "isinya tampak biner" in message.inner_text()
    assert page.get_by_role("button", name="Muat ke basis data").count() == 0
    page.close()

    # the rows, as loaded (server stopped: one process per DuckDB file)
    servers.stop()
    got = _db_rows(
        servers.db,
        f"SELECT feedback_id, kabkota, text FROM feedback WHERE batch_id = {batch} ORDER BY 1",
    )
    assert [(r[0], r[1]) for r in got] == [
        ("E2E-0001", "3671"),
        ("E2E-0002", "3671"),
        ("E2E-0003", "3672"),
        ("E2E-0004", None),
    ]
    assert "– mohon “segera”" in got[0][2]  # Windows-1252 decoded
    # the mapping edit made on the page (and kept across the page switch) is what was loaded
    ((source, extra),) = _db_rows(
        servers.db, "SELECT topic_source, extra FROM feedback WHERE feedback_id = 'E2E-0003'"
    )
    assert source != "uploaded" and "Administrasi Kependudukan" in extra
    (status,) = _db_rows(servers.db, f"SELECT status FROM import_batches WHERE batch_id = {batch}")
    assert status == ("loaded",)
    assert _db_rows(
        servers.db, "SELECT count(*) FROM import_batches WHERE file_name = 'rusak.csv'"
    ) == [(0,)]

    # an admin undoes the batch on the page
    server = servers.start()
    admin = new_page(DESKTOP)
    admin.goto(server.url("unggah"))
    sign_in(admin, "admin")
    admin.get_by_text("Batalkan batch").first.click()
    wait_idle(admin)
    _pick(admin, admin.get_by_label("Batch yang dibatalkan"), f"{batch} · feedback · {FILE_NAME}")
    admin.get_by_text("Ya, hapus semua baris dari batch ini").click()
    wait_idle(admin)
    admin.get_by_role("button", name="Batalkan batch").click()
    wait_idle(admin)
    admin.get_by_text(f"Batch {batch} dibatalkan.").wait_for(timeout=60_000)
    history = _eventually(
        lambda: _history(admin),
        lambda h: any(FILE_NAME in line and "dibatalkan" in line for line in h.splitlines()),
    )
    row = [line for line in history.splitlines() if FILE_NAME in line]
    assert row and "dibatalkan" in row[-1]
    assert offline.external == []
    admin.close()
    servers.stop()
    assert _db_rows(servers.db, f"SELECT count(*) FROM feedback WHERE batch_id = {batch}") == [(0,)]
