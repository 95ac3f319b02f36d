-- purpose: sentiment split per feedback channel (corrections applied); NULL sentiment = not yet
--          labelled
-- grain:   one row per channel per sentiment
-- params:  $start $end $kabkota $channel
SELECT channel, sentiment, count(*) AS feedback
FROM feedback_effective
WHERE received_at >= $start AND received_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($channel) = 0 OR list_contains($channel, channel))
GROUP BY ALL
ORDER BY channel, sentiment;
