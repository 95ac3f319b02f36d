"""Accounts, passwords, roles and sign-in protection (no streamlit here; gema/ui/signin.py draws the forms).

Why these choices:
- Accounts live in a JSON file OUTSIDE the repository (env `GEMA_USERS`, default
  ~/.config/gema-banten/users.json), mode 0600, so a clone or a backup of the code never carries
  password hashes. Passwords are hashed with argon2id (argon2-cffi defaults, RFC 9106 profile).
- Failed sign-ins are slowed per username and per client with an exponential back-off that is
  kept in the database (`signin_throttle`), so reloading the page does not reset it.
- Roles: pimpinan (read), staf (+ upload, corrections, FGD capture), admin (+ undo, reference data,
  users, audit). The pseudo-role 'kiosk' only exists when `GEMA_KIOSK=1` (FGD projection).
- Where `.streamlit/secrets.toml` configures OIDC (`[auth]`), identities come from the provider
  and `role_for_identity` maps them to a role from `[gema]` settings.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from platformdirs import user_config_path

from gema.core import audit, i18n, store

ROLES = ("pimpinan", "staf", "admin")
KIOSK_ROLE = "kiosk"
ROLE_RANK = {"pimpinan": 1, "staf": 2, "admin": 3}

# What each role may do, beyond opening its pages (gema.nav holds the page list).
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "view": ROLES,
    "export": ROLES,
    "upload": ("staf", "admin"),
    "correct": ("staf", "admin"),
    "fgd": ("staf", "admin"),
    "undo": ("admin",),
    "reference": ("admin",),
    "boundary": ("admin",),
    "users": ("admin",),
    "audit": ("admin",),
}

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10
FILE_VERSION = 1

# Back-off: the first FREE_FAILURES wrong passwords cost nothing extra; after that each failure
# doubles the wait from BACKOFF_BASE seconds, up to BACKOFF_CAP. A quiet spell of FORGET_AFTER
# starts the count afresh.
FREE_FAILURES = 3
BACKOFF_BASE = 2
BACKOFF_CAP = 300
FORGET_AFTER = timedelta(hours=1)

DEFAULT_SESSION_MINUTES = 30

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A real hash to verify against when the username is unknown, so that the answer takes the
    same time whether or not the account exists (no username probing by timing)."""
    return _hasher.hash("gema-banten-dummy-password")


class AccountError(ValueError):
    """A refused account change; `key` is the i18n key of the reason shown to the user."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


# --- accounts file ---------------------------------------------------------------------------
def users_path() -> Path:
    """The accounts file: env GEMA_USERS, else <user config dir>/gema-banten/users.json."""
    raw = os.environ.get("GEMA_USERS", "").strip()
    if raw:
        return Path(raw).expanduser()
    return user_config_path("gema-banten") / "users.json"


def _now() -> datetime:
    """Server local time, naive, like DuckDB's current_timestamp in TIMESTAMP columns."""
    return datetime.now().replace(microsecond=0)


def _empty() -> dict[str, Any]:
    return {"version": FILE_VERSION, "users": {}}


def load_accounts(path: Path | None = None) -> dict[str, Any]:
    """The whole accounts document; an absent file means no account yet."""
    path = path or users_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _empty()
    doc = json.loads(text) if text.strip() else _empty()
    doc.setdefault("users", {})
    return doc


def _write_accounts(doc: dict[str, Any], path: Path) -> None:
    """Atomic write with mode 0600: a crash leaves the old file, never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".users-", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    os.chmod(path, 0o600)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[dict[str, Any]]:
    """Read-modify-write under an exclusive lock, so the app and the CLI never lose an edit."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        doc = load_accounts(path)
        yield doc
        _write_accounts(doc, path)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def has_accounts(path: Path | None = None) -> bool:
    return bool(load_accounts(path)["users"])


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    disabled: bool
    created_at: str
    updated_at: str


def list_accounts(path: Path | None = None) -> list[Account]:
    """Every account, sorted by name (hashes are never returned)."""
    users = load_accounts(path)["users"]
    return [
        Account(
            name,
            u["role"],
            bool(u.get("disabled", False)),
            u.get("created_at", ""),
            u.get("updated_at", ""),
        )
        for name, u in sorted(users.items())
    ]


def get_account(username: str, path: Path | None = None) -> Account | None:
    name = normalise_username(username)
    return next((a for a in list_accounts(path) if a.username == name), None)


def normalise_username(username: str) -> str:
    return (username or "").strip().lower()


def check_username(username: str) -> str:
    name = normalise_username(username)
    if not USERNAME_RE.match(name):
        raise AccountError("users.err_username")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError("users.err_role")
    return role


def check_password(password: str, username: str = "") -> None:
    """A minimal policy: long enough, not the username."""
    if len(password or "") < MIN_PASSWORD:
        raise AccountError("users.err_password_short", n=MIN_PASSWORD)
    if username and password.strip().lower() == normalise_username(username):
        raise AccountError("users.err_password_username")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_account(
    username: str,
    password: str,
    role: str,
    *,
    only_if_empty: bool = False,
    path: Path | None = None,
) -> Account:
    """Add an account. `only_if_empty` makes first-admin creation safe against two visitors."""
    name = check_username(username)
    check_role(role)
    check_password(password, name)
    digest = hash_password(password)
    stamp = _now().isoformat(timespec="seconds")
    with _locked(path or users_path()) as doc:
        if only_if_empty and doc["users"]:
            raise AccountError("users.err_not_first")
        if name in doc["users"]:
            raise AccountError("users.err_exists", name=name)
        doc["users"][name] = {
            "hash": digest,
            "role": role,
            "disabled": False,
            "created_at": stamp,
            "updated_at": stamp,
        }
    return Account(name, role, False, stamp, stamp)


def _admins(doc: dict[str, Any], except_name: str | None = None) -> list[str]:
    return [
        n
        for n, u in doc["users"].items()
        if u["role"] == "admin" and not u.get("disabled") and n != except_name
    ]


def _update(username: str, path: Path | None, change) -> None:
    name = normalise_username(username)
    with _locked(path or users_path()) as doc:
        user = doc["users"].get(name)
        if user is None:
            raise AccountError("users.err_missing", name=name)
        change(doc, name, user)
        user["updated_at"] = _now().isoformat(timespec="seconds")


def set_role(username: str, role: str, path: Path | None = None) -> None:
    check_role(role)

    def change(doc: dict[str, Any], name: str, user: dict[str, Any]) -> None:
        if user["role"] == "admin" and role != "admin" and not _admins(doc, name):
            raise AccountError("users.err_last_admin")
        user["role"] = role

    _update(username, path, change)


def set_disabled(username: str, disabled: bool, path: Path | None = None) -> None:
    def change(doc: dict[str, Any], name: str, user: dict[str, Any]) -> None:
        if disabled and user["role"] == "admin" and not _admins(doc, name):
            raise AccountError("users.err_last_admin")
        user["disabled"] = disabled

    _update(username, path, change)


def set_password(username: str, password: str, path: Path | None = None) -> None:
    name = normalise_username(username)
    check_password(password, name)
    digest = hash_password(password)

    def change(doc: dict[str, Any], name: str, user: dict[str, Any]) -> None:
        user["hash"] = digest

    _update(name, path, change)


def remove_account(username: str, path: Path | None = None) -> None:
    name = normalise_username(username)
    with _locked(path or users_path()) as doc:
        user = doc["users"].get(name)
        if user is None:
            raise AccountError("users.err_missing", name=name)
        if user["role"] == "admin" and not _admins(doc, name):
            raise AccountError("users.err_last_admin")
        del doc["users"][name]


def verify(username: str, password: str, path: Path | None = None) -> Account | None:
    """The account when name and password match an enabled account, else None.

    Always runs one argon2 verification, so unknown names answer as slowly as known ones."""
    name = normalise_username(username)
    path = path or users_path()
    user = load_accounts(path)["users"].get(name)
    digest = user["hash"] if user else _dummy_hash()
    try:
        _hasher.verify(digest, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or user.get("disabled"):
        return None
    if _hasher.check_needs_rehash(digest):
        with contextlib.suppress(AccountError, OSError):
            set_password(name, password, path)
    return Account(
        name, user["role"], False, user.get("created_at", ""), user.get("updated_at", "")
    )


# --- roles -----------------------------------------------------------------------------------
def can(user: Mapping[str, str] | None, action: str) -> bool:
    """Whether this signed-in user may do `action` ('undo', 'upload', 'users', ...)."""
    if not user:
        return False
    return user.get("role") in PERMISSIONS.get(action, ())


def highest_role(roles: list[str]) -> str | None:
    known = [r for r in roles if r in ROLE_RANK]
    return max(known, key=ROLE_RANK.__getitem__) if known else None


# --- sign-in throttling ----------------------------------------------------------------------
def backoff_delay(failures: int) -> int:
    """Seconds a key must wait after `failures` consecutive failures (0, then 2, 4, 8 … 300)."""
    if failures < FREE_FAILURES:
        return 0
    return min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (failures - FREE_FAILURES))


# A generous ceiling per client address: everyone behind one address ("lokal", the office NAT,
# the reverse proxy) shares it, so it only slows a flood, never one person's few typos.
CLIENT_FREE_FAILURES = 50
_THROTTLE_LOCK = threading.Lock()
_WRITE_TRIES = 25


def throttle_secret() -> bytes:
    """The key for the throttle HMACs: env GEMA_THROTTLE_SECRET, else a random key kept beside
    the accounts file (mode 0600, created on first use). Without the key a stored digest cannot be
    tested against guesses, so a password typed into the name field cannot be recovered."""
    raw = os.environ.get("GEMA_THROTTLE_SECRET", "").strip()
    if raw:
        return raw.encode("utf-8")
    path = users_path().with_name("throttle.key")
    with contextlib.suppress(FileNotFoundError):
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_bytes(32))
    return path.read_bytes()


def _mac(*parts: str) -> str:
    msg = "\x1f".join(parts).encode("utf-8")
    return hmac.new(throttle_secret(), msg, hashlib.sha256).hexdigest()[:40]


def throttle_keys(username: str, client: str | None) -> list[str]:
    """'user:<HMAC of the name>' (per account, from any client), 'pair:<HMAC of name + client>'
    and 'client:<HMAC of the address>' (the generous per-client ceiling). Only keyed HMACs are
    stored: a mistyped password in the name field never lands in the database."""
    name = normalise_username(username)
    keys = [f"user:{_mac('user', name)}"]
    if client:
        keys.append(f"pair:{_mac('pair', name, client)}")
        keys.append(f"client:{_mac('client', client)}")
    return keys


def _free(key: str) -> int:
    return CLIENT_FREE_FAILURES if key.startswith("client:") else FREE_FAILURES


def key_delay(key: str, failures: int) -> int:
    """backoff_delay for one key kind: the client ceiling starts later."""
    return backoff_delay(failures - _free(key) + FREE_FAILURES)


def retry_after(
    conn: duckdb.DuckDBPyConnection,
    username: str,
    client: str | None,
    now: datetime | None = None,
) -> int:
    """Seconds before this username/client may try again (0 = may try now)."""
    now = now or _now()
    state = store.run(conn, "auth/throttle_state", keys=throttle_keys(username, client))
    wait = 0.0
    for row in state.itertuples(index=False):
        last = row.last_failure.to_pydatetime()
        if now - last > FORGET_AFTER:
            continue
        delay = key_delay(str(row.throttle_key), int(row.failures))
        wait = max(wait, delay - (now - last).total_seconds())
    return max(0, int(wait + 0.999))


def _write(conn: duckdb.DuckDBPyConnection, name: str, **params: Any) -> None:
    """One throttle statement in its own transaction; serialised in this process and retried on
    a write-write conflict from another connection, so parallel sign-ins never fail on it."""
    for attempt in range(_WRITE_TRIES):
        try:
            with _THROTTLE_LOCK, store.transaction(conn):
                store.execute(conn, name, **params)
            return
        except (duckdb.TransactionException, duckdb.ConstraintException):
            if attempt == _WRITE_TRIES - 1:
                raise
            time.sleep(0.005 * (attempt + 1))


def record_failure(
    conn: duckdb.DuckDBPyConnection,
    username: str,
    client: str | None,
    now: datetime | None = None,
) -> None:
    """Count one more failure for each throttle key: one atomic upsert per key (the increment
    happens in SQL, so two parallel failures count as two)."""
    now = now or _now()
    for key in throttle_keys(username, client):
        _write(
            conn, "auth/throttle_bump", key=key, now=now,
            forget_seconds=int(FORGET_AFTER.total_seconds()),
        )  # fmt: skip


def record_success(
    conn: duckdb.DuckDBPyConnection, username: str, client: str | None = None
) -> None:
    """A correct password clears the account's count and its (account, client) count (not the
    client's: a valid account must not let a guesser reset the per-client ceiling)."""
    for key in throttle_keys(username, client)[:2]:
        _write(conn, "auth/throttle_clear", key=key)


def cli_actor(user: str | None) -> str:
    """Who a CLI command acts as, for batches and the audit trail: 'cli' by default, or an
    existing, enabled account recorded as '<name> (via CLI)'. Anything else is refused, so the
    CLI cannot write audit entries under an invented or another system's name."""
    name = normalise_username(user or "")
    if name in ("", "cli"):
        return "cli"
    account = get_account(name)
    if account is None or account.disabled:
        raise ValueError(i18n.t("rel.cli_user_unknown", name=name))
    return f"{account.username} (via CLI)"


# --- sessions --------------------------------------------------------------------------------
def session_minutes() -> int:
    """Inactivity limit in minutes: env GEMA_SESSION_MINUTES, default 30 (minimum 1)."""
    raw = os.environ.get("GEMA_SESSION_MINUTES", "").strip()
    try:
        return max(1, int(raw)) if raw else DEFAULT_SESSION_MINUTES
    except ValueError:
        return DEFAULT_SESSION_MINUTES


def session_expired(last_active: float | None, now: float, minutes: int | None = None) -> bool:
    """True when the session was idle longer than the limit. No timestamp = just active."""
    if last_active is None:
        return False
    return now - last_active > 60 * (minutes or session_minutes())


def kiosk_enabled() -> bool:
    """GEMA_KIOSK=1 opens the presentation and the aspiration wall without sign-in."""
    return os.environ.get("GEMA_KIOSK", "").strip().lower() in {"1", "true", "yes", "ya", "on"}


# --- OIDC ------------------------------------------------------------------------------------
def oidc_provider(auth_section: Mapping[str, Any] | None) -> str | None:
    """The provider name to pass to st.login when `[auth]` configures OIDC, else None.

    '' means the unnamed provider defined directly in `[auth]`; a name means `[auth.NAME]`."""
    if not auth_section:
        return None
    if auth_section.get("client_id") and auth_section.get("server_metadata_url"):
        return ""
    for name, value in auth_section.items():
        if isinstance(value, Mapping) and value.get("client_id"):
            return str(name)
    return None


def role_for_identity(identity: Mapping[str, Any], config: Mapping[str, Any] | None) -> str | None:
    """Map an OIDC identity (st.user) to a role using the `[gema]` section of secrets.toml:

        [gema]
        role_claim = "groups"          # optional claim holding group/role names
        default_role = ""              # role for anyone else; empty = refused
        [gema.roles]                   # e-mail → role
        "kepala.biro@bantenprov.go.id" = "pimpinan"
        [gema.claim_roles]             # claim value → role
        "gema-admin" = "admin"

    Several matches give the highest role; an unknown identity gets `default_role` or None."""
    config = config or {}
    found: list[str] = []
    email = str(identity.get("email") or "").strip().lower()
    by_email = {str(k).strip().lower(): str(v) for k, v in (config.get("roles") or {}).items()}
    if email and email in by_email and identity.get("email_verified", True) is not False:
        found.append(by_email[email])
    claim = config.get("role_claim")
    if claim:
        value = identity.get(str(claim))
        values = value if isinstance(value, list | tuple) else [value] if value else []
        mapping = {str(k): str(v) for k, v in (config.get("claim_roles") or {}).items()}
        for v in values:
            if str(v) in mapping:
                found.append(mapping[str(v)])
            elif str(v) in ROLES and not mapping:
                found.append(str(v))
    role = highest_role(found)
    if role:
        return role
    default = str(config.get("default_role") or "")
    return default if default in ROLES else None


def identity_name(identity: Mapping[str, Any]) -> str:
    """The name recorded for an OIDC user: e-mail, else preferred_username, else subject."""
    for key in ("email", "preferred_username", "sub"):
        if identity.get(key):
            return str(identity[key]).strip().lower()
    return "oidc"


# --- administration (Users page) -------------------------------------------------------------
MANAGE_OPS = ("add", "role", "disable", "enable", "remove", "password")


def manage(
    conn: duckdb.DuckDBPyConnection,
    actor: str,
    op: str,
    target: str,
    *,
    role: str | None = None,
    password: str | None = None,
    path: Path | None = None,
) -> None:
    """One change made by an admin, written to the audit trail (never with the password).

    An admin cannot disable, remove or demote their own account, so nobody locks themselves
    out by a misclick; the last active admin is protected by the functions above as well."""
    name = normalise_username(target)
    if name == normalise_username(actor) and (
        op in ("disable", "remove") or (op == "role" and role != "admin")
    ):
        raise AccountError("users.err_self")
    if op == "add":
        account = create_account(name, password or "", role or "", path=path)
        audit.record(conn, actor, audit.USER_ADD, target=account.username, role=account.role)
    elif op == "role":
        set_role(name, role or "", path=path)
        audit.record(conn, actor, audit.USER_ROLE, target=name, role=role)
    elif op in ("disable", "enable"):
        set_disabled(name, op == "disable", path=path)
        action = audit.USER_DISABLE if op == "disable" else audit.USER_ENABLE
        audit.record(conn, actor, action, target=name)
    elif op == "remove":
        remove_account(name, path=path)
        audit.record(conn, actor, audit.USER_REMOVE, target=name)
    elif op == "password":
        set_password(name, password or "", path=path)
        audit.record(conn, actor, audit.USER_PASSWORD, target=name)
    else:
        raise ValueError(f"unknown operation {op!r}")
