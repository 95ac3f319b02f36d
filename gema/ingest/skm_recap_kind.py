"""The SKM recap kind ('skm_recap'): one row per service unit and period with the NRR of every
unsur, as units publish them (issue 11). Shares the unsur detection and value types of
gema/ingest/skm.py; registered through fields.PLUGIN_MODULES after it."""

from __future__ import annotations

import json

from gema.core import store
from gema.ingest.fields import Field, KindSpec, LoadContext, register_kind
from gema.ingest.skm import (
    _KABKOTA,
    _UNIT,
    ANY_UNSUR,
    _detect,
    _stage_unsur_names,
    _unsur_fields,
)
from gema.kepuasan import ikm


def load_recaps(ctx: LoadContext) -> int:
    """Write one skm_recaps row per staged row per unsur; weighted NRR (NRR x bobot, or NRR x
    1/n when every value of the row is at most 1) is turned back into NRR. Rows without any
    unsur value ('-' for a unit not surveyed) are skipped, and the batch notes say so and which
    reading of the values was assumed. Returns the uploaded rows (unit-periods) loaded, as the
    import contract counts rows of the file."""
    _stage_unsur_names(ctx)
    store.execute(ctx.conn, "skm/load_recaps", batch_id=ctx.batch_id)
    _recap_notes(ctx)
    return int(store.scalar(ctx.conn, "skm/recap_rows_loaded"))


def _recap_notes(ctx: LoadContext) -> None:
    """Append to the batch notes: the reading assumed (weighted NRR or NRR) and every row
    skipped for having no unsur value, naming its unit (issue 11)."""
    from gema.core import i18n

    conn = ctx.conn
    notes = json.loads(store.scalar(conn, "skm/batch_notes_get", batch_id=ctx.batch_id) or "[]")
    given = store.run(conn, "skm/recap_nrr_given", batch_id=ctx.batch_id)
    for r in given.itertuples(index=False):
        notes.append(
            i18n.t(
                f"skm.note.assumed.{r.nrr_given}",
                rows=i18n.fmt_int(r.rows),
                n=int(r.n_unsur),
                weights=str(r.weights or ""),
            )
        )
    skipped = store.run(conn, "skm/recap_skipped")
    for r in skipped.itertuples(index=False):
        notes.append(i18n.t("skm.note.skipped", row=int(r.row), unit=str(r.unit or "")))
    store.execute(
        conn,
        "skm/batch_notes_set",
        batch_id=ctx.batch_id,
        notes=json.dumps(notes, ensure_ascii=False),
    )


SKM_RECAP = KindSpec(
    name="skm_recap",
    label_key="ikm.kind.skm_recap",
    table="skm_recaps",
    tables=("skm_recaps",),
    required_any=(("period", "period_start"), ANY_UNSUR),
    fields=(
        # not required: the file's own total row has an empty unit (checked by recap_unit)
        Field("unit", "recap_unit", False, (*_UNIT.synonyms, "kecamatan", "nama kecamatan")),
        _KABKOTA,
        Field("row_no", "text", False, ("no", "no urut", "nomor", "nomor urut")),
        Field(
            "period",
            "skm_period",
            False,
            ("periode", "periode survei", "semester", "period", "periode survey"),
        ),
        Field("period_start", "date", False, ("tanggal mulai", "mulai", "awal periode", "dari")),
        Field(
            "period_end", "date", False, ("tanggal selesai", "selesai", "akhir periode", "sampai")
        ),
        Field(  # optional: real recaps often have none ("n tidak diketahui")
            "respondents",
            "count",
            False,
            ("jumlah responden", "responden", "n responden", "respondents", "sampel"),
        ),
        Field(
            "service_users",
            "count",
            False,
            ("jumlah pengguna layanan", "pengguna layanan", "populasi", "service users"),
        ),
        Field(  # the agency's published index: kept and compared, never used as ours
            "ikm",
            "number",
            False,
            (
                "ikm",
                "nilai ikm",
                "indeks",
                "nilai skm",
                "skm",
                "nilai indeks",
                "nilai indeks pelayanan",
                "indeks kepuasan masyarakat",
                "nilai ikm unit pelayanan",
                "ikm unit pelayanan",
                "nilai interval konversi",
            ),
        ),
        Field(
            "published_mutu",
            "text",
            False,
            ("mutu pelayanan", "mutu", "mutu unit pelayanan", "mutu layanan", "nilai mutu"),
        ),
        Field(
            "published_kinerja",
            "text",
            False,
            ("kinerja unit pelayanan", "kinerja", "kinerja pelayanan", "kinerja unit"),
        ),
        Field("weight", "number", False, ("bobot", "penimbang", "weight", "bobot unsur")),
    ),
    dynamic_fields=_unsur_fields("skm_nrr", per_set=True),
    detect=_detect,
    load=load_recaps,
    template_example=(
        {
            "unit": "Samsat Cilegon",
            "kabkota": "Kota Cilegon",
            "period": "Semester I 2024",
            "respondents": "120",
            "service_users": "2400",
            **{code: "3,25" for code in ikm.STANDARD_UNSUR},
            "ikm": "81,25",
        },
    ),
)


register_kind(SKM_RECAP)
