"""Sign-in page, browser sessions (cookie), roles, kiosk mode and sign-out."""

from __future__ import annotations

import os
import time
from typing import Any

import streamlit as st

from gema import nav
from gema.core import audit, auth, i18n, websession
from gema.ui import launch
from gema.ui.filters import filters
from gema.ui.session import LANG_KEY, USER_KEY, conn, current_user, lang, t
from gema.ui.widgets import md_escape

# --- access (issue 6): sign-in page, sessions, roles, kiosk -----------------------------------
LAST_ACTIVE_KEY = "gema_last_active"  # time.time() of the last full run; absent = just active


AUTH_SOURCE_KEY = "gema_auth_source"  # "password" | "oidc" (absent when a test sets the user)


_NOTICE_KEY = "_gema_signin_notice"  # (kind, text) shown once on the sign-in page


_WANT_SIGNIN_KEY = "_gema_want_signin"  # kiosk visitor asked for the staff sign-in


KIOSK_USER = {"username": "kios", "role": "kiosk"}


SID_KEY = "gema_sid"  # the websession id shared by every tab of this browser (issue 9)


_GRANT_KEY = "_gema_cookie_grant"  # one-time grant: the browser fetches its cookie with it


_CLEAR_COOKIE_KEY = "_gema_clear_cookie"  # after sign-out: the browser drops its cookie


def role_label(role: str) -> str:
    return t(f"access.role.{role}")


def kiosk_mode() -> bool:
    """True when this visitor is the anonymous kiosk viewer (GEMA_KIOSK=1, not signed in).

    Kiosk pages (presentation, aspiration wall) must then show aggregated figures only: no names,
    no raw personal data."""
    return (
        current_user() is None
        and auth.kiosk_enabled()
        and not st.session_state.get(_WANT_SIGNIN_KEY)
        and bool(nav.kiosk_pages())
    )


def require_role(*roles: str) -> dict[str, str]:
    """Top-of-page guard: the user when their role is in `roles` (no roles = any signed-in role),
    else a refusal and a stop. Pages call it first, so a page reached by URL, or run by Streamlit
    without app.py, never shows anything to the wrong person."""
    user = require_sign_in()
    allowed = roles or auth.ROLES
    if user["role"] not in allowed:
        if user["role"] != nav.KIOSK:
            _audit(user["username"], audit.ACCESS_DENIED, required=list(allowed))
        st.error(t("access.forbidden", role=role_label(user["role"])), icon=":material/block:")
        st.stop()
    return user


def can(action: str) -> bool:
    """Whether the signed-in user may do `action` (e.g. ui.can('undo') for the undo button)."""
    return auth.can(current_user(), action)


def _audit(name: str | None, action: str, **detail: Any) -> None:
    """Record an access event; a store that cannot record fails the action (fail closed)."""
    audit.record(conn(), name, action, **detail)


def _client_id() -> str:
    """The client address for throttling and the audit trail. Behind a reverse proxy set
    GEMA_TRUST_PROXY=1 so the first X-Forwarded-For address is used instead of the proxy's."""
    if os.environ.get("GEMA_TRUST_PROXY", "").strip() == "1":
        forwarded = (st.context.headers.get("X-Forwarded-For") or "").split(",")[0].strip()
        if forwarded:
            return forwarded
    address = st.context.ip_address  # None on localhost
    return address if isinstance(address, str) and address else "lokal"


def _secrets_section(name: str) -> dict[str, Any] | None:
    try:
        section = st.secrets.get(name)
    except Exception:  # no secrets.toml at all, or an unreadable one: built-in accounts
        return None
    return dict(section) if section else None


def _start_session(user: dict[str, str], source: str, sid: str | None = None) -> None:
    """Sign this tab in. A password sign-in also starts a browser-wide session (cookie, see
    gema.core.websession) unless `sid` resumes one from the cookie."""
    launch.visitor_arrived()  # the cold-start warm-up gives the cores to this visitor
    st.session_state[USER_KEY] = user
    st.session_state[AUTH_SOURCE_KEY] = source
    st.session_state[LAST_ACTIVE_KEY] = time.time()
    st.session_state.pop(_WANT_SIGNIN_KEY, None)
    if source == "password":
        if sid is None:
            sid, grant = websession.registry.start(user["username"])
            st.session_state[_GRANT_KEY] = grant
        st.session_state[SID_KEY] = sid


def _end_session(notice: tuple[str, str] | None = None) -> None:
    """Sign this tab out; the browser-wide session ends too, so every other tab follows."""
    sid = st.session_state.get(SID_KEY)
    if sid:
        websession.registry.end(sid)
        st.session_state[_CLEAR_COOKIE_KEY] = True
    for key in (USER_KEY, AUTH_SOURCE_KEY, LAST_ACTIVE_KEY, _WANT_SIGNIN_KEY, SID_KEY, _GRANT_KEY):
        st.session_state.pop(key, None)
    if notice:
        st.session_state[_NOTICE_KEY] = notice


def _resume_from_cookie() -> dict[str, str] | None:
    """A new tab, a reload or a copied link: the signed cookie brings the session back."""
    try:
        token = st.context.cookies.get(websession.COOKIE)
    except Exception:  # no browser request behind this run (AppTest)
        return None
    if not token:
        return None
    live = websession.resume(token)
    if live is None:
        st.session_state[_CLEAR_COOKIE_KEY] = True
        return None
    account = auth.get_account(live.username)
    if account is None or account.disabled:
        websession.registry.end_user(live.username)
        st.session_state[_CLEAR_COOKIE_KEY] = True
        return None
    user = {"username": account.username, "role": account.role}
    _start_session(user, "password", sid=live.sid)
    websession.registry.touch(live.sid)
    return user


def _session_gone() -> bool:
    """The browser-wide session was ended elsewhere (sign-out in another tab, account off)."""
    sid = st.session_state.get(SID_KEY)
    return bool(sid) and websession.registry.get(sid) is None


def _idle_too_long(now: float) -> bool:
    """Idle expiry of this tab (GEMA_SESSION_MINUTES since its last run)."""
    return auth.session_expired(st.session_state.get(LAST_ACTIVE_KEY), now)


def _check_session(user: dict[str, str]) -> dict[str, str] | None:
    """The user if the session is still valid (not idle too long, account still enabled)."""
    now = time.time()
    if _session_gone():
        _end_session(("info", t("access.signed_out_elsewhere")))
        return None
    if _idle_too_long(now):
        _audit(user["username"], audit.SESSION_EXPIRED)
        source = st.session_state.get(AUTH_SOURCE_KEY)
        sid = st.session_state.get(SID_KEY)
        if sid and not websession.registry.idle_expired(sid, now):
            # another tab of this browser is in use: only this tab goes back to the sign-in
            # page; the browser-wide session (its cookie) stays for the active tab
            st.session_state.pop(SID_KEY, None)
        _end_session(("warning", t("access.expired", m=auth.session_minutes())))
        if source == "oidc":
            st.logout()
        return None
    source = st.session_state.get(AUTH_SOURCE_KEY)
    if source == "password":
        account = auth.get_account(user["username"])
        if account is None or account.disabled:
            websession.registry.end_user(user["username"])
            _end_session(("error", t("access.account_gone")))
            return None
        if account.role != user["role"]:
            user = {"username": account.username, "role": account.role}
            st.session_state[USER_KEY] = user
    elif source == "oidc" and not st.user.get("is_logged_in"):
        _end_session()
        return None
    st.session_state[LAST_ACTIVE_KEY] = now
    if st.session_state.get(SID_KEY):
        websession.registry.touch(st.session_state[SID_KEY])
    return user


def require_sign_in() -> dict[str, str]:
    """The signed-in user (or the kiosk viewer), else the sign-in page and a stop.

    Nothing of the app (navigation, filters, pages) is drawn before this returns. The filters of
    the link that opened this session are read here, on its first request: the sign-in form
    and the page change after it must not lose a copied link's filters (issue 9)."""
    filters()
    user = current_user()
    if user is not None:
        user = _check_session(user)
        if user is not None:
            return user
    elif not st.session_state.get(_WANT_SIGNIN_KEY):
        user = _resume_from_cookie()
        if user is not None:
            return user
    provider = auth.oidc_provider(_secrets_section("auth"))
    if provider is not None and st.user.get("is_logged_in"):
        user = _oidc_user(provider)
        if user is not None:
            return user
    if kiosk_mode():
        return dict(KIOSK_USER)

    # Register every app URL as a hidden sign-in page: no real page is reachable, the sidebar
    # stays empty, and a deep link (/aspirasi) keeps its URL, so after signing in the user lands
    # where the link pointed (if their role may open it).
    # The default gate page has its own path ('masuk'), so its script hash is no real page's.
    def view() -> None:
        _sign_in_page(provider)

    title = f"{t('access.signin_title')} · {t('app.title')}"
    gate = [st.Page(view, title=title, url_path="masuk", default=True)]
    gate += [st.Page(view, title=title, url_path=spec.url_path) for spec in nav.PAGES]
    st.navigation(gate, position="hidden").run()
    st.stop()
    raise AssertionError("unreachable")  # st.stop() raises


def _oidc_user(provider: str) -> dict[str, str] | None:
    identity = st.user.to_dict()
    name = auth.identity_name(identity)
    role = auth.role_for_identity(identity, _secrets_section("gema"))
    if role is None:
        if not st.session_state.get("_gema_oidc_refused"):
            st.session_state["_gema_oidc_refused"] = True
            _audit(name, audit.SIGNIN_FAILED, reason="no_role", method="oidc")
        st.session_state[_NOTICE_KEY] = ("error", t("access.no_role", name=md_escape(name)))
        return None
    user = {"username": name, "role": role}
    _audit(name, audit.SIGNIN, method="oidc", provider=provider or "default")
    _start_session(user, "oidc")
    return user


_SIGNIN_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
.st-key-gema_signin_brand { border-left: 6px solid #0B5394; padding-left: 1rem; }
.st-key-gema_signin_brand [data-testid="stCaptionContainer"] p { letter-spacing: .08em; }
.st-key-gema_signin_brand h1 { padding-top: .25rem; padding-bottom: .25rem; }
</style>
"""


def _sign_in_page(provider: str | None) -> None:
    """The only thing a stranger sees: who runs this app, and a way in."""
    st.html(_SIGNIN_CSS)
    if st.session_state.pop(_CLEAR_COOKIE_KEY, False):
        st.html(websession.signout_script(), unsafe_allow_javascript=True)
    _, middle, _ = st.columns([1, 1.4, 1])
    with middle:
        with st.container(key="gema_signin_brand"):
            st.caption(":material/account_balance: " + t("access.kicker").upper())
            st.title(t("app.title"), anchor=False)
            st.markdown(t("app.tagline"))
        notice = st.session_state.pop(_NOTICE_KEY, None)
        if notice:
            getattr(st, notice[0])(notice[1])
        if provider is not None:
            with st.container(border=True):
                st.subheader(t("access.welcome"), anchor=False)
                st.write(t("access.sso_intro"))
                if st.button(
                    t("access.signin_sso"), type="primary", icon=":material/login:", width="stretch"
                ):
                    st.login(provider or None)
                if st.user.get("is_logged_in"):
                    st.button(t("access.signout"), on_click=st.logout)
        elif not auth.has_accounts():
            _first_admin_form()
        else:
            _password_form()
        st.caption(
            ":material/lock: "
            + t("access.notice")
            + " "
            + t("access.session_note", m=auth.session_minutes())
        )
        back = auth.kiosk_enabled() and nav.kiosk_pages() and st.session_state.get(_WANT_SIGNIN_KEY)
        if back and st.button(t("access.back_to_kiosk"), icon=":material/slideshow:"):
            st.session_state.pop(_WANT_SIGNIN_KEY, None)
            st.rerun()
        st.divider()
        st.caption(t("access.unit"))
        _inline_language()


def _inline_language() -> None:
    current = lang()
    choice = st.segmented_control(
        t("app.language"),
        options=list(i18n.LANGS),
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
        default=current,
        key="_lang_signin",
        label_visibility="collapsed",
    )
    if choice and choice != current:
        st.session_state[LANG_KEY] = choice
        st.query_params["lang"] = choice
        st.rerun()


def _password_form() -> None:
    with st.form("gema_signin"):
        st.subheader(t("access.welcome"), anchor=False)
        st.caption(t("access.signin_intro"))
        st.text_input(t("access.username"), key="_signin_name", autocomplete="username")
        st.text_input(
            t("access.password"),
            type="password",
            key="_signin_pw",
            autocomplete="current-password",
        )
        st.form_submit_button(
            t("access.signin"),
            type="primary",
            icon=":material/login:",
            width="stretch",
            on_click=_on_sign_in,
        )
    for kind, text, icon in st.session_state.pop("_gema_signin_msgs", []):
        getattr(st, kind)(text, icon=icon)


def _on_sign_in() -> None:
    """Form callback: runs before the script, so the password field can be emptied at once and
    a successful sign-in shows the app in the same run."""
    name = st.session_state.get("_signin_name") or ""
    password = st.session_state.get("_signin_pw") or ""
    st.session_state["_signin_pw"] = ""  # never kept in the session
    st.session_state["_gema_signin_msgs"] = _attempt(name, password)


def _attempt(name: str, password: str) -> list[tuple[str, str, str]]:
    """One sign-in attempt: throttle check, argon2 verification, audit, session.

    Returns the messages to show (empty on success)."""
    c = conn()
    client = _client_id()
    typed = auth.normalise_username(name)
    known = auth.get_account(typed)
    # An unknown name is not recorded: people type their password into the name field.
    who = known.username if known else None
    wait = auth.retry_after(c, typed, client)
    if wait > 0:
        _audit(who, audit.SIGNIN_FAILED, reason="throttled", client=client, retry_after=wait)
        return [("error", t("access.wait", s=wait), ":material/hourglass_top:")]
    account = auth.verify(typed, password)
    if account is None:
        auth.record_failure(c, typed, client)
        reason = "unknown_user" if known is None else "disabled" if known.disabled else "password"
        _audit(who, audit.SIGNIN_FAILED, reason=reason, client=client)
        messages = [("error", t("access.failed"), ":material/error:")]
        wait = auth.retry_after(c, typed, client)
        if wait > 0:
            messages.append(("warning", t("access.wait", s=wait), ":material/hourglass_top:"))
        return messages
    auth.record_success(c, account.username, client)
    _audit(account.username, audit.SIGNIN, client=client)
    _start_session({"username": account.username, "role": account.role}, "password")
    st.session_state["_signin_name"] = ""
    return []


def _first_admin_form() -> None:
    """No account at all: offer to create the first administrator (as Metabase and Grafana do)."""
    with st.form("gema_setup", clear_on_submit=True):
        st.subheader(t("access.setup_title"), anchor=False)
        st.info(t("access.setup_intro"), icon=":material/waving_hand:")
        name = st.text_input(t("access.username"), value="admin", autocomplete="username")
        first = st.text_input(t("access.password"), type="password", autocomplete="new-password")
        again = st.text_input(
            t("access.password_again"), type="password", autocomplete="new-password"
        )
        st.caption(t("users.err_password_short", n=auth.MIN_PASSWORD))
        submitted = st.form_submit_button(
            t("access.setup_submit"), type="primary", icon=":material/person_add:", width="stretch"
        )
    if not submitted:
        return
    if (first or "") != (again or ""):
        st.error(t("access.mismatch"))
        return
    try:
        account = auth.create_account(name or "", first or "", "admin", only_if_empty=True)
    except auth.AccountError as exc:
        st.error(t(exc.key, **exc.params))
        return
    client = _client_id()
    _audit(account.username, audit.USER_ADD, target=account.username, role="admin", first=True)
    _audit(account.username, audit.SIGNIN, client=client)
    _start_session({"username": account.username, "role": "admin"}, "password")
    st.rerun()


def sidebar_account(user: dict[str, str]) -> None:
    """Who is signed in and a sign-out button, at the top of the sidebar; kiosk: a way in."""
    sb = st.sidebar
    if user["role"] == nav.KIOSK:
        sb.caption(t("access.kiosk_caption"))
        sb.button(
            t("access.kiosk_signin"),
            icon=":material/login:",
            key="_gema_kiosk_in",
            on_click=_want_sign_in,
        )
        return
    sb.markdown(
        f":material/account_circle: **{md_escape(user['username'])}** · {role_label(user['role'])}"
    )
    sb.button(t("access.signout"), icon=":material/logout:", key="_gema_signout", on_click=sign_out)
    grant = st.session_state.pop(_GRANT_KEY, None)
    if grant:  # just signed in: the browser fetches its session cookie (gema.core.websession)
        with sb:
            st.html(websession.grant_script(grant), unsafe_allow_javascript=True)
    with sb:
        _expiry_watch()


# Phone (issue 9): Streamlit leaves the sidebar open over the page after a tap on a page link.
# Below Streamlit's mobile breakpoint the tap also presses the sidebar's own close button. The
# listener is added once per browser tab (window flag); only our own constant script, no user
# text.
_PHONE_NAV_JS = """
<script>
(() => {
  const w = window.parent && window.parent.document ? window.parent : window;
  if (w.__gemaNavCloses) return;
  w.__gemaNavCloses = true;
  w.document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('[data-testid=stSidebarNavLink]');
    if (!link || w.innerWidth > 640) return;
    setTimeout(() => {
      const close = w.document.querySelector('[data-testid=stSidebarCollapseButton] button');
      if (close) close.click();
    }, 150);
  }, true);
})();
</script>
"""


def phone_nav_closes_sidebar() -> None:
    """On a phone, tapping a page in the sidebar closes the sidebar (app.py, every run)."""
    st.sidebar.html(_PHONE_NAV_JS, unsafe_allow_javascript=True, width="content")


def _want_sign_in() -> None:
    st.session_state[_WANT_SIGNIN_KEY] = True


def sign_out() -> None:
    """Button callback (runs before the script, so the next run already shows the sign-in)."""
    user = current_user()
    source = st.session_state.get(AUTH_SOURCE_KEY)
    if user:
        _audit(user["username"], audit.SIGNOUT)
    _end_session(("success", t("access.signed_out")))
    if source == "oidc":
        st.logout()


@st.fragment(run_every=websession.CHECK_SECONDS)
def _expiry_watch() -> None:
    """Re-checks the session every few seconds, so a screen left open goes back to the sign-in
    page when it is idle too long, signed out in another tab, or its account is disabled."""
    now = time.time()
    gone = _session_gone()
    if not gone and st.session_state.get(AUTH_SOURCE_KEY) == "password":
        user = current_user() or {}
        account = auth.get_account(user.get("username", ""))
        gone = account is None or account.disabled
    if gone or _idle_too_long(now):
        st.rerun(scope="app")


def is_staff() -> bool:
    user = current_user() or {}
    return user.get("role") in ("staf", "admin")


def oidc_active() -> bool:
    """True when .streamlit/secrets.toml configures an OIDC provider (sign-in via st.login)."""
    return auth.oidc_provider(_secrets_section("auth")) is not None
