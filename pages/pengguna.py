"""Pengguna (admin): list accounts, add, change role, disable/enable, reset password, remove."""

import pandas as pd
import streamlit as st

from gema import ui
from gema.admin import auth
from gema.ui import i18n

me = ui.require_role("admin")
t = ui.t
ui.page_header("users.title", "users.caption")

flash = st.session_state.pop("_users_flash", None)
if flash:
    st.success(flash, icon=":material/check_circle:")
if ui.oidc_active():
    st.info(t("users.oidc_note"), icon=":material/key:")


def _done(message: str) -> None:
    """Show `message` after the rerun that redraws the table with the change."""
    st.session_state["_users_flash"] = message
    st.rerun()


def _apply(op: str, target: str, **kwargs: str) -> bool:
    try:
        auth.manage(ui.conn(), me["username"], op, target, **kwargs)
    except auth.AccountError as exc:
        params = {k: ui.md_escape(str(v)) for k, v in exc.params.items()}
        st.error(t(exc.key, **params), icon=":material/error:")
        return False
    return True


accounts = auth.list_accounts()
if accounts:
    st.caption(t("users.count", n=i18n.fmt_int(len(accounts))))
    ui.text_table(
        pd.DataFrame(
            {
                t("users.col_username"): [a.username for a in accounts],
                t("users.col_role"): [ui.role_label(a.role) for a in accounts],
                t("users.col_status"): [
                    t("users.status_disabled" if a.disabled else "users.status_active")
                    for a in accounts
                ],
                t("users.col_created"): [
                    i18n.fmt_datetime(a.created_at or None, ui.lang()) for a in accounts
                ],
                t("users.col_updated"): [
                    i18n.fmt_datetime(a.updated_at or None, ui.lang()) for a in accounts
                ],
            }
        )
    )
else:
    ui.empty_state("users.empty")
st.caption(t("users.roles_help"))
st.caption(t("users.file", path=str(auth.users_path())))

add_col, edit_col = st.columns(2, gap="large")

with add_col, st.form("users_add", clear_on_submit=True):
    st.subheader(t("users.add_title"), anchor=False)
    new_name = st.text_input(t("access.username"), autocomplete="off", key="users_add_name")
    new_role = st.selectbox(
        t("users.col_role"), auth.ROLES, format_func=ui.role_label, key="users_add_role"
    )
    pw1 = st.text_input(
        t("access.password"), type="password", autocomplete="new-password", key="users_add_pw1"
    )
    pw2 = st.text_input(
        t("access.password_again"),
        type="password",
        autocomplete="new-password",
        key="users_add_pw2",
    )
    st.caption(t("users.err_password_short", n=auth.MIN_PASSWORD))
    if st.form_submit_button(t("users.add_submit"), type="primary", icon=":material/person_add:"):
        if (pw1 or "") != (pw2 or ""):
            st.error(t("access.mismatch"))
        elif _apply("add", new_name or "", role=new_role, password=pw1 or ""):
            name = ui.md_escape(auth.normalise_username(new_name or ""))
            _done(t("users.added", name=name, role=ui.role_label(new_role)))

with edit_col:
    st.subheader(t("users.manage_title"), anchor=False)
    names = [a.username for a in accounts]
    if names:
        picked = st.selectbox(t("users.pick"), names, key="users_pick")
        account = next(a for a in accounts if a.username == picked)
        shown = ui.md_escape(picked)
        with st.form("users_role"):
            role = st.selectbox(
                t("users.new_role"),
                auth.ROLES,
                index=auth.ROLES.index(account.role),
                format_func=ui.role_label,
                key=f"users_role_{picked}",
            )
            if st.form_submit_button(t("users.role_submit")) and _apply("role", picked, role=role):
                _done(t("users.role_changed", name=shown, role=ui.role_label(role)))
        with st.form("users_password", clear_on_submit=True):
            st.markdown(f"**{t('users.reset_title')}**")
            r1 = st.text_input(
                t("users.new_password"),
                type="password",
                autocomplete="new-password",
                key="users_reset_pw1",
            )
            r2 = st.text_input(
                t("access.password_again"),
                type="password",
                autocomplete="new-password",
                key="users_reset_pw2",
            )
            if st.form_submit_button(t("users.reset_submit"), icon=":material/key:"):
                if (r1 or "") != (r2 or ""):
                    st.error(t("access.mismatch"))
                elif _apply("password", picked, password=r1 or ""):
                    _done(t("users.reset_done", name=shown))
        left, right = st.columns(2)
        if account.disabled:
            if left.button(t("users.enable"), icon=":material/person_check:") and _apply(
                "enable", picked
            ):
                _done(t("users.enabled_msg", name=shown))
        elif left.button(t("users.disable"), icon=":material/person_off:") and _apply(
            "disable", picked
        ):
            _done(t("users.disabled_msg", name=shown))
        sure = right.checkbox(t("users.remove_confirm"), key=f"users_sure_{picked}")
        if right.button(
            t("users.remove"), icon=":material/delete:", disabled=not sure, type="primary"
        ) and _apply("remove", picked):
            _done(t("users.removed", name=shown))
