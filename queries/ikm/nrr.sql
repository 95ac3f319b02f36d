-- purpose: NRR per unsur per group, pooling respondent answers with uploaded recaps
-- grain:   one row per group per unsur
-- params:  $start $end (half-open timestamp range), $kabkota (list of kode; empty = all),
--          $by ('unit' | 'kabkota' | 'semester' | 'year' | 'all')
-- How the two sources combine: a recap row (skm_recaps) counts only when the store holds NO
-- respondent answers for the same unit (case/space-insensitive) inside the recap's period, so a
-- unit-period is never counted twice; a recap then weighs as many answers as its `respondents`
-- (NRR x respondents is its score sum; the importer requires respondents on recaps). The group
-- NRR is the respondent-weighted mean (sum of scores + sum of NRR x respondents) / (answers +
-- respondents). Recaps are filtered by overlap of their period with [$start, $end) and placed
-- in the semester/year of their period_start. A group pooling units with different unsur sets
-- (9 and 11) has NRR for the union of unsur; gema.ikm then weighs each present unsur 1/n.
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
      AND NOT EXISTS (
          SELECT 1 FROM skm_responses r
          WHERE lower(trim(r.unit)) = lower(trim(c.unit))
            AND r.submitted_at >= CAST(c.period_start AS TIMESTAMP)
            AND r.submitted_at < CAST(c.period_end AS TIMESTAMP) + INTERVAL 1 DAY
      )
),
answers AS (
    SELECT r.unit, r.kabkota, r.ts, s.unsur, s.unsur_name,
           CAST(s.score AS DOUBLE) AS score_sum, 1 AS answers, 'responden' AS source
    FROM resp r JOIN skm_scores s ON s.response_key = r.response_key
    UNION ALL
    SELECT c.unit, c.kabkota, c.ts, c.unsur, c.unsur_name,
           c.nrr * c.respondents, c.respondents, 'rekap'
    FROM recap c
),
grouped AS (
    SELECT
        CASE $by
            WHEN 'unit' THEN trim(unit)
            WHEN 'kabkota' THEN coalesce(kabkota, '-')
            WHEN 'semester' THEN strftime(ts, '%Y') || '-S' || CASE WHEN month(ts) <= 6 THEN '1' ELSE '2' END
            WHEN 'year' THEN strftime(ts, '%Y')
            ELSE '36'
        END AS grp,
        *
    FROM answers
)
SELECT
    grp,
    unsur,
    mode(unsur_name) AS unsur_name,
    sum(score_sum) / sum(answers) AS nrr,
    sum(answers) AS answers,
    string_agg(DISTINCT source, '+' ORDER BY source) AS source
FROM grouped
GROUP BY grp, unsur
ORDER BY grp, unsur
