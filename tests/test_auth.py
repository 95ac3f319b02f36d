"""Access (issue 6): accounts file, argon2, roles, back-off, sessions, OIDC mapping, the sign-in
gate in the app, kiosk mode, and an append-only audit trail."""

from __future__ import annotations

import re
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from gema import nav
from gema.core import audit, auth, store
from gema.ui import LAST_ACTIVE_KEY, USER_KEY

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Rahasia-Uji-7319!"  # distinctive, so a grep for it cannot match anything else
NOW = datetime(2025, 3, 1, 9, 0, 0)


def _app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    return at.button[0].click().run()


def _audit_rows(db_file: Path) -> list[tuple]:
    store.close_shared()
    c = store.connect(db_file)
    try:
        return c.execute(
            "SELECT username, action, CAST(detail AS VARCHAR) FROM audit_log ORDER BY audit_id"
        ).fetchall()
    finally:
        c.close()


def _age_throttle(db_file: Path, seconds: int) -> None:
    """Move every recorded failure back in time (the count stays): waiting without a clock."""
    c = store.shared_connection(db_file).cursor()
    c.execute(
        "UPDATE signin_throttle SET last_failure = last_failure - to_seconds($s)", {"s": seconds}
    )


# --- accounts file ---------------------------------------------------------------------------
def test_default_accounts_file_is_outside_the_repository(monkeypatch):
    monkeypatch.delenv("GEMA_USERS", raising=False)
    path = auth.users_path()
    assert path.name == "users.json" and "gema-banten" in path.parts
    assert ROOT not in path.resolve().parents
    monkeypatch.setenv("GEMA_USERS", "/tmp/elsewhere/u.json")
    assert auth.users_path() == Path("/tmp/elsewhere/u.json")


def test_accounts_are_hashed_with_argon2_in_a_private_file(users_file):
    auth.create_account("Budi", SECRET, "staf")
    text = users_file.read_text()
    assert SECRET not in text
    assert "$argon2id$" in text
    assert stat.S_IMODE(users_file.stat().st_mode) == 0o600
    assert auth.verify("budi", SECRET).role == "staf"  # names are case-insensitive
    assert auth.verify("budi", SECRET + "x") is None
    assert auth.verify("siapa", SECRET) is None


def test_account_rules(users_file):
    with pytest.raises(auth.AccountError, match="err_password_short"):
        auth.create_account("ani", "pendek", "staf")
    with pytest.raises(auth.AccountError, match="err_username"):
        auth.create_account("a b", SECRET, "staf")
    with pytest.raises(auth.AccountError, match="err_role"):
        auth.create_account("ani", SECRET, "raja")
    auth.create_account("ani", SECRET, "admin")
    with pytest.raises(auth.AccountError, match="err_exists"):
        auth.create_account("ANI", SECRET, "staf")
    with pytest.raises(auth.AccountError, match="err_not_first"):
        auth.create_account("kedua", SECRET, "admin", only_if_empty=True)
    # the last active admin cannot be demoted, disabled or removed
    for change in (
        lambda: auth.set_role("ani", "staf"),
        lambda: auth.set_disabled("ani", True),
        lambda: auth.remove_account("ani"),
    ):
        with pytest.raises(auth.AccountError, match="err_last_admin"):
            change()
    auth.create_account("bima", SECRET, "pimpinan")
    auth.set_disabled("bima", True)
    assert auth.verify("bima", SECRET) is None  # disabled accounts cannot sign in
    auth.set_disabled("bima", False)
    auth.set_password("bima", SECRET + "-baru")
    assert auth.verify("bima", SECRET) is None and auth.verify("bima", SECRET + "-baru")


def test_admin_changes_are_audited_without_password_and_never_on_oneself(users_file, conn):
    auth.create_account("ani", SECRET, "admin")
    auth.manage(conn, "ani", "add", "citra", role="staf", password=SECRET)
    auth.manage(conn, "ani", "role", "citra", role="admin")
    auth.manage(conn, "ani", "password", "citra", password=SECRET + "2")
    for op, kw in (("disable", {}), ("remove", {}), ("role", {"role": "staf"})):
        with pytest.raises(auth.AccountError, match="err_self"):
            auth.manage(conn, "ani", op, "ani", **kw)
    rows = conn.execute(
        "SELECT username, action, CAST(detail AS VARCHAR) FROM audit_log"
    ).fetchall()
    assert [r[1] for r in rows] == ["user_add", "user_role", "user_password"]
    assert all(r[0] == "ani" and '"citra"' in r[2] and SECRET not in r[2] for r in rows)


# --- roles -----------------------------------------------------------------------------------
def test_permissions_follow_the_roles():
    assert auth.can({"username": "a", "role": "admin"}, "undo")
    assert not auth.can({"username": "s", "role": "staf"}, "undo")
    assert auth.can({"username": "s", "role": "staf"}, "upload")
    assert not auth.can({"username": "p", "role": "pimpinan"}, "upload")
    assert auth.can({"username": "p", "role": "pimpinan"}, "view")
    assert not auth.can(None, "view")
    assert not auth.can({"username": "k", "role": "kiosk"}, "view")


def test_navigation_per_role_matches_the_issue():
    files = {r: {p.file for p in nav.PAGES if r in p.roles} for r in (*nav.ROLES, nav.KIOSK)}
    admin_only = {"referensi.py", "pengguna.py", "audit.py", "sentimen.py", "tindak_lanjut.py"}
    staff = {"unggah.py", "fgd.py"}
    assert files["admin"] == {p.file for p in nav.PAGES}
    assert files["staf"] == files["admin"] - admin_only
    assert files["pimpinan"] == files["staf"] - staff
    assert files["kiosk"] == {"presentasi.py", "dinding.py"}


# --- throttling ------------------------------------------------------------------------------
def test_backoff_grows_exponentially_up_to_a_cap():
    delays = [auth.backoff_delay(n) for n in range(12)]
    assert delays[: auth.FREE_FAILURES] == [0] * auth.FREE_FAILURES
    growing = delays[auth.FREE_FAILURES :]
    assert all(
        b == min(2 * a, auth.BACKOFF_CAP) for a, b in zip(growing, growing[1:], strict=False)
    )
    assert max(delays) == auth.BACKOFF_CAP and delays[-1] == auth.BACKOFF_CAP


def test_failed_signins_are_persisted_per_user_and_per_client(db_file):
    c = store.connect(db_file)
    waits = []
    for _ in range(6):
        auth.record_failure(c, "budi", "10.0.0.7", now=NOW)
        waits.append(auth.retry_after(c, "budi", "10.0.0.7", now=NOW))
    assert waits == [0, 0, 2, 4, 8, 16]
    c.close()
    c = store.connect(db_file)  # a new connection (a reload, a restart) keeps the count
    assert auth.retry_after(c, "budi", None, now=NOW) == 16  # per user, from any client
    # per client only past a generous ceiling (issue 16): a colleague behind the same address
    # is not refused because of budi's typos
    assert auth.retry_after(c, "ani", "10.0.0.7", now=NOW) == 0
    assert auth.retry_after(c, "budi", "10.0.0.8", now=NOW) == 16  # the account, from anywhere
    assert auth.retry_after(c, "budi", None, now=NOW + timedelta(seconds=10)) == 6
    assert auth.retry_after(c, "budi", None, now=NOW + timedelta(hours=2)) == 0  # forgotten
    auth.record_success(c, "budi")
    assert auth.retry_after(c, "budi", None, now=NOW) == 0
    assert auth.retry_after(c, "ani", "10.0.0.7", now=NOW) == 0
    keys = [r[0] for r in c.execute("SELECT throttle_key FROM signin_throttle").fetchall()]
    assert not any("budi" in k for k in keys)  # names are hashed in the throttle table
    c.close()


# --- sessions, kiosk, OIDC -------------------------------------------------------------------
def test_session_expiry(monkeypatch):
    now = time.time()
    assert not auth.session_expired(None, now)  # no timestamp = just active (test fixtures)
    assert not auth.session_expired(now - 29 * 60, now, 30)
    assert auth.session_expired(now - 31 * 60, now, 30)
    monkeypatch.setenv("GEMA_SESSION_MINUTES", "5")
    assert auth.session_minutes() == 5 and auth.session_expired(now - 6 * 60, now)
    monkeypatch.setenv("GEMA_SESSION_MINUTES", "lima")
    assert auth.session_minutes() == auth.DEFAULT_SESSION_MINUTES


def test_oidc_provider_detection():
    assert auth.oidc_provider(None) is None
    assert auth.oidc_provider({"redirect_uri": "x", "cookie_secret": "y"}) is None
    flat = {"client_id": "c", "server_metadata_url": "https://sso/.well-known"}
    assert auth.oidc_provider(flat) == ""
    named = {"redirect_uri": "x", "keycloak": {"client_id": "c", "server_metadata_url": "u"}}
    assert auth.oidc_provider(named) == "keycloak"


def test_oidc_roles_are_mapped_by_config():
    config = {
        "roles": {"Kepala.Biro@bantenprov.go.id": "pimpinan", "ops@bantenprov.go.id": "admin"},
        "role_claim": "groups",
        "claim_roles": {"gema-staf": "staf", "gema-admin": "admin"},
    }
    kepala = {"email": "kepala.biro@bantenprov.go.id", "email_verified": True}
    assert auth.role_for_identity(kepala, config) == "pimpinan"
    assert auth.role_for_identity({"email": "x@y.id", "groups": ["gema-staf"]}, config) == "staf"
    both = {"email": "kepala.biro@bantenprov.go.id", "groups": ["lain", "gema-admin"]}
    assert auth.role_for_identity(both, config) == "admin"  # the highest role wins
    assert auth.role_for_identity({"email": "orang@luar.id"}, config) is None
    unverified = {"email": "ops@bantenprov.go.id", "email_verified": False}
    assert auth.role_for_identity(unverified, config) is None
    assert auth.role_for_identity({"email": "a@b.id"}, {"default_role": "pimpinan"}) == "pimpinan"
    assert auth.role_for_identity({"email": "a@b.id"}, {"default_role": "raja"}) is None
    assert auth.role_for_identity({"roles": "staf"}, {"role_claim": "roles"}) == "staf"
    assert auth.identity_name({"sub": "123", "email": "A@B.id"}) == "a@b.id"


# --- append-only audit -----------------------------------------------------------------------
def test_no_query_updates_or_deletes_the_audit_log():
    writer = re.compile(
        r"\b(UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log|TRUNCATE\s+(TABLE\s+)?audit_log|"
        r"DROP\s+TABLE\s+(IF\s+EXISTS\s+)?audit_log|ALTER\s+TABLE\s+audit_log)\b",
        re.IGNORECASE,
    )
    offenders = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "queries").rglob("*.sql"))
        if writer.search(store._strip_comments(p.read_text(encoding="utf-8")))
    ]
    offenders += [
        str(p.relative_to(ROOT))
        for folder in ("gema", "pages")
        for p in sorted((ROOT / folder).rglob("*.py"))
        if writer.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert writer.search("DELETE FROM audit_log WHERE 1=1")  # the pattern itself works


def test_audit_listing_filters(conn):
    audit.record(conn, "ani", audit.SIGNIN, client="lokal")
    audit.record(conn, None, audit.SIGNIN_FAILED, reason="unknown_user")
    audit.record(conn, "budi", "import", batch_id=3)
    assert audit.count(conn) == 3
    assert audit.events(conn, actions=["import"])["username"].tolist() == ["budi"]
    assert audit.events(conn, usernames=[""])["action"].tolist() == ["signin_failed"]
    assert audit.events(conn, limit=2)["action"].tolist() == ["import", "signin_failed"]
    today = datetime.now().date()
    assert audit.count(conn, start=today, end=today) == 3
    assert audit.count(conn, end=today - timedelta(days=1)) == 0
    assert audit.usernames(conn) == ["", "ani", "budi"]


# --- the gate in the app ---------------------------------------------------------------------
def test_stranger_sees_only_the_sign_in(db_file, users_file):
    auth.create_account("ani", SECRET, "admin")
    at = _app().run()
    assert not at.exception
    assert USER_KEY not in at.session_state
    assert [x.label for x in at.text_input] == ["Nama pengguna", "Kata sandi"]
    assert [t.value for t in at.title] == ["Gema Banten"]
    assert not at.selectbox and not at.multiselect  # no shared filters either
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page("pages/ringkasan.py")  # no st.navigation page is registered


def test_first_visit_creates_the_first_admin(db_file, users_file):
    at = _app().run()
    assert [x.label for x in at.text_input] == ["Nama pengguna", "Kata sandi", "Ulangi kata sandi"]
    at.text_input[0].input("kepala")
    at.text_input[1].input(SECRET)
    at.text_input[2].input(SECRET + "beda")
    at.button[0].click().run()
    assert at.error and not users_file.exists()
    at.text_input[0].input("kepala")
    at.text_input[1].input(SECRET)
    at.text_input[2].input(SECRET)
    at.button[0].click().run()
    assert not at.exception
    assert at.session_state[USER_KEY] == {"username": "kepala", "role": "admin"}
    assert auth.get_account("kepala").role == "admin"
    assert [r[1] for r in _audit_rows(db_file)] == ["user_add", "signin"]


def test_sign_in_failure_throttle_and_audit(db_file, users_file):
    auth.create_account("budi", SECRET, "staf")
    at = _app().run()
    _sign_in(at, "budi", "salah-sekali-1")
    assert USER_KEY not in at.session_state
    assert "salah" in at.error[0].value and not at.warning
    _sign_in(at, "bukan.siapa2", SECRET)  # an unknown name: not recorded as typed
    _sign_in(at, "budi", "salah-sekali-2")  # another name's failure does not count for budi
    waits = []
    for i in range(4):
        _age_throttle(db_file, seconds=auth.BACKOFF_CAP)  # as if the user waited it out
        _sign_in(at, "budi", f"salah-lagi-{i}")
        waits.append(int(re.search(r"dalam (\d+) detik", at.warning[0].value).group(1)))
    # the back-off doubles with each failure from this client (2, 4, 8, 16 s minus a moment)
    assert all(b > a for a, b in zip(waits, waits[1:], strict=False)) and waits[-1] > 8
    _sign_in(at, "budi", SECRET)  # even the right password must wait now
    assert USER_KEY not in at.session_state
    assert any("Coba lagi dalam" in e.value for e in at.error)
    rows = _audit_rows(db_file)
    assert [r[1] for r in rows] == ["signin_failed"] * 8
    assert [r[0] for r in rows] == ["budi", None] + ["budi"] * 6
    assert '"throttled"' in rows[-1][2]
    assert all("bukan.siapa2" not in str(r) and SECRET not in str(r) for r in rows)


def test_sign_in_success_records_and_sign_out(db_file, users_file):
    auth.create_account("budi", SECRET, "staf")
    at = _sign_in(_app().run(), "budi", SECRET)
    assert not at.exception
    assert at.session_state[USER_KEY] == {"username": "budi", "role": "staf"}
    assert at.session_state[LAST_ACTIVE_KEY] > 0
    out = next(b for b in at.sidebar.button if b.label == "Keluar")
    out.click().run()
    assert USER_KEY not in at.session_state
    assert [r[1] for r in _audit_rows(db_file)] == ["signin", "signout"]
    for path in (users_file, db_file):
        assert SECRET.encode() not in path.read_bytes()


def test_idle_session_expires(db_file, users_file):
    auth.create_account("ani", SECRET, "admin")
    at = _sign_in(_app().run(), "ani", SECRET)
    at.switch_page("pages/audit.py").run()
    assert at.dataframe  # still signed in: the audit trail shows the sign-in
    at.session_state[LAST_ACTIVE_KEY] = time.time() - 31 * 60
    at.run()
    assert USER_KEY not in at.session_state and not at.dataframe
    assert any("Sesi Anda berakhir" in w.value for w in at.warning)
    assert [r[1] for r in _audit_rows(db_file)] == ["signin", "session_expired"]


def test_disabled_account_is_signed_out_and_role_changes_apply(db_file, users_file):
    auth.create_account("ani", SECRET, "admin")
    auth.create_account("budi", SECRET, "admin")
    at = _sign_in(_app().run(), "budi", SECRET)
    at.switch_page("pages/audit.py").run()
    assert at.dataframe
    auth.set_role("budi", "staf")
    at.run()
    assert at.session_state[USER_KEY]["role"] == "staf"  # applies without signing in again
    assert any("tidak tersedia" in e.value for e in at.error) and not at.dataframe
    auth.set_disabled("budi", True)
    at.run()
    assert USER_KEY not in at.session_state
    assert any("dinonaktifkan" in e.value for e in at.error)


def test_test_fixture_contract_still_signs_in(app_for):
    at = app_for("pages/ringkasan.py", role="pimpinan")
    assert not at.exception
    assert at.session_state[USER_KEY] == {"username": "uji-pimpinan", "role": "pimpinan"}


@pytest.mark.parametrize("role", nav.ROLES)
def test_each_role_gets_exactly_its_pages(app_for, role):
    at = app_for(role=role)
    for spec in nav.PAGES:
        if not (ROOT / spec.path).is_file():
            continue
        if role in spec.roles:
            at.switch_page(spec.path)  # registered in this role's navigation
        else:
            with pytest.raises(ValueError):
                at.switch_page(spec.path)


@pytest.mark.parametrize("page", ["pengguna.py", "audit.py"])
def test_forbidden_page_run_directly_is_refused(db_file, page):
    at = AppTest.from_file(str(ROOT / "pages" / page), default_timeout=30)
    at.session_state[USER_KEY] = {"username": "uji-staf", "role": "staf"}
    at.run()
    assert not at.exception
    assert any("tidak tersedia" in e.value for e in at.error)
    assert not at.dataframe and not at.text_input
    assert [r[1] for r in _audit_rows(db_file)] == ["access_denied"]


def test_page_run_without_the_app_shows_sign_in(db_file, users_file):
    auth.create_account("ani", SECRET, "admin")
    at = AppTest.from_file(str(ROOT / "pages" / "audit.py"), default_timeout=30).run()
    assert [x.label for x in at.text_input] == ["Nama pengguna", "Kata sandi"]
    assert not at.dataframe


def test_restricted_pages_check_the_role_themselves():
    """Every written page guards itself with the roles the registry gives it."""
    missing = []
    for spec in nav.PAGES:
        path = ROOT / spec.path
        if not path.is_file() or spec.roles in (nav.ALL, nav.WITH_KIOSK):
            continue
        call = "ui.require_role(" + ", ".join(f'"{r}"' for r in spec.roles) + ")"
        if call not in path.read_text(encoding="utf-8"):
            missing.append(f"{spec.file}: {call}")
    assert missing == []


def test_kiosk_mode_opens_only_presentation_and_wall(db_file, users_file, monkeypatch):
    auth.create_account("ani", SECRET, "admin")
    monkeypatch.setenv("GEMA_KIOSK", "1")
    at = _app().run()
    assert not at.exception
    kiosk = nav.kiosk_pages()
    assert {p.file for p in kiosk} <= {"presentasi.py", "dinding.py"}
    if not kiosk:  # FGD pages not written yet: kiosk mode has nothing to show, sign-in instead
        assert [x.label for x in at.text_input] == ["Nama pengguna", "Kata sandi"]
        return
    assert USER_KEY not in at.session_state
    assert "Kata sandi" not in [x.label for x in at.text_input]
    for spec in nav.PAGES:
        if (ROOT / spec.path).is_file() and spec not in kiosk:
            with pytest.raises(ValueError):
                at.switch_page(spec.path)
    assert any(b.label == "Masuk sebagai pegawai" for b in at.sidebar.button)


def test_staff_can_sign_in_on_a_kiosk(db_file, users_file, monkeypatch):
    from gema.ui.signin import _WANT_SIGNIN_KEY

    auth.create_account("ani", SECRET, "admin")
    monkeypatch.setenv("GEMA_KIOSK", "1")
    at = _app()
    at.session_state[_WANT_SIGNIN_KEY] = True  # what "Masuk sebagai pegawai" sets
    at.run()
    _sign_in(at, "ani", SECRET)
    assert at.session_state[USER_KEY] == {"username": "ani", "role": "admin"}


def test_streamlit_config_keeps_the_protections():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    server = config["server"]
    assert server["enableXsrfProtection"] is True and server.get("enableCORS", True) is True
    assert 0 < server["maxUploadSize"] <= 500
    assert config["client"]["showErrorDetails"] in ("type", "none", False)
    assert not (ROOT / ".streamlit" / "secrets.toml").exists() or ".streamlit/secrets.toml" in (
        ROOT / ".gitignore"
    ).read_text(encoding="utf-8")


OIDC = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "k" * 40,
    "client_id": "gema-banten",
    "client_secret": "rahasia-klien",
    "server_metadata_url": "https://sso.example.go.id/.well-known/openid-configuration",
}


def test_oidc_configuration_replaces_the_password_form(db_file, users_file):
    """The provider itself cannot be reached offline; the app side can: the SSO button instead of
    the form, then the identity mapped to a role by [gema] settings and recorded."""
    auth.create_account("ani", SECRET, "admin")  # local accounts are not used with OIDC
    at = _app()
    at.secrets["auth"] = dict(OIDC)
    at.secrets["gema"] = {"roles": {"kepala.biro@example.go.id": "pimpinan"}}
    at.run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Masuk dengan akun SSO"] and not at.text_input
    at.user = {"is_logged_in": True, "email": "orang.lain@example.go.id", "email_verified": True}
    at.run()
    assert USER_KEY not in at.session_state
    assert any("belum diberi peran" in e.value for e in at.error)
    at.user = {"is_logged_in": True, "email": "Kepala.Biro@example.go.id", "email_verified": True}
    at.run()
    assert at.session_state[USER_KEY] == {
        "username": "kepala.biro@example.go.id",
        "role": "pimpinan",
    }
    rows = _audit_rows(db_file)
    assert [(r[0], r[1]) for r in rows] == [
        ("orang.lain@example.go.id", "signin_failed"),
        ("kepala.biro@example.go.id", "signin"),
    ]


def test_access_texts_exist_in_both_languages_with_the_same_placeholders():
    from string import Formatter

    from gema.core import i18n

    keys = [k for k in i18n.CATALOG if k.split(".")[0] in ("access", "users", "audit")]
    assert len(keys) > 50
    for key in keys:
        id_text, en_text = i18n.CATALOG[key]
        assert id_text.strip() and en_text.strip(), key
        fields = [{f for _, f, _, _ in Formatter().parse(x) if f} for x in (id_text, en_text)]
        assert fields[0] == fields[1], key
    used = "\n".join(
        p.read_text(encoding="utf-8")
        for p in [
            *sorted((ROOT / "gema" / "ui").glob("*.py")),
            ROOT / "gema" / "core" / "auth.py",
            ROOT / "gema" / "cli" / "user.py",
        ]
        + [ROOT / "pages" / "pengguna.py", ROOT / "pages" / "audit.py"]
    )
    for key in re.findall(r'"((?:access|users|audit)\.[a-z_.]+)"', used):
        assert key in i18n.CATALOG or key == "users.json", key
