-- 131_alerts: early-warning alerts (issue 13).
-- Grain: one row per day × kab/kota × topic (NULL = all topics) × kind ('volume' | 'negatif').
-- Rows are recomputed after every import and on demand; the acknowledge/assign columns are
-- kept when the same alert is computed again.
CREATE SEQUENCE alert_id_seq START 1;
CREATE TABLE alerts (
    alert_id          BIGINT PRIMARY KEY DEFAULT nextval('alert_id_seq'),
    date              DATE NOT NULL,
    kabkota           VARCHAR NOT NULL,
    topic             VARCHAR,                  -- NULL = every topic of the kab/kota
    kind              VARCHAR NOT NULL CHECK (kind IN ('volume', 'negatif')),
    count             BIGINT NOT NULL,
    expected          DOUBLE NOT NULL,           -- baseline median of the previous weeks
    usual_low         DOUBLE,                    -- 25th percentile of the baseline days
    usual_high        DOUBLE,                    -- 75th percentile of the baseline days
    ratio             DOUBLE,                    -- count ÷ max(expected, 1)
    score             DOUBLE,                    -- robust z-score (volume) or z of the share (negatif)
    negative_share    DOUBLE,                    -- negatif ÷ labelled that day
    usual_negative    DOUBLE,                    -- negatif ÷ labelled over the baseline days
    top_words         VARCHAR[],
    computed_at       TIMESTAMP NOT NULL DEFAULT current_timestamp,
    acknowledged_by   VARCHAR,
    acknowledged_at   TIMESTAMP,
    assigned_to       VARCHAR,
    note              VARCHAR
);

-- One row per computation run (after an import, on demand, or on the first view).
CREATE TABLE alert_runs (
    computed_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    day_from        DATE NOT NULL,
    day_to          DATE NOT NULL,
    alerts          BIGINT NOT NULL,
    computed_by     VARCHAR
);
