-- purpose: respondents per unit layanan and service-user period, for the sample-size flag
-- grain:   one row per unit layanan per service-user period
-- params:  $start $end (half-open timestamp range; periods overlapping it),
--          $kabkota (list of kode; empty = all)
-- N comes from skm_service_users or from service_users given on a recap; gema.ikm.krejcie_morgan
-- turns N into the needed sample size. Respondents are the questionnaires of that unit inside
-- the period, or the recap's respondents when there are none.
WITH users AS (
    SELECT unit, kabkota, period_start, period_end, max(service_users) AS service_users
    FROM (
        SELECT unit, kabkota, period_start, period_end, service_users FROM skm_service_users
        UNION ALL
        SELECT unit, kabkota, period_start, period_end, service_users FROM skm_recaps
        WHERE service_users IS NOT NULL AND NOT coalesce(is_total, false)
    )
    WHERE CAST(period_start AS TIMESTAMP) < $end
      AND CAST(period_end AS TIMESTAMP) + INTERVAL 1 DAY > $start
      AND gema_allows($kabkota, kabkota)
    GROUP BY unit, kabkota, period_start, period_end
),
counted AS (
    SELECT u.unit, u.kabkota, u.period_start, u.period_end, u.service_users,
           (SELECT count(*) FROM skm_responses r
             WHERE lower(trim(r.unit)) = lower(trim(u.unit))
               AND r.submitted_at >= CAST(u.period_start AS TIMESTAMP)
               AND r.submitted_at < CAST(u.period_end AS TIMESTAMP) + INTERVAL 1 DAY) AS responses,
           (SELECT max(c.respondents) FROM skm_recaps c
             WHERE lower(trim(c.unit)) = lower(trim(u.unit))
               AND c.period_start = u.period_start AND c.period_end = u.period_end) AS recap_respondents
    FROM users u
)
SELECT unit, kabkota, period_start, period_end, service_users,
       CASE WHEN responses > 0 THEN responses ELSE coalesce(recap_respondents, 0) END AS respondents
FROM counted
ORDER BY kabkota, unit, period_start
