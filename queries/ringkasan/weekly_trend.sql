-- purpose: weekly reach (content) and feedback volume for the overview trend
-- grain:   one row per week (Monday) with posts or feedback in the period
-- params:  $start $end $kabkota $campaign $platform $channel
WITH r AS (
    SELECT date_trunc('week', published_at)::DATE AS week, sum(reach) AS reach, count(*) AS posts
    FROM posts_in($start, $end, $kabkota, $campaign, $platform)
    GROUP BY 1
), f AS (
    SELECT date_trunc('week', received_at)::DATE AS week, count(*) AS feedback
    FROM feedback_rows_in($start, $end, $kabkota, $channel)
    GROUP BY 1
)
SELECT coalesce(r.week, f.week) AS week,
       coalesce(r.reach, 0) AS reach,
       coalesce(r.posts, 0) AS posts,
       coalesce(f.feedback, 0) AS feedback
FROM r FULL OUTER JOIN f ON r.week = f.week
ORDER BY week;
