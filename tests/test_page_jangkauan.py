"""Jangkauan page: series, campaign table, creator leaderboard with a stated minimum, platform mix,
content table with links; empty state."""

from __future__ import annotations

PAGE = "pages/jangkauan.py"


def test_jangkauan_on_data(dashboard_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    subheaders = [s.value for s in at.subheader]
    for title in ("Perbandingan kampanye", "Papan peringkat kreator dan akun", "Bauran platform"):
        assert title in subheaders
    captions = " ".join(c.value for c in at.caption)
    assert "minimal 3 konten" in captions
    frames = at.dataframe
    campaign = frames[0].value
    # most important first: a phone shows only the first columns without scrolling
    assert list(campaign.columns[:4]) == ["Kampanye", "Jangkauan", "Interaksi", "Tingkat interaksi"]
    assert "OPD" in campaign.columns and len(campaign.columns) == 10
    sehat = campaign.set_index("Kampanye").loc["Banten Sehat"]
    assert sehat["Anggaran"] == "Rp 250.000.000" and sehat["OPD"] == "Dinas Kesehatan"
    creators = frames[1].value
    assert "Anggota ICN" in creators.columns and set(creators["Anggota ICN"]) <= {"Ya", "Tidak"}
    assert list(creators.columns[:3]) == ["#", "Akun", "Jangkauan"]
    content = frames[2].value
    assert list(content.columns[:3]) == ["Judul", "Jangkauan", "Tautan"]
    assert content["Tautan"].iloc[0].startswith("https://example.org/p/")


def test_jangkauan_over_time_view_can_be_switched(dashboard_db, app_for):
    """The over-time chart offers figures, share of the week and a log axis."""
    at = app_for(PAGE, role="pimpinan")
    view = at.get("button_group")[2]
    assert at.session_state["j_view"] in ("count", "share")
    for choice in ("share", "log", "count"):
        view.set_value(choice).run()
        assert not at.exception, at.exception
        assert at.session_state["j_view"] == choice
    captions = " ".join(c.value for c in at.caption)
    at.get("button_group")[2].set_value("log").run()
    assert "logaritmik" in " ".join(c.value for c in at.caption) and "logaritmik" not in captions


def test_jangkauan_minimum_posts_can_be_changed(dashboard_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    before = len(at.dataframe[1].value)
    at.number_input(key="j_min_posts").set_value(100).run()
    assert not at.exception
    assert "minimal 100 konten" in " ".join(c.value for c in at.caption)
    assert len(at.dataframe) == 2 and before > 0  # leaderboard gone, message instead
    assert any("100 konten" in i.value for i in at.info)


def test_jangkauan_empty_database(conn, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception
    assert any("Konten/posts" in i.value for i in at.info)


def test_jangkauan_on_demo_data(demo_db, app_for):
    at = app_for(PAGE, role="pimpinan")
    assert not at.exception, at.exception
    assert len(at.dataframe) == 3  # campaigns, creators, content
    assert len(at.dataframe[0].value) > 1
