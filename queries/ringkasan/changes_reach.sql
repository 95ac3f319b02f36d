-- purpose: content reach now vs the previous period per kab/kota, for "apa yang berubah"
-- grain:   one row per kab/kota with posts in either period (province-wide posts left out)
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $prev_start $prev_end $kabkota $campaign $platform
SELECT kabkota,
       coalesce(sum(reach) FILTER (WHERE day >= $start), 0) AS cur,
       coalesce(sum(reach) FILTER (WHERE day < $start), 0) AS prev
FROM posts_rollup_in($prev_start, $end, $kabkota, $campaign, $platform)
WHERE kabkota IS NOT NULL
GROUP BY kabkota
ORDER BY kabkota;
