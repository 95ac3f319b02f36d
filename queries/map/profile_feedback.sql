-- purpose: the most recent feedback about one kab/kota (map profile); text is shown as plain text
-- grain:   one row per feedback row, at most $limit rows, newest first
-- params:  $start $end $kode $channel $limit
SELECT received_at, channel, topic, sentiment, status, text
FROM feedback_effective
WHERE received_at >= $start AND received_at < $end
  AND kabkota = $kode
  AND (len($channel) = 0 OR list_contains($channel, channel))
ORDER BY received_at DESC, feedback_key DESC
LIMIT $limit;
