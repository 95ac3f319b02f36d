"""Creator scorecard (issue 14): every figure below is computed by hand from the rows inserted
here: each platform's engagement basis, the follower count nearest the post date, posts with a
missing denominator left out and counted, unknown costs never 0, the minimum-n ranking rule,
share of voice, and the "perlu dicek" flags with their evidence."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from gema import ingest
from gema import kreator as creators
from gema.cli import main
from gema.core import store
from gema.core.filters import Filters
from gema.peta import data as mapmetrics

Q3 = Filters(period="custom", start=date(2024, 7, 1), end=date(2024, 9, 30))

ACCOUNTS = [
    # platform, handle, account_type, is_icn, home kab/kota
    ("Instagram", "ig_a", "icn", True, "3602"),
    ("TikTok", "tt_b", "opd", False, None),
    ("YouTube", "yt_c", "media", False, "3601"),
    ("X", "x_d", "lainnya", True, "3673"),
    ("Facebook", "fb_e", "media", False, None),
]
POST_COLS = (
    "platform, account, published_at, kabkota, views, impressions, reach, likes, comments, "
    "shares, saves, cost, title"
)
POSTS = [
    # Instagram ÷ followers nearest the post date: snapshots 1 Jul = 1.000, 31 Jul = 2.000
    ("Instagram", "ig_a", datetime(2024, 7, 3, 9), "3602", None, None, 800, 40, 5, 3, 2, 100_000, "a1"),
    ("Instagram", "ig_a", datetime(2024, 7, 30, 9), "3602", None, None, 1500, 100, 0, 0, None, None, "a2"),
    # 16 Jul is 15 days from both snapshots: the earlier count (1.000) wins the tie
    ("Instagram", "ig_a", datetime(2024, 7, 16, 9), "3601", None, None, 500, 30, None, None, None, 50_000, "a3"),
    # TikTok ÷ views; no views and 0 views: no denominator, left out and counted
    ("TikTok", "tt_b", datetime(2024, 8, 1, 9), None, 1000, None, 700, 80, 10, 10, None, None, "b1"),
    ("TikTok", "tt_b", datetime(2024, 8, 2, 9), None, None, None, 600, 50, None, None, None, None, "b2"),
    ("TikTok", "tt_b", datetime(2024, 8, 3, 9), None, 0, None, 10, 5, None, None, None, None, "b3"),
    # YouTube ÷ views; cost known on one post, but YouTube has no reach: no cost per 1.000 reach
    ("YouTube", "yt_c", datetime(2024, 8, 5, 9), "3601", 2000, 40_000, None, 20, 20, None, None, None, "c1"),
    ("YouTube", "yt_c", datetime(2024, 8, 6, 9), "3601", 3000, 50_000, None, 60, None, None, None, 200_000, "c2"),
    # X ÷ impressions
    ("X", "x_d", datetime(2024, 9, 1, 9), "3673", None, 10_000, None, 100, 20, 30, None, None, "d1"),
    ("X", "x_d", datetime(2024, 9, 2, 9), "3673", None, 5000, None, 50, None, None, None, None, "d2"),
    # Facebook ÷ followers from account_daily (10 Aug: 3.080)
    ("Facebook", "fb_e", datetime(2024, 8, 10, 12), "3602", None, None, 2000, 154, None, None, None, None, "e1"),
    # outside the period: never counted
    ("Instagram", "ig_a", datetime(2024, 10, 2, 9), "3602", None, None, 999, 999, 0, 0, 0, 999, "late"),
]  # fmt: skip
FB_DAILY = [1000, 1010, 1020, 1030, 1040, 1050, 1060, 1070, 3070, 3080, 3090, 3100]  # 1-12 Aug


@pytest.fixture
def scored(conn):
    conn.executemany(
        "INSERT INTO accounts (platform, handle, display_name, account_type, is_icn, kabkota,"
        " batch_id) VALUES (?, ?, 'Nama ' || ?, ?, ?, ?, 1)",
        [(p, h, h, t, icn, k) for p, h, t, icn, k in ACCOUNTS],
    )
    conn.executemany(
        "INSERT INTO account_followers (platform, handle, as_of, followers, batch_id)"
        " VALUES ('Instagram', 'ig_a', ?, ?, 1)",
        [(date(2024, 7, 1), 1000), (date(2024, 7, 31), 2000)],
    )
    conn.executemany(
        "INSERT INTO account_daily (date, platform, account, followers, batch_id)"
        " VALUES (?, 'Facebook', 'fb_e', ?, 2)",
        [(date(2024, 8, i + 1), n) for i, n in enumerate(FB_DAILY)],
    )
    conn.executemany(
        f"INSERT INTO posts ({POST_COLS}, batch_id) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        POSTS,
    )
    return conn


def _by_handle(df):
    return df.set_index("handle")


def test_each_platform_on_its_own_basis(scored):
    card = _by_handle(creators.scorecard(scored, Q3))
    assert set(card.index) == {"ig_a", "tt_b", "yt_c", "x_d", "fb_e"}
    a = card.loc["ig_a"]
    # (50 + 100 + 30) / (1.000 + 2.000 + 1.000): nearest snapshot per post, tie → earlier
    assert a["er_basis"] == "followers" and a["engagements"] == 180
    assert a["er_denominator"] == 4000 and a["engagement_rate"] == pytest.approx(0.045)
    b = card.loc["tt_b"]  # 100 / 1.000; the posts without views (NULL, 0) left out and counted
    assert b["er_basis"] == "views" and b["engagement_rate"] == pytest.approx(0.10)
    assert (b["posts"], b["er_posts"], b["er_posts_missing"], b["engagements"]) == (3, 1, 2, 155)
    c = card.loc["yt_c"]  # (40 + 60) / (2.000 + 3.000)
    assert c["er_basis"] == "views" and c["engagement_rate"] == pytest.approx(0.02)
    d = card.loc["x_d"]  # (150 + 50) / (10.000 + 5.000)
    assert d["er_basis"] == "impressions" and d["engagement_rate"] == pytest.approx(200 / 15000)
    e = card.loc["fb_e"]  # 154 / 3.080 (the account_daily count of the post's day)
    assert e["er_basis"] == "followers" and e["engagement_rate"] == pytest.approx(0.05)


def test_costs_only_where_known(scored):
    card = _by_handle(creators.scorecard(scored, Q3))
    a = card.loc["ig_a"]  # cost on 2 of 3 posts: 150.000 / (50 + 30); / (800 + 500) × 1.000
    assert (a["cost"], a["cost_posts"], a["cpe_posts"]) == (150_000, 2, 2)
    assert a["cost_per_engagement"] == pytest.approx(1875.0)
    assert a["cost_per_1000_reach"] == pytest.approx(150_000 / 1300 * 1000)
    b = card.loc["tt_b"]  # no cost at all: unknown, not 0
    assert b["cost_posts"] == 0
    for col in ("cost", "cost_per_engagement", "cost_per_1000_reach"):
        assert b[col] != b[col]  # NaN
    c = card.loc["yt_c"]  # 200.000 / 60; no reach on YouTube → no cost per 1.000 reach
    assert c["cost_per_engagement"] == pytest.approx(200_000 / 60)
    assert c["cost_per_1000_reach"] != c["cost_per_1000_reach"]
    rows = {r["handle"]: r for r in creators.records(creators.scorecard(scored, Q3))}
    assert rows["tt_b"]["cost"] is None and rows["tt_b"]["cost_per_engagement"] is None
    assert rows["yt_c"]["cost_per_1000_reach"] is None and rows["yt_c"]["cost"] == 200_000
    frame = creators.scorecard_frame(creators.scorecard(scored, Q3), "id").set_index("Akun")
    assert frame.loc["@tt_b (Nama tt_b)", "Biaya per interaksi"] == "—"
    assert frame.loc["@ig_a (Nama ig_a)", "Biaya per interaksi"] == "Rp 1.875"
    assert frame.loc["@ig_a (Nama ig_a)", "Biaya diketahui"] == "2 dari 3 unggahan"
    assert frame.loc["@ig_a (Nama ig_a)", "Basis"] == "per pengikut"
    assert frame.loc["@x_d (Nama x_d)", "Tingkat interaksi"] == "1,33%"


def test_activity_best_post_and_targets(scored):
    a = _by_handle(creators.scorecard(scored, Q3)).loc["ig_a"]
    assert a["best_title"] == "a2" and a["best_rate"] == pytest.approx(0.05)  # 100 / 2.000
    assert (a["top_kabkota"], a["top_kabkota_posts"], a["home_kabkota"], a["home_posts"]) == (
        "3602", 2, "3602", 2,
    )  # fmt: skip
    assert a["active_weeks"] == 3  # weeks of 1, 15 and 29 July
    assert a["posts_per_week"] == pytest.approx(3 / (92 / 7))


def test_minimum_posts_rule(scored):
    card = creators.scorecard(scored, Q3)
    ranked, unranked = creators.rank(card, "engagement_rate", 2)
    # tt_b has 3 posts but only 1 with a rate; fb_e has 1 post
    assert list(ranked["handle"]) == ["ig_a", "yt_c", "x_d"] and list(ranked["rank"]) == [1, 2, 3]
    assert set(unranked["handle"]) == {"tt_b", "fb_e"}
    ranked, _ = creators.rank(card, "cost_per_engagement", 1)  # cheapest first
    assert list(ranked["handle"]) == ["ig_a", "yt_c"]
    ranked, _ = creators.rank(card, "cost_per_engagement", 2)  # yt_c: cost on 1 post only
    assert list(ranked["handle"]) == ["ig_a"]


def test_sources_and_comparison(scored):
    only_icn = creators.scorecard(scored, Q3, ("icn",))
    # x_d is 'lainnya' in the sheet but flagged ICN: ICN wins
    assert set(only_icn["handle"]) == {"ig_a", "x_d"}
    comp = creators.comparison(scored, Q3).set_index(["source", "er_basis"])
    assert comp.loc[("icn", "followers"), "engagement_rate"] == pytest.approx(0.045)
    assert comp.loc[("icn", "impressions"), "engagement_rate"] == pytest.approx(200 / 15000)
    assert comp.loc[("media", "views"), "engagement_rate"] == pytest.approx(0.02)
    assert comp.loc[("media", "followers"), "engagement_rate"] == pytest.approx(0.05)
    assert comp.loc[("opd", "views"), "er_posts_missing"] == 2


def test_share_of_voice_and_map_measure(scored):
    sov = creators.share_of_voice(scored, Q3).set_index("kode")
    # 3602: ig_a 800 + 1.500 (ICN) and fb_e 2.000 (media) → ICN 2.300 / 4.300
    assert sov.loc["3602", "reach_icn"] == 2300 and sov.loc["3602", "reach_media"] == 2000
    assert sov.loc["3602", "icn_share"] == pytest.approx(2300 / 4300)
    # 3601: ig_a 500 (ICN), YouTube posts have no reach
    assert sov.loc["3601", "posts"] == 3 and sov.loc["3601", "icn_share"] == pytest.approx(1.0)
    assert (
        sov.loc["3604", "posts"] == 0
        and sov.loc["3604", "icn_share"] != sov.loc["3604", "icn_share"]
    )
    least = creators.heard_least(sov.reset_index(), 3)
    assert "3602" not in set(least["kode"]) and len(least) == 3
    metric = mapmetrics.get("porsi_icn")
    assert metric in mapmetrics.available(scored, **Q3.params())
    values = mapmetrics.values(scored, metric, **Q3.params()).set_index("kode")["value"]
    assert values["3602"] == pytest.approx(100 * 2300 / 4300)
    camp = creators.share_of_voice_campaigns(scored, Q3)
    assert camp["posts"].sum() == 11


def test_follower_jump_flag(scored):
    flags = creators.flags(scored, Q3)
    jumps = flags[flags["kind"] == "follower_jump"]
    assert len(jumps) == 1  # only 9 Aug: +2.000 (median daily change 10)
    row = jumps.iloc[0]
    assert row["account"] == "fb_e" and row["status"] == "perlu dicek"
    assert "+2.000 pengikut pada 9 Agustus 2024" in row["evidence"]
    assert (
        "dari 1.070" in row["evidence"] and "median perubahan harian akun ini 10" in row["evidence"]
    )


def test_engagement_outlier_flag(scored):
    rows = [
        ("TikTok", "tt_o", datetime(2024, 8, d, 9), None, 1000, None, None, 10, None, None, None,
         None, f"o{d}")
        for d in range(1, 6)
    ] + [("TikTok", "tt_o", datetime(2024, 8, 9, 9), None, 1000, None, None, 200, None, None,
          None, None, "viral")]  # fmt: skip
    scored.executemany(
        f"INSERT INTO posts ({POST_COLS}, batch_id) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        rows,
    )
    flags = creators.flags(scored, Q3)
    out = flags[flags["kind"] == "engagement_outlier"]
    assert list(out["account"]) == ["tt_o"]  # 20 % vs median 1 % = 20×; the others are at median
    assert "20,0% per tayangan (200 ÷ 1.000)" in out.iloc[0]["evidence"]
    assert "20× median akun ini (1,00% dari 6 unggahan)" in out.iloc[0]["evidence"]
    strict = creators.FlagRules(er_mult=25)
    assert creators.flags(scored, Q3, rules=strict)["kind"].ne("engagement_outlier").all()


def test_comment_burst_flag(conn):
    base = datetime(2024, 8, 20, 10, 0)
    texts = [
        "Mantap sekali program @bantenprov ini!! https://t.co/abc",
        "mantap SEKALI program ini",
        "Mantap sekali, program ini.",
        "mantap sekali program ini 👍",
        "MANTAP SEKALI PROGRAM INI!!!",
    ]
    rows = [(base.replace(minute=8 * i), "Instagram", f"warga{i}", t) for i, t in enumerate(texts)]
    # the same text from 5 authors spread over 5 hours: no burst
    rows += [
        (base.replace(hour=12 + i), "X", f"x{i}", "Jalan provinsi di Lebak perlu diperbaiki segera")
        for i in range(5)
    ]
    # short text from 6 authors in 6 minutes: normal, never a burst
    rows += [(base.replace(hour=18, minute=i), "TikTok", f"t{i}", "Mantap!") for i in range(6)]
    # 4 authors only
    rows += [
        (base.replace(hour=20, minute=i), "X", f"y{i}", "Tolong cek lampu jalan di sini")
        for i in range(4)
    ]
    conn.executemany(
        "INSERT INTO feedback (received_at, channel, author, text) VALUES (?, ?, ?, ?)", rows
    )
    flags = creators.flags(conn, Q3)
    bursts = flags[flags["kind"] == "comment_burst"]
    assert len(bursts) == 1
    ev = bursts.iloc[0]["evidence"]
    assert ev.startswith("5 penulis berbeda mengirim teks yang sama/nyaris sama dalam 32 menit")
    assert "kanal Instagram" in ev and bursts.iloc[0]["status"] == "perlu dicek"
    assert creators.flags(conn, Q3, rules=creators.FlagRules(burst_minutes=20)).empty


def test_accounts_upload_records_dated_snapshots_and_undo(conn, tmp_path):
    first = tmp_path / "akun1.csv"
    first.write_text(
        "platform,akun,jenis,pengikut,per tanggal\nInstagram,@ig_z,icn,1000,01/07/2024\n",
        encoding="utf-8",
    )
    second = tmp_path / "akun2.csv"
    second.write_text(
        "platform,akun,jenis,pengikut,per tanggal\nInstagram,@ig_z,icn,4000,01/09/2024\n",
        encoding="utf-8",
    )
    r1 = ingest.import_file(conn, "accounts", first)
    r2 = ingest.import_file(conn, "accounts", second)
    assert r1.loaded and r2.loaded and r2.rows_duplicate == 1  # the account row is kept once
    hist = conn.execute(
        "SELECT as_of, followers FROM account_followers WHERE handle = 'ig_z' ORDER BY as_of"
    ).fetchall()
    assert hist == [(date(2024, 7, 1), 1000), (date(2024, 9, 1), 4000)]
    conn.execute(
        f"INSERT INTO posts ({POST_COLS}, batch_id) VALUES "
        "('Instagram', 'ig_z', TIMESTAMP '2024-08-25 10:00', NULL, NULL, NULL, 900, 80, NULL,"
        " NULL, NULL, NULL, 'z1', 9)"
    )
    card = _by_handle(creators.scorecard(conn, Q3))  # 25 Aug is nearer 1 Sep: 80 / 4.000
    assert card.loc["ig_z", "engagement_rate"] == pytest.approx(0.02)
    ingest.undo_batch(conn, r2.batch_id, user="uji")
    assert conn.execute("SELECT count(*) FROM account_followers").fetchone()[0] == 1
    card = _by_handle(creators.scorecard(conn, Q3))  # back to 80 / 1.000
    assert card.loc["ig_z", "engagement_rate"] == pytest.approx(0.08)


def test_last_quarter():
    assert creators.last_quarter(date(2024, 11, 5)) == (date(2024, 7, 1), date(2024, 9, 30))
    assert creators.last_quarter(date(2025, 2, 1)) == (date(2024, 10, 1), date(2024, 12, 31))


def test_cli_contract(scored, db_file, capsys):
    scored.close()
    args = ["kreator", "--from", "2024-07-01", "--to", "2024-09-30", "--json"]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [list(r) for r in rows][0] == list(creators.CLI_FIELDS)
    by = {r["handle"]: r for r in rows}
    assert by["ig_a"] == {
        "handle": "ig_a", "platform": "Instagram", "account_type": "icn", "is_icn": True,
        "posts": 3, "reach": 2800, "views": None, "engagements": 180, "engagement_rate": 0.045,
        "er_basis": "followers", "cost": 150000, "cost_per_engagement": 1875.0,
        "cost_per_1000_reach": pytest.approx(115384.615, rel=1e-6),
    }  # fmt: skip
    assert by["tt_b"]["cost"] is None and by["tt_b"]["engagement_rate"] == pytest.approx(0.1)
    assert main([*args, "--kabkota", "3602"]) == 0
    assert {r["handle"] for r in json.loads(capsys.readouterr().out)} == {"ig_a", "fb_e"}
    assert main([*args, "--kabkota", "Kab. Lebak"]) == 0
    assert {r["handle"] for r in json.loads(capsys.readouterr().out)} == {"ig_a", "fb_e"}
    assert main([*args, "--kabkota", "Tangerang"]) == 2  # ambiguous: never guessed
    assert "ambigu" in capsys.readouterr().err
    assert main(["kreator", "--from", "kemarin"]) == 2
    assert main(["kreator", "--from", "2024-07-01", "--to", "2024-09-30"]) == 0
    assert "@ig_a" in capsys.readouterr().out
    assert main(["kreator", "--from", "2030-01-01", "--to", "2030-01-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_demo_answers_the_lebak_question(demo_db):
    """ICN creators in Kab. Lebak last quarter, cheapest per engagement: the demo has costs on
    ICN posts and a dated follower history, so the page can answer it."""
    conn = store.connect(demo_db)
    try:
        snapshots = conn.execute(
            "SELECT count(*) / count(DISTINCT (platform, handle)) FROM account_followers"
        ).fetchone()[0]
        assert snapshots >= 4
        start, end = creators.last_quarter()
        f = Filters(period="custom", start=start, end=end, kabkota=("3602",))
        card = creators.scorecard(conn, f, ("icn",))
        assert len(card) and card["is_icn"].all()
        ranked, _ = creators.rank(card, "cost_per_engagement", 1)
        assert len(ranked) >= 1 and (ranked["cost_per_engagement"] > 0).all()
        assert ranked["cost_per_engagement"].is_monotonic_increasing
        assert card["engagement_rate"].notna().any()
    finally:
        conn.close()


def test_kreator_page_on_demo(demo_db, app_for):
    at = app_for("pages/kreator.py", role="pimpinan")
    assert not at.exception, at.exception
    subheaders = [s.value for s in at.subheader]
    for title in ("Kartu skor akun", "ICN vs OPD vs media", "Porsi suara per kabupaten/kota"):
        assert title in subheaders
    card = at.dataframe[0].value
    assert list(card.columns[:4]) == ["#", "Akun", "Tingkat interaksi", "Basis"]
    assert set(card["Basis"]) <= {"per pengikut", "per tayangan", "per impresi"}
    assert any("Paling jarang terdengar" in w.value for w in at.warning)


def test_kreator_page_answers_the_lebak_question(demo_db):
    """A link filtered to Kab. Lebak; then "Kuartal lalu", ICN only, cheapest per engagement."""
    from streamlit.testing.v1 import AppTest

    from gema.core.store import ROOT
    from gema.ui import USER_KEY

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["kabkota"] = "3602"
    at.session_state[USER_KEY] = {"username": "uji-pimpinan", "role": "pimpinan"}
    at.run()
    at.switch_page("pages/kreator.py")
    at.run()
    at.button(key="k_last_quarter").click().run()
    at.get("button_group")[0].set_value("icn").run()
    at.selectbox(key="k_by").set_value("cost_per_engagement").run()
    at.number_input(key="k_min_posts").set_value(1).run()
    assert not at.exception, at.exception
    f = at.session_state["gema_filters"]
    assert (f.start, f.end) == creators.last_quarter() and f.kabkota == ("3602",)
    assert "kab/kota sasaran: Kab. Lebak" in " ".join(c.value for c in at.caption)
    card = at.dataframe[0].value
    assert set(card["Jenis"]) == {"Kreator ICN"} and len(card) >= 1
    assert all(t.startswith("Kab. Lebak") for t in card["Sasaran utama"])
    cpe = [int(v.removeprefix("Rp ").replace(".", "")) for v in card["Biaya per interaksi"]]
    assert cpe == sorted(cpe)


def test_kreator_page_empty(conn, app_for):
    at = app_for("pages/kreator.py", role="pimpinan")
    assert not at.exception
    assert any("Konten/posts" in i.value for i in at.info)


def test_catalogue_keys_have_both_languages_and_the_same_placeholders():
    from string import Formatter

    from gema.core import i18n

    keys = [k for k in i18n.CATALOG if k.startswith("kreator.")]
    assert len(keys) > 60
    for key in keys:
        id_text, en_text = i18n.CATALOG[key]
        assert id_text.strip() and en_text.strip(), key
        fields = [{f for _, f, _, _ in Formatter().parse(x) if f} for x in (id_text, en_text)]
        assert fields[0] == fields[1], key
    for name in (*creators.SOURCES, "all"):
        assert f"kreator.source.{name}" in i18n.CATALOG
    for by in creators.RANK_BY:
        assert f"kreator.rank_by.{by}" in i18n.CATALOG
    for kind in ("follower_jump", "engagement_outlier", "comment_burst"):
        assert f"kreator.flag.{kind}.evidence" in i18n.CATALOG


def test_map_page_offers_porsi_icn(demo_db, app_for):
    at = app_for("pages/peta.py", role="pimpinan")
    assert not at.exception, at.exception
    box = at.selectbox(key="peta_metric")
    assert "porsi_icn" in box.options or "Porsi ICN (%)" in box.options
    box.set_value("porsi_icn").run()
    assert not at.exception, at.exception
    assert any("Porsi jangkauan kreator ICN" in c.value for c in at.caption)


def test_xlsx_download_holds_every_table(scored):
    from io import BytesIO

    from openpyxl import load_workbook

    from gema.presentasi import export

    card = creators.scorecard(scored, Q3)
    flag_rows = creators.flags(scored, Q3)
    sheets = creators.export_sheets(
        card,
        creators.comparison(scored, Q3),
        creators.share_of_voice(scored, Q3),
        creators.share_of_voice_campaigns(scored, Q3),
        flag_rows,
    )
    wb = load_workbook(BytesIO(export.to_xlsx(sheets)))
    assert wb.sheetnames == list(sheets)
    ws = wb["kartu_skor"]
    header = [c.value for c in ws[1]]
    rows = {r[header.index("handle")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["tt_b"][header.index("cost")] is None  # unknown stays empty, never 0
    assert rows["ig_a"][header.index("cost_per_engagement")] == pytest.approx(1875.0)
    shown = creators.flags_frame(flag_rows, "id")
    assert "9 Agustus 2024" in set(shown["Waktu"])  # a follower jump is dated by day
