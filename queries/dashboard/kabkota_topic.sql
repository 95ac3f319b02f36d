-- purpose: kab/kota x topic feedback counts (and negative counts) for the heatmap
-- grain:   one row per (kabkota, topic); NULL kabkota = unknown/outside Banten, NULL topic =
--          not yet labelled
-- params:  $start $end $kabkota $channel
SELECT kabkota, topic, count(*) AS feedback,
       count(*) FILTER (WHERE sentiment = 'negatif') AS negatif
FROM feedback_effective
WHERE received_at >= $start AND received_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($channel) = 0 OR list_contains($channel, channel))
GROUP BY ALL
ORDER BY kabkota, topic;
