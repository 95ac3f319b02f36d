-- purpose: feedback KPIs (volume and sentiment split) for the period and the previous period
-- grain:   one row per period present ('cur', 'prev')
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $prev_start $prev_end $kabkota $channel
-- notes:   labels come from feedback_effective, so staff corrections win over computed labels.
SELECT CASE WHEN day >= $start THEN 'cur' ELSE 'prev' END AS period,
       sum(feedback)::BIGINT AS feedback,
       coalesce(sum(feedback) FILTER (WHERE sentiment IS NOT NULL), 0)::BIGINT AS labelled,
       coalesce(sum(feedback) FILTER (WHERE sentiment = 'positif'), 0)::BIGINT AS positif,
       coalesce(sum(feedback) FILTER (WHERE sentiment = 'netral'), 0)::BIGINT AS netral,
       coalesce(sum(feedback) FILTER (WHERE sentiment = 'negatif'), 0)::BIGINT AS negatif
FROM feedback_rollup_in($prev_start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY period;
