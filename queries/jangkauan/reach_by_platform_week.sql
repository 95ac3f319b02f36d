-- purpose: weekly reach and engagements per platform
-- grain:   one row per week (Monday) per platform
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform
SELECT date_trunc('week', day)::DATE AS week,
       platform,
       coalesce(sum(reach), 0) AS reach,
       sum(engagements) AS engagements
FROM posts_rollup_in($start, $end, $kabkota, $campaign, $platform)
GROUP BY ALL
ORDER BY week, platform;
