-- purpose: weekly feedback volume per channel
-- grain:   one row per week (Monday) per channel
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $channel
SELECT date_trunc('week', day)::DATE AS week, channel, sum(feedback)::BIGINT AS feedback
FROM feedback_rollup_in($start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY week, channel;
