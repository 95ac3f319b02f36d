-- 130_followup: the follow-up tracker (issue 13).
-- States, as in SP4N-LAPOR!: baru → diverifikasi → diteruskan (ke OPD) → ditindaklanjuti → selesai,
-- plus ditolak (with a reason) and duplikat (linked to the original). The state stays in
-- feedback.status (and label_corrections field 'status', so staff corrections keep working and
-- feedback_effective still applies the latest one); the details live in followup_state and every
-- change is one row of followup_events (who, when, from, to).
--
-- Old values: 'diproses' ("being processed") becomes 'ditindaklanjuti' (being acted on), the
-- nearest state that is still open; 'baru' and 'selesai' keep their names. The label history is
-- mapped the same way so "latest correction wins" never resurrects an unknown state.
UPDATE feedback SET status = 'ditindaklanjuti' WHERE status = 'diproses';
UPDATE label_corrections SET new_value = 'ditindaklanjuti'
WHERE field = 'status' AND new_value = 'diproses';
UPDATE label_corrections SET old_value = 'ditindaklanjuti'
WHERE field = 'status' AND old_value = 'diproses';

-- Uploaded status words → the seven states (imports keep accepting the old words).
CREATE OR REPLACE MACRO gema_status(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN lower(trim(s)) IN ('baru', 'new', 'open', 'belum', 'belum diproses', 'masuk', 'diterima',
                                'menunggu', 'pending') THEN 'baru'
        WHEN lower(trim(s)) IN ('verifikasi', 'diverifikasi', 'terverifikasi', 'verified')
            THEN 'diverifikasi'
        WHEN lower(trim(s)) IN ('diteruskan', 'diteruskan ke opd', 'didisposisikan', 'disposisi',
                                'diteruskan ke instansi', 'forwarded') THEN 'diteruskan'
        WHEN lower(trim(s)) IN ('diproses', 'proses', 'dalam proses', 'in progress', 'ditindaklanjuti',
                                'tindak lanjut', 'processing') THEN 'ditindaklanjuti'
        WHEN lower(trim(s)) IN ('selesai', 'done', 'closed', 'tuntas', 'resolved', 'ditutup',
                                'completed', 'sudah', 'sudah ditindaklanjuti') THEN 'selesai'
        WHEN lower(trim(s)) IN ('ditolak', 'tolak', 'rejected', 'tidak valid', 'invalid') THEN 'ditolak'
        WHEN lower(trim(s)) IN ('duplikat', 'duplicate', 'ganda') THEN 'duplikat'
        ELSE NULL END
);

-- One row per feedback row that has follow-up details (most rows have none).
CREATE TABLE followup_state (
    feedback_key    BIGINT PRIMARY KEY,
    opd             VARCHAR,                    -- the OPD confirmed by staff
    opd_by          VARCHAR,
    opd_at          TIMESTAMP,
    reject_reason   VARCHAR,                    -- when status = 'ditolak'
    duplicate_of    BIGINT,                     -- when status = 'duplikat': the original's key
    updated_at      TIMESTAMP
);

CREATE SEQUENCE followup_event_id_seq START 1;

-- One row per follow-up change (state, OPD, reason, duplicate link). Append-only.
CREATE TABLE followup_events (
    event_id        BIGINT PRIMARY KEY DEFAULT nextval('followup_event_id_seq'),
    feedback_key    BIGINT NOT NULL,
    from_status     VARCHAR,
    to_status       VARCHAR,
    opd             VARCHAR,
    reason          VARCHAR,
    duplicate_of    BIGINT,
    changed_by      VARCHAR NOT NULL,
    changed_at      TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per topic: the OPD that usually handles it. Reference data an admin edits; the
-- seed (data/reference/opd_routing.csv) is a starting suggestion, not an official disposition.
CREATE TABLE opd_routing (
    topic           VARCHAR PRIMARY KEY,
    opd             VARCHAR NOT NULL,
    updated_by      VARCHAR,
    updated_at      TIMESTAMP
);

-- One row per national holiday or cuti bersama (SKB 3 Menteri); editable by an admin.
-- Working days = Monday–Friday that are not in this table.
CREATE TABLE holidays (
    date            DATE PRIMARY KEY,
    name            VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL CHECK (kind IN ('libur', 'cuti_bersama')),
    source          VARCHAR,
    updated_by      VARCHAR,
    updated_at      TIMESTAMP
);

-- Numeric settings of the tracker and the early warning (admin-editable), one row per key.
CREATE TABLE issue13_settings (
    key             VARCHAR PRIMARY KEY,
    value           DOUBLE NOT NULL,
    updated_by      VARCHAR,
    updated_at      TIMESTAMP
);
INSERT INTO issue13_settings (key, value, updated_by) VALUES
    ('followup.forward_days', 3, 'seed'),     -- LAPOR!: diteruskan within 3 working days
    ('followup.act_days', 5, 'seed'),         -- ditindaklanjuti within 5 working days
    ('followup.close_days', 10, 'seed'),      -- selesai within 10 working days
    ('followup.duplicate_days', 7, 'seed'),   -- near-duplicates: within this many days
    ('alerts.baseline_days', 28, 'seed'),     -- the usual level: the previous 4 weeks
    ('alerts.min_count', 10, 'seed'),         -- below this many a day, never an alert
    ('alerts.z', 4, 'seed'),                  -- robust z-score above the usual level
    ('alerts.min_ratio', 2, 'seed'),          -- and at least this many times the usual level
    ('alerts.neg_jump', 0.25, 'seed'),        -- negative share up by at least 25 points
    ('alerts.neg_z', 3, 'seed');              -- and significant against the usual share

-- Working-day index: for every date in [start_, end_], the number of working days (Mon–Fri,
-- not a holiday) from start_ up to and including it. Working days strictly after a and up to b
-- = wd(b) − wd(a); a deadline of N working days after receipt is passed when that exceeds N.
CREATE OR REPLACE MACRO workday_index(start_, end_) AS TABLE
    SELECT d::DATE AS d,
           sum(CASE WHEN isodow(d) < 6 AND h.date IS NULL THEN 1 ELSE 0 END)
               OVER (ORDER BY d ROWS UNBOUNDED PRECEDING) AS wd
    FROM range(start_::DATE::TIMESTAMP, end_::DATE::TIMESTAMP + INTERVAL 1 DAY, INTERVAL 1 DAY) r(d)
    LEFT JOIN holidays h ON h.date = d::DATE;
