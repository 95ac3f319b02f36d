"""Unggah data: upload an export, check the mapping, resolve kab/kota, preview, load; history, undo
and templates. Logic lives in gema.ingest (prepare/import_file/undo_batch) and gema.ingest.review."""

import hashlib

import streamlit as st

from gema import ingest, ui
from gema.ingest import recaps as skm_recap
from gema.ingest import review
from gema.ingest.read import ReadError
from gema.ui import i18n

FILE_KEY = "ingest_file"  # review.stored_file: survives page switches (not a widget key)
RESULT_KEY = "ingest_last_result"
EDITS_KEY = "ingest_edits"  # {file hash:kind:preset: mapping, constants, kab/kota choices}
SESSION_KEY = "ingest_session"  # {bytes hash:name: UploadSession}: the file is read once

ui.require_role("staf", "admin")  # also refuses when reached by URL (issue 6)
ui.page_header("nav.unggah", "ingest.page.caption")
lang, conn, user = ui.lang(), ui.conn(), ui.current_user() or {}
kinds = ingest.kinds()

kind_list = list(kinds)
kept_kind = st.session_state.get("ingest_kind_kept")  # widget state is dropped on a page switch
kind = st.selectbox(
    ui.t("ingest.page.kind"),
    kind_list,
    index=kind_list.index(kept_kind) if kept_kind in kinds else 0,
    format_func=lambda k: ui.t(kinds[k].label_key),
    key="ingest_kind",
)
st.session_state["ingest_kind_kept"] = kind

if RESULT_KEY in st.session_state:
    st.success(st.session_state.pop(RESULT_KEY), icon=":material/check_circle:")

stored = st.session_state.get(FILE_KEY)
if stored is None:
    nonce = st.session_state.get("ingest_uploader_nonce", 0)
    upload = st.file_uploader(
        ui.t("ingest.page.file"), type=["csv", "tsv", "txt", "xlsx"], key=f"ingest_up_{nonce}"
    )
    if upload is not None:
        st.session_state[FILE_KEY] = review.stored_file(upload.name, upload.getvalue())
        st.rerun()  # from now on the bytes live in the session, not in the widget
    else:
        ui.empty_state("ingest.page.empty")

if stored is not None:
    head = st.columns([4, 1])
    head[0].text(
        ui.t(
            "ingest.page.current_file",
            name=stored["name"],
            size=i18n.fmt_int(len(stored["bytes"])) + " B",
        )
    )
    if head[1].button(ui.t("ingest.page.clear_file"), key="ingest_clear"):
        review.discard(stored["name"], stored["bytes"], stored.get("sha256"))
        st.session_state.pop(FILE_KEY, None)
        st.session_state.pop(SESSION_KEY, None)
        st.session_state.pop(EDITS_KEY, None)
        st.session_state["ingest_uploader_nonce"] = (
            st.session_state.get("ingest_uploader_nonce", 0) + 1
        )
        st.rerun()
    # one UploadSession per upload: read once, every rerun and "Muat" validate from that read
    upload = review.upload_session(
        st.session_state.setdefault(SESSION_KEY, {}),
        stored["name"],
        stored["bytes"],
        stored.get("sha256"),
    )
    path = upload.file_path()
    presets = {p.name: p for p in ingest.list_presets(conn, kind)}
    preset_list = [None, *presets]
    kept_preset = st.session_state.get("ingest_preset_kept")
    preset = st.selectbox(
        ui.t("ingest.page.preset"),
        preset_list,
        index=preset_list.index(kept_preset) if kept_preset in presets else 0,
        format_func=lambda p: ui.t("ingest.page.no_preset") if p is None else p,
        key="ingest_preset",
    )
    st.session_state["ingest_preset_kept"] = preset
    sheets = review.sheet_options(upload, kind)
    sheet = None
    if sheets:
        sheet = st.selectbox(
            ui.t("ingest.page.sheet"),
            sheets,
            format_func=lambda o: review.sheet_label(o, lang),
            key="ingest_sheet",
        )
    read_sheet = next((s for s in sheets[1:] if s != review.ALL_SHEETS), None)
    read_sheet = read_sheet if sheet == review.ALL_SHEETS else sheet
    if sheet == review.ALL_SHEETS:
        st.caption(ui.t("ingest.page.sheet_all_help", sheet=read_sheet))
    try:
        base_key = ("ingest_base", path.as_posix(), kind, preset, read_sheet)
        base = st.session_state.get("ingest_base")
        if base is None or base[0] != base_key:
            bar = st.progress(0.0)  # the first preview reads and checks the whole file
            prepared = ingest.prepare(
                conn, kind, upload, stored["name"], preset=preset, sheet=read_sheet, lang=lang,
                progress=lambda p: bar.progress(p.fraction, text=review.progress_text(p, lang)),
            )  # fmt: skip
            bar.empty()
            base = (base_key, prepared)
            st.session_state["ingest_base"] = base
        base_prep = base[1]
        base_id = hashlib.sha1(repr(base_key).encode()).hexdigest()[:12]
    except (ReadError, ingest.IngestError) as exc:
        with st.container(border=True):
            st.text(ui.t("ingest.page.read_error", message=str(exc)))
        st.stop()

    # Widget state is dropped when the user visits another page; the edits are kept here, per
    # file (hash), kind and preset, and seed the widgets again when they are drawn afresh.
    edits = review.saved_edits(st.session_state.setdefault(EDITS_KEY, {}), path, kind, preset)
    if f"ingest_map_{edits['editor']}" not in st.session_state:
        edits["editor"] = review.editor_id(base_id, edits.get("mapping"))
    editor_key = edits["editor"]

    columns = list(base_prep.raw.columns)
    for note in base_prep.notes:
        st.text(note)

    st.subheader(ui.t("ingest.page.mapping"))
    st.caption(ui.t("ingest.page.mapping_help"))
    options = review.field_options(kind, columns, lang)
    edited = st.data_editor(
        review.mapping_frame(base_prep, lang, edits.get("mapping")),
        column_config={
            "source": st.column_config.TextColumn(ui.t("ingest.page.col.source"), disabled=True),
            "field": st.column_config.SelectboxColumn(
                ui.t("ingest.page.col.field"), options=list(options), required=True
            ),
            "example": st.column_config.TextColumn(ui.t("ingest.page.col.example"), disabled=True),
        },
        hide_index=True,
        width="stretch",
        key=f"ingest_map_{editor_key}",
    )
    mapping = review.mapping_from_frame(edited, kind, columns, lang)
    edits["mapping"] = mapping

    mapped = {f for f in mapping.values() if f != "-"}
    wanted = review.constant_fields(kind, columns, mapped)
    constants: dict[str, str] = {}
    if wanted:
        st.subheader(ui.t("ingest.page.constants"))
        cols = st.columns(min(len(wanted), 4))
        offered = review.year_offer(kind, stored["name"], wanted)
        if "year" in wanted:
            st.caption(ui.t("ad.page.year_help"))
        for i, fname in enumerate(wanted):
            label = review.constant_label(base_prep, fname, lang)
            default = edits["constants"].get(fname, base_prep.constants.get(fname, ""))
            const_key = f"ingest_const_{kind}_{fname}_{editor_key}"
            value = cols[i % len(cols)].text_input(
                label,
                value=default,
                key=const_key,
                placeholder=str(offered) if fname == "year" and offered else None,
            )
            if fname == "year" and offered and not value.strip():
                cols[i % len(cols)].button(
                    ui.t("ad.page.use_year", year=offered),
                    key=f"ingest_use_year_{editor_key}",
                    on_click=lambda k=const_key, y=offered: st.session_state.update({k: str(y)}),
                )
            edits["constants"][fname] = value  # kept even when emptied on purpose
            if value.strip():
                constants[fname] = value.strip()

    dayfirst = None
    if any(o.ambiguous for o in base_prep.date_orders.values()):
        order = st.radio(
            ui.t("ingest.page.date_order"),
            ["dmy", "mdy"],
            format_func=lambda o: ui.t(f"ingest.page.{o}"),
            horizontal=True,
            key="ingest_date_order",
        )
        dayfirst = order == "dmy"

    # kab/kota decisions: one selectbox per value; their state (kept by key across reruns) is read
    # before preparing, so the table follows whatever column is mapped to kab/kota
    rc_prefix = f"ingest_rc_{base_id}_"
    rc_index: dict[str, str] = st.session_state.setdefault("ingest_rc_index", {})
    region_labels = review.region_options(lang)
    region_choices: dict[str, str] = edits["regions"]
    for key, value in rc_index.items():
        if key.startswith(rc_prefix) and key in st.session_state:
            if chosen := region_labels.get(st.session_state[key], ""):
                region_choices[value] = chosen
            else:
                region_choices.pop(value, None)

    shown = review.preview_constants(kind, sheet, sheets, mapped, constants)
    try:
        prep = ingest.prepare(
            conn, kind, upload, stored["name"], mapping=mapping, constants=shown,
            regions=region_choices, dayfirst=dayfirst, sheet=read_sheet, lang=lang,
        )  # fmt: skip
    except (ReadError, ingest.IngestError) as exc:
        with st.container(border=True):
            st.text(str(exc))
        st.stop()

    region_table = review.region_frame(prep, lang)
    if not region_table.empty:
        st.subheader(ui.t("ingest.page.regions"))
        st.caption(ui.t("ingest.page.regions_help"))
        for value, n, status in zip(
            region_table["value"], region_table["rows"], region_table["status"], strict=True
        ):
            key = rc_prefix + hashlib.sha1(str(value).encode()).hexdigest()[:12]
            rc_index[key] = str(value)
            row = st.columns([3, 2], vertical_alignment="center")  # stacks on a phone
            row[0].text(review.region_line(str(value), int(n), status, lang))
            row[1].selectbox(
                ui.t("ingest.page.col.choice"),
                list(region_labels),
                index=review.region_index(region_labels, region_choices.get(str(value))),
                key=key,
                label_visibility="collapsed",
            )

    st.subheader(ui.t("ingest.page.preview"))
    st.markdown(
        ui.t(
            "ingest.page.summary",
            read=i18n.fmt_int(prep.rows_read),
            valid=i18n.fmt_int(max(prep.rows_valid, 0) if prep.staged else 0),
            rejected=i18n.fmt_int(prep.rows_rejected),
            duplicate=i18n.fmt_int(prep.rows_duplicate),
        )
    )
    if prep.problems or prep.errors:
        st.error(ui.t("ingest.page.problems"), icon=":material/error:")
    bad_rows = review.error_rows(prep)
    if prep.preview is not None:
        styled = prep.preview.style.apply(
            lambda r: ["background-color: #fde2e1" if r["_row"] in bad_rows else "" for _ in r],
            axis=1,
        )
        st.dataframe(
            styled,
            hide_index=True,
            width="stretch",
            column_config={"_row": st.column_config.NumberColumn(ui.t("ingest.page.col.row"))},
        )
    if prep.problems or prep.errors:
        st.markdown(f"**{ui.t('ingest.page.errors')}**")
        messages, more = review.error_messages(prep)
        with st.container(border=True, key="ingest_messages"):
            for message in messages:  # whole messages, wrapped: never cut off
                st.text(message)
            if more:
                st.text(ui.t("ingest.cli.more_errors", n=i18n.fmt_int(more)))
        with st.expander(ui.t("ingest.page.errors_table")):
            ui.text_table(review.errors_frame(prep, lang))

    skip_invalid = False
    if prep.staged and (prep.rows_rejected or prep.unresolved_regions):
        skip_invalid = st.checkbox(ui.t("ingest.page.skip_invalid"), key="ingest_skip")
        st.download_button(
            ui.t("ingest.page.download_rejected"),
            review.rejected_csv(prep),
            file_name=f"ditolak-{stored['name']}.csv",
            mime="text/csv",
            key="ingest_rejected_dl",
        )
    if st.button(
        ui.t("ingest.page.load"),
        type="primary",
        disabled=not prep.can_load(skip_invalid),
        key="ingest_load",
    ):
        if sheet == review.ALL_SHEETS:  # every sheet its own batch (recaps: name = period)
            done, _notes = skm_recap.import_recap(
                conn, path, stored["name"], sheet=skm_recap.ALL_SHEETS, mapping=mapping,
                constants=constants, regions_chosen=region_choices, skip_invalid=skip_invalid,
                user=ui.username(), lang=lang,
            )  # fmt: skip
            last_sheet, result = done[-1]
            loaded_all = bool(done) and all(r.loaded for _, r in done)
            if result.refusal:  # earlier sheets stay loaded, each its own batch (undo below)
                result.refusal = f"{ui.t('recap.cli.sheet', sheet=last_sheet)} {result.refusal}"
            message = ui.t(
                "ingest.page.loaded_sheets",
                n=len(done),
                batches=", ".join(str(r.batch_id) for _, r in done if r.loaded),
                loaded=i18n.fmt_int(sum(r.rows_loaded for _, r in done)),
            )
        else:
            bar = st.progress(0.0)
            result = ingest.import_file(
                conn, kind, upload, stored["name"], mapping=mapping, constants=constants,
                regions=region_choices, dayfirst=dayfirst, skip_invalid=skip_invalid,
                sheet=read_sheet, user=ui.username(), lang=lang,
                progress=lambda p: bar.progress(p.fraction, text=review.progress_text(p, lang)),
            )  # fmt: skip
            bar.empty()
            loaded_all = result.loaded
            message = ui.t(
                "ingest.page.loaded",
                batch=result.batch_id,
                loaded=i18n.fmt_int(result.rows_loaded),
                duplicate=i18n.fmt_int(result.rows_duplicate),
                rejected=i18n.fmt_int(result.rows_rejected),
            )
        if loaded_all:
            # the spooled copy is not kept
            review.discard(stored["name"], stored["bytes"], stored.get("sha256"))
            st.session_state[RESULT_KEY] = message
            st.session_state.pop(FILE_KEY, None)
            st.session_state.pop(SESSION_KEY, None)
            st.session_state.pop("ingest_base", None)
            st.session_state.pop(EDITS_KEY, None)
            st.session_state["ingest_uploader_nonce"] = (
                st.session_state.get("ingest_uploader_nonce", 0) + 1
            )
            st.rerun()
        with st.container(border=True):
            st.text(result.refusal or "")

    with st.expander(ui.t("ingest.page.save_preset")):
        name = st.text_input(ui.t("ingest.page.preset"), key="ingest_preset_name")
        if st.button(
            ui.t("ingest.page.save_preset"), key="ingest_preset_save", disabled=not name.strip()
        ):
            ingest.save_preset(conn, name.strip(), kind, mapping, constants, user=ui.username())
            st.text(ui.t("ingest.cli.preset_saved", name=name.strip()))

st.divider()
st.subheader(ui.t("ingest.page.history"))
batches = ingest.list_batches(conn)
if batches.empty:
    ui.empty_state("ingest.page.history_empty")
else:
    ui.text_table(review.history_frame(batches, lang))
    loaded = batches[batches["status"] == "loaded"]
    if user.get("role") != "admin":
        st.caption(ui.t("ingest.page.undo_admin_only"))
    elif not loaded.empty:
        with st.expander(ui.t("ingest.page.undo")):
            labels = {
                int(r.batch_id): f"{r.batch_id} · {r.kind} · {r.file_name}"
                for r in loaded.itertuples(index=False)
            }
            batch_id = st.selectbox(
                ui.t("ingest.page.undo_pick"),
                list(labels),
                format_func=labels.get,
                key="ingest_undo_pick",
            )
            sure = st.checkbox(ui.t("ingest.page.undo_confirm"), key="ingest_undo_sure")
            if st.button(ui.t("ingest.page.undo"), disabled=not sure, key="ingest_undo"):
                undone = ingest.undo(conn, batch_id, ui.username(), lang)
                message = ui.t("ingest.page.undone", batch=batch_id)
                if undone.kept_total:
                    message += " " + ui.t("rel.undo_kept", n=i18n.fmt_int(undone.kept_total))
                st.session_state[RESULT_KEY] = message
                st.rerun()

st.divider()
st.subheader(ui.t("ingest.page.templates"))
st.caption(ui.t("ingest.page.templates_help"))
for k, spec in kinds.items():
    row = st.columns([3, 1, 1])
    row[0].markdown(ui.t(spec.label_key))
    row[1].download_button(
        "CSV",
        ingest.template_csv(k),
        file_name=f"templat-{k}.csv",
        mime="text/csv",
        key=f"tpl_csv_{k}",
    )
    row[2].download_button(
        "XLSX",
        ingest.template_xlsx(k),
        file_name=f"templat-{k}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"tpl_xlsx_{k}",
    )
