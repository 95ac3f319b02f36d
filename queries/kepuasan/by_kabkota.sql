-- purpose: IKM per kab/kota with the exact weight 1/n, for the map's metric selector
-- grain:   one row per kab/kota (kode) with SKM data; rows of unknown/outside kab/kota left out
-- params:  $start $end (half-open timestamp range), $kabkota (list of kode; empty = all)
-- Same pooling as ikm/base (recaps only where a unit-period has no respondent rows; respondent-
-- weighted NRR per unsur), then IKM = 25 x mean of the NRR (= 25 x sum(NRR x 1/n)), as
-- gema.ikm.ikm with the exact weight; tests/test_ingest_skm.py checks that both agree.
WITH resp AS (
    SELECT r.response_key, r.unit, r.kabkota, r.submitted_at AS ts
    FROM skm_responses r
    WHERE r.submitted_at >= $start AND r.submitted_at < $end
      AND (len($kabkota) = 0 OR list_contains($kabkota, r.kabkota))
),
recap AS (
    SELECT c.*, CAST(c.period_start AS TIMESTAMP) AS ts
    FROM skm_recaps c
    WHERE CAST(c.period_start AS TIMESTAMP) < $end
      AND CAST(c.period_end AS TIMESTAMP) + INTERVAL 1 DAY > $start
      AND (len($kabkota) = 0 OR list_contains($kabkota, c.kabkota))
      AND coalesce(c.respondents, 0) > 0
      AND NOT coalesce(c.is_total, false)  -- a file's own total row is no unit
      AND NOT EXISTS (
          SELECT 1 FROM skm_responses r
          WHERE lower(trim(r.unit)) = lower(trim(c.unit))
            AND r.submitted_at >= CAST(c.period_start AS TIMESTAMP)
            AND r.submitted_at < CAST(c.period_end AS TIMESTAMP) + INTERVAL 1 DAY
      )
),
scored AS (  -- answers summed per unit, kab/kota, month and unsur first: few rows to group
    SELECT r.unit, r.kabkota, date_trunc('month', r.ts) AS ts, s.unsur,
           min(s.unsur_name) AS unsur_name, CAST(sum(s.score) AS DOUBLE) AS score_sum,
           count(*) AS answers
    FROM resp r JOIN skm_scores s ON s.response_key = r.response_key
    GROUP BY r.unit, r.kabkota, date_trunc('month', r.ts), s.unsur
),
answers AS (
    SELECT unit, kabkota, ts, unsur, unsur_name, score_sum, answers, 'responden' AS source
    FROM scored
    UNION ALL
    SELECT c.unit, c.kabkota, c.ts, c.unsur, c.unsur_name,
           c.nrr * c.respondents, c.respondents, 'rekap'
    FROM recap c
),
per_unsur AS (
    SELECT kabkota AS kode, unsur, sum(score_sum) / sum(answers) AS nrr, sum(answers) AS answers
    FROM answers
    WHERE kabkota IS NOT NULL AND kabkota <> '-'
    GROUP BY kabkota, unsur
)
SELECT kode, 25 * avg(nrr) AS ikm, count(*) AS n_unsur, max(answers) AS answers
FROM per_unsur
GROUP BY kode
ORDER BY kode
