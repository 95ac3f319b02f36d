-- purpose: a kab/kota's feedback topics with the most feedback in the period (map profile)
-- grain:   one row per topic (NULL = not yet labelled), at most $limit rows, most feedback first
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kode $channel $limit
SELECT topic,
       sum(feedback)::BIGINT AS feedback,
       coalesce(sum(feedback) FILTER (WHERE sentiment = 'positif'), 0)::BIGINT AS positif,
       coalesce(sum(feedback) FILTER (WHERE sentiment = 'negatif'), 0)::BIGINT AS negatif
FROM feedback_rollup_in($start, $end, []::VARCHAR[], $channel)
WHERE kabkota = $kode
GROUP BY topic
ORDER BY feedback DESC, topic NULLS LAST
LIMIT $limit;
