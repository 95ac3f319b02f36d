-- purpose: the feedback topics with the most feedback in the period, with the previous period
-- grain:   one row per topic (NULL = not yet labelled), at most $limit rows, most feedback first
-- params:  $start $end $prev_start $prev_end $kabkota $channel $limit
SELECT topic,
       count(*) FILTER (WHERE received_at >= $start) AS feedback,
       count(*) FILTER (WHERE received_at < $start) AS feedback_prev,
       count(*) FILTER (WHERE received_at >= $start AND sentiment = 'negatif') AS negatif,
       count(*) FILTER (WHERE received_at >= $start AND sentiment = 'positif') AS positif
FROM feedback_in($prev_start, $end, $kabkota, $channel)
GROUP BY topic
HAVING count(*) FILTER (WHERE received_at >= $start) > 0
ORDER BY feedback DESC, topic
LIMIT $limit;
