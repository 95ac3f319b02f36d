"""Feedback rows, staff label corrections, early-warning cards and the follow-up panel."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import streamlit as st

from gema import peringatan, tindak_lanjut, topics
from gema.core import i18n
from gema.core.filters import Filters
from gema.core.regions import KODE_NAMA
from gema.ui.filters import W_DATES, W_KABKOTA, period_widget
from gema.ui.session import FILTERS_KEY, conn, lang, t, username
from gema.ui.signin import is_staff
from gema.ui.widgets import fmt_or_dash, md_escape, pick_table, text_table


def followup_cards(summary: pd.DataFrame) -> None:
    """Follow-up status: open, in progress, done, overdue (> SLA days) as a row of cards."""
    from gema.aspirasi.corrections import STATUSES

    by_status = summary.set_index("status")["feedback"] if len(summary) else pd.Series(dtype=int)
    overdue = int(summary["overdue"].sum()) if len(summary) else 0
    open_rows = summary[~summary["status"].isin(("selesai", "ditolak", "duplikat"))]
    median_age = open_rows["median_age_days"].dropna()
    with st.container(key="gema_kpi_more"):
        grid = st.grid(5, min_column_width=150, gap="small")
        with grid:
            for status in STATUSES:
                st.metric(
                    t(f"dash.status.{status}"),
                    i18n.fmt_int(by_status.get(status, 0)),
                    border=True,
                    help=t(f"dash.status.{status}.help"),
                )
            st.metric(
                t("dash.a.overdue"),
                i18n.fmt_int(overdue),
                border=True,
                help=t("dash.a.overdue.help"),
            )
            st.metric(
                t("dash.a.median_age"),
                t("dash.days", n=i18n.fmt_num(median_age.median(), 0)) if len(median_age) else "—",
                border=True,
                help=t("dash.a.median_age.help"),
            )


def metrics_statuses() -> tuple[str, ...]:
    from gema.aspirasi.corrections import STATUSES

    return STATUSES


def feedback_table(rows: pd.DataFrame) -> int | None:
    """The feedback rows as plain text; staff can select one row to correct it. Returns the
    feedback_key of the selected row, or None."""
    lg = lang()
    if rows.empty:
        st.info(t("common.no_data"), icon=":material/search_off:")
        return None
    # What was said first and widest, then where/what/how it is handled; the date, channel
    # and sender last (they matter less than the text and fit in small columns).
    frame = pd.DataFrame(
        {
            t("dash.col.text"): rows["text"].astype(str),
            t("dash.col.kabkota"): [
                KODE_NAMA.get(k, k) if isinstance(k, str) else t("common.outside_unknown")
                for k in rows["kabkota"]
            ],
            t("dash.col.topic"): [fmt_or_dash(topics.label(v, lang()), str) for v in rows["topic"]],
            t("dash.col.sentiment"): [
                t(f"dash.sent.{v}") if isinstance(v, str) else t("dash.sent.none")
                for v in rows["sentiment"]
            ],
            t("dash.col.status"): [
                t(f"dash.status.{v}") if v in metrics_statuses() else str(v) for v in rows["status"]
            ],
            t("dash.col.age"): [int(v) for v in rows["age_days"]],
            t("dash.col.overdue"): [t("dash.overdue_flag") if v else "" for v in rows["overdue"]],
            t("dash.col.channel"): rows["channel"].astype(str),
            t("dash.col.date"): [i18n.fmt_date(v, lg, short=True) for v in rows["received_at"]],
            t("dash.col.author"): [fmt_or_dash(v, str) for v in rows["author"]],
        }
    )
    st.caption(
        t(
            "dash.a.rows",
            n=i18n.fmt_int(len(rows)),
            total=i18n.fmt_int(rows.attrs.get("matches", len(rows))),
        )
    )
    # pixel widths that fit a 1440 px desktop up to the status column (the rest scrolls)
    widths = {
        "dash.col.text": 400, "dash.col.kabkota": 150, "dash.col.topic": 150,
        "dash.col.sentiment": 72, "dash.col.status": 80, "dash.col.age": 88,
        "dash.col.overdue": 82, "dash.col.channel": 78, "dash.col.date": 92,
        "dash.col.author": 110,
    }  # fmt: skip
    config = {t(k): st.column_config.TextColumn(width=w) for k, w in widths.items()}
    config[t("dash.col.age")] = st.column_config.NumberColumn(width=widths["dash.col.age"])
    if not is_staff():
        text_table(frame, column_config=config)
        return None
    picked = pick_table(frame, key="a_table", pin=t("dash.col.text"), column_config=config)
    return int(rows.iloc[picked[0]]["feedback_key"]) if picked else None


_FLASH = "_gema_correction_flash"


def correction_panel(conn_: duckdb.DuckDBPyConnection, rows: pd.DataFrame, key: int | None) -> None:
    """Staff: correct the sentiment, topic or status of the selected feedback row. Every change
    is kept with who and when (label_corrections + audit) and wins over computed labels."""
    from gema.aspirasi import corrections as metrics

    flash = st.session_state.pop(_FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    if not is_staff():
        st.caption(t("dash.fix.staff_only"))
        return
    if key is None:
        st.caption(t("dash.fix.pick"))
        return
    row = rows[rows["feedback_key"] == key].iloc[0]
    with st.container(border=True):
        st.markdown(f"**{t('dash.fix.title')}**")
        st.text(str(row["text"]))
        topics = metrics.topic_options(conn_)
        current_topic = row["topic"] if isinstance(row["topic"], str) else None
        if current_topic and current_topic not in topics:
            topics.append(current_topic)
        with st.form(f"fix_{key}", border=False):
            c1, c2, c3 = st.columns(3)
            sentiments = list(metrics.SENTIMENTS)
            sent = c1.selectbox(
                t("dash.col.sentiment"),
                sentiments,
                index=sentiments.index(row["sentiment"])
                if row["sentiment"] in sentiments
                else None,
                format_func=lambda s: t(f"dash.sent.{s}"),
                placeholder=t("dash.sent.none"),
            )
            topic = c2.selectbox(
                t("dash.col.topic"),
                topics,
                index=topics.index(current_topic) if current_topic else None,
                accept_new_options=True,
                placeholder=t("dash.no_topic"),
            )
            statuses = list(metrics.CORRECTION_STATUSES)
            if row["status"] not in statuses:  # ditolak/duplikat: changed in the follow-up panel
                statuses.append(str(row["status"]))
            status = c3.selectbox(
                t("dash.col.status"),
                statuses,
                index=statuses.index(row["status"]) if row["status"] in statuses else 0,
                format_func=lambda s: t(f"dash.status.{s}"),
            )
            saved = st.form_submit_button(t("dash.fix.save"), type="primary")
        if saved:
            changed = []
            for field, value in (("sentiment", sent), ("topic", topic), ("status", status)):
                if field == "status" and value == row["status"]:
                    continue
                if value and metrics.correct_label(conn_, key, field, str(value), username()):
                    changed.append(t(f"dash.col.{field}"))
            st.session_state[_FLASH] = (
                t("dash.fix.saved", fields=", ".join(changed))
                if changed
                else t("dash.fix.unchanged")
            )
            # the row may now fall outside the table's filters: drop the positional selection
            # so the panel never shows a different row than the one just corrected
            st.session_state.pop("a_table", None)
            st.rerun()
        history = metrics.correction_history(conn_, key)
        if len(history):
            st.caption(t("dash.fix.history"))
            text_table(
                pd.DataFrame(
                    {
                        t("dash.col.when"): [
                            i18n.fmt_datetime(v, lang()) for v in history["corrected_at"]
                        ],
                        t("dash.col.who"): history["corrected_by"].astype(str),
                        t("dash.col.field"): [t(f"dash.col.{v}") for v in history["field"]],
                        t("dash.col.old"): [fmt_or_dash(v, str) for v in history["old_value"]],
                        t("dash.col.new"): [fmt_or_dash(v, str) for v in history["new_value"]],
                    }
                )
            )


# --- early warning, follow-up, agenda (issue 13) ---------------------------------------------
_ALERT_TOPIC = "a_topic"  # the topic an alert link filters Aspirasi to


_OPEN_ASPIRASI = "_gema_open_aspirasi"


def _open_aspirasi(query: dict[str, str]) -> None:
    """Callback of an alert's link: the shared filters become the alert's day and kab/kota
    (widgets too, so the sidebar agrees) and the table its topic; the page then switches."""
    day = date.fromisoformat(query["dari"])
    st.session_state[period_widget()] = "custom"
    st.session_state[W_DATES] = (day, day)
    st.session_state[W_KABKOTA] = [query["kabkota"]]
    st.session_state[FILTERS_KEY] = Filters(
        period="custom", start=day, end=day, kabkota=(query["kabkota"],)
    )
    st.session_state[_ALERT_TOPIC] = query.get("topik", "")
    st.session_state[_OPEN_ASPIRASI] = True


def alert_topic() -> str:
    """The topic Aspirasi is narrowed to by an alert link ('' = none); from a shared link too."""
    if _ALERT_TOPIC not in st.session_state:
        st.session_state[_ALERT_TOPIC] = str(st.query_params.get("topik", ""))
    return str(st.session_state.get(_ALERT_TOPIC) or "")


def clear_alert_topic() -> None:
    st.session_state[_ALERT_TOPIC] = ""
    if "topik" in st.query_params:
        del st.query_params["topik"]


def alert_cards(
    rows: pd.DataFrame, key: str, manage: bool = False, limit: int | None = None
) -> None:
    """Alerts as cards: the one-sentence explanation, a link to the aspirations behind it and,
    on the Peringatan page, acknowledge/assign for staff."""
    lg = lang()
    shown = rows if limit is None else rows.head(limit)
    for row in shown.to_dict(orient="records"):
        handled = row.get("acknowledged_at") is not None and not pd.isna(row.get("acknowledged_at"))
        with st.container(border=True, key=f"{key}_{row['alert_id']}"):
            icon = ":material/check_circle:" if handled else ":material/warning:"
            st.markdown(f"{icon} {md_escape(peringatan.explain(row, lg))}")
            bits = [i18n.fmt_date(row["date"], lg)]
            if handled:
                bits.append(t("alerts.ack_by", who=row["acknowledged_by"]))
            if row.get("assigned_to"):
                bits.append(t("alerts.assigned", who=row["assigned_to"]))
            c1, c2 = st.columns([3, 2], vertical_alignment="center")
            c1.caption(" · ".join(str(b) for b in bits))
            if c2.button(
                t("alerts.open"),
                key=f"{key}_open_{row['alert_id']}",
                icon=":material/forum:",
                on_click=_open_aspirasi,
                args=(peringatan.aspirasi_query(row),),
            ):
                pass
            if manage and is_staff():
                with (
                    st.expander(t("alerts.handle")),
                    st.form(f"{key}_ack_{row['alert_id']}", border=False),
                ):
                    who = st.text_input(t("alerts.assign_to"), value=row.get("assigned_to") or "")
                    note = st.text_input(t("alerts.note"), value=row.get("note") or "")
                    if st.form_submit_button(t("alerts.ack"), type="primary"):
                        peringatan.acknowledge(conn(), int(row["alert_id"]), username(), who, note)
                        st.rerun()
    if len(rows) > len(shown):
        st.caption(t("alerts.more", n=i18n.fmt_int(len(rows) - len(shown))))
    if st.session_state.pop(_OPEN_ASPIRASI, False):
        st.switch_page("pages/aspirasi.py")


def opd_table(df: pd.DataFrame) -> None:
    """Who is late: per OPD open, overdue, median days to close (plain text table)."""
    if df.empty:
        st.info(t("common.no_data"), icon=":material/search_off:")
        return
    frame = tindak_lanjut.opd_frame(df, lang())
    text_table(frame)


def followup_panel(conn_: duckdb.DuckDBPyConnection, key: int | None) -> None:
    """Staff: move the selected aspiration through the follow-up states (OPD suggested from the
    routing table and confirmed here, reason for ditolak, original for duplikat), group its
    near-duplicates, and see its history."""
    if key is None or not is_staff():
        return
    current = tindak_lanjut.state(conn_, key)
    if current is None:
        return
    lg = lang()
    src = current["status"] if current["status"] in tindak_lanjut.STATES else "baru"
    with st.container(border=True, key="gema_followup"):
        st.markdown(f"**{t('fu.title')}** · {t(f'dash.status.{src}')}")
        if current.get("opd"):
            st.caption(t("fu.opd_confirmed", opd=current["opd"], who=current.get("opd_by") or "—"))
        elif current.get("suggested_opd"):
            st.caption(t("fu.opd_suggested", opd=current["suggested_opd"]))
        if current.get("reject_reason"):
            st.caption(t("fu.reason_is", reason=current["reject_reason"]))
        if current.get("duplicate_of"):
            st.caption(t("fu.duplicate_is", key=int(current["duplicate_of"])))
        choices = list(tindak_lanjut.TRANSITIONS[src])
        with st.form(f"fu_{key}", border=False):
            c1, c2 = st.columns(2)
            to = c1.selectbox(
                t("fu.to"), choices, format_func=lambda s: t(f"dash.status.{s}"), key=f"fu_to_{key}"
            )
            opd = c2.text_input(
                t("fu.opd"), value=current.get("opd") or current.get("suggested_opd") or "",
                help=t("fu.opd.help"),
            )  # fmt: skip
            reason = st.text_input(t("fu.reason"), help=t("fu.reason.help"))
            dup = st.number_input(
                t("fu.duplicate_of"), min_value=0, step=1, value=0, help=t("fu.duplicate_of.help")
            )
            if st.form_submit_button(t("fu.save"), type="primary"):
                try:
                    tindak_lanjut.transition(
                        conn_, key, to, username(),
                        opd=opd if to == "diteruskan" else None,
                        reason=reason, duplicate_of=int(dup) or None,
                    )  # fmt: skip
                except tindak_lanjut.FollowupError as exc:
                    st.error(t("fu.refused", why=str(exc)), icon=":material/block:")
                else:
                    st.session_state[_FLASH] = t("fu.saved", state=t(f"dash.status.{to}"))
                    st.session_state.pop("a_table", None)
                    st.rerun()
        similar = tindak_lanjut.near_duplicates(conn_, key)
        if len(similar):
            st.caption(t("fu.similar", n=i18n.fmt_int(len(similar))))
            text_table(tindak_lanjut.similar_frame(similar, lg))
            if st.button(t("fu.group", n=i18n.fmt_int(len(similar))), key=f"fu_group_{key}"):
                n = tindak_lanjut.close_group(
                    conn_, key, similar["feedback_key"].tolist(), username()
                )
                st.session_state[_FLASH] = t("fu.grouped", n=i18n.fmt_int(n))
                st.session_state.pop("a_table", None)
                st.rerun()
        hist = tindak_lanjut.history(conn_, key)
        if len(hist):
            st.caption(t("fu.history"))
            text_table(tindak_lanjut.history_frame(hist, lg))
