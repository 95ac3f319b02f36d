"""The Users page (admin): list, add, change role, disable/enable, reset password, remove; every
change audited, no password shown or stored in clear, no self-lock-out."""

from __future__ import annotations

from gema.core import auth

SECRET = "Sandi-Pengguna-4821!"


def _button(at, label):
    return next(b for b in at.button if b.label == label)


def _rows(db_file):
    from gema.core import store

    c = store.shared_connection(db_file).cursor()
    return c.execute(
        "SELECT action, username, CAST(detail AS VARCHAR) FROM audit_log ORDER BY audit_id"
    ).fetchall()


def test_admin_manages_users(app_for, db_file, users_file):
    auth.create_account("uji-admin", SECRET, "admin")
    auth.create_account("budi", SECRET, "staf")
    at = app_for("pages/pengguna.py", role="admin")
    assert not at.exception
    table = at.dataframe[0].value
    assert table["Nama pengguna"].tolist() == ["budi", "uji-admin"]
    assert "$argon2" not in table.to_string()

    # add
    at.text_input(key="users_add_name").input("Citra")
    at.selectbox(key="users_add_role").set_value("pimpinan")
    at.text_input(key="users_add_pw1").input(SECRET)
    at.text_input(key="users_add_pw2").input(SECRET)
    _button(at, "Tambah pengguna").click().run()
    assert not at.exception
    assert auth.get_account("citra").role == "pimpinan"
    assert any("citra" in s.value for s in at.success)

    # a mismatch is refused
    at.text_input(key="users_add_name").input("dedi")
    at.text_input(key="users_add_pw1").input(SECRET)
    at.text_input(key="users_add_pw2").input(SECRET + "x")
    _button(at, "Tambah pengguna").click().run()
    assert auth.get_account("dedi") is None and at.error

    # change role, disable, enable, reset password, remove
    at.selectbox(key="users_pick").set_value("budi").run()
    at.selectbox(key="users_role_budi").set_value("admin")
    _button(at, "Simpan peran").click().run()
    assert auth.get_account("budi").role == "admin"
    _button(at, "Nonaktifkan akun").click().run()
    assert auth.get_account("budi").disabled
    _button(at, "Aktifkan kembali").click().run()
    assert not auth.get_account("budi").disabled
    at.text_input(key="users_reset_pw1").input(SECRET + "-baru")
    at.text_input(key="users_reset_pw2").input(SECRET + "-baru")
    _button(at, "Simpan kata sandi baru").click().run()
    assert auth.verify("budi", SECRET + "-baru") and not auth.verify("budi", SECRET)
    assert _button(at, "Hapus akun").disabled  # needs the confirmation first
    at.checkbox(key="users_sure_budi").check().run()
    _button(at, "Hapus akun").click().run()
    assert auth.get_account("budi") is None

    rows = _rows(db_file)
    assert [r[0] for r in rows] == [
        "user_add",
        "user_role",
        "user_disable",
        "user_enable",
        "user_password",
        "user_remove",
    ]
    assert all(r[1] == "uji-admin" for r in rows)
    for text in (str(rows), users_file.read_text()):
        assert SECRET not in text


def test_admin_cannot_lock_themselves_out(app_for, db_file, users_file):
    auth.create_account("uji-admin", SECRET, "admin")
    at = app_for("pages/pengguna.py", role="admin")
    at.selectbox(key="users_pick").set_value("uji-admin").run()
    _button(at, "Nonaktifkan akun").click().run()
    assert not auth.get_account("uji-admin").disabled
    assert any("akun Anda sendiri" in e.value for e in at.error)


def test_users_page_refuses_other_roles(app_for, db_file, users_file):
    auth.create_account("uji-admin", SECRET, "admin")
    for role in ("pimpinan", "staf"):
        at = app_for(role=role)
        try:
            at.switch_page("pages/pengguna.py")
        except ValueError:
            continue  # not in this role's navigation
        raise AssertionError(f"{role} can open the Users page")
