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
           coalesce(impressions, views) AS views,
           coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0)
               AS engagements
    FROM posts_in($prev_start, $end, $kabkota, $campaign, $platform)
)
SELECT period,
       count(*) AS posts,
       sum(reach) AS reach,
       sum(views) AS views,
       sum(engagements) AS engagements,
       sum(engagements) FILTER (WHERE reach > 0) AS er_numerator,
       sum(reach) FILTER (WHERE reach > 0) AS er_denominator,
       count(DISTINCT hash(platform, account)) FILTER (WHERE account IS NOT NULL) AS active_accounts
FROM p
GROUP BY period
ORDER BY period;
