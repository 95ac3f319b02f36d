-- purpose: content KPIs for the period and for the previous period of equal length
-- grain:   one row per period present ('cur' = $start..$end, 'prev' = $prev_start..$prev_end)
-- params:  $start $end $prev_start $prev_end $kabkota $campaign $platform
-- notes:   views = impressions where reported, else video views; engagements = likes + comments
--          + shares + saves; the engagement rate uses only posts that report reach (denominator).
WITH p AS (
    SELECT CASE WHEN published_at >= $start THEN 'cur' ELSE 'prev' END AS period,
           platform,
           account,
           reach,
           gema_views(impressions, views) AS views,
           gema_engagements_or_0(likes, comments, shares, saves)
               AS engagements
    FROM posts_in($prev_start, $end, $kabkota, $campaign, $platform)
)
SELECT period,
       count(*) AS posts,
       sum(reach) AS reach,
       sum(views) AS views,
       sum(engagements) AS engagements,
       gema_reach_er_numerator(engagements, reach) AS er_numerator,
       gema_reach_er_denominator(reach) AS er_denominator,
       gema_active_accounts(platform, account) AS active_accounts
FROM p
GROUP BY period
ORDER BY period;
