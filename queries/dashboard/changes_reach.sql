-- purpose: content reach now vs the previous period per kab/kota, for "apa yang berubah"
-- grain:   one row per kab/kota with posts in either period (province-wide posts left out)
-- params:  $start $end $prev_start $prev_end $kabkota $campaign $platform
SELECT kabkota,
       coalesce(sum(reach) FILTER (WHERE published_at >= $start), 0) AS cur,
       coalesce(sum(reach) FILTER (WHERE published_at < $start), 0) AS prev
FROM posts
WHERE published_at >= $prev_start AND published_at < $end
  AND kabkota IS NOT NULL
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($campaign) = 0 OR list_contains($campaign, campaign))
  AND (len($platform) = 0 OR list_contains($platform, platform))
GROUP BY kabkota
ORDER BY kabkota;
