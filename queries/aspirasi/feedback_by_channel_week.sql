-- purpose: weekly feedback volume per channel
-- grain:   one row per week (Monday) per channel
-- params:  $start $end $kabkota $channel
SELECT date_trunc('week', received_at)::DATE AS week, channel, count(*) AS feedback
FROM feedback_rows_in($start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY week, channel;
