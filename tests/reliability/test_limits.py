"""Resource limits on hostile files (issue 16, item 3). The XLSX bombs are built here, in the
test, never committed."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gema.ingest.read import ReadError, read_file

ROOT = Path(__file__).resolve().parents[2]

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
    'workbook.xml"/></Relationships>'
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def xlsx(path: Path, strings: list[str] | None = None, cells: str | None = None, big: int = 0):
    """A minimal workbook. `big` > 0 makes one shared string of that many characters, written
    to the archive in pieces so the test itself stays small in memory."""
    strings = strings if strings is not None else ["kanal", "isi"]
    cells = cells or ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>{cells}'
            "</sheetData></worksheet>",
        )
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            n = len(strings) + (1 if big else 0)
            out.write(f'<?xml version="1.0"?><sst {_NS} count="{n}" uniqueCount="{n}">'.encode())
            for s in strings:
                out.write(f"<si><t>{s}</t></si>".encode())
            if big:
                out.write(b"<si><t>")
                block = b"A" * (1 << 20)
                for _ in range(big // len(block)):
                    out.write(block)
                out.write(b"</t></si>")
            out.write(b"</sst>")
    return path


def _read_in_subprocess(path: Path) -> dict:
    """Read a file in a fresh interpreter and report the outcome and its peak memory."""
    code = (
        "import json,resource,sys\n"
        "from gema.core import store\n"
        "from gema.ingest.read import read_file, ReadError\n"
        "conn = store.connect(':memory:')\n"
        "try:\n"
        "    read_file(conn, sys.argv[1]); out = {'ok': True}\n"
        "except ReadError as e:\n"
        "    out = {'ok': False, 'key': e.key, 'msg': str(e)}\n"
        "out['peak_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_xlsx_bomb_is_refused_with_bounded_memory(tmp_path):
    """A ~200 KB file holding one 200 MB shared string: refused, naming the limit; the reading
    process stays far below 1.5 GB (it went to 4 GB before)."""
    path = xlsx(tmp_path / "bom.xlsx", big=200 * (1 << 20))
    assert path.stat().st_size < 1_000_000
    out = _read_in_subprocess(path)
    # the streaming check meets the 32.767-character cell limit before the 256 MB archive limit
    assert out.get("ok") is False and out["key"] in ("rel.limit.cell", "rel.limit.xlsx_size"), out
    assert "ditolak" in out["msg"] and "GEMA_MAX_" in out["msg"]
    assert out["peak_mb"] < 1536, out


def test_xlsx_archive_size_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMA_MAX_XLSX_UNCOMPRESSED_MB", "1")
    monkeypatch.setenv("GEMA_MAX_CELL_CHARS", str(10 * (1 << 20)))
    path = xlsx(tmp_path / "bom.xlsx", big=2 * (1 << 20))
    with pytest.raises(ReadError) as err:
        read_file(_conn(), path)
    assert err.value.key == "rel.limit.xlsx_size" and "1 MB" in str(err.value)


def test_xlsx_bomb_under_the_size_limit_is_stopped_by_the_cell_limit(tmp_path):
    path = xlsx(tmp_path / "bom.xlsx", big=8 * (1 << 20))
    with pytest.raises(ReadError) as err:
        read_file(_conn(), path)
    assert err.value.key == "rel.limit.cell" and "32.767" in str(err.value)


def test_xlsx_shared_string_count_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMA_MAX_SHARED_STRINGS", "50")
    path = xlsx(tmp_path / "banyak.xlsx", strings=[f"s{i}" for i in range(60)])
    with pytest.raises(ReadError) as err:
        read_file(_conn(), path)
    assert err.value.key == "rel.limit.shared_strings" and "50" in str(err.value)


def test_xlsx_far_away_cell_is_refused_before_the_reader_allocates_the_range(tmp_path):
    cells = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        '<row r="1048576"><c r="XFD1048576" t="s"><v>1</v></c></row>'
    )
    out = _read_in_subprocess(xlsx(tmp_path / "jauh.xlsx", cells=cells))
    assert out["ok"] is False and out["key"] in ("rel.limit.columns", "rel.limit.cells"), out
    assert out["peak_mb"] < 1536


def test_xlsx_rows_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMA_MAX_ROWS", "3")
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" t="s"><v>1</v></c></row>'
        for r in range(1, 6)
    )
    with pytest.raises(ReadError) as err:
        read_file(_conn(), xlsx(tmp_path / "baris.xlsx", cells=cells))
    assert err.value.key == "rel.limit.rows"


def test_normal_xlsx_still_reads(tmp_path):
    cells = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
    )
    raw = read_file(_conn(), xlsx(tmp_path / "ok.xlsx", ["kanal", "isi", "X", "halo"], cells))
    assert raw.columns == ["kanal", "isi"] and raw.rows_read == 1


def test_five_megabyte_line_is_too_long_not_empty(tmp_path):
    path = tmp_path / "satu_baris.csv"
    path.write_bytes(b"a," * (5 * (1 << 20) // 2))
    with pytest.raises(ReadError) as err:
        read_file(_conn(), path)
    assert "baris terlalu panjang" in str(err.value) and "kosong" not in str(err.value)


def test_long_line_after_a_normal_header(tmp_path):
    path = tmp_path / "ekor.csv"
    path.write_bytes(b"kanal,isi\nX,halo\nX," + b"b" * (3 * (1 << 20)) + b"\n")
    with pytest.raises(ReadError) as err:
        read_file(_conn(), path)
    assert err.value.key == "rel.limit.line" and err.value.params["row"] == 3


def test_csv_columns_and_cell_limits(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMA_MAX_COLUMNS", "20")
    wide = tmp_path / "lebar.csv"
    wide.write_text(",".join(f"k{i}" for i in range(25)) + "\n" + ",".join("1" * 25) + "\n")
    with pytest.raises(ReadError) as err:
        read_file(_conn(), wide)
    assert err.value.key == "rel.limit.columns"
    monkeypatch.setenv("GEMA_MAX_CELL_CHARS", "100")
    long_cell = tmp_path / "sel.csv"
    long_cell.write_text("kanal,isi\nX," + "z" * 500 + "\n")
    with pytest.raises(ReadError) as err:
        read_file(_conn(), long_cell)
    assert err.value.key == "rel.limit.cell_column" and "'isi'" in str(err.value)


def _conn():
    from gema.core import store

    return store.connect(":memory:")


def test_careful_csv_path_streams_in_chunks_and_keeps_rows_and_ragged_columns(
    tmp_path, monkeypatch
):
    """Blank lines send a file to the Python reader; it now goes to DuckDB in chunks, and a wider
    row in a later chunk still gets its extra column, with exact spreadsheet row numbers."""
    from gema.ingest import read

    monkeypatch.setattr(read, "CHUNK_ROWS", 7)
    lines = ["kanal,isi"] + [f"X,pesan {i}" if i % 5 else "" for i in range(1, 40)]
    lines.append("X,akhir,lebih")
    path = tmp_path / "kosong_di_tengah.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    conn = _conn()
    raw = read_file(conn, path)
    assert raw.columns == ["kanal", "isi", "kolom_3"]
    got = conn.execute(f'SELECT _row, isi, kolom_3 FROM "{raw.table}" ORDER BY _row').fetchall()
    assert len(got) == 39 - 7 + 1 and got[0] == (2, "pesan 1", None)
    assert got[-1] == (41, "akhir", "lebih")


def test_careful_csv_path_refuses_a_row_with_too_many_cells(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMA_MAX_COLUMNS", "50")
    path = tmp_path / "lebar.csv"
    path.write_text("kanal,isi\nX,a\n\nX," + ",".join(["b"] * 80) + "\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_file(_conn(), path)
    assert err.value.key == "rel.limit.columns"


@pytest.mark.parametrize(("pos", "value"), [(88, 0), (28, 1), (26, 0)])
def test_damaged_xlsx_archive_is_refused_not_a_traceback(tmp_path, pos, value):
    """Found by the fuzz run: a flipped byte in the archive made the streaming check raise
    BadZipFile / zlib.error; it is now the usual 'damaged Excel file' message."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["kanal", "isi"])
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    data[pos] = value
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(bytes(data))
    try:
        read_file(_conn(), path)
    except ReadError as exc:
        assert str(exc).strip()


def test_nul_in_a_header_is_read_not_a_traceback(tmp_path):
    """Found by the fuzz run (also in the original reader): a NUL inside a header reached the
    SQL text, which DuckDB cut short at the NUL."""
    path = tmp_path / "nul.csv"
    path.write_bytes("\ufeff0,0,0,0,0,\x00\nkanal,isi,a,b,c,d\n".encode())
    raw = read_file(_conn(), path)
    assert "\x00" not in "".join(raw.columns)


def test_zip_with_an_unsupported_version_is_refused_not_a_traceback(tmp_path):
    """Found by the fuzz run (also in the original reader): a central-directory entry claiming
    'zip version 6.4' raised NotImplementedError from zipfile."""
    path = xlsx(tmp_path / "versi.xlsx")
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 6] = 64  # version needed to extract
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError):
        read_file(_conn(), path)
