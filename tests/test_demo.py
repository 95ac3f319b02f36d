"""The demo data: deterministic, loaded once, marked as demo, plausible and spread by population."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from gema import demo
from gema.cli import main
from gema.core import store

END = date(2025, 6, 30)
REGIONS = pd.read_csv(store.REGIONS_CSV, dtype={"kode": str})


@pytest.fixture(scope="module")
def small() -> demo.Demo:
    return demo.generate(REGIONS, seed=11, end=END, scale=0.05)


@pytest.fixture
def demo_conn(demo_db):
    c = store.connect(demo_db)
    yield c
    c.close()


def _aggregates(d: demo.Demo) -> dict:
    return {
        "posts": len(d.posts),
        "reach": int(d.posts["reach"].sum()),
        "likes": int(d.posts["likes"].sum()),
        "by_channel": d.feedback["channel"].value_counts().sort_index().to_dict(),
        "texts": tuple(d.feedback["text"].head(200)),
        "scores": int(d.skm_scores["score"].sum()),
        "post_ids": tuple(d.posts["post_id"].head(50)),
    }


def test_same_seed_and_end_give_identical_data(small):
    again = demo.generate(REGIONS, seed=11, end=END, scale=0.05)
    for name in ("campaigns", "accounts", "posts", "feedback", "skm_responses", "skm_scores"):
        pd.testing.assert_frame_equal(getattr(small, name), getattr(again, name))


def test_different_seed_or_end_gives_different_data(small):
    other_seed = demo.generate(REGIONS, seed=12, end=END, scale=0.05)
    other_end = demo.generate(REGIONS, seed=11, end=END + timedelta(days=30), scale=0.05)
    base = _aggregates(small)
    for other in (other_seed, other_end):
        agg = _aggregates(other)
        assert agg["reach"] != base["reach"]
        assert agg["texts"] != base["texts"]
        assert agg["post_ids"] != base["post_ids"]


def test_row_counts_follow_scale(small):
    assert len(small.posts) == round(demo.TARGETS["posts"] * 0.05)
    assert abs(len(small.feedback) - demo.TARGETS["feedback"] * 0.05) <= 5
    assert len(small.skm_responses) == round(demo.TARGETS["skm"] * 0.05)
    assert len(small.skm_scores) == 9 * len(small.skm_responses)
    assert 18 <= len(small.campaigns) <= 22
    assert 130 <= len(small.accounts) <= 170
    assert 85 <= int(small.accounts["is_icn"].sum()) <= 115
    assert set(small.accounts["account_type"]) == {"opd", "icn", "media"}
    assert small.accounts.duplicated(["platform", "handle"]).sum() == 0


def test_posts_are_plausible(small):
    p = small.posts
    start = pd.Timestamp(END - timedelta(days=364))
    assert p["published_at"].min() >= start
    assert p["published_at"].max() < pd.Timestamp(END + timedelta(days=1))
    assert p["post_id"].is_unique and p["url"].is_unique
    for col in ("views", "impressions", "reach", "likes", "comments", "shares", "saves", "cost"):
        assert (p[col].dropna() >= 0).all(), col
    top = p[["views", "impressions", "reach"]].max(axis=1)
    assert (p["likes"] <= top).all()
    assert (p["comments"] <= p["likes"]).all()
    assert p.loc[~p["platform"].isin(["Instagram", "TikTok"]), "saves"].isna().all()
    assert p.loc[p["platform"].isin(["TikTok", "YouTube"]), "views"].notna().all()
    assert p.loc[p["platform"] == "X", "views"].isna().all()
    x_ids = p.loc[p["platform"] == "X", "post_id"]
    assert x_ids.str.fullmatch(r"\d{19}").all()
    tiktok = p.loc[p["platform"] == "TikTok", "post_id"]
    assert tiktok.str.fullmatch(r"7\d{18}").all()
    # heavy tail: the top 1 % of posts carry a large share of the reach
    reach = p["reach"].dropna().sort_values(ascending=False)
    assert reach.head(len(reach) // 100).sum() / reach.sum() > 0.1
    # most posts belong to a campaign, some do not; some posts were paid for
    share = p["campaign"].notna().mean()
    assert 0.4 < share < 0.8
    assert 0.02 < p["cost"].notna().mean() < 0.3
    # creators with more followers reach more
    acc = small.accounts.set_index(["platform", "handle"])["followers"]
    f = acc.reindex(pd.MultiIndex.from_arrays([p["platform"], p["account"]])).to_numpy()
    r = p["reach"].to_numpy(dtype=float, na_value=np.nan)
    ok = ~np.isnan(r)
    assert np.corrcoef(np.log(f[ok]), np.log(r[ok] + 1))[0, 1] > 0.5


def test_feedback_texts_are_varied_indonesian(small):
    fb = small.feedback
    texts = fb["text"]
    assert texts.nunique() / len(texts) > 0.85
    lower = texts.str.lower()
    assert lower.str.contains(r"\b(?:gak|ga|nggak|tdk|gk|enggak)\b").sum() > 10
    assert lower.str.contains(r"\b(?:udah|udh|blm|bgt|yg)\b").sum() > 10
    assert texts.str.contains("[😡🤬😤🙏👍😊❤🔥]").sum() > 20
    assert texts.str.contains(r"@\w").sum() > 10
    assert set(fb["channel"]) >= {
        "FGD",
        "Instagram",
        "X",
        "TikTok",
        "YouTube",
        "Facebook",
        "LAPOR!",
        "WhatsApp",
        "Survei",
    }
    assert set(fb["status"]) == {
        "baru",
        "diverifikasi",
        "diteruskan",
        "ditindaklanjuti",
        "selesai",
        "ditolak",
    }
    # intended sentiment is in the text: angry words in negatives, thanks in positives
    truth = small.truth
    neg = lower[truth["intended_sentiment"] == "negatif"]
    pos = lower[truth["intended_sentiment"] == "positif"]
    assert neg.str.contains("rusak|lama|tidak|gak|ga |belum|blm|mahal|kecewa|banjir").mean() > 0.5
    assert (
        pos.str.contains(
            "terima kasih|makasih|mantap|mantul|keren|alhamdulillah|bagus|"
            "membantu|senang|seneng|baik|puas"
        ).mean()
        > 0.5
    )


def test_feedback_status_is_older_more_often_done(small):
    fb = small.feedback
    age = (pd.Timestamp(END) - fb["received_at"]).dt.days
    done = fb["status"] == "selesai"
    assert done[age > 120].mean() > done[age < 14].mean() + 0.3
    overdue = (~done) & (age > 30)
    assert overdue.sum() > 0


def test_fgd_feedback_matches_sessions(small):
    fgd = small.feedback[small.feedback["channel"] == "FGD"]
    assert set(fgd["fgd_session"]) <= set(small.fgd_sessions["name"])
    assert small.fgd_sessions["kabkota"].nunique() == 8
    held = small.fgd_sessions.set_index("name")["held_on"]
    assert (fgd["received_at"].dt.date == fgd["fgd_session"].map(held)).all()


def test_spread_follows_population(demo_conn):
    shares = store.run(demo_conn, "reference/regions").set_index("kode")["population"]
    pop = shares / shares.sum()
    fb = (
        demo_conn.execute(
            "SELECT kabkota, count(*) AS n FROM feedback WHERE kabkota IS NOT NULL GROUP BY 1"
        )
        .df()
        .set_index("kabkota")["n"]
    )
    fb = (fb / fb.sum()).reindex(pop.index)
    assert (fb - pop).abs().max() < 0.04
    posts = (
        demo_conn.execute(
            "SELECT kabkota, count(*) AS n FROM posts WHERE kabkota IS NOT NULL GROUP BY 1"
        )
        .df()
        .set_index("kabkota")["n"]
    )
    posts = (posts / posts.sum()).reindex(pop.index)
    assert (posts - pop).abs().max() < 0.03
    null_fb = demo_conn.execute("SELECT avg((kabkota IS NULL)::INT) FROM feedback").fetchone()[0]
    null_posts = demo_conn.execute("SELECT avg((kabkota IS NULL)::INT) FROM posts").fetchone()[0]
    assert 0.03 < null_fb < 0.3 and 0.05 < null_posts < 0.45


def test_every_row_carries_a_demo_batch(demo_conn):
    for table in (
        "campaigns",
        "accounts",
        "posts",
        "feedback",
        "skm_responses",
        "skm_scores",
        "skm_service_users",
    ):
        missing = demo_conn.execute(
            f"SELECT count(*) FROM {table} t LEFT JOIN import_batches b USING (batch_id) "
            "WHERE b.batch_id IS NULL OR NOT b.is_demo"
        ).fetchone()[0]
        assert missing == 0, table
    batches = store.run(demo_conn, "demo/loaded_batches")
    assert sorted(batches["kind"]) == ["accounts", "campaigns", "feedback", "posts", "skm"]
    assert (batches["file_name"] == "demo:" + batches["kind"]).all()
    assert store.scalar(demo_conn, "app/demo_loaded")
    linked = demo_conn.execute(
        "SELECT count(*) FILTER (WHERE fgd_session_id IS NULL), count(*) FROM feedback "
        "WHERE channel = 'FGD'"
    ).fetchone()
    assert linked[0] == 0 and linked[1] > 0


def test_demo_ends_today_so_recent_filters_show_data(demo_conn):
    recent = demo_conn.execute(
        "SELECT count(*) FROM posts WHERE published_at >= current_date - INTERVAL 30 DAY"
    ).fetchone()[0]
    assert recent > 100
    latest = demo_conn.execute("SELECT max(received_at)::DATE FROM feedback").fetchone()[0]
    assert latest >= date.today() - timedelta(days=2)


def test_loading_again_adds_nothing(demo_conn):
    before = demo_conn.execute(
        "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM feedback), "
        "(SELECT count(*) FROM import_batches)"
    ).fetchone()
    message = demo.load_demo(demo_conn, scale=0.1, label=False)
    assert "sudah dimuat" in message
    after = demo_conn.execute(
        "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM feedback), "
        "(SELECT count(*) FROM import_batches)"
    ).fetchone()
    assert after == before


def test_skm_ikm_mostly_band_b_with_adequacy_both_ways(demo_conn):
    ikm = demo_conn.execute(
        "SELECT r.unit, 25 * avg(s.score) AS ikm, count(DISTINCT r.response_key) AS n "
        "FROM skm_scores s JOIN skm_responses r USING (response_key) GROUP BY 1"
    ).df()
    assert 9 <= len(ikm) <= 12
    assert 76.61 <= ikm["ikm"].median() <= 88.30
    assert ikm["ikm"].max() - ikm["ikm"].min() > 8
    names = demo_conn.execute("SELECT DISTINCT unsur, unsur_name FROM skm_scores ORDER BY 1").df()
    assert names.values.tolist() == [list(u) for u in demo.UNSUR]
    weakest = demo_conn.execute(
        "SELECT unsur FROM skm_scores GROUP BY 1 ORDER BY avg(score) LIMIT 1"
    ).fetchone()[0]
    assert weakest in ("U3", "U8", "U9")
    users = demo_conn.execute(
        "SELECT u.unit, u.service_users AS big_n, count(r.response_key) AS n "
        "FROM skm_service_users u JOIN skm_responses r ON r.unit = u.unit "
        "AND CAST(r.submitted_at AS DATE) BETWEEN u.period_start AND u.period_end GROUP BY ALL"
    ).df()
    chi, p, d = 3.841, 0.5, 0.05
    need = chi * users["big_n"] * p * (1 - p) / (d**2 * (users["big_n"] - 1) + chi * p * (1 - p))
    adequate = users["n"] >= need
    assert adequate.any() and (~adequate).any()
    profile = demo_conn.execute(
        "SELECT count(DISTINCT gender), min(age), max(age), count(suggestion) / count(*) "
        "FROM skm_responses"
    ).fetchone()
    assert profile[0] == 2 and profile[1] >= 17 and profile[2] <= 80 and 0.1 < profile[3] < 0.5


def test_init_demo_cli_is_repeatable(db_file, capsys):
    assert main(["init", "--demo", "--demo-scale", "0.02"]) == 0
    first = capsys.readouterr().out
    assert "Data contoh dimuat" in first
    assert main(["init", "--demo", "--demo-scale", "0.02"]) == 0
    assert "sudah dimuat" in capsys.readouterr().out
    c = store.connect(db_file)
    assert c.execute("SELECT count(*) FROM posts").fetchone()[0] == 1000
    assert c.execute("SELECT count(*) FROM import_batches WHERE is_demo").fetchone()[0] == 5
    c.close()
    assert main(["init", "--demo", "--demo-scale", "0"]) == 2


def test_feedback_sample_keeps_truth_out_of_the_store(demo_conn):
    sample = demo.feedback_sample(50)
    assert list(sample.columns) == ["text", "channel", "intended_sentiment", "intended_topic"]
    assert len(sample) == 50 and set(sample["intended_sentiment"]) <= set(demo.SENTIMENTS)
    columns = demo_conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback'"
    ).df()["column_name"]
    assert not columns.str.contains("intended").any()


def test_demo_db_fixture_combines_with_app_for(demo_db, app_for):
    """Pages opened through `app_for` read the demo copy and show the 'Data contoh' banner."""
    from gema.core.i18n import t

    at = app_for()
    assert any(t("app.demo_banner") in box.value for box in at.info)


def test_undone_demo_can_be_loaded_again_without_duplicates(demo_conn):
    from gema import ingest

    counts = (
        "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM feedback), "
        "(SELECT count(*) FROM fgd_sessions), (SELECT count(*) FROM skm_scores)"
    )
    before = demo_conn.execute(counts).fetchone()
    for batch_id in store.run(demo_conn, "demo/loaded_batches")["batch_id"]:
        ingest.undo_batch(demo_conn, int(batch_id), "uji")
    assert not store.scalar(demo_conn, "app/demo_loaded")
    assert demo_conn.execute(counts).fetchone()[:2] == (0, 0)
    assert "Data contoh dimuat" in demo.load_demo(demo_conn, scale=0.1, label=False)
    assert demo_conn.execute(counts).fetchone() == before


def test_demo_files_are_real_export_formats(tmp_path, capsys):
    out = tmp_path / "contoh"
    assert main(["demo-files", str(out), "--rows", "40"]) == 0
    capsys.readouterr()
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "BACA-SAYA.txt",
        "google_forms_skm.csv",
        "lapor.csv",
        "meta_business_suite_facebook.csv",
        "meta_business_suite_instagram.csv",
        "tiktok_studio.xlsx",
        "tweet_harvest.csv",
        "youtube_studio.csv",
    ]
    yt = pd.read_csv(out / "youtube_studio.csv", dtype=str)
    assert yt.iloc[0]["Content"] == "Total" and len(yt) == 41
    assert int(yt.iloc[0]["Views"]) == yt.iloc[1:]["Views"].astype(int).sum()
    tweets = pd.read_csv(out / "tweet_harvest.csv", dtype=str)
    assert tweets["id_str"].duplicated().sum() == 1
    assert tweets["id_str"].str.fullmatch(r"\d{19}").all()
    raw = (out / "lapor.csv").read_bytes()
    assert b"\r\n" in raw and raw.split(b"\r\n")[0].count(b";") == 6
    raw.decode("cp1252")
    lapor = pd.read_csv(out / "lapor.csv", sep=";", encoding="cp1252", dtype=str)
    assert (lapor["Lokasi"] == "Tangerang").sum() == 2
    skm = pd.read_csv(out / "google_forms_skm.csv", dtype=str)
    assert skm.shape[1] == 7 + 9 + 1
    assert set(skm.iloc[:, 10]) <= {"Sangat mahal", "Cukup mahal", "Murah", "Gratis"}
    assert pd.read_excel(out / "tiktok_studio.xlsx", engine="openpyxl").shape == (40, 8)


@pytest.mark.parametrize(
    ("kind", "name", "extra"),
    [
        ("posts", "meta_business_suite_instagram.csv", []),
        ("posts", "meta_business_suite_facebook.csv", []),
        ("posts", "tiktok_studio.xlsx", ["--set", "platform=TikTok"]),
        ("posts", "youtube_studio.csv", ["--set", "platform=YouTube"]),
        ("feedback", "tweet_harvest.csv", []),
        ("feedback", "lapor.csv", ["--region", "Tangerang=3603"]),
    ],
)
def test_demo_files_import_cleanly(db_file, tmp_path_factory, capsys, kind, name, extra):
    import json

    out = tmp_path_factory.getbasetemp() / "demo-files-import"
    if not (out / name).exists():
        demo.write_sample_files(out, rows=30, end=END)
    assert main(["init"]) == 0
    capsys.readouterr()
    code = main(["import", kind, str(out / name), *extra, "--dry-run", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0, result["errors"][:3]
    assert result["rows_rejected"] == 0 and result["errors"] == []
    assert result["rows_loaded"] == 30
    assert result["rows_duplicate"] == (1 if name == "tweet_harvest.csv" else 0)


def test_skm_sample_file_round_trips_to_the_same_scores(db_file, tmp_path, capsys):
    """The answer labels written to the Google Forms file map back to the generated scores."""
    demo.write_sample_files(tmp_path, rows=30, end=END)
    assert main(["init"]) == 0
    assert main(["import", "skm", str(tmp_path / "google_forms_skm.csv"), "--json"]) == 0
    capsys.readouterr()
    d = demo.generate(REGIONS, seed=demo.SAMPLE_SEED, end=END, scale=0.02)
    ids = d.skm_responses["response_id"].tail(30)
    want = d.skm_scores[d.skm_scores["response_id"].isin(ids)].groupby("unsur")["score"].sum()
    c = store.connect(db_file)
    got = c.execute("SELECT unsur, sum(score) AS s FROM skm_scores GROUP BY 1").df()
    c.close()
    assert got.set_index("unsur")["s"].sort_index().astype(int).to_dict() == want.to_dict()


def test_demo_is_not_mixed_into_real_data(db_file, tmp_path, capsys):
    """A store with a real upload gets no demo rows (unless forced), and init says so."""
    path = tmp_path / "k.csv"
    path.write_text(
        "Nama kampanye,Tema,OPD pemilik,Tanggal mulai,Tanggal selesai,Kab/Kota sasaran,"
        "Anggaran (Rp)\nVaksinasi Lengkap,Kesehatan,Dinkes,15/08/2024,31/12/2024,Banten,1000\n",
        encoding="utf-8",
    )
    assert main(["import", "campaigns", str(path), "--json"]) == 0
    capsys.readouterr()
    assert main(["init", "--demo", "--demo-scale", "0.01"]) == 0
    assert "tidak dimuat" in capsys.readouterr().out
    c = store.connect(db_file)
    assert c.execute("SELECT count(*) FROM import_batches WHERE is_demo").fetchone()[0] == 0
    with pytest.raises(demo.DemoRefused):
        demo.load_demo(c, scale=0.01, label=False)
    assert "dimuat" in demo.load_demo(c, scale=0.01, label=False, force=True)
    assert c.execute("SELECT count(*) FROM import_batches WHERE is_demo").fetchone()[0] == 5
    c.close()


def test_all_dates_fall_in_the_demo_year(small):
    start, stop = pd.Timestamp(END - timedelta(days=364)), pd.Timestamp(END + timedelta(days=1))
    fb = small.feedback
    for when in (fb["received_at"], small.skm_responses["submitted_at"]):
        assert when.min() >= start and when.max() < stop
    upd = fb["status_updated_at"]
    done = upd.notna()
    assert (upd[done] >= fb.loc[done, "received_at"]).all() and (upd[done] < stop).all()
    assert (fb["status"] == "baru").eq(upd.isna()).all()
    c = small.campaigns
    assert (c["start_date"] >= start.date()).all() and (c["end_date"] <= END).all()
    assert (c["start_date"] <= c["end_date"]).all()
    sessions = small.fgd_sessions["held_on"]
    assert sessions.min() >= start.date() and sessions.max() <= END


def test_demo_speaker_groups_are_catalogue_codes(small):
    """Every demo author_type is a code of gema.fgd.SPEAKER_GROUPS (no 'tokoh masyarakat' next
    to 'Akademisi' in the FGD table)."""
    from gema import fgd

    assert set(small.feedback["author_type"].dropna()) <= set(fgd.SPEAKER_GROUPS)
