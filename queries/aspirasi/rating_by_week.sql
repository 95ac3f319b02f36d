-- purpose: average star rating (1..5) per week and channel (app store, complaint log), with the number of rated rows behind each average
-- grain: one row per week (Monday) per channel with at least one rating
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params: $start $end $kabkota $channel
SELECT date_trunc('week', day)::DATE AS week, channel, sum(rating_sum) / sum(rated) AS rating,
       sum(rated)::BIGINT AS rated
FROM feedback_rollup_in($start, $end, $kabkota, $channel)
WHERE rated > 0
GROUP BY ALL
ORDER BY week, channel;
