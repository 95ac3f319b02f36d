-- purpose: feedback counts (all and negative) now vs the previous period, by kab/kota, by topic
--          and by kab/kota x topic, for the "apa yang berubah" list
-- grain:   one row per (kabkota, topic) grouping set; `level` says which: 'kabkota_topic',
--          'kabkota', 'topic'. Unknown kab/kota and unlabelled topics are left out.
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $prev_start $prev_end $kabkota $channel
SELECT CASE WHEN GROUPING(kabkota) = 0 AND GROUPING(topic) = 0 THEN 'kabkota_topic'
            WHEN GROUPING(kabkota) = 0 THEN 'kabkota'
            ELSE 'topic' END AS level,
       kabkota,
       topic,
       coalesce(sum(feedback) FILTER (WHERE day >= $start), 0)::BIGINT AS cur,
       coalesce(sum(feedback) FILTER (WHERE day < $start), 0)::BIGINT AS prev,
       coalesce(sum(feedback) FILTER (WHERE day >= $start AND sentiment = 'negatif'), 0)::BIGINT
           AS cur_neg,
       coalesce(sum(feedback) FILTER (WHERE day < $start AND sentiment = 'negatif'), 0)::BIGINT
           AS prev_neg
FROM feedback_rollup_in($prev_start, $end, $kabkota, $channel)
WHERE kabkota IS NOT NULL AND topic IS NOT NULL
GROUP BY GROUPING SETS ((kabkota, topic), (kabkota), (topic));
