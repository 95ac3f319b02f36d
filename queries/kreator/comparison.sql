-- purpose: ICN vs OPD vs media: the same figures per source, the engagement rate kept apart per
--          basis (a rate per follower is never averaged with a rate per view)
-- grain:   one row per (source, er_basis) with posts under the filters; er_basis NULL = posts
--          on platforms without a basis
-- params:  $start $end $kabkota $campaign $platform
WITH p AS (
    SELECT e.*, coalesce(a.source, 'lainnya') AS source,
           e.engagements IS NOT NULL AND e.er_denominator IS NOT NULL AS rated
    FROM post_er_in($start, $end, $kabkota, $campaign, $platform) e
    LEFT JOIN account_info a ON a.platform = e.platform AND a.handle = e.account
)
SELECT source,
       er_basis,
       count(DISTINCT (platform, account)) AS accounts,
       count(*) AS posts,
       sum(reach) AS reach,
       sum(engagements) AS engagements,
       count(*) FILTER (WHERE rated) AS er_posts,
       count(*) FILTER (WHERE NOT rated) AS er_posts_missing,
       sum(engagements) FILTER (WHERE rated)
           / nullif(sum(er_denominator) FILTER (WHERE rated), 0) AS engagement_rate,
       count(cost) AS cost_posts,
       sum(cost) AS cost,
       sum(cost) FILTER (WHERE engagements IS NOT NULL)
           / nullif(sum(engagements) FILTER (WHERE cost IS NOT NULL), 0) AS cost_per_engagement,
       1000.0 * sum(cost) FILTER (WHERE reach > 0)
           / nullif(sum(reach) FILTER (WHERE cost IS NOT NULL AND reach > 0), 0)
           AS cost_per_1000_reach
FROM p
GROUP BY source, er_basis
ORDER BY list_position(['icn', 'opd', 'media', 'lainnya'], source),
         list_position(['followers', 'views', 'impressions'], er_basis) NULLS LAST;
