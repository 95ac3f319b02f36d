"""Data referensi (admin): the regions table (population with source and year, area) and the
boundary file of the map (which file is in use, its attribution, a validated replacement)."""

from __future__ import annotations

import streamlit as st

from gema import audit, geo, i18n, mapmetrics, reference, ui

EDITOR_KEY = "ref_regions"
FLASH_KEY = "ref_flash"

user = ui.require_role("admin")
lang = ui.lang()
ui.page_header("nav.referensi", "ref.caption")
conn = ui.conn()

flash = st.session_state.pop(FLASH_KEY, None)
if flash:
    st.success(ui.md_escape(flash), icon=":material/check_circle:")

# --- regions reference table ---------------------------------------------------------------------
st.subheader(ui.t("ref.regions"))
st.caption(ui.t("ref.regions_help"))
regions = mapmetrics.regions(conn)
# the numbers first (population, year, area), then their long source texts
columns = ["kode", "nama", *reference.EDITOR_ORDER, "updated_by", "updated_at"]
edited = st.data_editor(
    reference.editor_frame(regions, columns),
    key=EDITOR_KEY,
    hide_index=True,
    num_rows="fixed",
    width="stretch",
    disabled=["kode", "nama", "updated_by", "updated_at"],
    column_config={
        "kode": st.column_config.TextColumn(ui.t("ref.col.kode"), width="small"),
        "nama": st.column_config.TextColumn(ui.t("ref.col.nama")),
        "population": st.column_config.NumberColumn(
            ui.t("ref.col.population"), min_value=1, step=1, format=reference.POPULATION_FORMAT
        ),
        "population_source": st.column_config.TextColumn(
            ui.t("ref.col.population_source"), width="large", max_chars=300
        ),
        "population_year": st.column_config.NumberColumn(
            ui.t("ref.col.population_year"), min_value=1961, max_value=2100, step=1, format="%d"
        ),
        "area_km2": st.column_config.NumberColumn(
            ui.t("ref.col.area_km2"),
            min_value=0.0,
            step=0.1,
            format=reference.AREA_FORMAT,
            help=ui.t("ref.col.area_help"),
        ),
        "area_source": st.column_config.TextColumn(
            ui.t("ref.col.area_source"), width="large", max_chars=300
        ),
        "updated_by": st.column_config.TextColumn(ui.t("ref.col.updated_by")),
        "updated_at": st.column_config.DatetimeColumn(
            ui.t("ref.col.updated_at"), format="D MMM YYYY HH:mm"
        ),
    },
)
if st.button(ui.t("ref.save"), type="primary", icon=":material/save:", key="ref_save"):
    result = reference.update_regions(conn, edited, user["username"], lang)
    if result.errors:
        for message in result.errors:
            st.error(ui.md_escape(message), icon=":material/error:")
    elif result.changed:
        st.session_state[FLASH_KEY] = ui.t("ref.saved", n=len(result.changed))
        st.session_state.pop(EDITOR_KEY, None)
        st.rerun()
    else:
        st.info(ui.t("ref.nothing"))

# --- boundary file -----------------------------------------------------------------------------
st.subheader(ui.t("ref.boundary"))
bounds = geo.boundaries()
if bounds.path is not None:
    origin = ui.t(f"ref.boundary_origin.{bounds.origin}", var=geo.ENV_VAR)
    shown = reference.short_path(bounds.path)
    st.markdown(ui.md_escape(ui.t("ref.boundary_in_use", path=shown) + f" ({origin})"))
if bounds.ok:
    st.success(ui.t("ref.boundary_ok"), icon=":material/check_circle:")
    st.caption(
        ui.t(
            "ref.boundary_facts",
            n=len(bounds.kodes),
            kb=i18n.fmt_num(bounds.size_bytes / 1024, 0),
            sha=bounds.sha256[:12],
        )
    )
    if bounds.attribution:
        st.caption(ui.md_escape(bounds.attribution))
    elif bounds.path is not None:
        st.caption(
            ui.md_escape(ui.t("map.attribution_missing", path=reference.short_path(bounds.path)))
        )
else:
    st.error(ui.md_escape(bounds.message(lang)), icon=":material/map:")
if bounds.origin == "env":
    st.warning(
        ui.md_escape(
            ui.t(
                "ref.boundary_env_note",
                var=geo.ENV_VAR,
                target=reference.short_path(geo.upload_target()),
            )
        )
    )

st.markdown(f"**{ui.t('ref.upload')}**")
st.caption(ui.t("ref.upload_help"))
with st.form("ref_boundary_upload", clear_on_submit=False):
    upload = st.file_uploader(ui.t("ref.upload_file"), type=["geojson", "json"])
    attribution = st.text_area(ui.t("ref.upload_attribution"), value=bounds.attribution or "")
    submitted = st.form_submit_button(ui.t("ref.upload_save"), icon=":material/upload_file:")
if submitted:
    if upload is None:
        st.warning(ui.t("ref.upload_choose"))
    else:
        saved = geo.save_upload(upload.getvalue(), attribution)
        if saved.ok and saved.path is not None:
            audit.record(
                conn,
                user["username"],
                "boundary_upload",
                file_name=upload.name,
                path=str(saved.path),
                sha256=saved.sha256,
                size_bytes=saved.size_bytes,
                attribution=attribution.strip(),
            )
            st.session_state[FLASH_KEY] = ui.t(
                "ref.upload_saved", path=reference.short_path(saved.path), sha=saved.sha256[:12]
            )
            st.rerun()
        elif saved.problem is not None:
            st.error(
                ui.md_escape(ui.t("ref.upload_refused", message=saved.problem.message(lang))),
                icon=":material/error:",
            )
