-- 210_ingest_in_lists: the import's value macros without `x IN (five or more constants)` (issue 17).
-- DuckDB's optimizer turns such an IN list into a MARK join over *every* row of the statement,
-- hoisted out of the CASE branch it sits in: the fast paths of gema__trim, gema_blank, gema_id,
-- gema_handle, gema_text… were paid in full on every cell, one hash join per list (19 joins in a
-- posts staging, ~0.3 s each per million rows; EXPLAIN ANALYZE showed them as HASH_JOIN over a
-- COLUMN_DATA_SCAN of 5–12 rows). `list_contains([…], x)` is the same test, evaluated in place,
-- only for the rows that reach it. Same definitions as 010/020/111/130/132/162 otherwise: the values
-- they give do not change (tests/test_ingest_macros_in_lists.py compares old and new).
-- Grain: macros only. Params: none.

CREATE OR REPLACE MACRO gema__trim(s) AS
    CASE
        WHEN s = '' THEN s
        WHEN list_contains([' ', chr(9), chr(10), chr(13), chr(160), chr(8239), chr(8199), chr(12288),
                            chr(8203), chr(65279), chr(11), chr(12)], s[1])
          OR list_contains([' ', chr(9), chr(10), chr(13), chr(160), chr(8239), chr(8199), chr(12288),
                            chr(8203), chr(65279), chr(11), chr(12)], s[-1])
            THEN regexp_replace(s, '^[\s\p{Z}\x{200B}\x{FEFF}]+|[\s\p{Z}\x{200B}\x{FEFF}]+$', '', 'g')
        ELSE s
    END;

CREATE OR REPLACE MACRO gema_blank(s) AS
    s IS NULL
    OR list_contains(['', '-', '--', '–', '—', 'n/a', '#n/a', 'null', 'nan'], lower(gema__trim(s)));

CREATE OR REPLACE MACRO gema__num_value(p) AS
    CASE
        WHEN p.m = '' THEN NULL
        WHEN (p.open = '(') <> (p.close = ')') THEN NULL
        WHEN p.sign1 <> '' AND p.sign2 <> '' THEN NULL
        ELSE
            (CASE WHEN p.sign1 = '-' OR p.sign2 = '-' OR p.open = '(' THEN -1.0 ELSE 1.0 END)
            * CASE p.suffix
                  WHEN '' THEN gema__mantissa(p.m)
                  ELSE round(gema__mantissa(p.m) * CASE
                      WHEN p.suffix IN ('k', 'rb', 'ribu') THEN 1e3
                      WHEN p.suffix IN ('jt', 'juta', 'mio', 'million') THEN 1e6
                      WHEN list_contains(['miliar', 'milyar', 'mlr', 'b', 'bn', 'billion'], p.suffix) THEN 1e9
                      WHEN p.suffix IN ('t', 'tn', 'triliun', 'trillion') THEN 1e12
                      WHEN p.suffix = 'm' THEN
                          CASE WHEN gema__decimal_comma(p.m) OR p.cur IN ('rp', 'rp.', 'idr')
                               THEN 1e9 ELSE 1e6 END
                  END, 6)
              END
    END;

CREATE OR REPLACE MACRO gema_id(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 2 AND NOT contains(s, '.') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ')
              AND NOT list_contains(['n/a', '#n/a', 'null', 'nan', '—', '–', '--'], lower(s))
              THEN s
         WHEN gema_blank(s) THEN NULL
         WHEN contains(s, '.') THEN regexp_replace(trim(s), '^([0-9]+)\.0+$', '\1')
         ELSE trim(s) END
);

CREATE OR REPLACE MACRO gema_platform_key(k) AS (
    CASE
        WHEN list_contains(['instagram', 'ig', 'insta', 'instagramreels', 'reels', 'igreels'], k) THEN 'Instagram'
        WHEN k IN ('tiktok', 'tt', 'tiktokstudio') THEN 'TikTok'
        WHEN list_contains(['youtube', 'yt', 'youtubestudio', 'youtubeshorts', 'shorts'], k) THEN 'YouTube'
        WHEN list_contains(['twitter', 'x', 'xcom', 'twitterx', 'xtwitter', 'tweet'], k) THEN 'X'
        WHEN k IN ('facebook', 'fb', 'meta', 'facebookpage') THEN 'Facebook'
        WHEN k IN ('threads') THEN 'Threads'
        WHEN k IN ('whatsapp', 'wa', 'whatsappgroup', 'wag') THEN 'WhatsApp'
        WHEN k IN ('lapor', 'laporgoid', 'sp4nlapor', 'span lapor') THEN 'LAPOR!'
        WHEN k IN ('fgd', 'focusgroupdiscussion', 'diskusi') THEN 'FGD'
        WHEN list_contains(['survei', 'survey', 'skm', 'kuesioner', 'googleforms', 'googleform', 'gform'], k) THEN 'Survei'
        WHEN k IN ('website', 'web', 'situs') THEN 'Website'
        WHEN k IN ('email', 'surel', 'surat') THEN 'Surat/Email'
        WHEN k IN ('telepon', 'phone', 'callcenter', 'hotline') THEN 'Telepon'
        WHEN k IN ('media', 'mediamassa', 'berita', 'news') THEN 'Media massa'
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_handle_visible(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 4 AND NOT contains(s, '/') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ') THEN lower(ltrim(s, '@'))
         WHEN list_contains(['', '-', '--', '–', '—', 'n/a', '#n/a', 'null', 'nan'], lower(trim(s))) THEN NULL
         WHEN NOT contains(s, '/') THEN nullif(lower(ltrim(trim(s), '@')), '')
         ELSE nullif(lower(ltrim(regexp_replace(trim(s),
              '^(https?://)?(www\.|m\.)?[a-z]+\.[a-z.]+/(channel/|c/|user/)?@?([^/?#]+).*$', '\4'), '@')), '')
    END
);

CREATE OR REPLACE MACRO gema_sentiment(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN list_contains(['positif', 'positive', 'pos', 'p', '+', '1', 'baik', 'senang'], lower(trim(s))) THEN 'positif'
        WHEN list_contains(['netral', 'neutral', 'neu', 'n', '0', 'biasa'], lower(trim(s))) THEN 'netral'
        WHEN list_contains(['negatif', 'negative', 'neg', '-1', 'buruk', 'kecewa'], lower(trim(s))) THEN 'negatif'
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_status(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN list_contains(['baru', 'new', 'open', 'belum', 'belum diproses', 'masuk', 'diterima',
                                'menunggu', 'pending'], lower(trim(s))) THEN 'baru'
        WHEN lower(trim(s)) IN ('verifikasi', 'diverifikasi', 'terverifikasi', 'verified')
            THEN 'diverifikasi'
        WHEN list_contains(['diteruskan', 'diteruskan ke opd', 'didisposisikan', 'disposisi',
                                'diteruskan ke instansi', 'forwarded'], lower(trim(s))) THEN 'diteruskan'
        WHEN list_contains(['diproses', 'proses', 'dalam proses', 'in progress', 'ditindaklanjuti',
                                'tindak lanjut', 'processing'], lower(trim(s))) THEN 'ditindaklanjuti'
        WHEN list_contains(['selesai', 'done', 'closed', 'tuntas', 'resolved', 'ditutup',
                                'completed', 'sudah', 'sudah ditindaklanjuti'], lower(trim(s))) THEN 'selesai'
        WHEN list_contains(['ditolak', 'tolak', 'rejected', 'tidak valid', 'invalid'], lower(trim(s))) THEN 'ditolak'
        WHEN lower(trim(s)) IN ('duplikat', 'duplicate', 'ganda') THEN 'duplikat'
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_bool(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN list_contains(['ya', 'y', 'yes', 'true', '1', 'benar', 'v', 'icn', 'anggota'], lower(trim(s))) THEN true
        WHEN list_contains(['tidak', 't', 'no', 'false', '0', 'bukan', 'n', 'tdk'], lower(trim(s))) THEN false
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_account_type(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN list_contains(['opd', 'pemerintah', 'pemda', 'government', 'dinas', 'instansi'], lower(trim(s))) THEN 'opd'
        WHEN list_contains(['icn', 'kreator', 'creator', 'influencer', 'kreator icn'], lower(trim(s))) THEN 'icn'
        WHEN list_contains(['media', 'pers', 'news', 'media massa', 'berita'], lower(trim(s))) THEN 'media'
        WHEN list_contains(['lainnya', 'lain', 'lain-lain', 'other', 'others', 'umum'], lower(trim(s))) THEN 'lainnya'
        ELSE NULL END
);

CREATE OR REPLACE MACRO gema_event_kind(s) AS (
    CASE
        WHEN gema_blank(s) THEN 'lainnya'
        WHEN list_contains(['kunjungan', 'kunjungan kerja', 'kunker', 'visit', 'blusukan'], lower(trim(s))) THEN 'kunjungan'
        WHEN list_contains(['fgd', 'diskusi', 'focus group', 'focus group discussion', 'musrenbang'], lower(trim(s))) THEN 'fgd'
        WHEN list_contains(['peluncuran', 'peluncuran program', 'launching', 'launch', 'program'], lower(trim(s))) THEN 'peluncuran'
        WHEN list_contains(['bencana', 'disaster', 'banjir', 'gempa', 'longsor', 'kebakaran'], lower(trim(s))) THEN 'bencana'
        WHEN lower(trim(s)) IN ('lainnya', 'lain', 'other', 'acara') THEN 'lainnya'
        ELSE NULL END
);
