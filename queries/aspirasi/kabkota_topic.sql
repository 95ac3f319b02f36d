-- purpose: kab/kota x topic feedback counts (and negative counts) for the heatmap
-- grain:   one row per (kabkota, topic); NULL kabkota = unknown/outside Banten, NULL topic =
--          not yet labelled
-- params:  $start $end $kabkota $channel
SELECT kabkota, topic, count(*) AS feedback,
       count(*) FILTER (WHERE sentiment = 'negatif') AS negatif
FROM feedback_in($start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY kabkota, topic;
