-- purpose: the campaigns with the largest reach in the period (overview ranking)
-- grain:   one row per campaign, at most $limit rows, largest reach first
-- params:  $start $end $kabkota $campaign $platform $limit
SELECT campaign,
       count(*) AS posts,
       coalesce(sum(reach), 0) AS reach,
       sum(gema_engagements_or_0(likes, comments, shares, saves))
           AS engagements
FROM posts_in($start, $end, $kabkota, $campaign, $platform)
WHERE campaign IS NOT NULL
GROUP BY campaign
ORDER BY reach DESC, campaign
LIMIT $limit;
