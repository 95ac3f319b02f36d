-- staging/skm: the SKM recap pooling rule, written once; every IKM figure is grouped from it.
-- purpose: answers summed per unit layanan, kab/kota, month and unsur, pooling respondent answers
--          with uploaded recaps (queries/ikm/base.sql and ikm/by_kabkota.sql read this macro)
-- grain:   one row per unit layanan per kab/kota per month per unsur per source part
-- params:  start_ end_ (half-open timestamp range), kabkota_ (list of kode; empty = all)
-- How the two sources combine: a recap row (skm_recaps) counts only when the store holds NO
-- respondent answers for the same unit (case/space-insensitive) inside the recap's period, so a
-- unit-period is never counted twice; a recap then weighs as many answers as its `respondents`
-- (NRR x respondents is its score sum; recaps without a count are skm_unknown_n's, listed apart). Any
-- group's NRR is then sum(score_sum) / sum(answers): the respondent-weighted mean. Recaps are
-- filtered by overlap of their period with [start_, end_) and placed in the month of their
-- period_start. `respondents` is per (unit, kabkota, month, part), repeated on each unsur row.
-- Applied by gema.core.store.migrate on every writable connect (CREATE OR REPLACE).
CREATE OR REPLACE MACRO skm_recaps_in(start_, end_, kabkota_) AS TABLE
    -- the recap rows that count for [start_, end_) and the kab/kota filter: units only (not a
    -- file's own total row), and only where the store holds no respondent answers for the unit
    -- inside the recap's period. Both skm_pooled (respondents known) and the Kepuasan page's
    -- "n tidak diketahui" list (respondents missing) read this one selection.
    SELECT c.*
    FROM skm_recaps c
    WHERE CAST(c.period_start AS TIMESTAMP) < end_
      AND CAST(c.period_end AS TIMESTAMP) + INTERVAL 1 DAY > start_
      AND gema_allows(kabkota_, c.kabkota)
      AND NOT coalesce(c.is_total, false)  -- a file's own total row is no unit
      AND NOT EXISTS (
          SELECT 1 FROM skm_responses r
          WHERE lower(trim(r.unit)) = lower(trim(c.unit))
            AND r.submitted_at >= CAST(c.period_start AS TIMESTAMP)
            AND r.submitted_at < CAST(c.period_end AS TIMESTAMP) + INTERVAL 1 DAY
      );

-- The SKM roll-ups (migration 230) for [start_, end_): the whole days inside the range from
-- rollup_skm / rollup_skm_people, the answers of a part-day at either end and those above the
-- watermark (written around the upkeep; every answer on a lake) from the base tables, one row
-- per answer. Summed over, they equal the same sums over the answers (tests/test_rollup.py).
-- (The bounds are plain expressions and the watermark an uncorrelated subquery, so each filter
-- reaches its table scan before the answers are joined.)
CREATE OR REPLACE MACRO skm_first_whole_day(start_) AS
    CAST(start_ AS DATE)
    + CASE WHEN CAST(CAST(start_ AS DATE) AS TIMESTAMP) < start_ THEN 1 ELSE 0 END;

CREATE OR REPLACE MACRO skm_from_base(start_, end_, key_, at_) AS
    at_ >= start_ AND at_ < end_
    AND (key_ > (SELECT watermark FROM rollup_state WHERE tbl = 'skm')
         OR CAST(at_ AS DATE) < skm_first_whole_day(start_) OR CAST(at_ AS DATE) >= CAST(end_ AS DATE));

CREATE OR REPLACE MACRO skm_answers_in(start_, end_, kabkota_) AS TABLE
    SELECT x.day, x.unit, x.kabkota, x.unsur, x.unsur_name, x.score_sum, x.answers
    FROM rollup_skm x
    WHERE x.day >= skm_first_whole_day(start_) AND x.day < CAST(end_ AS DATE)
      AND gema_allows(kabkota_, x.kabkota)
    UNION ALL
    SELECT CAST(r.submitted_at AS DATE), trim(r.unit), r.kabkota, s.unsur, s.unsur_name,
           CAST(s.score AS BIGINT), 1
    FROM (
        -- the respondents read from the base table (usually none). The sort ends before the
        -- join starts, so the join sees how few they are and reads only their answers, instead
        -- of joining every answer in the range and filtering afterwards (measured: 30 ms of
        -- 40 at 500,000 respondents).
        SELECT response_key, submitted_at, unit, kabkota
        FROM skm_responses
        WHERE skm_from_base(start_, end_, response_key, submitted_at)
          AND gema_allows(kabkota_, kabkota)
        ORDER BY response_key
    ) r
    JOIN skm_scores s ON s.response_key = r.response_key;

CREATE OR REPLACE MACRO skm_people_in(start_, end_, kabkota_) AS TABLE
    SELECT x.day, x.unit, x.kabkota, x.respondents
    FROM rollup_skm_people x
    WHERE x.day >= skm_first_whole_day(start_) AND x.day < CAST(end_ AS DATE)
      AND gema_allows(kabkota_, x.kabkota)
    UNION ALL
    SELECT CAST(r.submitted_at AS DATE), trim(r.unit), r.kabkota, 1
    FROM skm_responses r
    WHERE skm_from_base(start_, end_, r.response_key, r.submitted_at)
      AND gema_allows(kabkota_, r.kabkota);

CREATE OR REPLACE MACRO skm_pooled(start_, end_, kabkota_) AS TABLE
    WITH people AS (
        SELECT unit, kabkota, CAST(date_trunc('month', day) AS DATE) AS month,
               CAST(sum(respondents) AS BIGINT) AS respondents
        FROM skm_people_in(start_, end_, kabkota_)
        GROUP BY ALL
    ),
    scored AS (
        SELECT unit, kabkota, CAST(date_trunc('month', day) AS DATE) AS month, unsur,
               min(unsur_name) AS unsur_name,
               CAST(sum(score_sum) AS DOUBLE) AS score_sum, CAST(sum(answers) AS BIGINT) AS answers
        FROM skm_answers_in(start_, end_, kabkota_)
        GROUP BY ALL
    ),
    recap AS (
        SELECT trim(c.unit) AS unit, c.kabkota, CAST(date_trunc('month', c.period_start) AS DATE) AS month,
               c.unsur, c.unsur_name, c.nrr * c.respondents AS score_sum, c.respondents AS answers,
               c.respondents,
               'rekap:' || c.batch_id || ':' || c.period_start || ':' || c.period_end AS part
        FROM skm_recaps_in(start_, end_, kabkota_) c
        WHERE coalesce(c.respondents, 0) > 0  -- without a count: skm_unknown_n, shown apart
    )
    SELECT s.unit, s.kabkota, s.month, s.unsur, s.unsur_name, s.score_sum, s.answers,
           p.respondents, 'responden' AS source, 'responden' AS part
    FROM scored s
    JOIN people p ON p.unit = s.unit AND p.kabkota IS NOT DISTINCT FROM s.kabkota AND p.month = s.month
    UNION ALL
    SELECT unit, kabkota, month, unsur, unsur_name, score_sum, answers, respondents, 'rekap', part
    FROM recap;

CREATE OR REPLACE MACRO skm_unknown_n(start_, end_, kabkota_) AS TABLE
    -- recaps that give no respondent count: they cannot be weighed into a pooled IKM, so they
    -- are listed apart, one row per unit per kab/kota per period with its NRR per unsur (the
    -- IKM is then computed by the one formula, gema.kepuasan.ikm.ikm, unweighted by people).
    SELECT trim(c.unit) AS unit, c.kabkota, c.period_start, c.period_end,
           coalesce(any_value(c.period_label), CAST(c.period_start AS VARCHAR)) AS period,
           map(list(c.unsur ORDER BY c.unsur), list(c.nrr ORDER BY c.unsur)) AS nrr,
           any_value(c.published_ikm) AS published_ikm,
           any_value(c.published_mutu) AS published_mutu
    FROM skm_recaps_in(start_, end_, kabkota_) c
    WHERE coalesce(c.respondents, 0) = 0
    GROUP BY trim(c.unit), c.kabkota, c.period_start, c.period_end, c.batch_id;
