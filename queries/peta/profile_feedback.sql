-- purpose: the most recent feedback about one kab/kota (map profile); text is shown as plain text
-- grain:   one row per feedback row, at most $limit rows, newest first
-- params:  $start $end $kode $channel $limit
SELECT received_at, channel, topic, sentiment, status, text
FROM feedback_in($start, $end, []::VARCHAR[], $channel)
WHERE kabkota = $kode
ORDER BY received_at DESC, feedback_key DESC
LIMIT $limit;
