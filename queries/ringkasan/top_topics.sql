-- purpose: the feedback topics with the most feedback in the period, with the previous period
-- grain:   one row per topic (NULL = not yet labelled), at most $limit rows, most feedback first
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $prev_start $prev_end $kabkota $channel $limit
SELECT topic,
       coalesce(sum(feedback) FILTER (WHERE day >= $start), 0)::BIGINT AS feedback,
       coalesce(sum(feedback) FILTER (WHERE day < $start), 0)::BIGINT AS feedback_prev,
       coalesce(sum(feedback) FILTER (WHERE day >= $start AND sentiment = 'negatif'), 0)::BIGINT
           AS negatif,
       coalesce(sum(feedback) FILTER (WHERE day >= $start AND sentiment = 'positif'), 0)::BIGINT
           AS positif
FROM feedback_rollup_in($prev_start, $end, $kabkota, $channel)
GROUP BY topic
HAVING sum(feedback) FILTER (WHERE day >= $start) > 0
ORDER BY feedback DESC, topic
LIMIT $limit;
