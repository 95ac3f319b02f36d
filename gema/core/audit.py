"""The audit trail: who did what and when (imports, undo, corrections, FGD entries, sign-ins).

Append-only by construction: the only audit query that writes is an INSERT.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import duckdb
import pandas as pd

from gema.core import store

_CHAIN_LOCK = threading.Lock()


def _key() -> bytes:
    """The chain's HMAC key (the same private key file as the sign-in throttle): without it a
    person with SQL access cannot recompute the hashes after editing a row."""
    from gema.core import auth

    return auth.throttle_secret()


def _digest(
    prev: str, occurred_at: datetime, username: str | None, action: str, detail: str
) -> str:
    canonical = json.dumps(
        [prev, occurred_at.isoformat(sep=" "), username, action, json.loads(detail)],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str,
    )  # fmt: skip
    return hmac.new(_key(), canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def record(
    conn: duckdb.DuckDBPyConnection, username: str | None, action: str, **detail: Any
) -> None:
    """Append one event. `action` is a short verb such as 'import', 'undo', 'signin_failed'.

    Each entry is chained to the newest one committed before it (read through a fresh cursor,
    under a lock, so parallel writers rarely fork; a fork is still a valid chain)."""
    text = json.dumps(detail, default=str, ensure_ascii=False)
    occurred_at = datetime.now().replace(microsecond=0)
    with _CHAIN_LOCK:
        cur = store.cursor(conn)
        try:
            prev = store.scalar(cur, "audit/last_hash") or ""
        finally:
            cur.close()
        audit_id = store.scalar(
            conn,
            "audit/record_chained",
            occurred_at=occurred_at,
            username=username,
            action=action,
            detail=text,
        )
        store.execute(
            conn,
            "audit/chain_insert",
            audit_id=audit_id,
            prev_hash=prev,
            row_hash=_digest(prev, occurred_at, username, action, text),
        )


@dataclass
class ChainReport:
    """What `verify` found: entries checked, entries from before the chain, entries whose
    content no longer matches their hash, entries that are gone (by id or by link)."""

    checked: int = 0
    unsealed: int = 0
    altered: list[int] = field(default_factory=list)
    broken_links: list[int] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.altered and not self.broken_links


def verify(conn: duckdb.DuckDBPyConnection) -> ChainReport:
    """Recompute every entry's hash and check every link. An UPDATE shows as 'altered', a DELETE
    of an entry a later one links to as a broken link (the newest entry can only be vouched
    for by a copy kept elsewhere, as with any chain)."""
    report = ChainReport()
    seen: set[str] = {""}
    for r in store.run(conn, "audit/chain").itertuples(index=False):
        if r.row_hash is None or (isinstance(r.row_hash, float) and pd.isna(r.row_hash)):
            report.unsealed += 1
            continue
        if not r.present:  # the chain remembers an entry that is gone
            report.broken_links.append(int(r.audit_id))
            seen.add(str(r.row_hash))
            continue
        report.checked += 1
        username = None if r.username is None or pd.isna(r.username) else str(r.username)
        occurred = pd.Timestamp(r.occurred_at).to_pydatetime()
        if (
            _digest(str(r.prev_hash), occurred, username, str(r.action), str(r.detail))
            != r.row_hash
        ):
            report.altered.append(int(r.audit_id))
        if str(r.prev_hash) not in seen:
            report.broken_links.append(int(r.audit_id))
        seen.add(str(r.row_hash))
    return report


# Actions written by the access layer (gema.ui / gema.cli.user); other areas add their own verbs.
SIGNIN = "signin"
SIGNIN_FAILED = "signin_failed"
SIGNOUT = "signout"
SESSION_EXPIRED = "session_expired"
ACCESS_DENIED = "access_denied"
USER_ADD = "user_add"
USER_ROLE = "user_role"
USER_DISABLE = "user_disable"
USER_ENABLE = "user_enable"
USER_REMOVE = "user_remove"
USER_PASSWORD = "user_password"

MAX_ROWS = 1000


def _filters(
    usernames: list[str] | None,
    actions: list[str] | None,
    start: date | None,
    end: date | None,
) -> dict[str, Any]:
    return {
        "usernames": list(usernames or []),
        "actions": list(actions or []),
        "start": start,
        "end": end,
    }


def events(
    conn: duckdb.DuckDBPyConnection,
    usernames: list[str] | None = None,
    actions: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int = MAX_ROWS,
) -> pd.DataFrame:
    """Audit events, newest first; empty lists mean 'no filter', dates are inclusive."""
    return store.run(
        conn, "audit/list", **_filters(usernames, actions, start, end), limit=int(limit)
    )


def count(
    conn: duckdb.DuckDBPyConnection,
    usernames: list[str] | None = None,
    actions: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> int:
    return int(store.scalar(conn, "audit/count", **_filters(usernames, actions, start, end)))


def usernames(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return store.run(conn, "audit/usernames")["username"].astype(str).tolist()


def actions(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return store.run(conn, "audit/actions")["action"].astype(str).tolist()


# Labels of the detail keys the app records, so 'Rincian' reads as text, not JSON (issue 12).
DETAIL_LABELS: dict[str, tuple[str, str]] = {
    "batch_id": ("batch", "batch"),
    "kind": ("jenis", "kind"),
    "file_name": ("file", "file"),
    "file": ("file", "file"),
    "rows": ("baris", "rows"),
    "rows_loaded": ("baris dimuat", "rows loaded"),
    "rows_rejected": ("baris ditolak", "rows rejected"),
    "rows_duplicate": ("baris ganda", "duplicate rows"),
    "skip_invalid": ("lewati baris salah", "skip invalid rows"),
    "target": ("akun", "account"),
    "role": ("peran", "role"),
    "reason": ("alasan", "reason"),
    "client": ("perangkat", "client"),
    "page": ("halaman", "page"),
    "feedback_key": ("aspirasi no.", "feedback no."),
    "field": ("kolom", "field"),
    "old": ("lama", "old"),
    "new": ("baru", "new"),
    "session_id": ("sesi FGD", "FGD session"),
    "name": ("nama", "name"),
    "speaker_group": ("kelompok", "group"),
    "kabkota": ("kab/kota", "regency/city"),
    "table": ("tabel", "table"),
    "changes": ("perubahan", "changes"),
}


def detail_text(detail: object, lang: str = "id") -> str:
    """A recorded detail (JSON text) as one readable line: 'file: a.csv · baris dimuat: 12'.
    Text that is not a JSON object is returned as it is (always shown as plain text)."""
    from gema.core import i18n

    if detail is None or (isinstance(detail, float) and detail != detail):
        return ""
    try:
        data = json.loads(str(detail))
    except ValueError:
        return str(detail)
    if not isinstance(data, dict):
        return str(detail)

    def value(v: object) -> str:
        if isinstance(v, bool):
            return i18n.t("common.yes", lang) if v else i18n.t("common.no", lang)
        if v is None:
            return "—"
        if isinstance(v, int | float):
            return i18n.fmt_int(v) if float(v).is_integer() else i18n.fmt_num(float(v), 2)
        if isinstance(v, dict):
            return "; ".join(f"{k}: {value(x)}" for k, x in v.items())
        if isinstance(v, list):
            return ", ".join(value(x) for x in v)
        return str(v)

    parts = []
    for key, v in data.items():
        label = DETAIL_LABELS.get(key)
        name = (label[1] if lang == "en" else label[0]) if label else key.replace("_", " ")
        parts.append(f"{name}: {value(v)}")
    return " · ".join(parts)
