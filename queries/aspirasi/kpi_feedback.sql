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
FROM feedback_in($prev_start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY period;
