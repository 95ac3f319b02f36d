-- purpose: weekly feedback volume per topic (the $top largest; the rest as one 'other' series,
--          unlabelled feedback as 'none')
-- grain:   one row per week (Monday) per series
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $channel $top
WITH weekly AS (
    SELECT date_trunc('week', day)::DATE AS week, topic, sum(feedback)::BIGINT AS feedback
    FROM feedback_rollup_in($start, $end, $kabkota, $channel)
    GROUP BY ALL
), ranked AS (
    SELECT topic, row_number() OVER (ORDER BY sum(feedback) DESC, topic) AS rnk
    FROM weekly WHERE topic IS NOT NULL GROUP BY topic
)
SELECT w.week,
       CASE WHEN w.topic IS NULL THEN 'none' WHEN r.rnk <= $top THEN 'item' ELSE 'other' END AS kind,
       CASE WHEN r.rnk <= $top THEN w.topic END AS series,
       sum(w.feedback) AS feedback
FROM weekly w LEFT JOIN ranked r ON r.topic = w.topic
GROUP BY ALL
ORDER BY w.week, kind, series;
