-- purpose: respondent counts per group, questionnaires plus respondents of recaps in use
-- grain:   one row per group
-- params:  $start $end (half-open timestamp range), $kabkota (list of kode; empty = all),
--          $by ('unit' | 'kabkota' | 'semester' | 'year' | 'all')
-- A recap counts only when no respondent rows exist for its unit-period (same rule as ikm/nrr).
WITH resp AS (
    SELECT r.unit, r.kabkota, r.submitted_at AS ts, 1 AS respondents
    FROM skm_responses r
    WHERE r.submitted_at >= $start AND r.submitted_at < $end
      AND (len($kabkota) = 0 OR list_contains($kabkota, r.kabkota))
),
recap AS (
    SELECT c.unit, c.kabkota, CAST(c.period_start AS TIMESTAMP) AS ts, max(c.respondents) AS respondents
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
    GROUP BY c.unit, c.kabkota, c.period_start, c.period_end, c.batch_id
),
allrows AS (
    SELECT * FROM resp
    UNION ALL
    SELECT * FROM recap
)
SELECT
    CASE $by
        WHEN 'unit' THEN trim(unit)
        WHEN 'kabkota' THEN coalesce(kabkota, '-')
        WHEN 'semester' THEN strftime(ts, '%Y') || '-S' || CASE WHEN month(ts) <= 6 THEN '1' ELSE '2' END
        WHEN 'year' THEN strftime(ts, '%Y')
        ELSE '36'
    END AS grp,
    sum(respondents) AS respondents,
    mode(kabkota) AS kabkota,
    CAST(min(ts) AS DATE) AS first_date,
    CAST(max(ts) AS DATE) AS last_date
FROM allrows
GROUP BY grp
ORDER BY grp
