-- purpose: content KPIs for the period and for the previous period of equal length
-- grain:   one row per period present ('cur' = $start..$end, 'prev' = $prev_start..$prev_end)
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $prev_start $prev_end $kabkota $campaign $platform
-- notes:   views = impressions where reported, else video views; engagements = likes + comments
--          + shares + saves; the engagement rate uses only posts that report reach (denominator).
WITH p AS (
    SELECT CASE WHEN day >= $start THEN 'cur' ELSE 'prev' END AS period,
           platform,
           account,
           posts,
           reach,
           views,
           engagements
    FROM posts_rollup_in($prev_start, $end, $kabkota, $campaign, $platform)
)
SELECT period,
       sum(posts)::BIGINT AS posts,
       sum(reach) AS reach,
       sum(views) AS views,
       sum(engagements) AS engagements,
       gema_reach_er_numerator(engagements, reach) AS er_numerator,
       gema_reach_er_denominator(reach) AS er_denominator,
       gema_active_accounts(platform, account) AS active_accounts
FROM p
GROUP BY period
ORDER BY period;
