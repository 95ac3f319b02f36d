-- purpose: the texts of one alert's feedback (one day, one kab/kota, one topic or all), for
--          its top words
-- grain:   one row per feedback row, at most $limit
-- params:  $day $kabkota $topic (NULL = all topics) $limit
SELECT text
FROM feedback_effective
WHERE received_at >= $day::DATE::TIMESTAMP AND received_at < ($day::DATE + 1)::TIMESTAMP
  AND kabkota = $kabkota
  AND channel NOT IN ('FGD', 'Survei')
  AND ($topic IS NULL OR topic = $topic)
LIMIT $limit;
