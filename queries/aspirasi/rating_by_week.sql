-- purpose: average star rating (1..5) per week and channel (app store, complaint log), with the number of rated rows behind each average
-- grain: one row per week (Monday) per channel with at least one rating
-- params: $start $end $kabkota $channel
SELECT date_trunc('week', received_at)::DATE AS week, channel, avg(rating) AS rating,
       count(*) AS rated
FROM feedback_rows_in($start, $end, $kabkota, $channel)
WHERE rating IS NOT NULL
GROUP BY ALL
ORDER BY week, channel;
