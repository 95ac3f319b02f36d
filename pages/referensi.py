"""Data referensi (admin): the regions table (population with source and year, area) and the
boundary file of the map (which file is in use, its attribution, a validated replacement)."""

from __future__ import annotations

import streamlit as st

from gema import referensi as reference
from gema import ui
from gema.admin import audit
from gema.peta import boundaries as geo
from gema.peta import data as mapmetrics
from gema.ui import KODE_NAMA, i18n

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
ui.phone_hint("rep.table.phone_edit")
edited = st.data_editor(
    reference.editor_frame(regions, columns),
    key=EDITOR_KEY,
    hide_index=True,
    num_rows="fixed",
    width="stretch",
    disabled=["kode", "nama", "updated_by", "updated_at"],
    column_config={
        "kode": st.column_config.TextColumn(ui.t("ref.col.kode"), width="small"),
        "nama": st.column_config.TextColumn(ui.t("ref.col.nama"), pinned=True),
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
# Two steps, as `python -m gema boundaries check` / `use`: the file is matched and its table
# shown first (with a choice for every ambiguous or unknown name), then saved.
upload = st.file_uploader(ui.t("ref.upload_file"), type=["geojson", "json"], key="ref_geo_file")
if upload is not None:
    raw = upload.getvalue()
    choices = {
        name: value
        for name, value in st.session_state.get("ref_geo_choices", {}).items()
        if value is not None
    }
    _geojson, problem, check = geo.check_file(raw, upload.name, choices)
    if check is None:
        st.error(
            ui.md_escape(
                ui.t("ref.upload_refused", message=problem.message(lang) if problem else "?")
            ),
            icon=":material/error:",
        )
    else:
        st.markdown(f"**{ui.t('ref.match.title')}**")
        ui.text_table(ui.boundary_match_frame(check))
        if check.missing:
            st.warning(
                ui.t("ref.match.missing", names=", ".join(KODE_NAMA[k] for k in check.missing)),
                icon=":material/map:",
            )
        if check.repaired:
            st.caption(ui.t("ref.match.repaired"))
            ui.text_table(ui.boundary_repair_frame(check))
        picked: dict[str, str | None] = {}
        waiting = [f for f in check.features if f.status in ("ambiguous", "unknown")]
        waiting += [f for f in check.features if f.status == "chosen"]
        options = [None, *KODE_NAMA, "-"]
        for i, feat in enumerate(waiting):
            if feat.name in picked:
                continue
            picked[feat.name] = st.selectbox(
                ui.t("ref.match.choose", name=feat.name),
                options,
                index=options.index(choices.get(feat.name)) if feat.name in choices else 0,
                format_func=lambda k: (
                    ui.t("ref.match.choose_none")
                    if k is None
                    else ui.t("ref.match.outside")
                    if k == "-"
                    else f"{k} {KODE_NAMA[k]}"
                ),
                key=f"ref_geo_pick_{i}",
            )
        if picked != {k: v for k, v in choices.items() if k in picked} and any(
            v is not None for v in picked.values()
        ):
            st.session_state["ref_geo_choices"] = picked
            st.rerun()
        if problem is None:
            st.success(ui.t("ref.match.ok", n=len(check.matched)), icon=":material/check_circle:")
        with st.form("ref_boundary_upload", clear_on_submit=False):
            attribution = st.text_area(
                ui.t("ref.upload_attribution"), value=bounds.attribution or ""
            )
            submitted = st.form_submit_button(
                ui.t("ref.upload_save"), icon=":material/upload_file:", disabled=problem is not None
            )
        if submitted:
            saved = geo.save_upload(raw, attribution, choices=choices)
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
                    matched=sorted(check.matched),
                    missing=check.missing,
                )
                st.session_state.pop("ref_geo_choices", None)
                st.session_state[FLASH_KEY] = ui.t(
                    "ref.upload_saved",
                    path=reference.short_path(saved.path),
                    sha=saved.sha256[:12],
                )
                st.rerun()
            elif saved.problem is not None:
                st.error(
                    ui.md_escape(ui.t("ref.upload_refused", message=saved.problem.message(lang))),
                    icon=":material/error:",
                )
        elif problem is not None:
            st.error(
                ui.md_escape(ui.t("ref.upload_refused", message=problem.message(lang))),
                icon=":material/error:",
            )
