-- 230_skm_rollup: the SKM roll-up (issue 17: Kepuasan at ten times the data). The IKM views group
-- respondent answers per unit layanan, kab/kota, month and unsur, and the trend reads the whole
-- history: at 500,000 respondents that is a join of 4.5 million answers on every page view.
-- These two tables hold the same sums per day, kept by gema.core.rollups exactly as the posts and
-- feedback roll-ups of migration 220 (every SKM load, demo load and undo recomputes the days it
-- touched, in its transaction); skm_pooled (queries/staging/skm.sql) reads them for whole days
-- and the base tables for the rest. Raw sums only: every NRR/IKM formula stays where it was.

-- One row per day x unit layanan (trimmed, as skm_pooled groups) x kab/kota x unsur x unsur
-- name, with at least one answer. The name is part of the key so that both the pooled figures'
-- min(unsur_name) and the most frequent name (kepuasan/unsur_names) come out as over answers.
CREATE TABLE rollup_skm (
    day        DATE NOT NULL,
    unit       VARCHAR NOT NULL,
    kabkota    VARCHAR,
    unsur      VARCHAR NOT NULL,
    unsur_name VARCHAR,
    score_sum  BIGINT NOT NULL,
    answers    BIGINT NOT NULL
);

-- One row per day x unit layanan (trimmed) x kab/kota with at least one respondent.
CREATE TABLE rollup_skm_people (
    day         DATE NOT NULL,
    unit        VARCHAR NOT NULL,
    kabkota     VARCHAR,
    respondents BIGINT NOT NULL
);

-- The roll-up rows of the answers submitted in [lo_, hi_) (dates or timestamps at midnight).
CREATE OR REPLACE MACRO rollup_skm_rows(lo_, hi_) AS TABLE
    SELECT CAST(r.submitted_at AS DATE) AS day,
           trim(r.unit) AS unit,
           r.kabkota,
           s.unsur,
           s.unsur_name,
           CAST(sum(s.score) AS BIGINT) AS score_sum,
           count(*) AS answers
    FROM skm_responses r
    JOIN skm_scores s ON s.response_key = r.response_key
    WHERE r.submitted_at >= lo_ AND r.submitted_at < hi_
    GROUP BY ALL;

CREATE OR REPLACE MACRO rollup_skm_people_rows(lo_, hi_) AS TABLE
    SELECT CAST(submitted_at AS DATE) AS day, trim(unit) AS unit, kabkota, count(*) AS respondents
    FROM skm_responses
    WHERE submitted_at >= lo_ AND submitted_at < hi_
    GROUP BY ALL;

-- A store that already holds answers gets its roll-ups once, here (day order, as in 220). On a
-- DuckLake the roll-ups are not kept: gema.core.lakestore empties them after migrating.
INSERT INTO rollup_skm
SELECT * FROM rollup_skm_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31') ORDER BY day;
INSERT INTO rollup_skm_people
SELECT * FROM rollup_skm_people_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31') ORDER BY day;
INSERT INTO rollup_state
SELECT 'skm', coalesce(max(response_key), 0) FROM skm_responses;
