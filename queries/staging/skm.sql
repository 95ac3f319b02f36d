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

CREATE OR REPLACE MACRO skm_pooled(start_, end_, kabkota_) AS TABLE
    WITH resp AS (
        SELECT r.response_key, trim(r.unit) AS unit, r.kabkota,
               CAST(date_trunc('month', r.submitted_at) AS DATE) AS month
        FROM skm_responses r
        WHERE r.submitted_at >= start_ AND r.submitted_at < end_
          AND gema_allows(kabkota_, r.kabkota)
    ),
    people AS (
        SELECT unit, kabkota, month, count(*) AS respondents
        FROM resp
        GROUP BY unit, kabkota, month
    ),
    scored AS (
        SELECT r.unit, r.kabkota, r.month, s.unsur, min(s.unsur_name) AS unsur_name,
               CAST(sum(s.score) AS DOUBLE) AS score_sum, count(*) AS answers
        FROM resp r JOIN skm_scores s ON s.response_key = r.response_key
        GROUP BY r.unit, r.kabkota, r.month, s.unsur
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
