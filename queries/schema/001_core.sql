-- 001_core: the store's core tables.
-- Grain per table is stated above each CREATE. Every loaded row carries the batch that brought it,
-- so a whole upload can be undone. Columns the mapping did not use are kept in `extra` (JSON).
-- No PRIMARY KEY/UNIQUE on the large fact tables: DuckDB's ART indexes slow bulk loads, and the
-- importer de-duplicates on natural keys itself (anti-join) inside one transaction.

-- One row per kabupaten/kota of Banten. Editable reference data; sources named per column group.
CREATE TABLE regions (
    kode              VARCHAR PRIMARY KEY,      -- Kemendagri/BPS code without the dot, e.g. '3674'
    nama              VARCHAR NOT NULL,         -- display name, e.g. 'Kota Tangerang Selatan'
    nama_resmi        VARCHAR NOT NULL,         -- official name, e.g. 'Kabupaten Lebak'
    jenis             VARCHAR NOT NULL CHECK (jenis IN ('Kabupaten', 'Kota')),
    population        BIGINT,
    population_source VARCHAR,
    population_year   INTEGER,
    area_km2          DOUBLE,
    area_source       VARCHAR,
    updated_by        VARCHAR,
    updated_at        TIMESTAMP
);

CREATE SEQUENCE batch_id_seq START 1;

-- One row per upload (or demo load). `status` is 'loaded' or 'undone'; undone batches keep their
-- row here for the record, their data rows are deleted.
CREATE TABLE import_batches (
    batch_id        BIGINT PRIMARY KEY DEFAULT nextval('batch_id_seq'),
    kind            VARCHAR NOT NULL,            -- posts | feedback | skm | skm_recap | accounts | campaigns
    file_name       VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    imported_by     VARCHAR NOT NULL DEFAULT 'cli',
    imported_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    rows_read       BIGINT NOT NULL DEFAULT 0,
    rows_loaded     BIGINT NOT NULL DEFAULT 0,
    rows_rejected   BIGINT NOT NULL DEFAULT 0,
    rows_duplicate  BIGINT NOT NULL DEFAULT 0,
    rows_summary    BIGINT NOT NULL DEFAULT 0,   -- summary rows such as YouTube's 'Total', left out
    mapping         JSON,                        -- {source column: canonical field}
    constants       JSON,                        -- {field: value} set for the whole file
    region_choices  JSON,                        -- {raw value: kode or '-'} chosen by the user
    skip_invalid    BOOLEAN NOT NULL DEFAULT false,
    encoding        VARCHAR,
    delimiter       VARCHAR,
    notes           JSON,                        -- list of notes (summary rows left out, ...)
    is_demo         BOOLEAN NOT NULL DEFAULT false,
    status          VARCHAR NOT NULL DEFAULT 'loaded' CHECK (status IN ('loaded', 'undone')),
    undone_by       VARCHAR,
    undone_at       TIMESTAMP
);

CREATE SEQUENCE campaign_id_seq START 1;

-- One row per communication campaign. target_kabkota NULL = province-wide.
CREATE TABLE campaigns (
    campaign_id     BIGINT DEFAULT nextval('campaign_id_seq'),
    name            VARCHAR NOT NULL,
    theme           VARCHAR,
    opd             VARCHAR,                     -- owning Organisasi Perangkat Daerah
    start_date      DATE,
    end_date        DATE,
    target_kabkota  VARCHAR[],                   -- list of kode; NULL or empty = seluruh Banten
    budget          BIGINT,                      -- IDR
    batch_id        BIGINT NOT NULL,
    extra           JSON
);

CREATE SEQUENCE account_id_seq START 1;

-- One row per account on one platform (government/OPD account, ICN creator, media).
CREATE TABLE accounts (
    account_id      BIGINT DEFAULT nextval('account_id_seq'),
    platform        VARCHAR NOT NULL,            -- Instagram | TikTok | YouTube | X | Facebook | ...
    handle          VARCHAR NOT NULL,            -- without '@', lower case
    display_name    VARCHAR,
    account_type    VARCHAR NOT NULL DEFAULT 'lainnya', -- opd | icn | media | lainnya
    followers       BIGINT,
    kabkota         VARCHAR,                     -- home kab/kota; NULL = unknown
    is_icn          BOOLEAN NOT NULL DEFAULT false,
    batch_id        BIGINT NOT NULL,
    extra           JSON
);

CREATE SEQUENCE post_key_seq START 1;

-- One row per published piece of content on one platform.
-- kabkota NULL = province-wide (no single target kab/kota).
CREATE TABLE posts (
    post_key        BIGINT DEFAULT nextval('post_key_seq'),
    platform        VARCHAR NOT NULL,
    account         VARCHAR,                     -- handle, lower case, without '@'
    campaign        VARCHAR,                     -- campaign name
    published_at    TIMESTAMP NOT NULL,
    kabkota         VARCHAR,
    post_id         VARCHAR,                     -- exact string, never a float
    url             VARCHAR,
    title           VARCHAR,
    views           BIGINT,                      -- video views / plays
    impressions     BIGINT,
    reach           BIGINT,
    likes           BIGINT,
    comments        BIGINT,
    shares          BIGINT,
    saves           BIGINT,
    cost            BIGINT,                      -- IDR
    batch_id        BIGINT NOT NULL,
    extra           JSON
);

CREATE SEQUENCE feedback_key_seq START 1;

-- One row per piece of public feedback (an aspiration, a comment, a complaint, a suggestion).
-- kabkota NULL = unknown or outside Banten.
-- sentiment_source: 'uploaded' (came with the file), 'computed' (gema.sentiment), 'corrected' (staff).
CREATE TABLE feedback (
    feedback_key      BIGINT DEFAULT nextval('feedback_key_seq'),
    received_at       TIMESTAMP NOT NULL,
    channel           VARCHAR NOT NULL,          -- FGD | Instagram | X | TikTok | YouTube | Facebook | LAPOR! | WhatsApp | Survei | ...
    kabkota           VARCHAR,
    topic             VARCHAR,
    topic_source      VARCHAR,                   -- uploaded | computed | corrected
    text              VARCHAR NOT NULL,
    author            VARCHAR,
    author_type       VARCHAR,                   -- masyarakat | influencer | opd | akademisi | media | ...
    author_location   VARCHAR,                   -- the author's profile location: a hint, not the place
    sentiment         VARCHAR CHECK (sentiment IS NULL OR sentiment IN ('positif', 'netral', 'negatif')),
    sentiment_score   DOUBLE,
    sentiment_source  VARCHAR,                   -- uploaded | computed | corrected
    status            VARCHAR NOT NULL DEFAULT 'baru', -- baru | diproses | selesai
    status_updated_at TIMESTAMP,
    feedback_id       VARCHAR,                   -- source id (tweet id, LAPOR! ticket...), exact string
    post_id           VARCHAR,                   -- the post commented on, when known
    fgd_session_id    BIGINT,
    batch_id          BIGINT,                    -- NULL for rows typed in the app (FGD capture)
    created_by        VARCHAR,
    extra             JSON
);

CREATE SEQUENCE correction_id_seq START 1;

-- One row per label change made by staff on a feedback row (history; the latest wins).
CREATE TABLE label_corrections (
    correction_id   BIGINT PRIMARY KEY DEFAULT nextval('correction_id_seq'),
    feedback_key    BIGINT NOT NULL,
    field           VARCHAR NOT NULL CHECK (field IN ('sentiment', 'topic', 'status')),
    old_value       VARCHAR,
    new_value       VARCHAR,
    corrected_by    VARCHAR NOT NULL,
    corrected_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE SEQUENCE response_key_seq START 1;

-- One row per SKM respondent (one filled questionnaire).
CREATE TABLE skm_responses (
    response_key    BIGINT DEFAULT nextval('response_key_seq'),
    submitted_at    TIMESTAMP NOT NULL,
    unit            VARCHAR NOT NULL,            -- unit layanan
    kabkota         VARCHAR,
    gender          VARCHAR,
    age             INTEGER,
    education       VARCHAR,
    occupation      VARCHAR,
    suggestion      VARCHAR,                     -- open-text saran; also copied into feedback
    response_id     VARCHAR,
    batch_id        BIGINT NOT NULL,
    extra           JSON
);

-- One row per SKM respondent per unsur: the answer as a score 1..4.
CREATE TABLE skm_scores (
    response_key    BIGINT NOT NULL,
    unsur           VARCHAR NOT NULL,            -- 'U1' .. 'Un'
    unsur_name      VARCHAR,                     -- as named in the upload, e.g. 'Persyaratan'
    score           TINYINT NOT NULL CHECK (score BETWEEN 1 AND 4),
    batch_id        BIGINT NOT NULL
);

-- One row per unit layanan per period per unsur, for agencies that only have recaps.
CREATE TABLE skm_recaps (
    unit            VARCHAR NOT NULL,
    kabkota         VARCHAR,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    unsur           VARCHAR NOT NULL,
    unsur_name      VARCHAR,
    nrr             DOUBLE NOT NULL,             -- mean score 1..4
    respondents     BIGINT,
    service_users   BIGINT,                      -- N (population of service users) when known
    batch_id        BIGINT NOT NULL
);

-- One row per unit layanan per period: the number of service users, for sample adequacy.
CREATE TABLE skm_service_users (
    unit            VARCHAR NOT NULL,
    kabkota         VARCHAR,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    service_users   BIGINT NOT NULL,
    batch_id        BIGINT
);

CREATE SEQUENCE fgd_session_id_seq START 1;

-- One row per Focus Group Discussion session.
CREATE TABLE fgd_sessions (
    session_id      BIGINT PRIMARY KEY DEFAULT nextval('fgd_session_id_seq'),
    name            VARCHAR NOT NULL,
    held_on         DATE NOT NULL,
    place           VARCHAR,
    kabkota         VARCHAR,
    created_by      VARCHAR,
    created_at      TIMESTAMP NOT NULL DEFAULT current_timestamp,
    closed_at       TIMESTAMP
);

-- One row per saved column mapping preset.
CREATE TABLE mapping_presets (
    name            VARCHAR PRIMARY KEY,
    kind            VARCHAR NOT NULL,
    mapping         JSON NOT NULL,               -- {source column: canonical field}
    constants       JSON,
    created_by      VARCHAR,
    created_at      TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE SEQUENCE audit_id_seq START 1;

-- One row per audited event (sign-in, failed sign-in, import, undo, correction, FGD entry, ...).
-- Append-only: no query in queries/ updates or deletes it.
CREATE TABLE audit_log (
    audit_id        BIGINT PRIMARY KEY DEFAULT nextval('audit_id_seq'),
    occurred_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    username        VARCHAR,
    action          VARCHAR NOT NULL,
    detail          JSON
);
