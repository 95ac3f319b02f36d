"""The import kind `events` (CSV/XLSX: tanggal, judul, kab/kota, jenis, catatan), registered
with the ingest pipeline when `gema.agenda` is imported (gema.ingest.fields.PLUGIN_MODULES)."""

from __future__ import annotations

from gema.ingest.fields import Field, FieldType, KindSpec, register_kind, register_type

register_type(FieldType("event_kind", "gema_event_kind", "VARCHAR", "ingest.err.event_kind"))

EVENTS = KindSpec(
    name="events",
    label_key="ingest.kind.events",
    table="events",
    natural_key=("date", "title", "kabkota"),
    duplicates_query="ingest/duplicates_events",
    load_query="ingest/load_events",
    fields=(
        Field("date", "date", True, ("tanggal", "tgl", "date", "hari", "tanggal acara", "waktu")),
        Field(
            "title",
            "text",
            True,
            ("judul", "acara", "kegiatan", "nama kegiatan", "title", "agenda"),
        ),
        Field(
            "kabkota",
            "kabkota",
            synonyms=("kab kota", "kabupaten kota", "kabkota", "wilayah", "lokasi", "daerah"),
        ),
        Field(
            "kind", "event_kind", synonyms=("jenis", "jenis kegiatan", "kategori", "kind", "type")
        ),
        Field("note", synonyms=("catatan", "keterangan", "note", "notes", "deskripsi")),
    ),
    template_example=(
        {
            "date": "2024-07-15",
            "title": "Kunjungan kerja Gubernur ke Rangkasbitung",
            "kabkota": "Kab. Lebak",
            "kind": "kunjungan",
            "note": "",
        },
    ),  # fmt: skip
)
register_kind(EVENTS)
