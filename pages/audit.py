"""Jejak audit (admin): read-only list of audited events, filtered by user, action and date."""

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from gema import ui
from gema.admin import audit
from gema.ui import i18n

ui.require_role("admin")
t = ui.t
ui.page_header("audit.title", "audit.caption")
conn = ui.conn()


def _action_label(action: str) -> str:
    key = f"audit.action.{action}"
    return t(key) if key in i18n.CATALOG else action


today = date.today()
c1, c2, c3 = st.columns([1, 1, 1])
users = c1.multiselect(
    t("audit.f_user"),
    audit.usernames(conn),
    format_func=lambda u: u or t("audit.no_user"),
    placeholder=t("filter.all"),
    key="audit_users",
)
actions = c2.multiselect(
    t("audit.f_action"),
    audit.actions(conn),
    format_func=_action_label,
    placeholder=t("filter.all"),
    key="audit_actions",
)
picked = c3.date_input(
    t("audit.f_dates"),
    value=(today - timedelta(days=30), today),
    format="DD/MM/YYYY",
    key="audit_dates",
)
start, end = (picked[0], picked[-1]) if isinstance(picked, tuple) and picked else (None, None)

events = audit.events(conn, users, actions, start, end)
if events.empty:
    ui.empty_state("audit.empty")
else:
    total = audit.count(conn, users, actions, start, end)
    st.caption(t("audit.showing", n=i18n.fmt_int(len(events)), total=i18n.fmt_int(total)))
    table = pd.DataFrame(
        {
            t("audit.col_time"): [i18n.fmt_datetime(v, ui.lang()) for v in events["occurred_at"]],
            t("audit.col_user"): [u or t("audit.no_user") for u in events["username"]],
            t("audit.col_action"): [_action_label(a) for a in events["action"]],
            t("audit.col_detail"): [audit.detail_text(d, ui.lang()) for d in events["detail"]],
        }
    )
    ui.text_table(table)
    st.download_button(
        t("common.download_csv"),
        events.to_csv(index=False).encode("utf-8-sig"),
        file_name=f"jejak-audit-{today.isoformat()}.csv",
        mime="text/csv",
        icon=":material/download:",
    )
