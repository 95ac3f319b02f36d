-- purpose: weekly reach and engagements per platform
-- grain:   one row per week (Monday) per platform
-- params:  $start $end $kabkota $campaign $platform
SELECT date_trunc('week', published_at)::DATE AS week,
       platform,
       coalesce(sum(reach), 0) AS reach,
       sum(coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0))
           AS engagements
FROM posts
WHERE published_at >= $start AND published_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($campaign) = 0 OR list_contains($campaign, campaign))
  AND (len($platform) = 0 OR list_contains($platform, platform))
GROUP BY ALL
ORDER BY week, platform;
