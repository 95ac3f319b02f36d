-- purpose: feedback KPIs (volume and sentiment split) for the period and the previous period
-- grain:   one row per period present ('cur', 'prev')
-- params:  $start $end $prev_start $prev_end $kabkota $channel
-- notes:   labels come from feedback_effective, so staff corrections win over computed labels.
SELECT CASE WHEN received_at >= $start THEN 'cur' ELSE 'prev' END AS period,
       count(*) AS feedback,
       count(sentiment) AS labelled,
       count(*) FILTER (WHERE sentiment = 'positif') AS positif,
       count(*) FILTER (WHERE sentiment = 'netral') AS netral,
       count(*) FILTER (WHERE sentiment = 'negatif') AS negatif
FROM feedback_effective
WHERE received_at >= $prev_start AND received_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($channel) = 0 OR list_contains($channel, channel))
GROUP BY ALL
ORDER BY period;
