-- purpose: campaign comparison: reach, engagements, engagement rate (engagements / reach of posts
--          reporting reach), reported content cost and cost per engagement, campaign budget
-- grain:   one row per campaign with posts in the period, largest reach first
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform
WITH p AS (
    SELECT campaign,
           sum(posts)::BIGINT AS posts,
           coalesce(sum(reach), 0) AS reach,
           sum(engagements) AS engagements,
           gema_reach_er_numerator(engagements, reach) AS er_numerator,
           gema_reach_er_denominator(reach) AS er_denominator,
           sum(cost) AS cost,
           sum(engagements) FILTER (WHERE cost IS NOT NULL) AS engagements_with_cost,
           gema_active_accounts(platform, account) AS accounts
    FROM posts_rollup_in($start, $end, $kabkota, $campaign, $platform)
    WHERE campaign IS NOT NULL
    GROUP BY campaign
), c AS (
    SELECT name, any_value(opd) AS opd, min(start_date) AS start_date, max(end_date) AS end_date,
           max(budget) AS budget
    FROM campaigns GROUP BY name
)
SELECT p.campaign,
       c.opd,
       c.start_date,
       c.end_date,
       p.posts,
       p.accounts,
       p.reach,
       p.engagements,
       p.er_numerator / nullif(p.er_denominator, 0) AS engagement_rate,
       p.cost,
       p.cost / nullif(p.engagements_with_cost, 0) AS cost_per_engagement,
       c.budget
FROM p LEFT JOIN c ON c.name = p.campaign
ORDER BY p.reach DESC, p.campaign;
