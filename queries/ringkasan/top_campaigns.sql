-- purpose: the campaigns with the largest reach in the period (overview ranking)
-- grain:   one row per campaign, at most $limit rows, largest reach first
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform $limit
SELECT campaign,
       sum(posts)::BIGINT AS posts,
       coalesce(sum(reach), 0) AS reach,
       sum(engagements) AS engagements
FROM posts_rollup_in($start, $end, $kabkota, $campaign, $platform)
WHERE campaign IS NOT NULL
GROUP BY campaign
ORDER BY reach DESC, campaign
LIMIT $limit;
