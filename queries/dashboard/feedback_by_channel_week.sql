-- purpose: weekly feedback volume per channel
-- grain:   one row per week (Monday) per channel
-- params:  $start $end $kabkota $channel
SELECT date_trunc('week', received_at)::DATE AS week, channel, count(*) AS feedback
FROM feedback
WHERE received_at >= $start AND received_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($channel) = 0 OR list_contains($channel, channel))
GROUP BY ALL
ORDER BY week, channel;
