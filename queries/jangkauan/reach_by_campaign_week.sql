-- purpose: weekly reach and engagements per campaign (the $top largest by reach; the rest as
--          one 'other' series, posts without a campaign as 'none')
-- grain:   one row per week (Monday) per series
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform $top
WITH p AS (
    SELECT date_trunc('week', day)::DATE AS week,
           campaign,
           coalesce(reach, 0) AS reach,
           engagements
    FROM posts_rollup_in($start, $end, $kabkota, $campaign, $platform)
), weekly AS (
    SELECT week, campaign, sum(reach) AS reach, sum(engagements) AS engagements
    FROM p GROUP BY week, campaign
), ranked AS (
    SELECT campaign, row_number() OVER (ORDER BY sum(reach) DESC, campaign) AS rnk
    FROM weekly WHERE campaign IS NOT NULL GROUP BY campaign
)
SELECT w.week,
       CASE WHEN w.campaign IS NULL THEN 'none' WHEN r.rnk <= $top THEN 'item' ELSE 'other' END
           AS kind,
       CASE WHEN r.rnk <= $top THEN w.campaign END AS series,
       sum(w.reach) AS reach,
       sum(w.engagements) AS engagements
FROM weekly w LEFT JOIN ranked r ON r.campaign = w.campaign
GROUP BY ALL
ORDER BY w.week, kind, series;
