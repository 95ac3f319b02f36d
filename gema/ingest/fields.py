"""Kinds of upload, their canonical fields, value types and header synonyms: the kind registry.

A *kind* (posts, feedback, accounts, campaigns, skm, skm_recap) is a `KindSpec`. The pipeline
(gema/ingest/pipeline.py) only ever talks to the spec, so a new kind plugs in from its own module
with `register_kind(spec)` and, if it needs a value type of its own (e.g. SKM answer labels),
`register_type(FieldType(...))`. See gema/ingest/__init__.py for the extension contract.

Value types are DuckDB SQL expression templates, so normalisation stays vectorised:
`{v}` is the raw VARCHAR expression of the source column (or the bound constant) and, for dates,
`{dayfirst}` is the literal `true`/`false`/`NULL` chosen from the column's detected date order.
A value is *invalid* when it is not blank (`gema_blank`) and the expression gives NULL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import duckdb


@dataclass(frozen=True)
class FieldType:
    """How one value type is normalised in SQL and explained when it is wrong.

    expr: SQL template over `{v}` (raw VARCHAR) giving the typed value, NULL when blank/invalid.
    check: optional SQL template over `{t}` (the typed value) that is TRUE for a wrong value
           that did parse (e.g. a negative count).
    message_key / check_key: i18n keys (section ingest) for the row error; they receive
           {column}, {value} and {field}.
    sql_type: the DuckDB type of the staged column.
    """

    name: str
    expr: str
    sql_type: str
    message_key: str
    check: str | None = None
    check_key: str | None = None


_TYPES: dict[str, FieldType] = {}


def register_type(ftype: FieldType) -> None:
    """Add or replace a value type (plug-in modules such as gema/ingest/skm.py use this)."""
    _TYPES[ftype.name] = ftype


def get_type(name: str) -> FieldType:
    return _TYPES[name]


for _t in (
    FieldType("text", "gema_text({v})", "VARCHAR", ""),
    FieldType("id", "gema_id({v})", "VARCHAR", ""),
    FieldType(
        "count",
        "TRY_CAST(round(gema_num({v})) AS BIGINT)",
        "BIGINT",
        "ingest.err.number",
        check="{t} < 0",
        check_key="ingest.err.negative",
    ),
    FieldType(
        "money",
        "TRY_CAST(round(gema_num({v})) AS BIGINT)",
        "BIGINT",
        "ingest.err.number",
        check="{t} < 0",
        check_key="ingest.err.negative",
    ),
    FieldType("number", "gema_num({v})", "DOUBLE", "ingest.err.number"),
    FieldType("timestamp", "gema_ts({v}, {dayfirst})", "TIMESTAMP", "ingest.err.date"),
    FieldType("date", "CAST(gema_ts({v}, {dayfirst}) AS DATE)", "DATE", "ingest.err.date"),
    FieldType("platform", "gema_platform({v})", "VARCHAR", ""),
    FieldType("channel", "gema_channel({v})", "VARCHAR", ""),
    FieldType("handle", "gema_handle({v})", "VARCHAR", ""),
    FieldType("sentiment", "gema_sentiment({v})", "VARCHAR", "ingest.err.sentiment"),
    FieldType("status", "gema_status({v})", "VARCHAR", "ingest.err.status"),
    FieldType("bool", "gema_bool({v})", "BOOLEAN", "ingest.err.bool"),
    FieldType("account_type", "gema_account_type({v})", "VARCHAR", "ingest.err.account_type"),
    # app-store stars / complaint ratings 1..5 ('4', '4,0', '4 bintang'); issue 11
    FieldType(
        "rating",
        "TRY_CAST(gema_num(regexp_replace({v}, '(?i)\\s*(bintang|stars?|/ ?5)\\s*$', '')) AS DOUBLE)",
        "DOUBLE",
        "fb.err.rating",
        check="{t} < 1 OR {t} > 5",
        check_key="fb.err.rating",
    ),
    # a point: 'LatLng(-7.03, 113.77)', '-7.03,113.77' (issue 11)
    FieldType("point", "gema_point({v})", "STRUCT(lat DOUBLE, lon DOUBLE)", "fb.err.point"),
    # Region types are resolved through gema/regions.py over DISTINCT values and joined in;
    # their expr is unused (the pipeline special-cases them), the message is for unresolved values.
    FieldType("kabkota", "", "VARCHAR", "ingest.err.region"),
    FieldType("kabkota_list", "", "VARCHAR[]", "ingest.err.region"),
):
    register_type(_t)

DATE_TYPES = ("timestamp", "date")
REGION_TYPES = ("kabkota", "kabkota_list")


@dataclass(frozen=True)
class Field:
    """One canonical field of a kind. Synonyms are compared after `mapping.normalise_header`
    (lower case, accents and punctuation removed), so write them in any spelling."""

    name: str
    type: str = "text"
    required: bool = False
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """A known export format recognised by its headers: when all `headers` are present, the
    `constants` are suggested (never override what the user mapped or set)."""

    name: str
    headers: tuple[str, ...]
    constants: dict[str, str] = field(default_factory=dict)


@dataclass
class LoadContext:
    """What a load hook gets. The staged rows to load are in the TEMP view `ingest_valid`
    (every field of the kind as a typed column, plus `_row` and `extra` JSON); rejected and
    duplicate rows are already removed."""

    conn: duckdb.DuckDBPyConnection
    kind: str
    batch_id: int
    fields: tuple[Field, ...]
    mapping: dict[str, str]
    user: str


@dataclass
class KindSpec:
    """One kind of upload.

    name: the CLI KIND (`posts`, `feedback`, …); label_key: i18n key shown in the UI.
    table: the main table (rows_loaded counts rows there); tables: every table a batch of this
        kind writes (undo deletes `WHERE batch_id = $batch_id` from each).
    fields: the canonical fields; required_any: groups of which at least one must be mapped/set.
    dynamic_fields(columns) -> extra fields that depend on the headers (SKM unsur U1…Un).
    detect(columns) -> {source column: field} for columns the synonym matcher cannot know
        (e.g. unsur columns matched by name); applied after the synonym matcher, before presets.
    duplicates_query: named query that creates TEMP table `ingest_dup(_row BIGINT)` from
        `ingest_stage` (rows with `NOT _bad`, i.e. not in `ingest_rejected`) and the existing
        table; None = no dedup.
    load_query: named query `INSERT … SELECT … FROM ingest_valid` with `$batch_id`.
    load(ctx) -> rows loaded: a Python hook used instead of load_query (several tables, e.g. SKM).
    after_load(ctx): runs in the same transaction after loading (feedback: sentiment labels).
    signatures: recognised export formats and the constants they imply.
    """

    name: str
    label_key: str
    table: str
    fields: tuple[Field, ...]
    tables: tuple[str, ...] = ()
    required_any: tuple[tuple[str, ...], ...] = ()
    natural_key: tuple[str, ...] = ()
    duplicates_query: str | None = None
    load_query: str | None = None
    dynamic_fields: Callable[[Sequence[str]], Sequence[Field]] | None = None
    detect: Callable[[Sequence[str]], dict[str, str]] | None = None
    load: Callable[[LoadContext], int] | None = None
    after_load: Callable[[LoadContext], Any] | None = None
    signatures: tuple[Signature, ...] = ()
    template_example: tuple[dict[str, str], ...] = ()

    def all_fields(self, columns: Sequence[str] = ()) -> tuple[Field, ...]:
        """Static fields plus the header-dependent ones."""
        extra = tuple(self.dynamic_fields(columns)) if self.dynamic_fields else ()
        names = {f.name for f in self.fields}
        return self.fields + tuple(f for f in extra if f.name not in names)

    def batch_tables(self) -> tuple[str, ...]:
        return self.tables or (self.table,)


_KINDS: dict[str, KindSpec] = {}
PLUGIN_MODULES = (
    "gema.ingest.skm",
    "gema.ingest.account_daily",
    "gema.agenda",  # kind `events` (issue 13)
)  # imported on first lookup so they can register kinds


def register_kind(spec: KindSpec) -> None:
    """Add or replace a kind (idempotent, so a plug-in module may be re-imported)."""
    _KINDS[spec.name] = spec


def _load_plugins() -> None:
    import importlib

    for module in PLUGIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # the plug-in has not landed (yet): core kinds only
            if exc.name != module:
                raise


def kinds() -> dict[str, KindSpec]:
    """Every registered kind, plug-ins included."""
    _load_plugins()
    return dict(_KINDS)


def get_kind(name: str) -> KindSpec:
    """The spec of a kind; KeyError for an unknown one."""
    found = kinds().get(name)
    if found is None:
        raise KeyError(name)
    return found


# --- built-in kinds ----------------------------------------------------------------------------
METRICS = ("views", "impressions", "reach", "likes", "comments", "shares", "saves")

POSTS = KindSpec(
    name="posts",
    label_key="ingest.kind.posts",
    table="posts",
    natural_key=("platform", "post_id|url"),
    duplicates_query="ingest/duplicates_posts",
    load_query="ingest/load_posts",
    required_any=(METRICS,),
    fields=(
        Field("platform", "platform", True, ("platform", "media sosial", "medsos", "sosmed")),
        Field(
            "account",
            "handle",
            # the username (handle) before the display name: Meta's Indonesian export has both
            # 'Nama pengguna akun' (username) and 'Nama akun' (display name)
            synonyms=(
                "nama pengguna akun",
                "username akun",
                "akun",
                "account",
                "username",
                "account username",
                "nama pengguna",
                "handle",
                "channel",
                "page name",
                "nama akun",
                "akun instagram",
            ),
        ),
        Field("campaign", synonyms=("kampanye", "campaign", "program", "campaign name")),
        Field(
            "published_at",
            "timestamp",
            True,
            (
                "tanggal",
                "tanggal tayang",
                "tanggal unggah",
                "tanggal posting",
                "waktu dipublikasikan",
                "tanggal dipublikasikan",
                "waktu publikasi",
                "tanggal publikasi",
                "waktu diposting",
                "waktu tayang",
                "waktu unggah",
                "publish time",
                "published",
                "published at",
                "publish date",
                "date published",
                "video publish time",
                "post time",
                "posted",
                "posted at",
                "created at",
                "created_at",
                "time",
                "date",
                "waktu",
            ),
        ),
        Field(
            "kabkota",
            "kabkota",
            synonyms=(
                "kab kota",
                "kabupaten kota",
                "kabkota",
                "wilayah",
                "lokasi",
                "daerah",
                "sasaran",
                "target kab kota",
                "region",
                "kode wilayah",
            ),
        ),
        Field(
            "post_id",
            "id",
            synonyms=(
                "post id",
                "id konten",
                "id postingan",
                "id post",
                "content",
                "video id",
                "tweet id",
                "post id x",
                "id str",
                "media id",
                "id",
            ),
        ),
        Field(
            "url",
            synonyms=(
                "url",
                "tautan",
                "link",
                "permalink",
                "video link",
                "post link",
                "tautan permanen",
                "tweet permalink",
                "tweet url",
                "tautan konten",
            ),
        ),
        Field(
            "title",
            synonyms=(
                "judul",
                "title",
                "video title",
                "caption",
                "keterangan",
                "description",
                "deskripsi",
                "post text",
                "tweet text",
                "full text",
                "teks",
            ),
        ),
        Field(
            "views",
            "count",
            synonyms=(
                "views",
                "tayangan",
                "penayangan",
                "jumlah tayangan",
                "video views",
                "total views",
                "plays",
                "video plays",
                "ditonton",
                "media views",
            ),
        ),
        Field("impressions", "count", synonyms=("impressions", "impresi", "tayangan impresi")),
        Field(
            "reach",
            "count",
            synonyms=("reach", "jangkauan", "accounts reached", "akun terjangkau"),
        ),
        Field(
            "likes",
            "count",
            synonyms=(
                "likes",
                "like",
                "suka",
                "jumlah suka",
                "total likes",
                "reactions",
                "favorite count",
                "favorites",
            ),
        ),
        Field(
            "comments",
            "count",
            synonyms=(
                "comments",
                "komentar",
                "jumlah komentar",
                "total comments",
                "comments added",
                "replies",
                "reply count",
            ),
        ),
        Field(
            "shares",
            "count",
            synonyms=(
                "shares",
                "share",
                "dibagikan",
                "bagikan",
                "total shares",
                "retweets",
                "reposts",
                "retweet count",
            ),
        ),
        Field(
            "saves",
            "count",
            synonyms=("saves", "disimpan", "simpan", "bookmarks", "total saves", "saved"),
        ),
        Field(
            "cost",
            "money",
            synonyms=(
                "cost",
                "biaya",
                "biaya rp",
                "anggaran",
                "amount spent",
                "amount spent idr",
                "spend",
                "jumlah yang dibelanjakan",
            ),
        ),
    ),
    signatures=(
        Signature("YouTube Studio", ("video title", "video publish time"), {"platform": "YouTube"}),
        Signature("TikTok Studio", ("video title", "post time"), {"platform": "TikTok"}),
        Signature("TikTok Studio", ("video link", "total likes"), {"platform": "TikTok"}),
        Signature(
            "Meta Business Suite (Instagram)", ("account username",), {"platform": "Instagram"}
        ),
        Signature("Meta Business Suite (Facebook)", ("page name",), {"platform": "Facebook"}),
        Signature("X analytics", ("tweet id", "tweet permalink"), {"platform": "X"}),
        Signature("X analytics", ("post id", "post link", "reposts"), {"platform": "X"}),
        Signature("tweet-harvest", ("id str", "full text", "favorite count"), {"platform": "X"}),
    ),
)


def label_feedback_after_load(ctx: LoadContext) -> None:
    """Fill computed sentiment/topic for the batch's rows that came without them, in the same
    transaction as the load (imported here: gema.sentiment is heavy and imports the store)."""
    from gema.sentiment import label_feedback

    label_feedback(ctx.conn, batch_id=ctx.batch_id)


FEEDBACK = KindSpec(
    name="feedback",
    label_key="ingest.kind.feedback",
    table="feedback",
    natural_key=("channel", "feedback_id"),
    duplicates_query="ingest/duplicates_feedback",
    load_query="ingest/load_feedback",
    after_load=label_feedback_after_load,
    fields=(
        Field(
            "received_at",
            "timestamp",
            True,
            (
                "tanggal",
                "tanggal diterima",
                "waktu",
                "tanggal laporan",
                "waktu laporan",
                "tanggal pengaduan",
                "timestamp",
                "stempel waktu",
                "created at",
                "created_at",
                "date",
                "time",
                "received at",
                "tanggal masuk",
                "at",
                "review date",
                "tanggal ulasan",
                "waktu kejadian",
                "tanggal kejadian",
                "waktu lapor",
            ),
        ),
        Field(
            "channel",
            "channel",
            True,
            (
                "kanal",
                "channel",
                "sumber",
                "saluran",
                "media",
                "platform",
                "source",
                "sumber laporan",
            ),
        ),
        Field(
            "kabkota",
            "kabkota",
            synonyms=(
                "kab kota",
                "kabupaten kota",
                "kabkota",
                "wilayah",
                "lokasi kejadian",
                "lokasi laporan",
                "daerah",
                "domisili",
                "region",
                "kode wilayah",
                "lokasi",
                "alamat",
            ),
        ),
        Field("topic", synonyms=("topik", "topic", "kategori", "category", "tema", "isu")),
        Field(
            "text",
            "text",
            True,
            (
                "isi",
                "teks",
                "text",
                "aspirasi",
                "isi laporan",
                "isi aduan",
                "isi pengaduan",
                "komentar",
                "comment",
                "pesan",
                "message",
                "full text",
                "saran",
                "masukan",
                "keluhan",
                "uraian",
                "content",
                "review text",
                "review teks",
                "teks ulasan",
                "ulasan",
                "isi ulasan",
                "review",
                "catatan",
                "keterangan kejadian",
                "uraian kejadian",
                "deskripsi",
            ),
        ),
        Field(
            "author",
            synonyms=(
                "nama",
                "pengirim",
                "author",
                "username",
                "nama pelapor",
                "pelapor",
                "user",
                "akun",
                "nama lengkap",
                "screen name",
                "user name",
                "nama pengulas",
            ),
        ),
        Field(
            "author_type",
            synonyms=("jenis pengirim", "author type", "tipe pengirim", "kategori pengirim"),
        ),
        Field(
            "author_location",
            synonyms=("lokasi pengirim", "author location", "user location", "location"),
        ),
        Field("sentiment", "sentiment", synonyms=("sentimen", "sentiment", "label sentimen")),
        Field(
            "status",
            "status",
            synonyms=("status", "status tindak lanjut", "tindak lanjut", "status laporan"),
        ),
        Field(
            "feedback_id",
            "id",
            synonyms=(
                "id",
                "id str",
                "tweet id",
                "comment id",
                "id komentar",
                "nomor tiket",
                "no tiket",
                "tracking id",
                "id laporan",
                "nomor laporan",
                "no laporan",
                "kode laporan",
                "reviewid",
                "review id",
                "id ulasan",
                "id kejadian",
                "no kejadian",
            ),
        ),
        Field(
            "post_id",
            "id",
            synonyms=("conversation id str", "id konten", "post id", "video id", "media id"),
        ),
        Field(
            "rating",
            "rating",
            synonyms=("rating", "score", "skor", "bintang", "nilai", "star rating", "penilaian"),
        ),
        Field(
            "point",
            "point",
            synonyms=(
                "koordinat",
                "titik lokasi",
                "titik koordinat",
                "latlng",
                "lat lng",
                "lat long",
                "latitude longitude",
                "posisi",
                "geolocation",
                "location point",
                "lokasi gps",
                "gps",
                "lokasi",  # last: a 'Lokasi' column is the kab/kota when there is no other
            ),
        ),
    ),
    signatures=(
        Signature("tweet-harvest", ("id str", "full text", "favorite count"), {"channel": "X"}),
        Signature("LAPOR!", ("nomor tiket",), {"channel": "LAPOR!"}),
        Signature("LAPOR!", ("no tiket",), {"channel": "LAPOR!"}),
        Signature("LAPOR!", ("tracking id",), {"channel": "LAPOR!"}),
        Signature("Google Play", ("reviewid", "content", "score"), {"channel": "Google Play"}),
        Signature(
            "Log kejadian 112", ("no kejadian", "waktu kejadian"), {"channel": "Call Center 112"}
        ),
        Signature("Google Play", ("reviewid",), {"channel": "Google Play"}),
        Signature("Google Forms", ("stempel waktu",), {"channel": "Survei"}),
        Signature("Google Forms", ("timestamp",), {"channel": "Survei"}),
    ),
)


def record_followers_after_load(ctx: LoadContext) -> None:
    """Every accounts upload is a dated follower snapshot (issue 14), in the load transaction."""
    from gema.core import store

    store.execute(ctx.conn, "creators/record_followers", batch_id=ctx.batch_id)


ACCOUNTS = KindSpec(
    name="accounts",
    label_key="ingest.kind.accounts",
    table="accounts",
    tables=("accounts", "account_followers"),  # undo also removes the follower snapshot
    after_load=record_followers_after_load,
    natural_key=("platform", "handle"),
    duplicates_query="ingest/duplicates_accounts",
    load_query="ingest/load_accounts",
    fields=(
        Field("platform", "platform", True, ("platform", "media sosial", "medsos")),
        Field(
            "handle",
            "handle",
            True,
            ("akun", "handle", "username", "nama pengguna", "account", "url akun", "tautan akun"),
        ),
        Field("display_name", synonyms=("nama", "nama akun", "display name", "name", "pemilik")),
        Field(
            "account_type",
            "account_type",
            synonyms=("jenis", "jenis akun", "tipe", "kategori", "account type", "type"),
        ),
        Field(
            "followers",
            "count",
            synonyms=("pengikut", "followers", "jumlah pengikut", "subscribers", "pelanggan"),
        ),
        Field(
            "kabkota",
            "kabkota",
            synonyms=("kab kota", "kabupaten kota", "kabkota", "domisili", "wilayah", "asal"),
        ),
        Field("is_icn", "bool", synonyms=("icn", "anggota icn", "is icn", "icn member")),
        Field(  # the date the follower counts were true (issue 14); blank = the upload date
            "as_of",
            "date",
            synonyms=("per tanggal", "tanggal data", "tanggal pengikut", "as of", "snapshot date"),
        ),
    ),
)

CAMPAIGNS = KindSpec(
    name="campaigns",
    label_key="ingest.kind.campaigns",
    table="campaigns",
    natural_key=("name",),
    duplicates_query="ingest/duplicates_campaigns",
    load_query="ingest/load_campaigns",
    fields=(
        Field("name", "text", True, ("nama", "nama kampanye", "kampanye", "campaign", "name")),
        Field("theme", synonyms=("tema", "program", "theme", "programme")),
        Field("opd", synonyms=("opd", "perangkat daerah", "dinas", "pemilik", "owner")),
        Field("start_date", "date", synonyms=("mulai", "tanggal mulai", "start", "start date")),
        Field("end_date", "date", synonyms=("selesai", "tanggal selesai", "end", "end date")),
        Field(
            "target_kabkota",
            "kabkota_list",
            synonyms=("sasaran", "kab kota sasaran", "target kab kota", "wilayah", "kabkota"),
        ),
        Field("budget", "money", synonyms=("anggaran", "budget", "pagu", "biaya", "anggaran rp")),
    ),
)

for _k in (POSTS, FEEDBACK, ACCOUNTS, CAMPAIGNS):
    register_kind(_k)
