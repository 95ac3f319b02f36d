-- purpose: how many SKM rows (questionnaires plus recap rows) fall inside the period: the map
--          offers IKM only when this is above 0
-- grain:   one row
-- params:  $start $end (half-open timestamp range)
SELECT
    (SELECT count(*) FROM skm_responses WHERE submitted_at >= $start AND submitted_at < $end)
  + (SELECT count(*) FROM skm_recaps
      WHERE CAST(period_start AS TIMESTAMP) < $end
        AND CAST(period_end AS TIMESTAMP) + INTERVAL 1 DAY > $start) AS n
