-- purpose: platform mix: posts, reach, views and engagements per platform and their shares
-- grain:   one row per platform with posts in the period, largest reach first
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform
WITH p AS (
    SELECT platform,
           sum(posts)::BIGINT AS posts,
           coalesce(sum(reach), 0) AS reach,
           coalesce(sum(views), 0) AS views,
           sum(engagements) AS engagements
    FROM posts_rollup_in($start, $end, $kabkota, $campaign, $platform)
    GROUP BY platform
)
SELECT *,
       posts / sum(posts) OVER () AS posts_share,
       reach / nullif(sum(reach) OVER (), 0) AS reach_share,
       engagements / nullif(sum(engagements) OVER (), 0) AS engagements_share
FROM p
ORDER BY reach DESC, platform;
