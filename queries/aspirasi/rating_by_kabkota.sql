-- purpose: average star rating (1..5) of app reviews and complaint logs per kab/kota, with the number of rated rows behind each average
-- grain: one row per kab/kota (NULL = unknown or outside Banten, as most app reviews are); rows without a rating are left out
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params: $start $end $kabkota $channel
SELECT kabkota, sum(rating_sum) / sum(rated) AS rating, sum(rated)::BIGINT AS rated
FROM feedback_rollup_in($start, $end, $kabkota, $channel)
WHERE rated > 0
GROUP BY kabkota
ORDER BY rated DESC, kabkota;
