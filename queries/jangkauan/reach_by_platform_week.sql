-- purpose: weekly reach and engagements per platform
-- grain:   one row per week (Monday) per platform
-- params:  $start $end $kabkota $campaign $platform
SELECT date_trunc('week', published_at)::DATE AS week,
       platform,
       coalesce(sum(reach), 0) AS reach,
       sum(gema_engagements_or_0(likes, comments, shares, saves))
           AS engagements
FROM posts_in($start, $end, $kabkota, $campaign, $platform)
GROUP BY ALL
ORDER BY week, platform;
