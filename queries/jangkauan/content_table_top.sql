-- purpose: the content with the largest reach in the period, with its link, when no kab/kota,
--          campaign or platform filter is set: content_table's rows, taken from the per-day
--          candidates (rollup_top_posts, migration 220) plus the posts above the roll-ups'
--          watermark (not yet rolled up)
-- grain:   one row per post, at most $limit rows (≤ 100, the candidates per day), largest
--          reach first
-- params:  $start $end $limit
WITH candidates AS (
    SELECT post_key, published_at, platform, account, campaign, kabkota, title, url, reach,
           impressions, views, likes, comments, shares, saves, cost
    FROM rollup_top_posts
    WHERE day >= CAST($start AS DATE) AND day < CAST($end AS DATE)
    UNION ALL
    SELECT post_key, published_at, platform, account, campaign, kabkota, title, url, reach,
           impressions, views, likes, comments, shares, saves, cost
    FROM posts
    WHERE post_key > (SELECT watermark FROM rollup_state WHERE tbl = 'posts')
      AND published_at >= $start AND published_at < $end
)
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
FROM candidates
ORDER BY reach DESC NULLS LAST, published_at DESC, post_key DESC
LIMIT $limit;
