"""Kiosk privacy (issue 16, item 6): the public wall masks personal data, shows only the current
session, and user text never becomes markup in chart labels or hovers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from gema import fgd
from gema.core import figures, privacy, store

ROOT = Path(__file__).resolve().parents[2]
PAGE = "pages/dinding.py"
EVIL = '<a href="http://e.vil">x</a>'
PERSONAL = (
    "Pak Budi Santoso (0812.3456.7890, +62 812 3456 7891, budi@contoh.id, NIK "
    "3601234567890001) dari Jl. Merdeka No. 5 RT 02/RW 05 minta Rp 15.000.000 untuk 12 desa"
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("hubungi 0812.3456.7890", ["0812", "3456"], ["hubungi"]),
        ("wa +62 812-3456-7890 ya", ["812", "7890"], ["wa", "ya"]),
        ("telp 6281234567890", ["6281234567890"], ["telp"]),
        ("kantor (0254) 123-4567", ["123-4567"], ["kantor"]),
        ("NIK 3601.2345.6789.0001 dan 3601234567890001", ["3601"], ["NIK"]),
        ("surel siti.aminah@desa.go.id", ["siti.aminah", "desa.go.id"], ["surel"]),
        ("nama saya Siti Aminah, tolong", ["Siti", "Aminah"], ["tolong"]),
        ("Bu Ani minta lampu jalan", ["Ani"], ["lampu jalan"]),
        ("rumah di Jl. Merdeka No. 5 RT 02/RW 05", ["Merdeka", "RT 02"], ["rumah"]),
        ("Anggaran Rp 15.000.000 tahun 2024 untuk 12 desa", [], ["15.000.000", "2024", "12"]),
        ("Jalan desa rusak parah", [], ["Jalan desa rusak parah"]),
    ],
)
def test_mask(text, gone, kept):
    out = privacy.mask(text)
    for g in gone:
        assert g not in out, out
    for k in kept:
        assert k in out, out


def test_mask_known_author_names():
    assert privacy.mask("terima kasih joko widodo", ["Joko Widodo"]) == "terima kasih [nama]"


def test_ranking_bar_escapes_user_text_in_labels_and_hovers():
    import pandas as pd

    fig = figures.ranking_bar(pd.DataFrame({"t": [EVIL, "Jalan"], "n": [3, 2]}), "t", "n")
    spec = json.loads(fig.to_json())
    bar = spec["data"][0]
    assert all("<a" not in str(v) for v in bar["y"]) and all(
        "<a" not in v for v in bar["customdata"]
    )
    assert any("&lt;a" in str(v) for v in bar["y"])


def _kiosk_app(monkeypatch, query: dict | None = None):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GEMA_KIOSK", "1")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception
    return at


def _html(at) -> str:
    return " ".join(h.value for h in at.get("html") if "<style>" not in h.value)


def test_kiosk_wall_masks_personal_data_and_escapes_topics(db_file, monkeypatch, users_file):
    conn = store.connect(db_file)
    sid = fgd.open_session(conn, "FGD Kios", date.today(), None, None, "staf1")
    fgd.save_entry(conn, sid, PERSONAL, "masyarakat", "staf1", topic=EVIL)
    conn.execute("CHECKPOINT")
    conn.close()
    at = _kiosk_app(monkeypatch)
    html = _html(at)
    for secret in ("Budi", "0812", "3456", "budi@contoh.id", "3601234567890001", "Merdeka"):
        assert secret not in html, secret
    assert "Rp 15.000.000" in html
    spec = json.dumps([json.loads(c.proto.spec) for c in at.get("plotly_chart")])
    assert '<a href=\\"http://e.vil\\">' not in spec and "&lt;a href" in spec


def test_kiosk_cannot_open_another_session_by_url(db_file, monkeypatch, users_file):
    conn = store.connect(db_file)
    old = fgd.open_session(conn, "FGD Lama Rahasia", date(2024, 1, 1), None, None, "staf1")
    fgd.save_entry(conn, old, "isi sesi lama", "masyarakat", "staf1")
    fgd.close_session(conn, old, "staf1")
    new = fgd.open_session(conn, "FGD Sekarang", date.today(), None, None, "staf1")
    fgd.save_entry(conn, new, "isi sesi sekarang", "masyarakat", "staf1")
    conn.execute("CHECKPOINT")
    conn.close()
    at = _kiosk_app(monkeypatch, {"sesi": str(old)})
    html = _html(at)
    assert "FGD Sekarang" in html and "FGD Lama Rahasia" not in html
    assert "isi sesi lama" not in html
