"""The audit page (admin): lists and filters the trail, shows user text as text, offers no way
to edit or delete it."""

from __future__ import annotations

from gema.core import audit, store


def _seed(db_file):
    c = store.shared_connection(db_file).cursor()
    audit.record(c, "ani", audit.SIGNIN, client="lokal")
    audit.record(c, None, audit.SIGNIN_FAILED, reason="unknown_user")
    audit.record(c, "budi", "import", file="<b>ekspor</b> **tebal**.csv", rows=12)
    return c


def test_audit_page_lists_and_filters(app_for, db_file):
    _seed(db_file)
    at = app_for("pages/audit.py", role="admin")
    assert not at.exception
    table = at.dataframe[0].value
    assert table["Tindakan"].tolist() == ["Impor data", "Gagal masuk", "Masuk"]
    assert table["Pengguna"].tolist() == ["budi", "(tanpa nama)", "ani"]
    # user-supplied text stays text: it is only in the table, never rendered as markdown/HTML
    assert "<b>ekspor</b> **tebal**.csv" in table["Rincian"].iloc[0]
    # readable text, not JSON (issue 12)
    assert table["Rincian"].iloc[0] == "file: <b>ekspor</b> **tebal**.csv · baris: 12"
    assert table["Rincian"].iloc[1] == "alasan: unknown_user"
    assert not any("ekspor" in m.value for m in at.markdown)
    at.multiselect(key="audit_actions").select("signin_failed").run()
    assert at.dataframe[0].value["Tindakan"].tolist() == ["Gagal masuk"]
    at.multiselect(key="audit_actions").unselect("signin_failed").run()
    at.multiselect(key="audit_users").select("ani").run()
    assert at.dataframe[0].value["Pengguna"].tolist() == ["ani"]


def test_audit_page_is_read_only(app_for, db_file):
    _seed(db_file)
    at = app_for("pages/audit.py", role="admin")
    assert not at.data_editor
    assert [b.label for b in at.button] == []  # no action button at all (only the CSV download)
    assert [d.label for d in at.get("download_button")] == ["Unduh CSV"]


def test_audit_page_empty_state(app_for, db_file):
    at = app_for("pages/audit.py", role="admin")
    assert not at.dataframe
    assert any("Belum ada catatan" in i.value for i in at.info)


def test_audit_page_refuses_staff(app_for, db_file):
    at = app_for(role="staf")
    try:
        at.switch_page("pages/audit.py")
    except ValueError:
        return
    raise AssertionError("staf can open the audit page")
