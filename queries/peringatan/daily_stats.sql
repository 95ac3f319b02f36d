-- purpose: per target day × kab/kota × topic (and × kab/kota, all topics): the day's count and
--          negative share, and the usual level over the $baseline_days days before it
-- grain:   one row per target day × kabkota × topic (topic NULL = all topics) with any feedback
--          in the window
-- params:  $day_from $day_to (DATE, the target days) $baseline_days (INTEGER)
-- notes:   usual level = median, 25th/75th percentile, median absolute deviation and pooled
--          negative share of the baseline days; days without feedback count as 0, so a quiet
--          place has a baseline of 0, not "unknown". Feedback without a kab/kota is left out,
--          and so are FGD and survey rows (asked for, in batches on a set day: not a surge).
WITH f AS (
    SELECT received_at::DATE AS d, kabkota, topic, sentiment
    FROM feedback_effective
    WHERE received_at >= ($day_from::DATE - $baseline_days::INTEGER)::TIMESTAMP
      AND received_at < ($day_to::DATE + 1)::TIMESTAMP
      AND kabkota IS NOT NULL
      AND channel NOT IN ('FGD', 'Survei')  -- solicited in batches on a set day: not a surge
), counts AS (
    SELECT d, kabkota, topic, count(*) AS n,
           count(*) FILTER (WHERE sentiment = 'negatif') AS neg,
           count(sentiment) AS labelled
    FROM f WHERE topic IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT d, kabkota, NULL AS topic, count(*) AS n,
           count(*) FILTER (WHERE sentiment = 'negatif') AS neg,
           count(sentiment) AS labelled
    FROM f GROUP BY d, kabkota
), groups AS (
    SELECT DISTINCT kabkota, topic FROM counts
), targets AS (
    SELECT t::DATE AS day
    FROM range($day_from::DATE::TIMESTAMP, $day_to::DATE::TIMESTAMP + INTERVAL 1 DAY, INTERVAL 1 DAY) r(t)
), base AS (
    -- every group × target day × baseline day (b = 1 … baseline_days days before)
    SELECT g.kabkota, g.topic, t.day, t.day - b::INTEGER AS d
    FROM groups g CROSS JOIN targets t CROSS JOIN range(1, $baseline_days::INTEGER + 1) r(b)
), base_counts AS (
    SELECT b.kabkota, b.topic, b.day,
           coalesce(c.n, 0) AS n, coalesce(c.neg, 0) AS neg, coalesce(c.labelled, 0) AS labelled
    FROM base b
    LEFT JOIN counts c ON c.kabkota = b.kabkota AND c.topic IS NOT DISTINCT FROM b.topic AND c.d = b.d
), usual AS (
    SELECT kabkota, topic, day,
           median(n) AS expected,
           quantile_cont(n, 0.25) AS usual_low,
           quantile_cont(n, 0.75) AS usual_high,
           mad(n) AS mad,
           sum(neg) AS base_neg,
           sum(labelled) AS base_labelled
    FROM base_counts
    GROUP BY ALL
)
SELECT u.day AS date, u.kabkota, u.topic,
       coalesce(c.n, 0) AS count, coalesce(c.neg, 0) AS negatif, coalesce(c.labelled, 0) AS labelled,
       u.expected, u.usual_low, u.usual_high, u.mad, u.base_neg, u.base_labelled
FROM usual u
LEFT JOIN counts c ON c.kabkota = u.kabkota AND c.topic IS NOT DISTINCT FROM u.topic AND c.d = u.day
ORDER BY date, kabkota, topic NULLS FIRST;
