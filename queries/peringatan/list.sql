-- purpose: stored alerts of the days [$day_from, $day_to] in the chosen kab/kota, newest and
--          strongest first
-- grain:   one row per alert
-- params:  $day_from $day_to $kabkota (empty list = all)
SELECT *
FROM alerts
WHERE date BETWEEN $day_from AND $day_to AND gema_allows($kabkota, kabkota)
ORDER BY date DESC, acknowledged_at IS NOT NULL, ratio DESC NULLS LAST, count DESC;
