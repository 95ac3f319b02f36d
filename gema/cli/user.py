"""`python -m gema user …`: manage the sign-in accounts (file GEMA_USERS, outside the repository).

    python -m gema user add NAMA --role pimpinan|staf|admin   # password asked twice
    echo "$PW" | python -m gema user add NAMA --role staf --password-stdin
    python -m gema user list | set-role NAMA ROLE | passwd NAMA | disable NAMA | enable NAMA
    python -m gema user remove NAMA

A password is never taken on the command line (it would land in the shell history and in `ps`)
and never printed. Each change is also written to the audit trail when the database is free;
while the app holds the database, the change is made and a warning says it was not audited.
"""

from __future__ import annotations

import argparse
import getpass
import sys

import duckdb

from gema.cli import EXIT_OK, EXIT_REFUSED, UsageError
from gema.core import audit, auth, i18n, store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("user", help="kelola akun masuk (pimpinan, staf, admin)")
    sub = p.add_subparsers(dest="user_command", required=True, metavar="AKSI")

    add = sub.add_parser("add", help="tambah akun; kata sandi diminta dua kali")
    add.add_argument("name", help="nama pengguna (huruf kecil, angka, . _ -)")
    add.add_argument("--role", required=True, choices=auth.ROLES)
    add.add_argument(
        "--password-stdin", action="store_true", help="baca kata sandi dari standard input"
    )
    add.set_defaults(handler=_add)

    lst = sub.add_parser("list", help="daftar akun")
    lst.set_defaults(handler=_list)

    rm = sub.add_parser("remove", help="hapus akun")
    rm.add_argument("name")
    rm.set_defaults(handler=_remove)

    role = sub.add_parser("set-role", help="ubah peran akun")
    role.add_argument("name")
    role.add_argument("role", choices=auth.ROLES)
    role.set_defaults(handler=_set_role)

    pw = sub.add_parser("passwd", help="ganti kata sandi akun")
    pw.add_argument("name")
    pw.add_argument(
        "--password-stdin", action="store_true", help="baca kata sandi dari standard input"
    )
    pw.set_defaults(handler=_passwd)

    for verb, helptext in (("disable", "nonaktifkan akun"), ("enable", "aktifkan kembali akun")):
        sp = sub.add_parser(verb, help=helptext)
        sp.add_argument("name")
        sp.set_defaults(handler=_disable if verb == "disable" else _enable)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if password.endswith("\r"):
            password = password[:-1]
        return password
    if not sys.stdin.isatty():
        raise UsageError("tidak ada terminal untuk menanyakan kata sandi; pakai --password-stdin")
    first = getpass.getpass("Kata sandi: ")
    again = getpass.getpass("Ulangi kata sandi: ")
    if first != again:
        raise auth.AccountError("access.mismatch")
    return first


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _audit(action: str, **detail: object) -> None:
    """Best effort: the running app may hold the database; the account change still stands."""
    try:
        conn = store.connect()
    except duckdb.Error:
        print(
            "peringatan: basis data sedang dipakai aplikasi; perubahan ini tidak tercatat di "
            "jejak audit",
            file=sys.stderr,
        )
        return
    try:
        audit.record(conn, _actor(), action, **detail)
    finally:
        conn.close()


def _refused(exc: auth.AccountError) -> int:
    print(f"ditolak: {i18n.t(exc.key, **exc.params)}", file=sys.stderr)
    return EXIT_REFUSED


def _add(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args.password_stdin)
        account = auth.create_account(args.name, password, args.role)
    except auth.AccountError as exc:
        return _refused(exc)
    _audit(audit.USER_ADD, target=account.username, role=account.role)
    print(f"Akun {account.username} ({account.role}) dibuat di {auth.users_path()}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    accounts = auth.list_accounts()
    if not accounts:
        print(f"Belum ada akun di {auth.users_path()}")
        return EXIT_OK
    width = max(len(a.username) for a in accounts)
    for a in accounts:
        status = "nonaktif" if a.disabled else "aktif"
        print(f"{a.username:<{width}}  {a.role:<8}  {status:<8}  dibuat {a.created_at}")
    return EXIT_OK


def _change(action: str, fn, *fn_args: object, **detail: object) -> int:
    try:
        fn(*fn_args)
    except auth.AccountError as exc:
        return _refused(exc)
    _audit(action, **detail)
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    name = auth.normalise_username(args.name)
    code = _change(audit.USER_REMOVE, auth.remove_account, name, target=name)
    if code == EXIT_OK:
        print(f"Akun {name} dihapus")
    return code


def _set_role(args: argparse.Namespace) -> int:
    name = auth.normalise_username(args.name)
    code = _change(audit.USER_ROLE, auth.set_role, name, args.role, target=name, role=args.role)
    if code == EXIT_OK:
        print(f"Peran {name} sekarang {args.role}")
    return code


def _passwd(args: argparse.Namespace) -> int:
    name = auth.normalise_username(args.name)
    if auth.get_account(name) is None:
        return _refused(auth.AccountError("users.err_missing", name=name))
    try:
        password = _read_password(args.password_stdin)
    except auth.AccountError as exc:
        return _refused(exc)
    code = _change(audit.USER_PASSWORD, auth.set_password, name, password, target=name)
    if code == EXIT_OK:
        print(f"Kata sandi {name} diganti")
    return code


def _disable(args: argparse.Namespace) -> int:
    name = auth.normalise_username(args.name)
    code = _change(audit.USER_DISABLE, auth.set_disabled, name, True, target=name)
    if code == EXIT_OK:
        print(f"Akun {name} dinonaktifkan")
    return code


def _enable(args: argparse.Namespace) -> int:
    name = auth.normalise_username(args.name)
    code = _change(audit.USER_ENABLE, auth.set_disabled, name, False, target=name)
    if code == EXIT_OK:
        print(f"Akun {name} aktif kembali")
    return code
