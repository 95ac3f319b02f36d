"""gema.kepuasan.ikm against hand-computed cases (PermenPANRB 14/2017; Krejcie & Morgan 1970)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from gema.kepuasan import ikm

# Four respondents, nine unsur, computed by hand:
# sums U1..U9 = 14 14 11 16 12 14 16 11 12 → NRR 3,5 3,5 2,75 4 3 3,5 4 2,75 3; ΣNRR = 30
HAND = {
    "U1": [4, 3, 4, 3],
    "U2": [4, 3, 3, 4],
    "U3": [3, 3, 2, 3],
    "U4": [4, 4, 4, 4],
    "U5": [3, 3, 3, 3],
    "U6": [4, 3, 4, 3],
    "U7": [4, 4, 4, 4],
    "U8": [3, 2, 3, 3],
    "U9": [3, 3, 4, 2],
}


def test_nrr_per_unsur_by_hand():
    got = ikm.nrr(HAND)
    assert got == {
        "U1": 3.5, "U2": 3.5, "U3": 2.75, "U4": 4.0, "U5": 3.0,
        "U6": 3.5, "U7": 4.0, "U8": 2.75, "U9": 3.0,
    }  # fmt: skip


def test_ikm_exact_and_rounded_weights_by_hand():
    n = ikm.nrr(HAND)
    assert ikm.ikm(n) == pytest.approx(25 * 30 / 9)  # 83,333…
    assert ikm.fmt_ikm(ikm.ikm(n)) == "83,33"
    assert ikm.ikm(n, "round3") == pytest.approx(25 * 30 * 0.111)  # 83,25
    assert ikm.ikm(n, "round2") == pytest.approx(25 * 30 * 0.11)  # 82,50
    assert ikm.mutu(ikm.ikm(n)) == "B" and ikm.kinerja(ikm.ikm(n)) == "Baik"


def test_missing_answers_are_left_out_of_the_mean():
    assert ikm.nrr({"U1": [4, None, 2, math.nan]}) == {"U1": 3.0}
    with pytest.raises(ValueError):
        ikm.nrr({"U1": [5]})


def test_all_fours_exact_is_100_but_rounded_weight_caps_below():
    n = ikm.nrr({f"U{i}": [4, 4] for i in range(1, 10)})
    assert ikm.fmt_ikm(ikm.ikm(n)) == "100,00"
    assert ikm.ikm(n, "round3") == pytest.approx(99.90)
    assert ikm.fmt_ikm(ikm.ikm(n, "round3")) == "99,90"
    assert ikm.ikm(n, "round2") == pytest.approx(99.00)
    assert ikm.unsur_weight(9, "round3") == 0.111 and ikm.unsur_weight(9, "round2") == 0.11
    assert ikm.weight_text(9, "round3") == "0,111" and ikm.weight_text(9, "exact") == "1/9"


def test_eleven_unsur():
    scores = {f"U{i}": [4, 4] for i in range(1, 11)}
    scores["U11"] = [1, 1]
    n = ikm.nrr(scores)
    assert len(n) == 11
    assert ikm.ikm(n) == pytest.approx(25 * 41 / 11)  # 93,18
    assert ikm.fmt_ikm(ikm.ikm(n)) == "93,18"
    assert ikm.unsur_weight(11, "round3") == 0.091
    assert ikm.ikm(n, "round3") == pytest.approx(25 * 41 * 0.091)  # 93,275
    # 11 × 0,091 = 1,001: the rounded weight can even exceed 100
    assert ikm.ikm({f"U{i}": 4.0 for i in range(1, 12)}, "round3") == pytest.approx(100.10)
    assert ikm.weakest(n) == ["U11"]


@pytest.mark.parametrize(
    ("value", "letter", "label"),
    [
        (100.0, "A", "Sangat Baik"),
        (88.31, "A", "Sangat Baik"),
        (88.305, "A", "Sangat Baik"),  # above 88,30: no gap between the printed intervals
        (88.30, "B", "Baik"),
        (76.61, "B", "Baik"),
        (76.605, "B", "Baik"),
        (76.60, "C", "Kurang Baik"),
        (65.00, "C", "Kurang Baik"),
        (64.995, "D", "Tidak Baik"),
        (64.99, "D", "Tidak Baik"),
        (25.00, "D", "Tidak Baik"),
        (24.975, "D", "Tidak Baik"),  # all answers 1 with weight 0,111
    ],
)
def test_band_edges(value, letter, label):
    assert ikm.mutu(value) == letter
    assert ikm.kinerja(value) == label


@pytest.mark.parametrize(
    ("nrr", "letter"),
    [(3.532, "B"), (3.5324, "A"), (3.064, "C"), (3.0644, "B"), (2.6, "C"), (2.5996, "D")],
)
def test_band_edges_through_the_formula(nrr, letter):
    """NRR × 25 lands exactly on an edge; float noise (88.30000000000001) must not move it."""
    assert ikm.mutu(ikm.ikm({"U1": nrr})) == letter


def test_no_value_no_band():
    assert ikm.mutu(None) is None and ikm.mutu(math.nan) is None
    assert ikm.fmt_ikm(None) == "—"
    assert math.isnan(ikm.ikm({}))


@pytest.mark.parametrize(
    ("population", "size"),
    [(10, 10), (100, 80), (1000, 278), (10000, 370), (1, 1), (0, 0)],
)
def test_krejcie_morgan(population, size):
    assert ikm.krejcie_morgan(population) == size
    if population > 0:  # the formula, computed here independently, rounded up
        s = 3.841 * population * 0.25 / (0.05**2 * (population - 1) + 3.841 * 0.25)
        assert size == math.ceil(s)


def test_sample_adequacy_flag():
    assert ikm.sample_adequate(80, 100) is True
    assert ikm.sample_adequate(79, 100) is False
    assert ikm.sample_adequate(277, 1000) is False
    assert ikm.sample_adequate(500, None) is None  # unknown service users: no flag
    assert ikm.sample_adequate(500, 0) is None


def test_weakest_on_tie_lists_all_in_unsur_order():
    assert ikm.weakest(ikm.nrr(HAND)) == ["U3", "U8"]
    assert ikm.weakest({"U10": 2.0, "U2": 2.0, "U1": 3.0}) == ["U2", "U10"]


def test_ikm_frame_matches_scalar_function_per_group():
    rows = []
    for unsur, nrr in ikm.nrr(HAND).items():
        rows.append(("Dukcapil", unsur, nrr))
    for i in range(1, 12):
        rows.append(("RSUD", f"U{i}", 4.0 if i < 11 else 1.0))
    long = pd.DataFrame(rows, columns=["unit", "unsur", "nrr"])
    for mode in ikm.WEIGHT_MODES:
        out = ikm.ikm_frame(long, ["unit"], mode).set_index("unit")
        assert out.loc["Dukcapil", "ikm"] == pytest.approx(ikm.ikm(ikm.nrr(HAND), mode))
        assert out.loc["RSUD", "n_unsur"] == 11
        assert out.loc["RSUD", "mutu"] == "A"
    assert ikm.ikm_frame(long.iloc[0:0], ["unit"]).empty


# A published recap reproduced within its rounding.
# Source: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang Barat, "Laporan Survey
# Kepuasan Masyarakat (SKM) (Online), Tahun 2023 Semester 1", https://e-smile.tubaba.go.id/main/
# skm/laporan/online (page retrieved through the project's search tool). It prints one respondent
# answering 4 on U1..U9, "NRR / Unsur 4", "NRR tertimbang / unsur 0.44" (NRR x 0,111 shown with
# two decimals), "IKM UNIT PELAYANAN 100 (Sangat Baik)".
def test_published_recap_tulang_bawang_barat_2023_s1():
    n = ikm.nrr({f"U{i}": [4] for i in range(1, 10)})
    assert all(v == 4 for v in n.values())
    # the printed weighted NRR per unsur, 0.44, is NRR × 0,111 shown with two decimals
    assert round(4 * ikm.unsur_weight(9, "round3"), 2) == 0.44
    # the printed IKM 100 is reproduced exactly by the exact weight 1/9 …
    assert ikm.fmt_ikm(ikm.ikm(n)) == "100,00" and ikm.mutu(ikm.ikm(n)) == "A"
    # … and by the rounded weight within the report's rounding of the index to whole numbers
    assert round(ikm.ikm(n, "round3")) == 100


def test_display_rounds_half_up_like_report_spreadsheets():
    assert ikm.fmt_ikm(86.625) == "86,63"
    assert ikm.fmt_ikm(82.6388888) == "82,64"
    assert ikm.fmt_ikm(88.304) == "88,30" and ikm.mutu(88.304) == "A"  # banded unrounded
    assert ikm.fmt_ikm(100) == "100,00"


# A second published computation, with a number of unsur other than nine and a rounded weight.
# Source: "Lab" (survey of a laboratory's service users, per dimension), https://www.scribd.com/
# document/429061031/Lab (retrieved through the project's search tool; the publishing agency is
# not named in the excerpt). Block "Kehandalan pelayanan": 20 questionnaires, three unsur with
# sums 74, 76, 60 → printed NRR 3.70 3.80 3.00, "NRR x 0.33", printed IKM 86.63 (BAIK).
# Block "Kesigapan": two unsur, sums 74 and 72 → NRR 3.70 3.60, weight 0.50, printed IKM 91.25.
def test_published_lab_recap_reproduced_with_its_rounded_weight():
    n3 = {"U1": 74 / 20, "U2": 76 / 20, "U3": 60 / 20}
    assert [round(v, 2) for v in n3.values()] == [3.70, 3.80, 3.00]
    assert ikm.unsur_weight(3, "round2") == 0.33
    assert ikm.fmt_ikm(ikm.ikm(n3, "round2")) == "86,63"  # printed 86.63
    assert ikm.fmt_ikm(ikm.ikm(n3)) == "87,50"  # the exact weight 1/3 differs by 0,87
    assert ikm.kinerja(ikm.ikm(n3, "round2")) == "Baik"
    n2 = {"U1": 74 / 20, "U2": 72 / 20}
    assert ikm.fmt_ikm(ikm.ikm(n2)) == ikm.fmt_ikm(ikm.ikm(n2, "round2")) == "91,25"
    assert ikm.mutu(ikm.ikm(n2)) == "A"


def test_sample_flags_mark_small_samples_in_table_and_chart():
    """A grade from 7 respondents with unknown N, or from fewer than the Krejcie-Morgan size
    when N is known, is marked; 40 respondents with unknown N, or enough for a known N, is not."""
    import pandas as pd

    from gema.kepuasan import data as skm_data
    from gema.kepuasan import figures, frames

    table = pd.DataFrame(
        {
            "group": ["Kecil", "Besar", "Dikenal kurang", "Dikenal cukup"],
            "label": ["Kecil", "Besar", "Dikenal kurang", "Dikenal cukup"],
            "respondents": [7, 40, 60, 90],
            "ikm": [91.0, 82.0, 80.0, 78.0],
            "mutu": ["A", "B", "B", "B"],
            "weakest": [("U1",)] * 4,
            "kabkota": ["3601"] * 4,
        }
    )
    adequacy = pd.DataFrame(
        {
            "group": [" dikenal kurang", "Dikenal cukup"],
            "needed": [80, 80],
            "adequate": [False, True],
        }
    )
    flagged = skm_data.sample_flags(table, adequacy).set_index("group")
    assert flagged["short"].to_dict() == {
        "Kecil": True, "Besar": False, "Dikenal kurang": True, "Dikenal cukup": False,
    }  # fmt: skip
    assert flagged.loc["Kecil", "needed"] == skm_data.MIN_RESPONDENTS == 30
    assert flagged.loc["Dikenal kurang", "needed"] == 80

    shown = frames.display_table(flagged.reset_index(), "unit", {}, "id")
    assert shown["Sampel"].tolist() == [
        "⚠ kurang (perlu 30)", "✓ cukup", "⚠ kurang (perlu 80)", "✓ cukup",
    ]  # fmt: skip
    fig = figures.ikm_bars(flagged.reset_index(), "id")
    thin = [tr for tr in fig.data if tr.marker.pattern.shape == "/"]
    assert {y for tr in thin for y in tr.y} == {"Kecil", "Dikenal kurang"}
    assert all("sampel kurang" in x for tr in thin for x in tr.text)
    assert all(tr.marker.opacity < 1 for tr in thin)
    solid = [tr for tr in fig.data if tr.marker.pattern.shape != "/"]
    assert not any("sampel kurang" in x for tr in solid for x in tr.text)
