-- purpose: weekly reach (content) and feedback volume for the overview trend
-- grain:   one row per week (Monday) with posts or feedback in the period
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform $channel
WITH r AS (
    SELECT date_trunc('week', day)::DATE AS week, sum(reach) AS reach,
           sum(posts)::BIGINT AS posts
    FROM posts_rollup_in($start, $end, $kabkota, $campaign, $platform)
    GROUP BY 1
), f AS (
    SELECT date_trunc('week', day)::DATE AS week, sum(feedback)::BIGINT AS feedback
    FROM feedback_rollup_in($start, $end, $kabkota, $channel)
    GROUP BY 1
)
SELECT coalesce(r.week, f.week) AS week,
       coalesce(r.reach, 0) AS reach,
       coalesce(r.posts, 0) AS posts,
       coalesce(f.feedback, 0) AS feedback
FROM r FULL OUTER JOIN f ON r.week = f.week
ORDER BY week;
