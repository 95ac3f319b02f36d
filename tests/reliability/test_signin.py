"""Sign-in under load (issue 16, item 4): parallel failures never raise, each is counted and
audited; the throttle is per account and per (account, client), with a generous per-client
ceiling; only keyed HMACs of typed names are stored."""

from __future__ import annotations

import threading
from datetime import datetime

from gema.core import audit, auth, store

NOW = datetime(2024, 7, 1, 10, 0, 0)


def _parallel(n: int, fn) -> list[BaseException]:
    errors: list[BaseException] = []
    gate = threading.Barrier(n)

    def run(i: int) -> None:
        try:
            gate.wait()
            fn(i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_parallel_failed_signins_never_raise_and_all_count(db_file):
    conn = store.connect(db_file)

    def attempt(i: int) -> None:
        cur = conn.cursor()
        try:
            for _ in range(5):
                auth.retry_after(cur, "budi", "10.0.0.7", now=NOW)
                auth.record_failure(cur, "budi", "10.0.0.7", now=NOW)
                audit.record(cur, None, audit.SIGNIN_FAILED, reason="password")
        finally:
            cur.close()

    errors = _parallel(12, attempt)
    assert errors == []
    got = dict(conn.execute("SELECT throttle_key, failures FROM signin_throttle").fetchall())
    assert sorted(got.values()) == [60, 60, 60]  # user, (user, client), client: 12 × 5 each
    n = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'signin_failed'").fetchone()
    assert n[0] == 60
    conn.close()


def test_one_persons_guesses_do_not_lock_out_a_colleague_behind_the_same_address(db_file):
    conn = store.connect(db_file)
    for _ in range(10):
        auth.record_failure(conn, "budi", "lokal", now=NOW)
    assert auth.retry_after(conn, "budi", "lokal", now=NOW) > 0  # budi's account slows down
    assert auth.retry_after(conn, "ani", "lokal", now=NOW) == 0  # ani, same address, is free
    # a flood from one address still meets the per-client ceiling, for every name
    for i in range(auth.CLIENT_FREE_FAILURES):
        auth.record_failure(conn, f"tebak{i}", "10.9.9.9", now=NOW)
    assert auth.retry_after(conn, "ani", "10.9.9.9", now=NOW) > 0
    assert auth.retry_after(conn, "ani", "10.9.9.8", now=NOW) == 0
    conn.close()


def test_per_account_and_client_pair(db_file):
    conn = store.connect(db_file)
    for _ in range(auth.FREE_FAILURES + 2):
        auth.record_failure(conn, "budi", "10.0.0.1", now=NOW)
    # the account is slowed from any address (a distributed guesser meets it too)
    assert auth.retry_after(conn, "budi", "10.0.0.2", now=NOW) > 0
    auth.record_success(conn, "budi", "10.0.0.1")
    assert auth.retry_after(conn, "budi", "10.0.0.1", now=NOW) == 0
    conn.close()


def test_only_keyed_hmacs_of_typed_names_are_stored(db_file, monkeypatch):
    import hashlib

    conn = store.connect(db_file)
    typed = "RahasiaSekali123!"  # a password typed into the name field
    auth.record_failure(conn, typed, "10.0.0.7", now=NOW)
    keys = [r[0] for r in conn.execute("SELECT throttle_key FROM signin_throttle").fetchall()]
    name = auth.normalise_username(typed)
    plain = hashlib.sha256(name.encode()).hexdigest()
    for key in keys:
        assert name not in key and plain[:32] not in key and "10.0.0.7" not in key
    # a different secret gives different keys: the digest is keyed
    monkeypatch.setenv("GEMA_THROTTLE_SECRET", "lain" * 10)
    assert set(auth.throttle_keys(typed, "10.0.0.7")).isdisjoint(keys)
    conn.close()


def test_throttle_secret_file_is_private(tmp_path, monkeypatch):
    monkeypatch.delenv("GEMA_THROTTLE_SECRET", raising=False)
    monkeypatch.setenv("GEMA_USERS", str(tmp_path / "u" / "users.json"))
    key = auth.throttle_secret()
    path = tmp_path / "u" / "throttle.key"
    assert len(key) == 32 and path.stat().st_mode & 0o777 == 0o600
    assert auth.throttle_secret() == key
