"""Number and date parsing in SQL (macros of migration 010) and the date-order detector."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gema.core import store
from gema.core.i18n import BULAN, MONTHS_EN
from gema.ingest.parse import DateOrder, detect_date_order

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN_SHORT = tuple(m[:3] for m in MONTHS_EN)
WIB = timedelta(hours=7)


@pytest.fixture(scope="module")
def mem() -> duckdb.DuckDBPyConnection:
    """One migrated in-memory store for the whole module (the macros are read-only)."""
    c = store.connect(":memory:")
    yield c
    c.close()


def nums(conn: duckdb.DuckDBPyConnection, texts: list[str | None]) -> list[float | None]:
    rows = conn.execute(
        "SELECT gema_num(t) FROM unnest(CAST($t AS VARCHAR[])) WITH ORDINALITY AS u(t, i) "
        "ORDER BY i",
        {"t": texts},
    ).fetchall()
    return [r[0] for r in rows]


def stamps(
    conn: duckdb.DuckDBPyConnection, texts: list[str | None], dayfirst: bool | None = True
) -> list[datetime | None]:
    rows = conn.execute(
        "SELECT gema_ts(t, $d) FROM unnest(CAST($t AS VARCHAR[])) WITH ORDINALITY AS u(t, i) "
        "ORDER BY i",
        {"t": texts, "d": dayfirst},
    ).fetchall()
    return [r[0] for r in rows]


# --- numbers: explicit table ------------------------------------------------------------------

NUMBERS = [
    ("1234", 1234),
    ("1.234", 1234),
    ("1.234.567", 1234567),
    ("1,5", 1.5),
    ("12,400", 12400),
    ("1,234,567.89", 1234567.89),
    ("1.234.567,89", 1234567.89),
    ("1,2 rb", 1200),
    ("1,2rb", 1200),
    ("1.2 ribu", 1200),
    ("12,4 rb", 12400),
    ("2 jt", 2_000_000),
    ("2 juta", 2_000_000),
    ("2,5jt", 2_500_000),
    ("1,5 M", 1.5e9),  # decimal comma: Indonesian miliar
    ("1,5 miliar", 1.5e9),
    ("2 milyar", 2e9),
    ("Rp 2 M", 2e9),  # Rupiah prefix: miliar
    ("Rp2M", 2e9),
    ("1.2M", 1.2e6),  # decimal dot: English million
    ("2M", 2e6),
    ("3.4K", 3400),
    ("3.4k", 3400),
    ("1.5B", 1.5e9),
    ("1777.0", 1777),
    ("1.25", 1.25),
    ("0.125", 0.125),
    ("0,5", 0.5),
    ("Rp 1.500.000", 1_500_000),
    ("Rp1.500.000,00", 1_500_000),
    ("Rp 15.000,-", 15_000),
    ("IDR 1,500,000", 1_500_000),
    ("$1,200.50", 1200.5),
    ("15%", 15),
    ("12,5 %", 12.5),
    ("  42  ", 42),
    ("\u00a012.400\u00a0", 12400),
    ("-5", -5),
    ("−7", -7),  # Unicode minus sign
    ("-1.234,5", -1234.5),
    ("(1.234)", -1234),
    ("+3", 3),
    (".5", 0.5),
    ("1.5e3", 1500),
    ("1856989612345", 1856989612345),
]

NOT_NUMBERS = [
    None,
    "",
    "   ",
    "-",
    "–",
    "—",
    "n/a",
    "N/A",
    "#N/A",
    "null",
    "NaN",
    "abc",
    "12 abc",
    "1.2.3",
    "1,2,3",
    "12.34.5",
    "#DIV/0!",
    "(12",
    "Rp",
    "1..2",
]


def test_numbers_table(mem):
    got = nums(mem, [t for t, _ in NUMBERS])
    for (text, want), value in zip(NUMBERS, got, strict=True):
        assert value is not None, text
        assert math.isclose(value, want, rel_tol=1e-12), (text, value, want)


def test_garbage_and_blanks_are_null(mem):
    assert nums(mem, NOT_NUMBERS) == [None] * len(NOT_NUMBERS)


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        (None, True),
        ("", True),
        (" \t", True),
        ("\u00a0", True),
        ("-", True),
        ("–", True),
        ("—", True),
        ("n/a", True),
        ("N/A", True),
        ("#N/A", True),
        ("null", True),
        ("NaN", True),
        ("0", False),
        ("abc", False),
        ("-5", False),
        ("nan-nan", False),
    ],
)
def test_gema_blank(mem, text, blank):
    assert mem.execute("SELECT gema_blank($t)", {"t": text}).fetchone()[0] is blank


def test_m_rule_is_documented_in_the_migration():
    """The Indonesian/English 'M' conflict is decided in one place, and said so."""
    text = (store.SCHEMA / "010_parse_macros.sql").read_text(encoding="utf-8")
    assert "'M' rule" in text and "miliar" in text and "million" in text


# --- numbers: properties ----------------------------------------------------------------------


def group(digits: str, sep: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


@st.composite
def formatted_numbers(draw) -> tuple[str, float]:
    """A number and one way people write it in Indonesian or English exports."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    style = draw(st.sampled_from(["plain", "id", "en", "id_dec", "en_dec", "suffix", "rp"]))
    negative = draw(st.booleans()) and style not in ("suffix",)
    if style == "plain":
        text, value = str(whole), float(whole)
    elif style == "id":
        text, value = group(str(whole), "."), float(whole)
    elif style == "en":
        text, value = group(str(whole), ","), float(whole)
    elif style in ("id_dec", "en_dec"):
        # one or two decimals: with exactly three and no grouping, '1,234' is a thousands figure
        places = draw(st.integers(min_value=1, max_value=2))
        frac = draw(st.integers(min_value=0, max_value=10**places - 1))
        thousands, decimal = (".", ",") if style == "id_dec" else (",", ".")
        text = f"{group(str(whole), thousands)}{decimal}{frac:0{places}d}"
        value = whole + frac / 10**places
    elif style == "rp":
        text = draw(st.sampled_from(["Rp ", "Rp", "IDR "])) + group(str(whole), ".")
        value = float(whole)
    else:
        mantissa = draw(st.integers(min_value=1, max_value=999))
        tenth = draw(st.integers(min_value=0, max_value=9))
        suffix, mult, decimal = draw(
            st.sampled_from(
                [
                    (" rb", 1e3, ","),
                    ("rb", 1e3, ","),
                    (" ribu", 1e3, ","),
                    ("K", 1e3, "."),
                    ("k", 1e3, "."),
                    (" jt", 1e6, ","),
                    (" juta", 1e6, ","),
                    ("M", 1e6, "."),
                    (" M", 1e9, ","),
                    (" miliar", 1e9, ","),
                ]
            )
        )
        text = f"{mantissa}{decimal}{tenth}{suffix}"
        value = (mantissa + tenth / 10) * mult
    if negative and value:
        text, value = "-" + text, -value
    pad = draw(st.sampled_from(["", " ", "\u00a0"]))
    return pad + text + pad, value


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(formatted_numbers(), min_size=1, max_size=40))
def test_numbers_round_trip(mem, cases):
    got = nums(mem, [text for text, _ in cases])
    for (text, want), value in zip(cases, got, strict=True):
        assert value is not None, text
        assert math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-9), (text, value, want)


# --- timestamps: explicit table ---------------------------------------------------------------

STAMPS = [
    ("2024-07-01", True, datetime(2024, 7, 1)),
    ("2024-07-01 13:45:00", True, datetime(2024, 7, 1, 13, 45)),
    ("2024-07-01T13:45:00", True, datetime(2024, 7, 1, 13, 45)),
    ("2024-07-01T06:45:00Z", True, datetime(2024, 7, 1, 13, 45)),  # UTC -> WIB
    ("2024-07-01T13:45:00+07:00", True, datetime(2024, 7, 1, 13, 45)),
    ("2024-07-01T08:45:00.5+02:00", True, datetime(2024, 7, 1, 13, 45, 0, 500000)),
    ("2024/07/01", True, datetime(2024, 7, 1)),
    ("01/07/2024", True, datetime(2024, 7, 1)),
    ("01/07/2024", False, datetime(2024, 1, 7)),
    ("01/07/2024", None, datetime(2024, 7, 1)),
    ("1/7/2024", True, datetime(2024, 7, 1)),
    ("01-07-2024", True, datetime(2024, 7, 1)),
    ("01.07.2024", True, datetime(2024, 7, 1)),
    ("01/07/24", True, datetime(2024, 7, 1)),
    ("07/15/2024 09:30", False, datetime(2024, 7, 15, 9, 30)),
    ("01/07/2024 13.45", True, datetime(2024, 7, 1, 13, 45)),
    ("01/07/2024 14.05.00", True, datetime(2024, 7, 1, 14, 5)),
    ("1 Juli 2024", True, datetime(2024, 7, 1)),
    ("1 Jul 2024", True, datetime(2024, 7, 1)),
    ("01 Agustus 2024 14:00", True, datetime(2024, 8, 1, 14)),
    ("5 Agt 2024", True, datetime(2024, 8, 5)),
    ("5 Ags 2024", True, datetime(2024, 8, 5)),
    ("5 Agu 2024", True, datetime(2024, 8, 5)),
    ("1 Mei 2024", True, datetime(2024, 5, 1)),
    ("1 Okt 2024", True, datetime(2024, 10, 1)),
    ("12 Des 2023", True, datetime(2023, 12, 12)),
    ("1 Nopember 2024", True, datetime(2024, 11, 1)),
    ("Senin, 1 Juli 2024", True, datetime(2024, 7, 1)),
    ("Jumat, 12 Juli 2024 pukul 19.30 WIB", True, datetime(2024, 7, 12, 19, 30)),
    ("1 Juli 2024 10:00 WITA", True, datetime(2024, 7, 1, 9)),
    ("Thu Nov 14 04:23:49 +0000 2024", True, datetime(2024, 11, 14, 11, 23, 49)),
    ("Feb 19, 2023", True, datetime(2023, 2, 19)),
    ("February 19, 2023", True, datetime(2023, 2, 19)),
    ("Thu, Nov 14, 2024", True, datetime(2024, 11, 14)),
    ("Mon Feb 03 2025", True, datetime(2025, 2, 3)),
    ("Mon Feb 03 2025 10:00:00 GMT+0700 (Western Indonesia Time)", True, datetime(2025, 2, 3, 10)),
    ("July 1, 2024 1:45 PM", True, datetime(2024, 7, 1, 13, 45)),
    ("01-Jul-2024", True, datetime(2024, 7, 1)),
    ("45474", True, datetime(2024, 7, 1)),
    ("45474.5", True, datetime(2024, 7, 1, 12)),
    ("  2024-07-01 ", True, datetime(2024, 7, 1)),
]

NOT_STAMPS = [
    None,
    "",
    "-",
    "n/a",
    "garbage",
    "2024-13-45",
    "31/02/2024",
    "13/13/2024",
    "12345",  # outside the Excel serial range
    "99999",
    "1 Foo 2024",
    "Total",
]


def test_timestamps_table(mem):
    for flag in (True, False, None):
        cases = [(text, want) for text, dayfirst, want in STAMPS if dayfirst is flag]
        got = stamps(mem, [text for text, _ in cases], flag)
        for (text, want), value in zip(cases, got, strict=True):
            assert value == want, text


def test_unparseable_timestamps_are_null(mem):
    assert stamps(mem, NOT_STAMPS) == [None] * len(NOT_STAMPS)
    # month-first reading of a value only valid day-first
    assert stamps(mem, ["13/07/2024"], False) == [None]


def test_one_argument_form_is_day_first(mem):
    assert mem.execute("SELECT gema_ts('01/07/2024')").fetchone()[0] == datetime(2024, 7, 1)


# --- timestamps: properties -------------------------------------------------------------------


def excel_serial(moment: datetime) -> str:
    delta = moment - datetime(1899, 12, 30)
    days = delta.days + delta.seconds / 86400
    return f"{days:.10f}".rstrip("0").rstrip(".")


FORMATS = {
    "iso": (lambda d: d.strftime("%Y-%m-%d %H:%M:%S"), True, timedelta(0)),
    "iso_t_z": (lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"), True, WIB),
    "dmy": (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}", True, timedelta(0)),
    "dmy_short": (lambda d: f"{d.day}/{d.month}/{d.year}", True, timedelta(0)),
    "mdy": (lambda d: f"{d.month:02d}/{d.day:02d}/{d.year} {d.hour:02d}:{d.minute:02d}", False, timedelta(0)),
    "dmy_dash_dot_time": (lambda d: f"{d.day:02d}-{d.month:02d}-{d.year} {d.hour:02d}.{d.minute:02d}", True, timedelta(0)),
    "id_long": (lambda d: f"{d.day} {BULAN[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}", True, timedelta(0)),
    "id_day_name": (lambda d: f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}", True, timedelta(0)),
    "id_short_dot": (lambda d: f"{d.day:02d} {BULAN[d.month - 1][:3]} {d.year} {d.hour:02d}.{d.minute:02d}", True, timedelta(0)),
    "en_long": (lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", True, timedelta(0)),
    "tweet": (lambda d: f"{DAYS_EN[d.weekday()]} {MONTHS_EN_SHORT[d.month - 1]} {d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d} +0000 {d.year}", True, WIB),
    "js": (lambda d: f"{DAYS_EN[d.weekday()]} {MONTHS_EN_SHORT[d.month - 1]} {d.day:02d} {d.year}", True, timedelta(0)),
    "excel": (lambda d: excel_serial(d), True, timedelta(0)),
}  # fmt: skip
DATE_ONLY = {"dmy_short", "id_day_name", "en_long", "js"}
MINUTES = {"dmy", "mdy", "dmy_dash_dot_time", "id_long", "id_short_dot"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)),
            st.sampled_from(sorted(FORMATS)),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_timestamps_round_trip(mem, cases):
    for flag in (True, False):
        chosen = [(m, f) for m, f in cases if FORMATS[f][1] is flag]
        if not chosen:
            continue
        texts, wants = [], []
        for moment, name in chosen:
            moment = moment.replace(microsecond=0)
            if name in DATE_ONLY:
                moment = datetime.combine(moment.date(), datetime.min.time())
            elif name in MINUTES:
                moment = moment.replace(second=0)
            elif name == "excel":
                moment = moment.replace(second=0)  # serials carry minutes exactly enough
            texts.append(FORMATS[name][0](moment))
            wants.append(moment + FORMATS[name][2])
        got = stamps(mem, texts, flag)
        for text, want, value in zip(texts, wants, got, strict=True):
            assert value is not None, text
            assert abs(value - want) < timedelta(milliseconds=1), (text, value, want)


# --- date order -------------------------------------------------------------------------------


def order_of(conn, values: list[str | None]) -> DateOrder:
    conn.execute(
        'CREATE OR REPLACE TEMP TABLE dates AS SELECT unnest(CAST($v AS VARCHAR[])) AS "Tanggal"',
        {"v": values},
    )
    return detect_date_order(conn, "dates", "Tanggal")


def test_date_order_day_first(mem):
    order = order_of(mem, ["01/07/2024", "13/07/2024", "31/12/2024 13.45", None, "-"])
    assert order.dayfirst is True and not order.ambiguous
    assert order.evidence["only_dayfirst"] == 2 and order.evidence["either"] == 1
    assert "13/07/2024" in order.evidence["examples_dayfirst"]


def test_date_order_month_first(mem):
    order = order_of(mem, ["07/15/2024 09:30", "07/01/2024", "12/31/2024"])
    assert order.dayfirst is False and not order.ambiguous
    assert order.evidence["only_monthfirst"] == 2


def test_date_order_only_ambiguous_values_follow_the_convention(mem):
    order = order_of(mem, ["01/07/2024", "02/07/2024"])
    assert order.dayfirst is True and not order.ambiguous


def test_date_order_without_numeric_dates(mem):
    order = order_of(mem, ["2024-07-01", "1 Juli 2024", "Feb 19, 2023", None])
    assert order.dayfirst is None and not order.ambiguous
    assert order.evidence["numeric"] == 0


def test_date_order_conflict_is_ambiguous(mem):
    order = order_of(mem, ["13/07/2024", "07/13/2024", "01/01/2024"])
    assert order.ambiguous
    assert order.evidence["examples_dayfirst"] == ["13/07/2024"]
    assert order.evidence["examples_monthfirst"] == ["07/13/2024"]


def test_date_order_from_python_values():
    assert detect_date_order(["07/13/2024", "07/01/2024"]).dayfirst is False
    assert detect_date_order(["13/07/2024", "07/13/2024"]).ambiguous
    assert detect_date_order([]).dayfirst is None


def test_macros_work_on_a_file_store(conn):
    """Migration 010 is applied by store.connect like every other migration."""
    row = conn.execute("SELECT gema_num('1,2 rb'), gema_ts('1 Juli 2024')").fetchone()
    assert row == (1200.0, datetime.combine(date(2024, 7, 1), datetime.min.time()))


# --- gema_trimmed (migration 241): trim(v), cheaper ---------------------------------------------
_EDGE = [" ", "\u00a0", "\u2009", "\u3000", "\u202f", "\t", "\n", "\u200b", "é", "!", "~", "\x7f"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.text(st.sampled_from([*_EDGE, "a", "1", "-", ":"]), max_size=6),
            st.text(max_size=8),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_gema_trimmed_is_trim_for_every_text(mem, texts):
    texts = [*texts, " a", "a ", "\u00a0a", "a\u3000", "\u2009a\u2009", "", " ", "\ta", "a\n"]
    rows = mem.execute(
        "SELECT t, gema_trimmed(t) IS NOT DISTINCT FROM trim(t) "
        "FROM unnest(CAST($t AS VARCHAR[])) AS u(t)",
        {"t": texts},
    ).fetchall()
    assert [t for t, same in rows if not same] == []
