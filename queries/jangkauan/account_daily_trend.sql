-- purpose: the daily account trend on Jangkauan: account-level figures per day and platform from overview exports (TikTok Studio, YouTube Studio, Meta Business Suite), separate from the per-post figures
-- grain: one row per day × platform with data; a metric no export gave for that day is NULL (never 0)
-- params: $start, $end (half-open timestamp range), $kabkota, $platform (empty list = all)
SELECT date,
       platform,
       count(DISTINCT account) AS accounts,
       sum(followers_gained) AS followers_gained,
       sum(followers) AS followers,
       sum(views) AS views
FROM account_daily
WHERE date >= CAST($start AS DATE) AND date < CAST($end AS DATE)
  AND gema_allows($kabkota, kabkota)
  AND gema_allows($platform, platform)
GROUP BY date, platform
ORDER BY date, platform;
