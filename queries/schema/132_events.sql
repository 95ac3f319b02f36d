-- 132_events: the leadership agenda (issue 13): visits, FGDs, programme launches, disasters.
-- Grain: one row per event. kabkota NULL = province-wide. batch_id NULL = entered in the app.
CREATE SEQUENCE event_id_seq START 1;
CREATE TABLE events (
    event_id        BIGINT PRIMARY KEY DEFAULT nextval('event_id_seq'),
    date            DATE NOT NULL,
    title           VARCHAR NOT NULL,
    kabkota         VARCHAR,
    kind            VARCHAR NOT NULL CHECK (kind IN ('kunjungan', 'fgd', 'peluncuran', 'bencana', 'lainnya')),
    note            VARCHAR,
    batch_id        BIGINT,
    created_by      VARCHAR,
    created_at      TIMESTAMP NOT NULL DEFAULT current_timestamp,
    extra           JSON
);

-- Uploaded event kind words → the five kinds (NULL = not recognised; blank = 'lainnya').
CREATE OR REPLACE MACRO gema_event_kind(s) AS (
    CASE
        WHEN gema_blank(s) THEN 'lainnya'
        WHEN lower(trim(s)) IN ('kunjungan', 'kunjungan kerja', 'kunker', 'visit', 'blusukan') THEN 'kunjungan'
        WHEN lower(trim(s)) IN ('fgd', 'diskusi', 'focus group', 'focus group discussion', 'musrenbang') THEN 'fgd'
        WHEN lower(trim(s)) IN ('peluncuran', 'peluncuran program', 'launching', 'launch', 'program') THEN 'peluncuran'
        WHEN lower(trim(s)) IN ('bencana', 'disaster', 'banjir', 'gempa', 'longsor', 'kebakaran') THEN 'bencana'
        WHEN lower(trim(s)) IN ('lainnya', 'lain', 'other', 'acara') THEN 'lainnya'
        ELSE NULL END
);
