"""Sign-in that survives a reload, a second tab and a copied link (issue 9).

A Streamlit session lives as long as one browser tab's websocket: F5, a phone reloading a
background tab or a copied link starts a new one, which used to mean signing in again. So a
successful sign-in also gets a browser cookie:

- `gema_session` = `<sid>.<issued>.<mac>`: a random session id, when it was issued, and an
  HMAC-SHA256 over both with a server secret. No username, password or hash is in it.
- HttpOnly (page scripts cannot read it), SameSite=Lax (not sent on cross-site posts), Path=/,
  Secure when the request came over https (directly or through a proxy with GEMA_TRUST_PROXY=1).
- The secret is 32 random bytes generated on first run in a file outside the repository (next to
  the accounts file, mode 0600; env GEMA_SESSION_KEY to put it elsewhere).
- The server keeps the live session ids (`Registry`): signing out ends the id, so every tab that
  shares it is back at the sign-in page on its next run (and within `CHECK_SECONDS` at the latest);
  idle expiry (GEMA_SESSION_MINUTES) is measured over all tabs; a token older than
  MAX_AGE_HOURS is refused whatever its activity. Live ids are held in memory: restarting the
  server signs everyone out, which is the safe side.

Streamlit scripts cannot set cookies on the websocket, so the browser fetches them: after a
sign-in the page runs a small script that POSTs a one-time grant (random, 2 minutes, single use)
to `/_gema/session`, whose answer sets the cookie. `/_gema/signout` clears it. Both routes are
added by `serve.py` (st.App). The script side reads the cookie with `st.context.cookies`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from gema.core import auth

COOKIE = "gema_session"
SESSION_ROUTE = "/_gema/session"
SIGNOUT_ROUTE = "/_gema/signout"
MAX_AGE_HOURS = 12
GRANT_SECONDS = 120
CHECK_SECONDS = 10  # how often an open tab re-checks its session (ui._expiry_watch)
_VERSION = "v1"


# --- the server secret ----------------------------------------------------------------------
def key_path() -> Path:
    """The secret's file: env GEMA_SESSION_KEY, else beside the accounts file."""
    raw = os.environ.get("GEMA_SESSION_KEY", "").strip()
    return Path(raw).expanduser() if raw else auth.users_path().parent / "session.key"


_secret_lock = threading.Lock()
_secret_cache: dict[str, bytes] = {}


def secret() -> bytes:
    """The HMAC key, created on first use (atomically, mode 0600) and cached per file."""
    path = key_path()
    with _secret_lock:
        cached = _secret_cache.get(str(path))
        if cached:
            return cached
        try:
            value = bytes.fromhex(path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            value = b""
        if len(value) < 32:
            value = secrets.token_bytes(32)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".session-", dir=path.parent)
            try:
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "w", encoding="ascii") as fh:
                    fh.write(value.hex() + "\n")
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        _secret_cache[str(path)] = value
        return value


# --- tokens ---------------------------------------------------------------------------------
def _mac(sid: str, issued: int, key: bytes | None = None) -> str:
    digest = hmac.new(key or secret(), f"{_VERSION}.{sid}.{issued}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


def make_token(sid: str, issued: int | None = None, key: bytes | None = None) -> str:
    issued = int(time.time()) if issued is None else int(issued)
    return f"{sid}.{issued}.{_mac(sid, issued, key)}"


def parse_token(token: str | None, now: float | None = None) -> str | None:
    """The session id of a well-formed, correctly signed, not too old token; else None."""
    if not token or len(token) > 200:
        return None
    parts = token.split(".")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    sid, issued_text, mac = parts
    issued = int(issued_text)
    if not hmac.compare_digest(mac, _mac(sid, issued)):
        return None
    now = time.time() if now is None else now
    if issued > now + 60 or now - issued > MAX_AGE_HOURS * 3600:
        return None
    return sid


# --- live sessions --------------------------------------------------------------------------
@dataclass
class Live:
    sid: str
    username: str
    issued: int
    last_seen: float
    token: str = ""


class Registry:
    """Live session ids of this server process, and one-time grants waiting for the browser."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[str, Live] = {}
        self._grants: dict[str, tuple[str, float]] = {}  # grant -> (sid, expires)

    def start(self, username: str) -> tuple[str, str]:
        """A new session for `username`: (sid, grant for the browser to fetch its cookie)."""
        sid = secrets.token_urlsafe(24)
        issued = int(time.time())
        grant = secrets.token_hex(24)
        with self._lock:
            self._live[sid] = Live(sid, username, issued, time.time(), make_token(sid, issued))
            self._grants[grant] = (sid, time.time() + GRANT_SECONDS)
            self._forget_old()
        return sid, grant

    def redeem(self, grant: str) -> str | None:
        """The token for a grant, once (then the grant is gone)."""
        with self._lock:
            found = self._grants.pop(grant, None)
            if found is None or found[1] < time.time():
                return None
            live = self._live.get(found[0])
            return live.token if live else None

    def get(self, sid: str | None) -> Live | None:
        if not sid:
            return None
        with self._lock:
            return self._live.get(sid)

    def touch(self, sid: str) -> None:
        with self._lock:
            live = self._live.get(sid)
            if live is not None:
                live.last_seen = time.time()

    def idle_expired(self, sid: str, now: float | None = None) -> bool:
        """True when no tab of this session has been active for GEMA_SESSION_MINUTES."""
        live = self.get(sid)
        if live is None:
            return True
        return auth.session_expired(live.last_seen, time.time() if now is None else now)

    def end(self, sid: str | None) -> None:
        if not sid:
            return
        with self._lock:
            self._live.pop(sid, None)

    def end_user(self, username: str) -> int:
        """End every session of one account (disabled or removed); returns how many."""
        with self._lock:
            gone = [s for s, live in self._live.items() if live.username == username]
            for s in gone:
                del self._live[s]
        return len(gone)

    def _forget_old(self) -> None:
        now = time.time()
        for grant, (_sid, expires) in list(self._grants.items()):
            if expires < now:
                del self._grants[grant]
        for sid, live in list(self._live.items()):
            if now - live.issued > MAX_AGE_HOURS * 3600:
                del self._live[sid]


registry = Registry()


def resume(token: str | None) -> Live | None:
    """The live session a cookie token stands for, or None (bad, old, ended or idle)."""
    sid = parse_token(token)
    live = registry.get(sid)
    if live is None or registry.idle_expired(live.sid):
        if live is not None:
            registry.end(live.sid)
        return None
    return live


# --- the browser side -----------------------------------------------------------------------
def grant_script(grant: str) -> str:
    """HTML+JS for st.html(unsafe_allow_javascript=True): fetch the cookie for this grant.

    `grant` is our own random hex (checked here), never user text."""
    if not all(c in "0123456789abcdef" for c in grant):
        raise ValueError("grant must be hex")
    body = json.dumps({"grant": grant})
    return (
        "<script>fetch(" + json.dumps(SESSION_ROUTE) + ", {method: 'POST', "
        "credentials: 'same-origin', headers: {'Content-Type': 'application/json'}, "
        f"body: {json.dumps(body)}}});</script>"
    )


def signout_script() -> str:
    return (
        "<script>fetch(" + json.dumps(SIGNOUT_ROUTE) + ", {method: 'POST', "
        "credentials: 'same-origin'});</script>"
    )


# --- the server side (Starlette routes for serve.py) ----------------------------------------
def _secure(request: object) -> bool:
    scheme = getattr(getattr(request, "url", None), "scheme", "http")
    headers = getattr(request, "headers", {})
    if os.environ.get("GEMA_TRUST_PROXY", "").strip() == "1":
        scheme = headers.get("x-forwarded-proto", scheme)
    return scheme == "https"


async def session_endpoint(request):
    """POST {"grant": …} → Set-Cookie with the session token (204), or 403."""
    from starlette.responses import Response

    try:
        payload = json.loads((await request.body()) or b"{}")
    except ValueError:
        payload = {}
    grant = payload.get("grant") if isinstance(payload, dict) else None
    token = registry.redeem(grant) if isinstance(grant, str) else None
    if token is None:
        return Response(status_code=403)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.set_cookie(
        COOKIE,
        token,
        max_age=MAX_AGE_HOURS * 3600,
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    return response


async def signout_endpoint(request):
    """POST → end the session of the cookie and delete the cookie (204)."""
    from starlette.responses import Response

    registry.end(parse_token(request.cookies.get(COOKIE)))
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax")
    return response


def routes() -> list:
    from starlette.routing import Route

    return [
        Route(SESSION_ROUTE, session_endpoint, methods=["POST"]),
        Route(SIGNOUT_ROUTE, signout_endpoint, methods=["POST"]),
    ]
