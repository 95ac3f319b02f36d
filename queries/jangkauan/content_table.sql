-- purpose: the content with the largest reach in the period, with its link
-- grain:   one row per post, at most $limit rows, largest reach first
-- params:  $start $end $kabkota $campaign $platform $limit
-- notes:   kept as one plain top-N on purpose: DuckDB pushes a dynamic filter on reach into the
--          scan, so title/url are read only for rows that can still reach the top $limit.
--          Picking the top post_keys first and joining title/url back gave the same rows but
--          was ~12% slower at 1M posts (37 vs 42 ms warm, interleaved runs, 2026-11-26).
SELECT published_at,
       platform,
       account,
       campaign,
       kabkota,
       title,
       url,
       reach,
       gema_views(impressions, views) AS views,
       gema_engagements_or_0(likes, comments, shares, saves)
           AS engagements,
       gema_engagements_or_0(likes, comments, shares, saves)
           / nullif(reach, 0) AS engagement_rate,
       cost
FROM posts_in($start, $end, $kabkota, $campaign, $platform)
ORDER BY reach DESC NULLS LAST, published_at DESC
LIMIT $limit;
