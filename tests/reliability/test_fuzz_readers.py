"""Bounded fuzz run of the file readers (issue 16, item 9). NOT part of CI: marked `fuzz`, which
pyproject's addopts exclude. Run it (a few minutes) with

    .venv/bin/python -m pytest -p no:randomly -n 0 -m fuzz tests/reliability/test_fuzz_readers.py \
        --hypothesis-show-statistics

GEMA_FUZZ_EXAMPLES sets the examples per target (default 400). Property: whatever the bytes,
reading or preparing a file ends in a RawTable/Prepared or in a ReadError/IngestError with a
message, never another exception."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gema import ingest
from gema.core import store
from gema.ingest.pipeline import IngestError
from gema.ingest.read import ReadError, read_file

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("GEMA_FUZZ_EXAMPLES", "400"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
_CONN = None


def conn():
    global _CONN
    if _CONN is None:
        _CONN = store.connect(":memory:")
    return _CONN


def _read(data: bytes, suffix: str) -> None:
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as fh:
        fh.write(data)
        path = Path(fh.name)
    try:
        c = conn()
        try:
            raw = read_file(c, path)
        except ReadError as exc:
            assert str(exc).strip()
            return
        c.execute(f'DROP TABLE IF EXISTS "{raw.table}"')
        try:
            prep = ingest.prepare(c, "feedback", path)
            assert prep.rows_read >= 0
        except (ReadError, IngestError) as exc:
            assert str(exc).strip()
    finally:
        path.unlink(missing_ok=True)


cell = st.text(
    alphabet=st.sampled_from(list("abcXYZ019 ,;|\t\"'\n\r=@-+/.:é漢\u200b\u202e\x00")), max_size=20
)
row = st.lists(cell, min_size=0, max_size=8)
delims = st.sampled_from([",", ";", "\t", "|"])
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    _read(data, ".csv")


@FUZZ
@given(st.lists(row, min_size=0, max_size=30), delims, encodings)
def test_csv_like_text(rows, delim, encoding):
    head = ["kanal", "tanggal", "isi"]
    text = "\n".join(delim.join(r) for r in [head, *rows])
    _read(text.encode(encoding, errors="replace"), ".csv")


_XLSX = None


def _base_xlsx() -> bytes:
    global _XLSX
    if _XLSX is None:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.append(["kanal", "tanggal", "isi"])
        ws.append(["X", "2024-07-01", "halo"])
        buf = io.BytesIO()
        wb.save(buf)
        _XLSX = buf.getvalue()
    return _XLSX


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=30))
def test_mutated_xlsx_bytes(flips):
    data = bytearray(_base_xlsx())
    for pos, value in flips:
        data[pos % len(data)] = value
    _read(bytes(data), ".xlsx")


@FUZZ
@given(st.text(max_size=300), st.text(max_size=300))
def test_xlsx_with_fuzzed_parts(sheet_xml, strings_xml):
    src = zipfile.ZipFile(io.BytesIO(_base_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + sheet_xml.encode(), 1)
            elif info.filename == "xl/sharedStrings.xml":
                data = strings_xml.encode() or data
            z.writestr(info, data)
    _read(out.getvalue(), ".xlsx")
