"""Shared filters: read from the query string on first load, written back to it (also after a
page switch, which drops the query string), surviving page switches, settable by the map."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from gema.core.filters import Filters
from gema.core.store import ROOT
from gema.ui import FILTERS_KEY, USER_KEY


def _app(query: dict[str, str], role: str = "pimpinan") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.session_state[USER_KEY] = {"username": "uji", "role": role}
    for key, value in query.items():
        at.query_params[key] = value
    return at


def test_query_string_sets_the_filters(dashboard_db):
    at = _app({"periode": "custom", "dari": "2024-07-01", "sampai": "2024-07-31",
               "kabkota": "3602,3601", "platform": "TikTok", "channel": "LAPOR!"})  # fmt: skip
    at.run()
    assert not at.exception
    f: Filters = at.session_state[FILTERS_KEY]
    assert (f.period, f.start, f.end) == ("custom", date(2024, 7, 1), date(2024, 7, 31))
    assert f.kabkota == ("3602", "3601") and f.platform == ("TikTok",) and f.channel == ("LAPOR!",)
    assert at.sidebar.selectbox(key="_f_period_id").value == "custom"
    assert at.sidebar.multiselect(key="_f_kabkota").value == ["3602", "3601"]
    assert at.sidebar.multiselect(key="_f_platform").value == ["TikTok"]
    assert at.sidebar.date_input(key="_f_dates").value == (date(2024, 7, 1), date(2024, 7, 31))


def test_filters_survive_a_page_switch_and_stay_in_the_url(dashboard_db):
    at = _app({"periode": "30d", "kabkota": "3673"})
    at.run()
    at.switch_page("pages/aspirasi.py")
    at.run()
    assert not at.exception
    f = at.session_state[FILTERS_KEY]
    assert f.period == "30d" and f.kabkota == ("3673",)
    assert at.query_params["periode"] == "30d" and at.query_params["kabkota"] == "3673"


def _filters_only() -> None:
    """The sidebar filters and the resulting view, rerun whole on every interaction (AppTest
    reruns only the page script of an st.navigation app after the first run)."""
    import streamlit as st

    from gema import ui

    f = ui.render_filters()
    st.write(f"{f.period}|{f.days}|{','.join(f.kabkota)}")


def test_changing_a_widget_updates_filters_and_url(dashboard_db):
    at = AppTest.from_function(_filters_only, default_timeout=30)
    at.run()
    at.sidebar.selectbox(key="_f_period_id").set_value("7d").run()
    at.sidebar.multiselect(key="_f_kabkota").set_value(["3601"]).run()
    assert not at.exception
    f = at.session_state[FILTERS_KEY]
    assert f.period == "7d" and f.days == 7 and f.kabkota == ("3601",)
    assert at.query_params["periode"] == "7d" and at.query_params["kabkota"] == "3601"
    at.sidebar.button[0].click().run()  # reset
    f = at.session_state[FILTERS_KEY]
    assert f.period == "90d" and f.kabkota == ()
    assert "kabkota" not in at.query_params and at.query_params["periode"] == "90d"


def test_custom_period_and_previous_period(dashboard_db):
    at = AppTest.from_function(_filters_only, default_timeout=30)
    at.run()
    at.sidebar.selectbox(key="_f_period_id").set_value("custom").run()
    at.sidebar.date_input(key="_f_dates").set_value((date(2024, 7, 1), date(2024, 7, 14))).run()
    assert not at.exception
    f = at.session_state[FILTERS_KEY]
    assert (f.start, f.end) == (date(2024, 7, 1), date(2024, 7, 14))
    assert at.query_params["dari"] == "2024-07-01" and at.query_params["sampai"] == "2024-07-14"
    params = f.params()
    assert params["prev_start"].date() == date(2024, 6, 17)  # 14 days before, equal length
    assert params["end"].date() == date(2024, 7, 15)  # half-open: the whole last day counts


def test_language_switch_keeps_the_period(dashboard_db):
    at = AppTest.from_function(_filters_only, default_timeout=30)
    at.run()
    at.sidebar.selectbox(key="_f_period_id").set_value("30d").run()
    at.session_state["gema_lang"] = "en"
    at.run()
    assert not at.exception
    assert at.sidebar.selectbox(key="_f_period_en").value == "30d"
    assert at.session_state[FILTERS_KEY].period == "30d"


def test_unknown_values_from_a_link_are_dropped(dashboard_db):
    at = _app({"periode": "zzz", "kabkota": "9999,3601", "campaign": "Tidak Ada,Banten Sehat"})
    at.run()
    assert not at.exception
    f = at.session_state[FILTERS_KEY]
    assert f.period == "90d" and f.kabkota == ("3601",) and f.campaign == ("Banten Sehat",)


def test_language_switch_keeps_filters_and_shows_english(dashboard_db):
    at = _app({"periode": "30d", "lang": "en"})
    at.run()
    at.switch_page("pages/jangkauan.py")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Reach"
    assert at.query_params["lang"] == "en" and at.query_params["periode"] == "30d"


def test_set_kabkota_filter_from_page_body_and_from_callback(conn):
    def script() -> None:
        import streamlit as st

        from gema import ui

        ui.render_filters()
        st.button("cb", on_click=ui.set_kabkota_filter, args=(["3602"],), key="cb")
        if st.button("body", key="body"):
            ui.set_kabkota_filter(["3673", "xx"])
        st.write(",".join(ui.filters().kabkota))

    at = AppTest.from_function(script, default_timeout=30)
    at.session_state[USER_KEY] = {"username": "uji", "role": "pimpinan"}
    at.run()
    at.button(key="cb").click().run()
    assert not at.exception
    assert at.session_state[FILTERS_KEY].kabkota == ("3602",)
    assert at.sidebar.multiselect(key="_f_kabkota").value == ["3602"]
    at.button(key="body").click().run()
    assert not at.exception
    assert at.session_state[FILTERS_KEY].kabkota == ("3673",)
    assert at.sidebar.multiselect(key="_f_kabkota").value == ["3673"]
    assert at.query_params["kabkota"] == "3673"


def test_names_with_commas_survive_the_query_string():
    f = Filters(campaign=("Banten Maju, Banten Sejahtera", "100% Sehat"), platform=("X",))
    again = Filters.from_query(f.to_query())
    assert again.campaign == f.campaign and again.platform == ("X",)
