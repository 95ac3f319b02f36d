-- purpose: the content with the largest reach in the period, with its link, when no kab/kota,
--          campaign or platform filter is set: content_table's rows, from the per-day
--          candidates (rollup_top_posts, migration 220) plus the posts above the roll-ups'
--          watermark, then only the chosen posts read from posts
-- grain:   one row per post, at most $limit rows (≤ 100, the candidates per day), largest
--          reach first
-- params:  $start $end $limit
WITH candidates AS (
    SELECT post_key, reach, published_at
    FROM rollup_top_posts
    WHERE day >= CAST($start AS DATE) AND day < CAST($end AS DATE)
    UNION ALL
    SELECT post_key, reach, published_at
    FROM posts
    WHERE post_key > (SELECT watermark FROM rollup_state WHERE tbl = 'posts')
      AND published_at >= $start AND published_at < $end
), top AS (
    SELECT post_key
    FROM candidates
    ORDER BY reach DESC NULLS LAST, published_at DESC, post_key DESC
    LIMIT $limit
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
FROM posts
WHERE post_key IN (SELECT post_key FROM top)
ORDER BY reach DESC NULLS LAST, published_at DESC, post_key DESC;
