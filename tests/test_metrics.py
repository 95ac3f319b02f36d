"""Dashboard metrics against a real store with known rows; every expected figure is worked out by
hand from the rows below (period 1–14 Juli 2024, previous period 17–30 Juni 2024)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pandas as pd
import pytest

from gema.aspirasi import corrections
from gema.aspirasi import data as aspirasi_data
from gema.core import kpi as core_kpi
from gema.core import presence, store
from gema.core.filters import Filters
from gema.jangkauan import data as jangkauan_data
from gema.ringkasan import changes as ringkasan_changes
from gema.ringkasan import data as ringkasan_data

F = Filters(period="custom", start=date(2024, 7, 1), end=date(2024, 7, 14))

# platform, account, campaign, published_at, kabkota, views, impressions, reach, likes, comments,
# shares, saves, cost
POSTS = [
    ("Instagram", "a", "Banten Sehat", "2024-07-02 10:00", "3602", None, 1500, 1000, 50, 10, 5, 5, 100_000),
    ("TikTok", "b", "Banten Sehat", "2024-07-05 10:00", "3601", 5000, None, 3000, 200, 20, 40, None, None),
    ("Instagram", "a", "Jalan Mulus", "2024-07-14 23:59", None, None, 800, None, 30, None, None, None, None),
    ("YouTube", "c", None, "2024-07-10 08:00", "3602", 900, None, 500, 10, 5, None, None, None),
    ("Instagram", "a", "Banten Sehat", "2024-06-20 10:00", "3602", None, 2500, 2000, 100, None, None, None, None),
    ("TikTok", "b", "Jalan Mulus", "2024-06-17 00:00", "3601", 1200, None, 1000, 20, None, None, None, None),
    ("TikTok", "b", "Jalan Mulus", "2024-06-10 00:00", "3601", None, None, 99_999, 1, None, None, None, None),
    ("TikTok", "b", "Jalan Mulus", "2024-07-15 00:00", "3601", None, None, 88_888, 1, None, None, None, None),
]  # fmt: skip


def _feedback_rows() -> list[tuple]:
    """(received_at, channel, kabkota, topic, sentiment)."""
    rows: list[tuple] = []
    cur, prev = "2024-07-03 09:00", "2024-06-25 09:00"
    rows += [(cur, "LAPOR!", "3602", "banjir", "negatif")] * 20
    rows += [(cur, "LAPOR!", "3602", "banjir", "positif")] * 5
    rows += [(cur, "LAPOR!", "3602", "banjir", "netral")] * 5
    rows += [(prev, "LAPOR!", "3602", "banjir", "negatif")] * 5
    rows += [(prev, "LAPOR!", "3602", "banjir", "positif")] * 5
    rows += [(cur, "Instagram", "3601", "jalan", "positif")] * 12
    rows += [(prev, "Instagram", "3601", "jalan", "negatif")] * 12
    rows += [(cur, "X", None, None, None)] * 3
    rows += [("2024-06-01 09:00", "X", "3601", "jalan", "negatif")] * 7  # before both periods
    return rows


@pytest.fixture
def data(conn):
    conn.executemany(
        "INSERT INTO posts (platform, account, campaign, published_at, kabkota, views, impressions,"
        " reach, likes, comments, shares, saves, cost, batch_id, url, title)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'https://example.org/p', 'judul')",
        POSTS,
    )
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, kabkota, topic, sentiment, text, status)"
        " VALUES (?, ?, ?, ?, ?, 'teks aspirasi', 'baru')",
        _feedback_rows(),
    )
    conn.execute(
        "INSERT INTO accounts (platform, handle, display_name, followers, is_icn, batch_id) VALUES"
        " ('Instagram', 'a', 'Kreator A', 12000, true, 1), ('TikTok', 'b', 'OPD B', 5000, false, 1)"
    )
    conn.execute(
        "INSERT INTO campaigns (name, opd, budget, batch_id) VALUES ('Banten Sehat', 'Dinkes', 5000000, 1)"
    )
    return conn


def _by_key(kpis: list[core_kpi.Kpi]) -> dict[str, core_kpi.Kpi]:
    return {k.key: k for k in kpis}


def test_content_kpis_and_previous_period(data):
    k = _by_key(jangkauan_data.content_kpis(data, F))
    assert (k["reach"].value, k["reach"].previous) == (4500, 3000)
    assert k["reach"].change == pytest.approx(0.5)
    # views: impressions where reported, else video views
    assert (k["views"].value, k["views"].previous) == (1500 + 5000 + 800 + 900, 2500 + 1200)
    assert (k["engagements"].value, k["engagements"].previous) == (70 + 260 + 30 + 15, 120)
    assert (k["posts"].value, k["posts"].previous) == (4, 2)
    assert (k["active_accounts"].value, k["active_accounts"].previous) == (3, 2)


def test_engagement_rate_uses_reach_of_posts_that_report_it(data):
    er = _by_key(jangkauan_data.content_kpis(data, F))["engagement_rate"]
    # the post without reach (30 engagements) is left out of numerator and denominator
    assert er.value == pytest.approx((70 + 260 + 15) / 4500)
    assert er.previous == pytest.approx(120 / 3000)
    assert er.delta_text() == "+3,7 poin"
    assert er.value_text() == "7,7%"


def test_feedback_kpis_and_net_sentiment_formula(data):
    k = _by_key(aspirasi_data.feedback_kpis(data, F))
    assert (k["feedback"].value, k["feedback"].previous) == (45, 22)
    assert k["positive_share"].value == pytest.approx(17 / 42)  # unlabelled rows excluded
    assert k["negative_share"].value == pytest.approx(20 / 42)
    assert k["net_sentiment"].value == pytest.approx((17 - 20) / 42 * 100)
    assert k["net_sentiment"].previous == pytest.approx((5 - 17) / 22 * 100)
    assert k["net_sentiment"].value_text() == "-7,1"
    assert k["net_sentiment"].delta_text() == "+47,4 poin"
    assert k["negative_share"].better == "down"
    assert core_kpi.net_sentiment(3, 1, 0) is None


def test_kpi_texts_are_indonesian():
    kpi = core_kpi.Kpi("reach", "dash.kpi.reach", "dash.kpi.reach.help", 1_234_567, 1_000_000)
    assert kpi.value_text() == "1,2 jt"
    assert kpi.full_text() == "1.234.567"
    assert kpi.delta_text() == "+23,5%"
    assert core_kpi.Kpi("x", "l", "h", 5, 0).delta_text() is None  # nothing to compare with


@pytest.mark.parametrize(
    ("change", "reach", "feedback"),
    [
        ({"kabkota": ("3602",)}, 1500, 30),
        ({"campaign": ("Banten Sehat",)}, 4000, 45),  # campaign does not narrow feedback
        ({"platform": ("Instagram",)}, 1000, 45),
        ({"channel": ("Instagram",)}, 4500, 12),  # channel does not narrow content
        ({"kabkota": ("3601",), "channel": ("LAPOR!",)}, 3000, 0),
    ],
)
def test_filters_restrict_results(data, change, reach, feedback):
    f = replace(F, **change)
    assert _by_key(jangkauan_data.content_kpis(data, f))["reach"].value == reach
    assert _by_key(aspirasi_data.feedback_kpis(data, f))["feedback"].value == feedback


def test_period_filter_and_empty_period(data):
    week = Filters(period="custom", start=date(2024, 7, 8), end=date(2024, 7, 14))
    k = _by_key(jangkauan_data.content_kpis(data, week))
    assert k["reach"].value == 500 and k["posts"].value == 2  # YouTube 10 Jul + IG 14 Jul 23:59
    assert k["reach"].previous == 3000 + 1000 - 0  # 1–7 Juli: posts on 2 and 5 Juli
    empty = Filters(period="custom", start=date(2020, 1, 1), end=date(2020, 1, 31))
    k = _by_key(ringkasan_data.kpis(data, empty))
    assert k["reach"].value == 0 and k["reach"].change is None
    assert k["net_sentiment"].value is None


def test_changes_rank_largest_rises_and_falls(data):
    items = ringkasan_changes.changes(data, F)
    got = [(c.metric, c.kabkota, c.topic, c.previous, c.current) for c in items]
    # overall trend: complaints 17 → 20 (×1,18), feedback 22 → 42 (×1,91), reach 3000 → 4500
    # (×1,5); each cell is compared with its previous value × that ratio
    assert got == [
        ("reach", "3601", None, 1000, 3000),  # expected 1500: +100% → 10
        ("reach", "3602", None, 2000, 1500),  # expected 3000: −50% → 5
        ("complaints", "3601", "jalan", 12, 0),  # expected 14,1: z = 14,1/√14,1 × 1,25 = 4,7
        ("complaints", "3602", "banjir", 5, 20),  # expected 5,9: z = 14,1/√25,9 × 1,25 = 3,5
    ]
    # 'feedback banjir di Lebak 10 → 30' is close to the overall ×1,91 (z = 1,6 < 2) and the
    # coarser Lebak / banjir rows are explained by the complaints row: all left out
    assert items[3].text() == "Keluhan topik banjir di Kab. Lebak naik 300% (5 → 20)"
    assert items[2].text("en") == (
        "Complaints about jalan in Kab. Pandeglang fell 100% (12 → 0),"
        " while total complaints rose 18%"
    )
    assert items[0].text() == "Jangkauan konten di Kab. Pandeglang naik 200% (1,0 rb → 3,0 rb)"


def test_changes_follow_the_general_trend():
    """When everything doubles, a topic that merely doubles is not news; one that stays flat is
    not listed either (its raw change would contradict 'fell relative to the trend')."""
    rows = [
        {"level": "kabkota", "kabkota": "3601", "topic": None, "cur": 400, "prev": 200,
         "cur_neg": 0, "prev_neg": 0},
        {"level": "kabkota_topic", "kabkota": "3601", "topic": "a", "cur": 200, "prev": 100,
         "cur_neg": 0, "prev_neg": 0},
        {"level": "kabkota_topic", "kabkota": "3601", "topic": "b", "cur": 100, "prev": 100,
         "cur_neg": 0, "prev_neg": 0},
        {"level": "kabkota_topic", "kabkota": "3601", "topic": "c", "cur": 100, "prev": 0,
         "cur_neg": 0, "prev_neg": 0},
    ]  # fmt: skip
    reach = pd.DataFrame({"kabkota": [], "cur": [], "prev": []})
    got = ringkasan_changes.rank_changes(pd.DataFrame(rows), reach)
    assert [(c.topic, c.current) for c in got] == [("c", 100)]


def test_changes_ignore_small_numbers():
    import pandas as pd

    fb = pd.DataFrame(
        [{"level": "kabkota_topic", "kabkota": "3601", "topic": "x", "cur": 9, "prev": 2,
          "cur_neg": 9, "prev_neg": 2}]
    )  # fmt: skip
    reach = pd.DataFrame({"kabkota": [], "cur": [], "prev": []})
    assert ringkasan_changes.rank_changes(fb, reach) == []


def test_weekly_trend_and_rankings(data):
    trend = ringkasan_data.weekly_trend(data, F)
    assert trend["reach"].sum() == 4500 and trend["feedback"].sum() == 45
    assert trend["week"].iloc[0] == pd.Timestamp("2024-07-01")  # weeks start on Monday
    camps = ringkasan_data.top_campaigns(data, F)
    assert camps["campaign"].tolist() == ["Banten Sehat", "Jalan Mulus"]
    assert camps["reach"].tolist() == [4000, 0]
    topics = ringkasan_data.top_topics(data, F)
    assert topics["topic"].tolist() == ["banjir", "jalan", "Belum bertopik"]
    assert topics["feedback_prev"].tolist() == [10, 12, 0]


def test_jangkauan_tables(data):
    camp = jangkauan_data.campaign_table(data, F).set_index("campaign")
    assert camp.loc["Banten Sehat", "engagement_rate"] == pytest.approx(330 / 4000)
    assert camp.loc["Banten Sehat", "cost"] == 100_000
    assert camp.loc["Banten Sehat", "cost_per_engagement"] == pytest.approx(100_000 / 70)
    assert camp.loc["Banten Sehat", "budget"] == 5_000_000
    assert pd_isna(camp.loc["Jalan Mulus", "cost"])
    lead = jangkauan_data.creator_leaderboard(data, F, min_posts=2)
    assert lead["account"].tolist() == ["a"]  # only 'a' has 2 posts in the period
    assert bool(lead["is_icn"].iloc[0]) and lead["followers"].iloc[0] == 12000
    assert lead["eligible"].iloc[0] == 1 and lead["all_accounts"].iloc[0] == 3
    assert jangkauan_data.creator_leaderboard(data, F, min_posts=1)["account"].tolist() == [
        "b",
        "a",
        "c",
    ]
    assert jangkauan_data.creator_leaderboard(data, F, min_posts=1, icn_only=True)[
        "account"
    ].tolist() == ["a"]
    mix = jangkauan_data.platform_mix(data, F).set_index("platform")
    assert mix.loc["TikTok", "reach_share"] == pytest.approx(3000 / 4500)
    content = jangkauan_data.content_table(data, F, limit=2)
    assert content["reach"].tolist() == [3000, 1000]
    series = jangkauan_data.reach_over_time(data, F, by="campaign", top=1)
    assert set(series["series"]) == {"Banten Sehat", "Lainnya", "Tanpa kampanye"}


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_aspirasi_queries(data):
    by_channel = aspirasi_data.feedback_over_time(data, F, by="channel")
    assert by_channel.groupby("series")["feedback"].sum().to_dict() == {
        "Instagram": 12,
        "LAPOR!": 30,
        "X": 3,
    }
    split = aspirasi_data.sentiment_split(data, F)
    assert split["feedback"].sum() == 45
    heat = aspirasi_data.kabkota_topic(data, F)
    row = heat[(heat["kabkota"] == "3602") & (heat["topic"] == "banjir")].iloc[0]
    assert (row["feedback"], row["negatif"], row["kabkota_name"]) == (30, 20, "Kab. Lebak")


def test_search_is_a_literal_bound_parameter(data):
    data.execute(
        "INSERT INTO feedback (received_at, channel, kabkota, text, status) VALUES"
        " ('2024-07-04', 'X', '3673', 'Harga 100% naik'' OR 1=1 --', 'baru')"
    )
    assert len(aspirasi_data.search_feedback(data, F, q="100%")) == 1
    assert len(aspirasi_data.search_feedback(data, F, q="' OR 1=1 --")) == 1
    assert len(aspirasi_data.search_feedback(data, F, q="_")) == 0  # not a LIKE wildcard
    assert len(aspirasi_data.search_feedback(data, F, q="BANJIR")) == 30  # topic, case-insensitive
    assert len(aspirasi_data.search_feedback(data, F, sentiment=["-"])) == 4


def test_followup_age_and_overdue(data):
    key = int(data.execute("SELECT min(feedback_key) FROM feedback").fetchone()[0])
    data.execute(
        "UPDATE feedback SET status = 'selesai', status_updated_at = '2024-07-05' WHERE feedback_key = ?",
        [key],
    )
    today = date(2024, 7, 20)  # cur rows received 3 Juli: 17 days old > 14
    rows = aspirasi_data.search_feedback(data, F, today=today)
    assert rows["overdue"].sum() == 44
    done = rows[rows["feedback_key"] == key].iloc[0]
    assert (done["age_days"], bool(done["overdue"])) == (2, False)  # 3 → 5 Juli
    assert len(aspirasi_data.search_feedback(data, F, today=today, overdue_only=True)) == 44
    # received Wed 3 Juli: 3 working days to forward (Thu 4, Fri 5, Mon 8), late from Tue 9 Juli
    assert (
        len(aspirasi_data.search_feedback(data, F, today=date(2024, 7, 8), overdue_only=True)) == 0
    )
    assert (
        len(aspirasi_data.search_feedback(data, F, today=date(2024, 7, 9), overdue_only=True)) == 44
    )
    summary = aspirasi_data.followup_summary(data, F, today=today).set_index("status")
    assert summary.loc["baru", "overdue"] == 44 and summary.loc["selesai", "feedback"] == 1


def test_correction_wins_over_computed_label(data):
    netral = int(
        data.execute(
            "SELECT min(feedback_key) FROM feedback WHERE sentiment = 'netral'"
        ).fetchone()[0]
    )
    assert corrections.correct_label(data, netral, "sentiment", "negatif", "staf1") is True
    assert corrections.correct_label(data, netral, "sentiment", "negatif", "staf1") is False
    assert corrections.correct_label(data, netral, "topic", "banjir rob", "staf1") is True
    neg = _by_key(aspirasi_data.feedback_kpis(data, F))["negative_share"]
    assert neg.value == pytest.approx(21 / 42)
    row = data.execute(
        "SELECT sentiment, sentiment_source, topic, topic_source FROM feedback WHERE feedback_key = ?",
        [netral],
    ).fetchone()
    assert row == ("negatif", "corrected", "banjir rob", "corrected")
    hist = corrections.correction_history(data, netral)
    assert hist["corrected_by"].tolist() == ["staf1", "staf1"]
    assert hist["old_value"].tolist() == ["banjir", "netral"]
    audit = data.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'label_correction' AND username = 'staf1'"
    ).fetchone()[0]
    assert audit == 2
    # an automatic labeller that later rewrites the row does not undo the correction
    data.execute(
        "UPDATE feedback SET sentiment = 'positif', sentiment_source = 'computed', topic = 'lain',"
        " topic_source = 'computed' WHERE feedback_key = ?",
        [netral],
    )
    labels = store.run(data, "aspirasi/feedback_labels", feedback_key=netral).iloc[0]
    assert (labels["sentiment"], labels["topic"]) == ("negatif", "banjir rob")
    assert _by_key(aspirasi_data.feedback_kpis(data, F))["negative_share"].value == pytest.approx(
        21 / 42
    )


def test_correction_refuses_bad_input(data):
    key = int(data.execute("SELECT min(feedback_key) FROM feedback").fetchone()[0])
    with pytest.raises(corrections.CorrectionError):
        corrections.correct_label(data, key, "sentiment", "marah", "staf1")
    with pytest.raises(corrections.CorrectionError):
        corrections.correct_label(data, key, "text", "x", "staf1")
    with pytest.raises(corrections.CorrectionError):
        corrections.correct_label(data, 10**9, "status", "selesai", "staf1")
    assert data.execute("SELECT count(*) FROM label_corrections").fetchone()[0] == 0


def test_status_correction_sets_time(data):
    key = int(data.execute("SELECT min(feedback_key) FROM feedback").fetchone()[0])
    corrections.correct_label(data, key, "status", "selesai", "admin1")
    row = data.execute(
        "SELECT status, status_updated_at FROM feedback WHERE feedback_key = ?", [key]
    ).fetchone()
    assert row[0] == "selesai" and isinstance(row[1], datetime)


def test_has_data(conn, data):
    assert presence.has_data(data) == {
        "posts": True,
        "feedback": True,
        "campaigns": True,
        "accounts": True,
        "skm": False,  # the fixture uploads no SKM
    }


def test_search_reports_all_matches_beyond_the_limit(data):
    rows = aspirasi_data.search_feedback(data, F, limit=10)
    assert len(rows) == 10 and rows.attrs["matches"] == 45
    rows = aspirasi_data.search_feedback(data, F, q="teks", status=["baru"], limit=500)
    assert rows.attrs["matches"] == 45
    assert aspirasi_data.search_feedback(data, F, q="banjir", limit=5).attrs["matches"] == 30
