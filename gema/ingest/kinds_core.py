"""The built-in kinds of upload: posts, feedback, accounts and campaigns, with their fields,
header synonyms and the export formats they recognise. Registered in the kind registry of
gema/ingest/fields.py (loaded first among its PLUGIN_MODULES, so they are listed first)."""

from __future__ import annotations

from gema.ingest.fields import (
    Field,
    FieldType,
    KindSpec,
    LoadContext,
    Signature,
    register_kind,
    register_type,
)

# Kecamatan and desa/kelurahan names or Kemendagri codes, kept as written; they place a row in
# its kab/kota when the kab/kota is missing (gema/ingest/regionmap.py, after validation). A
# disagreement with the row's kab/kota is reported with the `check_key` message.
for _area in ("kecamatan", "desa"):
    register_type(
        FieldType(_area, "gema_text", "VARCHAR", "", check_key="region.err.conflict")
    )

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
    transaction as the load (imported here: gema.sentimen is heavy and imports the store)."""
    from gema.sentimen import label_feedback

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
        Field(
            "kecamatan",
            "kecamatan",
            synonyms=(
                "kecamatan",
                "kec",
                "nama kecamatan",
                "kecamatan kejadian",
                "kecamatan lokasi",
                "lokasi kecamatan",
                "id kecamatan",
                "kode kecamatan",
                "kd kecamatan",
                "kd kec",
                "district",
                "district id",
                "district name",
            ),
        ),
        Field(
            "desa",
            "desa",
            synonyms=(
                "desa",
                "kelurahan",
                "desa kelurahan",
                "kelurahan desa",
                "kel desa",
                "desa kel",
                "nama desa",
                "nama kelurahan",
                "desa kejadian",
                "kelurahan kejadian",
                "id desa",
                "kode desa",
                "id kelurahan",
                "kode kelurahan",
                "id desa kelurahan",
                "kd desa",
                "village",
                "village id",
                "village name",
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

    store.execute(ctx.conn, "kreator/record_followers", batch_id=ctx.batch_id)


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
