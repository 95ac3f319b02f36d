-- 020_ingest_macros: value normalisers used by the importer's staging SELECT (gema/ingest).
-- Each takes the raw VARCHAR and gives the canonical value, or NULL when blank or not understood
-- (the importer reports "not blank but NULL" as a row error). Vectorised: plain SQL, no Python.

-- Text cells: trimmed, NULL when blank. Most cells are long and carry no outer spaces: they are
-- returned as they are, without copying; only the rest pays for trim and gema_blank's regex.
CREATE OR REPLACE MACRO gema_text(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 6 AND NOT starts_with(s, ' ') AND NOT ends_with(s, ' ') THEN s
         WHEN gema_blank(s) THEN NULL
         ELSE nullif(trim(s), '') END
);

-- Exact-string ids: trimmed; a float rendering of a whole number ('1777.0') loses its '.0'.
CREATE OR REPLACE MACRO gema_id(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 2 AND NOT contains(s, '.') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ') THEN s
         WHEN trim(s) IN ('', '-', '--') THEN NULL
         WHEN contains(s, '.') THEN regexp_replace(trim(s), '^([0-9]+)\.0+$', '\1')
         ELSE trim(s) END
);

-- Platform names: 'instagram', 'IG' → 'Instagram'; unknown names are kept as written (trimmed).
CREATE OR REPLACE MACRO gema_platform_key(k) AS (
    CASE
        WHEN k IN ('instagram', 'ig', 'insta', 'instagramreels', 'reels', 'igreels') THEN 'Instagram'
        WHEN k IN ('tiktok', 'tt', 'tiktokstudio') THEN 'TikTok'
        WHEN k IN ('youtube', 'yt', 'youtubestudio', 'youtubeshorts', 'shorts') THEN 'YouTube'
        WHEN k IN ('twitter', 'x', 'xcom', 'twitterx', 'xtwitter', 'tweet') THEN 'X'
        WHEN k IN ('facebook', 'fb', 'meta', 'facebookpage') THEN 'Facebook'
        WHEN k IN ('threads') THEN 'Threads'
        WHEN k IN ('whatsapp', 'wa', 'whatsappgroup', 'wag') THEN 'WhatsApp'
        WHEN k IN ('lapor', 'laporgoid', 'sp4nlapor', 'span lapor') THEN 'LAPOR!'
        WHEN k IN ('fgd', 'focusgroupdiscussion', 'diskusi') THEN 'FGD'
        WHEN k IN ('survei', 'survey', 'skm', 'kuesioner', 'googleforms', 'googleform', 'gform') THEN 'Survei'
        WHEN k IN ('website', 'web', 'situs') THEN 'Website'
        WHEN k IN ('email', 'surel', 'surat') THEN 'Surat/Email'
        WHEN k IN ('telepon', 'phone', 'callcenter', 'hotline') THEN 'Telepon'
        WHEN k IN ('media', 'mediamassa', 'berita', 'news') THEN 'Media massa'
        ELSE NULL END
);
CREATE OR REPLACE MACRO gema_platform(s) AS (
    CASE WHEN gema_blank(s) THEN NULL
         ELSE coalesce(gema_platform_key(regexp_replace(lower(s), '[^a-z0-9]', '', 'g')), trim(s)) END
);
CREATE OR REPLACE MACRO gema_channel(s) AS gema_platform(s);

-- Handles: '@Dinkes.Banten', 'https://www.instagram.com/dinkes.banten/' → 'dinkes.banten'.
CREATE OR REPLACE MACRO gema_handle(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 4 AND NOT contains(s, '/') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ') THEN lower(ltrim(s, '@'))
         WHEN lower(trim(s)) IN ('', '-', '--', '–', '—', 'n/a', '#n/a', 'null', 'nan') THEN NULL
         WHEN NOT contains(s, '/') THEN nullif(lower(ltrim(trim(s), '@')), '')
         ELSE nullif(lower(ltrim(regexp_replace(trim(s),
              '^(https?://)?(www\.|m\.)?[a-z]+\.[a-z.]+/(channel/|c/|user/)?@?([^/?#]+).*$', '\4'), '@')), '')
    END
);

CREATE OR REPLACE MACRO gema_sentiment(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN lower(trim(s)) IN ('positif', 'positive', 'pos', 'p', '+', '1', 'baik', 'senang') THEN 'positif'
        WHEN lower(trim(s)) IN ('netral', 'neutral', 'neu', 'n', '0', 'biasa') THEN 'netral'
        WHEN lower(trim(s)) IN ('negatif', 'negative', 'neg', '-1', 'buruk', 'kecewa') THEN 'negatif'
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_status(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN lower(trim(s)) IN ('baru', 'new', 'open', 'belum', 'belum diproses', 'masuk', 'diterima',
                                'menunggu', 'pending') THEN 'baru'
        WHEN lower(trim(s)) IN ('diproses', 'proses', 'dalam proses', 'in progress', 'ditindaklanjuti',
                                'tindak lanjut', 'verifikasi', 'diverifikasi', 'didisposisikan',
                                'disposisi', 'processing') THEN 'diproses'
        WHEN lower(trim(s)) IN ('selesai', 'done', 'closed', 'tuntas', 'resolved', 'ditutup',
                                'completed', 'sudah', 'sudah ditindaklanjuti') THEN 'selesai'
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_bool(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN lower(trim(s)) IN ('ya', 'y', 'yes', 'true', '1', 'benar', 'v', 'icn', 'anggota') THEN true
        WHEN lower(trim(s)) IN ('tidak', 't', 'no', 'false', '0', 'bukan', 'n', 'tdk') THEN false
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_account_type(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN lower(trim(s)) IN ('opd', 'pemerintah', 'pemda', 'government', 'dinas', 'instansi') THEN 'opd'
        WHEN lower(trim(s)) IN ('icn', 'kreator', 'creator', 'influencer', 'kreator icn') THEN 'icn'
        WHEN lower(trim(s)) IN ('media', 'pers', 'news', 'media massa', 'berita') THEN 'media'
        WHEN lower(trim(s)) IN ('lainnya', 'lain', 'lain-lain', 'other', 'others', 'umum') THEN 'lainnya'
        ELSE NULL END
);

-- Fast look-up of an already-loaded file.
CREATE INDEX IF NOT EXISTS import_batches_sha256 ON import_batches (sha256);
