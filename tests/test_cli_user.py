"""`python -m gema user …`: accounts from the command line; the password only from a prompt or
standard input, never an argument, never printed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gema.cli import main
from gema.core import auth, store

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Sandi-Baris-Perintah-5530!"


def _run(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_user_lifecycle(monkeypatch, capsys, users_file, db_file):
    code, out = _run(
        monkeypatch,
        capsys,
        ["user", "add", "Budi", "--role", "staf", "--password-stdin"],
        SECRET + "\n",
    )
    assert code == 0 and "budi" in out
    assert auth.verify("budi", SECRET).role == "staf"
    code, out = _run(monkeypatch, capsys, ["user", "list"])
    assert code == 0 and "budi" in out and "staf" in out and "argon2" not in out
    assert _run(monkeypatch, capsys, ["user", "set-role", "budi", "admin"])[0] == 0
    assert auth.get_account("budi").role == "admin"
    new = SECRET + "-2"
    assert _run(monkeypatch, capsys, ["user", "passwd", "budi", "--password-stdin"], new)[0] == 0
    assert auth.verify("budi", new)
    assert (
        _run(
            monkeypatch,
            capsys,
            ["user", "add", "ani", "--role", "admin", "--password-stdin"],
            SECRET,
        )[0]
        == 0
    )
    assert _run(monkeypatch, capsys, ["user", "disable", "budi"])[0] == 0
    assert auth.verify("budi", new) is None
    assert _run(monkeypatch, capsys, ["user", "enable", "budi"])[0] == 0
    assert _run(monkeypatch, capsys, ["user", "remove", "budi"])[0] == 0
    assert auth.get_account("budi") is None
    c = store.connect(db_file)
    rows = c.execute("SELECT username, action, CAST(detail AS VARCHAR) FROM audit_log").fetchall()
    c.close()
    assert [r[1] for r in rows] == [
        "user_add", "user_role", "user_password", "user_add",
        "user_disable", "user_enable", "user_remove",
    ]  # fmt: skip
    assert all(r[0].startswith("cli") for r in rows)
    assert SECRET not in str(rows) and SECRET not in users_file.read_text()


def test_refusals(monkeypatch, capsys, users_file, db_file):
    code, out = _run(
        monkeypatch,
        capsys,
        ["user", "add", "ani", "--role", "admin", "--password-stdin"],
        "pendek\n",
    )
    assert code == 1 and "minimal" in out and not users_file.exists()
    _run(monkeypatch, capsys, ["user", "add", "ani", "--role", "admin", "--password-stdin"], SECRET)
    code, out = _run(
        monkeypatch, capsys, ["user", "add", "ani", "--role", "staf", "--password-stdin"], SECRET
    )
    assert code == 1 and "sudah dipakai" in out
    code, out = _run(monkeypatch, capsys, ["user", "remove", "ani"])
    assert code == 1 and "admin aktif" in out  # the last admin stays
    assert (
        _run(monkeypatch, capsys, ["user", "add", "x1", "--role", "raja", "--password-stdin"])[0]
        == 2
    )
    assert (
        _run(monkeypatch, capsys, ["user", "passwd", "siapa", "--password-stdin"], SECRET)[0] == 1
    )


def test_password_is_never_an_argument(monkeypatch, capsys, users_file, db_file):
    code, _ = _run(
        monkeypatch, capsys, ["user", "add", "ani", "--role", "admin", "--password", SECRET]
    )
    assert code == 2 and not users_file.exists()
    # without a terminal and without --password-stdin there is nobody to ask: usage error
    code, out = _run(monkeypatch, capsys, ["user", "add", "ani", "--role", "admin"])
    assert code == 2 and "--password-stdin" in out and not users_file.exists()


def test_real_command_keeps_the_password_out_of_its_output(tmp_path):
    env = {
        **os.environ,
        "GEMA_USERS": str(tmp_path / "u.json"),
        "GEMA_DB": str(tmp_path / "g.duckdb"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gema",
            "user",
            "add",
            "kepala",
            "--role",
            "pimpinan",
            "--password-stdin",
        ],
        input=SECRET + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert auth.verify("kepala", SECRET, path=tmp_path / "u.json").role == "pimpinan"


@pytest.mark.parametrize("line_end", ["\n", "\r\n", ""])
def test_stdin_line_endings(monkeypatch, capsys, users_file, db_file, line_end):
    _run(
        monkeypatch,
        capsys,
        ["user", "add", "ani", "--role", "admin", "--password-stdin"],
        SECRET + line_end,
    )
    assert auth.verify("ani", SECRET)
