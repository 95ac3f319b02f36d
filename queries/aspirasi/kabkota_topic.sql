-- purpose: kab/kota x topic feedback counts (and negative counts) for the heatmap
-- grain:   one row per (kabkota, topic); NULL kabkota = unknown/outside Banten, NULL topic =
--          not yet labelled
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $channel
SELECT kabkota, topic, sum(feedback)::BIGINT AS feedback,
       coalesce(sum(feedback) FILTER (WHERE sentiment = 'negatif'), 0)::BIGINT AS negatif
FROM feedback_rollup_in($start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY kabkota, topic;
