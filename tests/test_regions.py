"""The kab/kota matcher: a table of spellings, including ambiguous and outside ones."""

from __future__ import annotations

import pandas as pd
import pytest

from gema.core import regions

CASES = [
    ("3674", "ok", "3674"),
    ("36.74", "ok", "3674"),
    (" 3601 ", "ok", "3601"),
    ("KOTA TANGERANG SELATAN", "ok", "3674"),
    ("Kota Tangerang Selatan", "ok", "3674"),
    ("Tangsel", "ok", "3674"),
    ("tangerang selatan", "ok", "3674"),
    ("Kota Tangerang, Banten", "ok", "3671"),
    ("Kab. Tangerang", "ok", "3603"),
    ("Kabupaten Tangerang", "ok", "3603"),
    ("KAB TANGERANG", "ok", "3603"),
    ("Kab. Serang", "ok", "3604"),
    ("kota serang", "ok", "3673"),
    ("Cilegon, Indonesia", "ok", "3672"),
    ("Kota Cilegon", "ok", "3672"),
    ("Pandeglang", "ok", "3601"),
    ("Kabupaten Pandeglang", "ok", "3601"),
    ("Lebak", "ok", "3602"),
    ("Rangkasbitung", "ok", "3602"),
    ("Pamulang, Tangerang Selatan", "ok", "3674"),
    ("Tangerang", "ambiguous", None),
    ("Serang", "ambiguous", None),
    ("TANGERANG", "ambiguous", None),
    ("Serang, Banten", "ambiguous", None),
    ("Tangerang, Indonesia", "ambiguous", None),
    ("Jakarta Selatan", "outside", None),
    ("Bekasi, Jawa Barat", "outside", None),
    ("Bandung", "outside", None),
    ("Banten", "province", None),
    ("Provinsi Banten", "province", None),
    ("Atlantis", "unknown", None),
    ("3699", "unknown", None),
    ("", "empty", None),
    ("-", "empty", None),
]


@pytest.mark.parametrize(("raw", "status", "kode"), CASES)
def test_match(raw, status, kode):
    m = regions.match(raw)
    assert (m.status, m.kode) == (status, kode)


def test_ambiguous_lists_candidates():
    assert regions.match("Tangerang").candidates == ("3603", "3671")
    assert regions.match("Serang").candidates == ("3604", "3673")


def test_unresolved_counts_rows_and_respects_choices():
    values = pd.Series(["Tangerang", "Tangerang", "Serang", "Kota Cilegon", "Jakarta", None])
    assert regions.unresolved(values) == {"Tangerang": 2, "Serang": 1, "Jakarta": 1}
    assert regions.unresolved(values, {"Tangerang": "3671", "Jakarta": "-"}) == {"Serang": 1}


def test_resolve_applies_choices_per_row():
    values = pd.Series(["Tangerang", "Kota Cilegon", "Jakarta", "Serang"])
    kode = regions.resolve(values, {"Tangerang": "3603", "Jakarta": "-"})
    assert kode.tolist()[:3] == ["3603", "3672", "-"]
    assert pd.isna(kode.iloc[3])
