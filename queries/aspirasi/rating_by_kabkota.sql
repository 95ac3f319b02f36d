-- purpose: average star rating (1..5) of app reviews and complaint logs per kab/kota, with the number of rated rows behind each average
-- grain: one row per kab/kota (NULL = unknown or outside Banten, as most app reviews are); rows without a rating are left out
-- params: $start $end $kabkota $channel
SELECT kabkota, avg(rating) AS rating, count(*) AS rated
FROM feedback_rows_in($start, $end, $kabkota, $channel)
WHERE rating IS NOT NULL
GROUP BY kabkota
ORDER BY rated DESC, kabkota;
